// Message-list pages (issue 13) through capture on visit of the fixture conversation shaped like
// Messages for web (tests/server/messages-pages.ts; the recipe built on the local server's origin):
// the card shows the newest balance, the history holds one reading per older balance message at its
// own time, reading the page again adds nothing, a message appended while the page is open is
// recorded, and no stored item or IndexedDB record holds the text of a message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '@/utils/core/message-time';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { CONVERSATION, LATER_REPLY } from '../server/messages-pages';
import { startTestServer, type TestServer } from '../server/server';
import { type AnyHarness, browsers } from './browser';
import { waitFor } from './harness';
import { backupAccount, backupText, importBackup, localIsoDate } from './pages';
import { openOptionsHome, popupCardShows } from './state';

const ID = 'axis-sms';
const CONVERSATION_ID = 'axis123';

/** The fixture's day headers as dates, in the local calendar the browser reads them in. */
const dayDate = (day: string) => (day === 'Today' ? localIsoDate(0) : day === 'Yesterday' ? localIsoDate(-1) : '2026-11-30');
/** A fixture clock time ("8:30 AM", "09:15") as minutes after midnight. */
const minutes = (time: string) => {
  const m = /(\d+):(\d+)\s*(AM|PM)?/.exec(time) as RegExpExecArray;
  return ((Number(m[1]) % 12) + (m[3] === 'PM' || (!m[3] && Number(m[1]) >= 12) ? 12 : 0)) * 60 + Number(m[2]);
};
const BALANCE_MESSAGES = CONVERSATION.filter((m) => m.credit !== undefined).map((m) => ({
  credit: m.credit,
  at: Math.min(instantAt(dayDate(m.day), minutes(m.time)), Date.now()),
}));

interface StoredReading {
  at: number;
  credit?: { amount: number };
}

/** Every reading of the account in IndexedDB, oldest first, read where the extension reads it. */
function readings(h: AnyHarness): Promise<StoredReading[]> {
  return h.evalInExtension(
    (id: string) =>
      new Promise<StoredReading[]>((resolve, reject) => {
        const open = indexedDB.open('balance-badge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db
            .transaction('readings')
            .objectStore('readings')
            .getAll(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
          get.onsuccess = () => {
            db.close();
            resolve(get.result as StoredReading[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    ID,
  );
}

/** Everything the extension stores: storage.local, storage.sync and every record of every IndexedDB store, as text. */
function everythingStored(h: AnyHarness): Promise<string> {
  return h.evalInExtension(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: { local: Area; sync: Area } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome) as Api;
    const parts: unknown[] = [await api.storage.local.get(null), await api.storage.sync.get(null)];
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => Boolean(n));
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        parts.push(
          await new Promise((resolve, reject) => {
            const get = db.transaction(store).objectStore(store).getAll();
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          }),
        );
      }
      db.close();
    }
    return JSON.stringify(parts);
  });
}

describe.each(browsers())('$name: a message list read on visit (Messages for web fixture)', ({ launch }) => {
  let h: AnyHarness;
  let server: TestServer;
  let dir: string;
  let tab: Page | undefined;
  let url: string;

  /** The card's credit once it shows `amount`. */
  const cardShows = (amount: number) => popupCardShows(h, ID, amount, { timeout: 60_000 });

  beforeAll(async () => {
    server = await startTestServer();
    h = await launch();
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-messages-'));
    const recipe = messagesForWeb(server.origin);
    url = recipe.conversationUrl(CONVERSATION_ID);
    const file = join(dir, 'messages-backup.json');
    writeFileSync(
      file,
      backupText({
        accounts: [
          backupAccount({
            id: ID,
            name: 'AXIS SMS',
            primary: true,
            // Daily, as a balance SMS comes: a reply from early today is not stale.
            intervalMinutes: 1440,
            source: { kind: 'web-page', url, capture: recipe.capture, messages: recipe.list },
          }),
        ],
      }),
    );
    const options = await openOptionsHome(h);
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
  }, 120_000);

  afterAll(async () => {
    await tab?.close().catch(() => undefined);
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the newest balance, skipping the newer promotion and one-time code', async () => {
    tab = await h.browser.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    await cardShows(35_000);
  }, 120_000);

  it('fills the history with one reading per older balance message, each at its own time', async () => {
    const stored = await waitFor(async () => ((await readings(h)).length >= BALANCE_MESSAGES.length ? readings(h) : null), {
      message: 'the older balance messages in the history',
      timeout: 30_000,
    });
    expect(stored.map((r) => [r.credit?.amount, r.at])).toEqual(BALANCE_MESSAGES.map((m) => [m.credit, m.at]));
  }, 60_000);

  it('adds nothing when the page is read again, and records a message appended while it is open', async () => {
    // The reload reads the same messages again first; a second later the page appends a new reply.
    await tab?.goto(`${url}?later=1`, { waitUntil: 'load' });
    await cardShows(LATER_REPLY.credit);
    const stored = await readings(h);
    expect(stored.map((r) => r.credit?.amount)).toEqual([...BALANCE_MESSAGES.map((m) => m.credit), LATER_REPLY.credit]);
  }, 120_000);

  it('stores no message text anywhere: only the values read from it', async () => {
    const everything = await everythingStored(h);
    expect(everything).toContain(String(LATER_REPLY.credit));
    for (const m of [...CONVERSATION, LATER_REPLY]) {
      expect(everything).not.toContain(m.text.slice(0, 12));
      expect(everything).not.toContain(m.text.slice(-12));
    }
    // The one-time code, which no reading holds.
    expect(everything).not.toContain('482913');
  }, 60_000);
});
