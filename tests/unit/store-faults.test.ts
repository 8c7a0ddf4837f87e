// Faults of the readings store (issue 8): a full disk (QuotaExceededError) or a refused write never
// leaves a half-written reading, a stuck "in progress" or lost settings, and says so in plain words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readingsStore } from '@/utils/stores/db';
import type { Reading, Settings } from '@/utils/model';
import { DEFAULT_TIMEOUT_MS, type RefreshDeps, recordExternalReading, refreshAccount } from '@/utils/background/refresh';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { FULL_DISK_DETAIL_MS, recordManyMakingRoom, recordMakingRoom } from '@/utils/stores/retention';
import { getAccounts, getSettings, saveAccounts, saveSettings } from '@/utils/stores/settings';
import { demoSource } from '@/utils/sources/demo';
import { testAccount } from './helpers';

const T0 = Date.UTC(2026, 10, 25, 5, 0);
const HOUR = 3_600_000;
const TZ = 'Asia/Jakarta';
const SETTINGS: Settings = { badgeShows: 'days', defaultIntervalMinutes: 30, defaultWarnDays: 5 };

const reading = (accountId: string, at: number, amount: number): Reading => ({ accountId, at, credit: { amount, currency: 'IDR' } });

const deps = (now = T0): RefreshDeps => ({
  now: () => now,
  fetch: () => Promise.reject(new Error('no network in tests')),
  timeoutMs: 1_000,
  timeZone: TZ,
});

/**
 * Makes IndexedDB refuse to store readings taken at `at` the next `times` times, as Chrome does when
 * the extension's quota is used up; other writes (the folding of old readings) go through.
 */
function fillDiskFor(at: number, times: number, name = 'QuotaExceededError'): { refused: () => number } {
  const put = IDBObjectStore.prototype.put;
  let refused = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if ((value as Reading).at === at && refused < times) {
      refused++;
      throw new DOMException('The quota has been exceeded.', name);
    }
    return put.call(this, value, key);
  });
  return { refused: () => refused };
}

/** Hourly readings of `accountId` for `days` days before `now`, all different. */
async function history(accountId: string, days: number, now = T0): Promise<number> {
  const n = days * 24;
  for (let i = n; i >= 1; i--) await readingsStore.put(reading(accountId, now - i * HOUR, 100_000 - i));
  return n;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the refresh timeout', () => {
  it('is 30 s', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });
});

describe('recordMakingRoom', () => {
  it('stores a reading at once when there is room, touching nothing else', async () => {
    const stored = await history('a', 10);
    const result = await recordMakingRoom(reading('a', T0, 5), T0, TZ);
    expect(result).toEqual({ ok: true, reading: reading('a', T0, 5) });
    expect(await readingsStore.count('a')).toBe(stored + 1);
  });

  it('on a full disk folds readings older than a week to one a day and stores the reading on the second try', async () => {
    await saveAccounts([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })]);
    const stored = (await history('a', 10)) + (await history('b', 10));
    const disk = fillDiskFor(T0, 1);
    const result = await recordMakingRoom(reading('a', T0, 5), T0, TZ);
    expect(result.ok).toBe(true);
    expect(disk.refused()).toBe(1);
    expect((await readingsStore.latest('a'))?.credit?.amount).toBe(5);
    // Both accounts' readings of the last week are untouched; before that, one per local day.
    for (const id of ['a', 'b']) {
      const lastWeek = await readingsStore.range(id, T0 - FULL_DISK_DETAIL_MS, T0 - 1);
      expect(lastWeek).toHaveLength(7 * 24);
      const older = await readingsStore.range(id, 0, T0 - FULL_DISK_DETAIL_MS - 1);
      expect(older.length).toBeGreaterThanOrEqual(3);
      expect(older.length).toBeLessThanOrEqual(4);
      expect(older.every((r) => r.day !== undefined)).toBe(true);
      // The folded days keep every reading's count and the lowest credit seen.
      expect(older.reduce((sum, r) => sum + (r.day?.count ?? 0), 0)).toBe(3 * 24);
      expect(Math.min(...older.map((r) => r.day?.creditMin ?? Infinity))).toBe(100_000 - 10 * 24);
    }
    expect((await readingsStore.count('a')) + (await readingsStore.count('b'))).toBeLessThan(stored);
  });

  it('a disk still full after folding is a not-saved failure in plain words, and nothing is half-written', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    await history('a', 2);
    const before = await readingsStore.range('a', 0, T0);
    const disk = fillDiskFor(T0, 2);
    const result = await recordMakingRoom(reading('a', T0, 5), T0, TZ);
    expect(disk.refused()).toBe(2);
    expect(result).toMatchObject({ ok: false, code: 'not-saved' });
    expect(!result.ok && result.message).toMatch(/could not be saved.*disk is full.*Free some space/);
    // Two days of history are inside the week: nothing to fold, nothing lost.
    expect(await readingsStore.range('a', 0, T0)).toEqual(before);
  });

  it('another write failure is not-saved at once, without folding anything', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    await history('a', 10);
    const before = await readingsStore.range('a', 0, T0);
    const disk = fillDiskFor(T0, 5, 'UnknownError');
    const result = await recordMakingRoom(reading('a', T0, 5), T0, TZ);
    expect(disk.refused()).toBe(1);
    expect(result).toMatchObject({ ok: false, code: 'not-saved' });
    expect(await readingsStore.range('a', 0, T0)).toEqual(before);
  });
});

