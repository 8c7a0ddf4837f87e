// Faults of the background itself (issue 8): the service worker stopped in the middle of a refresh,
// a popup refresh and an alarm refresh of one account at the same moment, and a full disk
// (QuotaExceededError from IndexedDB in the worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../server/server';
import { cardCredit, importText, refreshFromPopup, refreshStateOf, type StoredReading, storedLocal, storedReadings } from './fault-helpers';
import { type Harness, launch, waitFor } from './harness';
import { backupAccount, backupText, click, find, popupCard, tid, waitForBadge } from './pages';

const API_ID = 'workerapi';
const answer = (remaining: number) => ({ data: { balance: { remaining }, expired_at: '2030-12-31T10:00:00Z' } });
const DAY = 86_400_000;
const HOUR = 3_600_000;

interface AlarmsGlobal {
  chrome: {
    alarms: {
      create(name: string, info: { when: number }): Promise<void>;
      get(name: string): Promise<unknown>;
      onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
    };
  };
}

describe('background faults', () => {
  let h: Harness;
  let server: TestServer;
  const requests = () => server.requests('/switch/api').length;

  beforeAll(async () => {
    server = await startTestServer();
    server.setMode('api', 'ok', { json: answer(4.5) });
    h = await launch();
    // Ten days of hourly history, so a full disk has old readings to fold.
    const now = Date.now();
    const history = Array.from({ length: 10 * 24 }, (_, i) => ({
      accountId: API_ID,
      at: new Date(now - (10 * 24 - i) * HOUR).toISOString(),
      credit: { amount: 10 + i / 100, currency: 'USD' },
    }));
    await importText(
      h,
      backupText({
        settings: { badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 },
        accounts: [
          backupAccount({
            id: API_ID,
            name: 'eSIM API',
            currency: 'USD',
            primary: true,
            source: { kind: 'json-api', url: server.url('/switch/api'), fields: { credit: '$.data.balance.remaining' } },
          }),
        ],
        readings: history,
      }),
    );
    const { popup, ok } = await refreshFromPopup(h);
    expect(ok).toBe('true');
    expect(await cardCredit(popup, API_ID)).toBe('4.5');
    await popup.close();
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('a worker stopped mid-refresh leaves no half-written reading and no refresh stuck in progress; the next refresh works', async () => {
    const readingsBefore = await storedReadings(h, API_ID);
    const sent = requests();
    server.setMode('api', 'hold', { json: answer(3.25) });
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await waitFor(() => requests() === sent + 1, { message: 'the refresh to reach the server' });
    expect((await refreshStateOf(h, API_ID))?.inProgressSince).toBeGreaterThan(0);

    await h.stopWorker();
    // The answer arrives after the worker is gone: nobody is left to store it.
    server.release();
    server.setMode('api', 'ok', { json: answer(3.25) });
    // The popup says the refresh did not finish, and still shows the last good value.
    expect(await find(popup, tid('refresh-result', '[data-ok="false"]'), 20_000)).toBeTruthy();
    await popupCard(popup, API_ID, 'ok');
    expect(await cardCredit(popup, API_ID)).toBe('4.5');
    await popup.close();

    // Woken by any event (here a message nobody answers), a new worker clears the abandoned mark.
    const woken = await h.openPopup();
    await woken.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
        .sendMessage({ name: 'wake-up' })
        .catch(() => undefined),
    );
    await waitFor(async () => (await refreshStateOf(h, API_ID))?.inProgressSince === undefined, {
      message: 'the in-progress mark to be cleared',
    });
    expect(await storedReadings(h, API_ID)).toEqual(readingsBefore);
    await woken.close();

    const next = await refreshFromPopup(h);
    expect(next.ok).toBe('true');
    expect(await cardCredit(next.popup, API_ID)).toBe('3.25');
    await next.popup.close();
    const after = await storedReadings(h, API_ID);
    expect(after).toHaveLength(readingsBefore.length + 1);
    expect(after.at(-1)?.credit).toEqual({ amount: 3.25, currency: 'USD' });
    await waitForBadge(h, (b) => b.text === '3.2' && b.title.includes('$3.25'), 'the badge with the new value');
  });

  it('an alarm for an account whose popup refresh is running joins it: one fetch and one reading', async () => {
    const readingsBefore = await storedReadings(h, API_ID);
    const sent = requests();
    server.setMode('api', 'hold', { json: answer(2.75) });
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await waitFor(() => requests() === sent + 1, { message: "the popup refresh's request to arrive (held)" });
    const alarm = `retry:${API_ID}`;
    // Our listener runs after the background's, which joins a running refresh before it awaits anything.
    await h.evalInWorker((name) => {
      const g = globalThis as unknown as AlarmsGlobal & { firedAlarms?: string[] };
      g.firedAlarms = [];
      g.chrome.alarms.onAlarm.addListener((fired) => g.firedAlarms?.push(fired.name));
      return g.chrome.alarms.create(name, { when: Date.now() });
    }, alarm);
    await waitFor(
      () => h.evalInWorker((name) => (globalThis as unknown as { firedAlarms?: string[] }).firedAlarms?.includes(name), alarm),
      { message: 'the alarm to reach the background' },
    );
    expect(server.release()).toBe(1);
    expect(await find(popup, tid('refresh-result', '[data-ok="true"]'), 20_000)).toBeTruthy();
    await waitFor(async () => (await storedReadings(h, API_ID)).length === readingsBefore.length + 1, { message: 'the new reading' });
    expect(requests()).toBe(sent + 1);
    const after = await storedReadings(h, API_ID);
    expect(after.slice(0, -1)).toEqual(readingsBefore);
    expect(after.at(-1)?.credit).toEqual({ amount: 2.75, currency: 'USD' });
    expect((await refreshStateOf(h, API_ID))?.inProgressSince).toBeUndefined();
    await popup.close();
  });

  /** Makes the worker's IndexedDB refuse to store readings newer than `since`, as with a full disk, `times` times. */
  const fillDisk = (since: number, times: number) =>
    h.evalInWorker(
      (from, n) => {
        const g = globalThis as unknown as { realPut?: IDBObjectStore['put']; refused: number };
        g.realPut ??= IDBObjectStore.prototype.put;
        g.refused = 0;
        const realPut = g.realPut;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
          if ((value as StoredReading).at >= from && g.refused < n) {
            g.refused++;
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return realPut.call(this, value, key);
        };
      },
      since,
      times,
    );
  const refusedWrites = () => h.evalInWorker(() => (globalThis as unknown as { refused: number }).refused);
  const clearDisk = () =>
    h.evalInWorker(() => {
      const g = globalThis as unknown as { realPut?: IDBObjectStore['put'] };
      if (g.realPut) IDBObjectStore.prototype.put = g.realPut;
    });

  it('a full disk: a clear message, the last good reading and the settings kept; then folding old readings makes room', async () => {
    const local = await storedLocal(h, ['settings', 'accounts']);
    const readingsBefore = await storedReadings(h, API_ID);
    server.setMode('api', 'ok', { json: answer(2.5) });

    // Full even after folding: the refresh fails in plain words and nothing is written.
    await fillDisk(Date.now(), 2);
    const full = await refreshFromPopup(h);
    expect(full.ok).toBe('false');
    const card = await popupCard(full.popup, API_ID, 'error');
    expect(await card.$eval(tid('status-message'), (e) => e.textContent ?? '')).toMatch(/could not be saved.*disk is full/);
    expect(await cardCredit(full.popup, API_ID)).toBe('2.75');
    await full.popup.close();
    expect(await refusedWrites()).toBe(2);
    await waitForBadge(h, (b) => b.text.endsWith('!'), 'the badge showing a failed refresh');
    const afterFull = await storedReadings(h, API_ID);
    // Folding ran (readings older than a week are one a day now), the rest is as it was.
    const weekAgo = Date.now() - 7 * DAY;
    expect(afterFull.filter((r) => r.at >= weekAgo + HOUR)).toEqual(readingsBefore.filter((r) => r.at >= weekAgo + HOUR));
    expect(afterFull.filter((r) => r.at < weekAgo - DAY).every((r) => r.day !== undefined)).toBe(true);
    expect(afterFull.length).toBeLessThan(readingsBefore.length);
    expect(afterFull.at(-1)).toEqual(readingsBefore.at(-1));
    expect(await storedLocal(h, ['settings', 'accounts'])).toEqual(local);

    // Full only until old readings are folded: the write is retried once and the reading kept.
    server.setMode('api', 'ok', { json: answer(2.25) });
    await fillDisk(Date.now(), 1);
    const retried = await refreshFromPopup(h);
    expect(retried.ok).toBe('true');
    expect(await cardCredit(retried.popup, API_ID)).toBe('2.25');
    await popupCard(retried.popup, API_ID, 'ok');
    await retried.popup.close();
    expect(await refusedWrites()).toBe(1);
    expect((await storedReadings(h, API_ID)).at(-1)?.credit).toEqual({ amount: 2.25, currency: 'USD' });

    // Room again: refreshes go on as usual.
    await clearDisk();
    server.setMode('api', 'ok', { json: answer(2) });
    const normal = await refreshFromPopup(h);
    expect(normal.ok).toBe('true');
    expect(await cardCredit(normal.popup, API_ID)).toBe('2');
    await normal.popup.close();
    expect(await storedLocal(h, ['settings', 'accounts'])).toEqual(local);
  });
});
