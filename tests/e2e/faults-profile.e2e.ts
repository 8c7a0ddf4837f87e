// Faults of the profile (issue 8): the browser closed and started again on the same profile, and an
// extension update meeting a database made by the previous version (tests/fixtures/db-v1.json).
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../server/server';
import { cardCredit, importText, refreshFromPopup, type StoredReading, storedLocal, storedReadings } from './fault-helpers';
import { type Harness, launch, waitFor } from './harness';
import { backupAccount, backupText, localIsoDate, popupCard } from './pages';
import { dayRecords } from '@/utils/core/day-summary';

interface AlarmsGlobal {
  chrome: { alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number; scheduledTime: number }[]> } };
}

const alarms = (h: Harness) =>
  h.evalInWorker(async () => {
    const all = await (globalThis as unknown as AlarmsGlobal).chrome.alarms.getAll();
    return all.map((a) => ({ name: a.name, periodInMinutes: a.periodInMinutes })).sort((a, b) => a.name.localeCompare(b.name));
  });

describe('the browser closed and started again on the same profile', () => {
  const API_ID = 'restartapi';
  const TYPED_ID = 'restarttyped';
  let h: Harness;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    server.setMode('api', 'ok', { json: { data: { balance: { remaining: 6.5 } } } });
    h = await launch();
    await importText(
      h,
      backupText({
        settings: { badgeShows: 'credit', defaultIntervalMinutes: 30, defaultWarnDays: 6 },
        accounts: [
          backupAccount({
            id: API_ID,
            name: 'eSIM API',
            currency: 'USD',
            primary: true,
            intervalMinutes: 120,
            source: { kind: 'json-api', url: server.url('/switch/api'), fields: { credit: '$.data.balance.remaining' } },
          }),
          backupAccount({ id: TYPED_ID, name: 'Typed line', source: { kind: 'manual', preset: 'axis', graceDays: 30 } }),
        ],
        readings: [
          {
            accountId: TYPED_ID,
            at: new Date(Date.now() - 3_600_000).toISOString(),
            credit: { amount: 42_000, currency: 'IDR' },
            validUntil: localIsoDate(20),
          },
        ],
      }),
    );
    const { popup, ok } = await refreshFromPopup(h);
    expect(ok).toBe('true');
    await popup.close();
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('alarms, readings and settings are back and the badge is right before any refresh', async () => {
    const badge = await h.badge();
    expect(badge.text).toBe('6.5');
    const before = {
      alarms: await alarms(h),
      local: await storedLocal(h, ['settings', 'accounts']),
      api: await storedReadings(h, API_ID),
      typed: await storedReadings(h, TYPED_ID),
    };
    expect(before.alarms).toEqual([
      { name: 'badge-tick', periodInMinutes: 30 },
      { name: `refresh:${API_ID}`, periodInMinutes: 120 },
    ]);
    const extensionId = h.extensionId;
    // No refresh can finish until the test says so: what the badge shows comes from what was stored.
    server.setMode('api', 'hold', { json: { data: { balance: { remaining: 5.75 } } } });

    // Chromium installs an extension loaded over CDP again on every launch, so this start goes through
    // onInstalled('install') (a refresh starts, held here) where a user's browser fires onStartup;
    // both draw the badge from what is stored before any refresh (tests/unit/lifecycle.test.ts).
    h = await h.restart();
    expect(h.extensionId).toBe(extensionId);
    await waitFor(async () => (await h.badge()).text === badge.text, { message: `the badge to read ${badge.text} again` });
    expect(await h.badge()).toEqual(badge);
    expect(await alarms(h)).toEqual(before.alarms);
    expect(await storedLocal(h, ['settings', 'accounts'])).toEqual(before.local);
    expect(await storedReadings(h, API_ID)).toEqual(before.api);
    expect(await storedReadings(h, TYPED_ID)).toEqual(before.typed);
    const popup = await h.openPopup();
    await popupCard(popup, API_ID, 'ok');
    expect(await cardCredit(popup, API_ID)).toBe('6.5');
    expect(await cardCredit(popup, TYPED_ID)).toBe('42000');
    await popup.close();

    // And the next refresh works.
    server.release();
    server.setMode('api', 'ok', { json: { data: { balance: { remaining: 5.75 } } } });
    const next = await refreshFromPopup(h);
    expect(next.ok).toBe('true');
    expect(await cardCredit(next.popup, API_ID)).toBe('5.75');
    await next.popup.close();
    await waitFor(async () => (await h.badge()).title.includes('$5.75'), { message: 'the badge with the new value' });
    expect((await h.badge()).text).toBe('5.7');
  });
});