describe('recordManyMakingRoom (the new messages of a message list)', () => {
  const many = [reading('a', T0 - 3 * HOUR, 7), reading('a', T0 - 2 * HOUR, 6), reading('a', T0, 5)];

  it('stores them all in one go, as recordReading would each', async () => {
    await readingsStore.put(reading('a', T0 - HOUR, 6));
    expect(await recordManyMakingRoom([...many, reading('a', T0 + HOUR, 5)], T0, TZ)).toBe(true);
    expect((await readingsStore.range('a', 0, T0 + HOUR)).map((r) => [r.at, r.credit?.amount, r.confirmedAt])).toEqual([
      [T0 - 3 * HOUR, 7, undefined],
      [T0 - 2 * HOUR, 6, undefined],
      [T0 - HOUR, 6, undefined],
      // An unchanged reading after the latest only confirms it.
      [T0, 5, T0 + HOUR],
    ]);
  });

  it('on a full disk folds old readings and stores them all on the second try', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    const stored = await history('a', 10, T0 - 4 * HOUR);
    const disk = fillDiskFor(T0, 1);
    expect(await recordManyMakingRoom(many, T0, TZ)).toBe(true);
    expect(disk.refused()).toBe(1);
    expect(await readingsStore.range('a', T0 - 3 * HOUR, T0)).toHaveLength(3);
    expect(await readingsStore.count('a')).toBeLessThan(stored + 3);
  });

  it('a disk still full stores none of them', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    await history('a', 2, T0 - 4 * HOUR);
    const before = await readingsStore.range('a', 0, T0);
    const disk = fillDiskFor(T0, 2);
    expect(await recordManyMakingRoom(many, T0, TZ)).toBe(false);
    expect(disk.refused()).toBe(2);
    expect(await readingsStore.range('a', 0, T0)).toEqual(before);
  });
});

describe('a refresh on a full disk', () => {
  it('keeps the last good reading, records the failure with its message, is not left in progress, and keeps settings', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    await saveSettings(SETTINGS);
    const read = vi.spyOn(demoSource, 'read');
    read.mockResolvedValueOnce({ ok: true, reading: reading(account.id, T0, 25_750) });
    await refreshAccount(account, deps(T0));

    const later = T0 + HOUR;
    fillDiskFor(later, 2);
    read.mockResolvedValueOnce({ ok: true, reading: reading(account.id, later, 20_000) });
    expect((await refreshAccount(account, deps(later))).ok).toBe(false);

    expect(await readingsStore.count(account.id)).toBe(1);
    expect((await readingsStore.latest(account.id))?.credit?.amount).toBe(25_750);
    const state = (await getRefreshStates())[account.id];
    expect(state?.error).toMatchObject({ code: 'not-saved', at: later });
    expect(state?.error?.message).toMatch(/could not be saved/);
    expect(state?.inProgressSince).toBeUndefined();
    expect(state?.lastSuccessAt).toBe(T0);
    // A retry is scheduled like any failure's, and the badge marks the old value as failing.
    expect((await fakeBrowser.alarms.get(`retry:${account.id}`))?.scheduledTime).toBe(later + 60_000);
    expect(await getSettings()).toEqual(SETTINGS);
    expect(await getAccounts()).toEqual([account]);

    // Room again: the next refresh stores its reading and clears the failure.
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    read.mockResolvedValueOnce({ ok: true, reading: reading(account.id, later + HOUR, 19_000) });
    expect((await refreshAccount(account, deps(later + HOUR))).ok).toBe(true);
    expect((await readingsStore.latest(account.id))?.credit?.amount).toBe(19_000);
    expect((await getRefreshStates())[account.id]?.error).toBeUndefined();
  });
});

describe('a typed, pasted or captured reading on a full disk', () => {
  it('is refused in plain words, shown on the card, and leaves the last good reading and settings as they were', async () => {
    const account = testAccount({ id: 'typed', source: { kind: 'manual' } });
    await saveAccounts([account]);
    await saveSettings(SETTINGS);
    expect(await recordExternalReading(reading('typed', T0, 25_750))).toEqual({ ok: true });

    const later = T0 + HOUR;
    fillDiskFor(later, 2);
    const result = await recordExternalReading(reading('typed', later, 20_000));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/could not be saved.*disk is full/);
    expect(await readingsStore.count('typed')).toBe(1);
    expect((await readingsStore.latest('typed'))?.credit?.amount).toBe(25_750);
    const state = (await getRefreshStates()).typed;
    expect(state?.error).toMatchObject({ code: 'not-saved' });
    expect(state?.lastSuccessAt).toBe(T0);
    expect(await getSettings()).toEqual(SETTINGS);

    // Once there is room again, the next reading is stored and the card's failure clears.
    expect(await recordExternalReading(reading('typed', later + HOUR, 19_000))).toEqual({ ok: true });
    expect((await readingsStore.latest('typed'))?.credit?.amount).toBe(19_000);
    expect((await getRefreshStates()).typed?.error).toBeUndefined();
  });
});