/** The version-1 profile: its database schema and readings, and the accounts they belong to. */
interface ProfileFixture {
  databaseName: string;
  databaseVersion: number;
  store: { name: string; keyPath: string[] };
  accounts: ({ id: string; name: string; source: Record<string, unknown> } & Record<string, unknown>)[];
  readings: StoredReading[];
}

describe('an extension update over a profile made with database version 1', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v1.json', import.meta.url), 'utf8')) as ProfileFixture;
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A tab on the extension's origin that runs no extension code (so it holds no database connection). */
  async function bareExtensionTab(): Promise<Page> {
    const page = await h.browser.newPage();
    await page.goto(h.url('manifest.json'), { waitUntil: 'load' });
    return page;
  }

  it('keeps every reading of the old database and upgrades it in place', async () => {
    // The accounts as the old version kept them (their readings come with the old database below).
    await importText(h, backupText({ accounts: fixture.accounts.map((a) => backupAccount(a)) }));
    // The old version is not running: no worker, no extension page holding the database open.
    await h.stopWorker();
    for (const page of await h.browser.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();

    const tab = await bareExtensionTab();
    const written = await tab.evaluate(async (fx: ProfileFixture) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
        });
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase(fx.databaseName);
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error ?? new Error('delete failed'));
        del.onblocked = () => reject(new Error('the database is still open somewhere'));
      });
      // Exactly the version-1 schema.
      const open = indexedDB.open(fx.databaseName, fx.databaseVersion);
      open.onupgradeneeded = () => open.result.createObjectStore(fx.store.name, { keyPath: fx.store.keyPath });
      const db = await request(open);
      const tx = db.transaction(fx.store.name, 'readwrite');
      for (const r of fx.readings) tx.objectStore(fx.store.name).put(r);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      const count = await request(db.transaction(fx.store.name).objectStore(fx.store.name).count());
      db.close();
      return { count, version: db.version };
    }, fixture);
    expect(written).toEqual({ count: fixture.readings.length, version: 1 });

    // The new version opens it: the popup reads the latest readings, the worker draws the badge.
    const popup = await h.openPopup();
    expect(await cardCredit(popup, 'v1axis')).toBe('35000');
    expect(await cardCredit(popup, 'v1esim')).toBe('10.5');
    await popup.close();
    const upgraded = await tab.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('balance-badge');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const store = db.transaction('readings').objectStore('readings');
      const days = await new Promise<unknown[]>((resolve, reject) => {
        const all = db.transaction('days').objectStore('days').getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
        all.onerror = () => reject(all.error ?? new Error('getAll failed'));
      });
      const result = {
        version: db.version,
        stores: [...db.objectStoreNames],
        indexes: [...store.indexNames],
        keyPath: store.keyPath,
        days,
      };
      db.close();
      return result;
    });
    // Version 3's day records, built by the upgrade from the old readings.
    const days = ['v1axis', 'v1esim'].flatMap((id) => dayRecords(fixture.readings.filter((r) => r.accountId === id)));
    expect(days.length).toBeGreaterThan(0);
    expect(upgraded).toEqual({ version: 3, stores: ['days', 'readings'], indexes: ['by-at'], keyPath: ['accountId', 'at'], days });
    await tab.close();

    // The worker (woken by a refresh, which reads nothing new for typed accounts) sees every old reading.
    const { popup: after, ok } = await refreshFromPopup(h);
    expect(ok).toBe('true');
    await after.close();
    for (const id of ['v1axis', 'v1esim']) {
      expect(await storedReadings(h, id)).toEqual(fixture.readings.filter((r) => r.accountId === id));
    }
    expect(((await storedLocal(h, ['accounts'])).accounts as { id: string }[]).map((a) => a.id)).toEqual(['v1axis', 'v1esim']);
    await waitFor(async () => (await h.badge()).text === '35k', { message: 'the badge showing the old primary credit, 35k' });
  });
});
