import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readingsStore } from '@/utils/stores/db';
import type { Reading, SourceResult } from '@/utils/model';
import { type RefreshDeps, recordExternalReading, refreshAccount, refreshAccounts } from '@/utils/background/refresh';
import { cardModel } from '@/components/card-model';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { demoSource } from '@/utils/sources/demo';
import { statusFailure } from '@/utils/sources/http';
import { formatDateTime } from '@/utils/core/format';
import { messageHandlers, onAlarm } from '@/utils/background/lifecycle';
import { testAccountSource } from '@/utils/background/test-source';
import { testAccount } from './helpers';

const T0 = Date.UTC(2026, 10, 25, 5, 0);

function deps(now = T0, timeoutMs = 1_000): RefreshDeps {
  return { now: () => now, fetch: () => Promise.reject(new Error('no network in tests')), timeoutMs, timeZone: 'Asia/Jakarta' };
}

const good = (at: number, amount: number): Reading => ({ accountId: 'acct1', at, credit: { amount, currency: 'IDR' } });

describe('refreshAccount', () => {
  it('stores the reading and marks success', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    expect((await refreshAccount(account, deps())).ok).toBe(true);
    const latest = await readingsStore.latest(account.id);
    expect(latest?.at).toBe(T0);
    expect(latest?.credit?.currency).toBe('IDR');
    const state = (await getRefreshStates())[account.id];
    expect(state).toMatchObject({ failures: 0, lastSuccessAt: T0 });
    expect(state?.error).toBeUndefined();
    expect(state?.inProgressSince).toBeUndefined();
  });

  it('keeps the last good reading when a refresh fails, never storing a zero', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read').mockResolvedValueOnce({ ok: true, reading: good(T0, 25_750) });
    await refreshAccount(account, deps(T0));
    read.mockResolvedValueOnce({ ok: false, code: 'http', message: 'HTTP 500' });
    expect((await refreshAccount(account, deps(T0 + 60_000))).ok).toBe(false);

    expect(await readingsStore.count(account.id)).toBe(1);
    expect((await readingsStore.latest(account.id))?.credit?.amount).toBe(25_750);
    const state = (await getRefreshStates())[account.id];
    expect(state?.error).toEqual({ code: 'http', message: 'HTTP 500', at: T0 + 60_000 });
    expect(state?.failures).toBe(1);
    expect(state?.lastSuccessAt).toBe(T0);
    // The badge shows the old value, marked as failing.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25k!');
  });

  it('turns a thrown error or an invalid reading into a failure, not a reading', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    vi.spyOn(demoSource, 'read')
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValueOnce({ ok: true, reading: { accountId: 'acct1', at: T0, credit: { amount: Number.NaN, currency: 'IDR' } } })
      .mockResolvedValueOnce({ ok: true, reading: { ...good(T0, 5), accountId: 'someone-else' } });
    for (const code of ['unknown', 'parse', 'parse']) {
      await refreshAccount(account, deps());
      expect((await getRefreshStates())[account.id]?.error?.code).toBe(code);
    }
    expect(await readingsStore.count(account.id)).toBe(0);
    expect(await readingsStore.count('someone-else')).toBe(0);
  });

  it('gives up after the timeout with a timeout error', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    vi.spyOn(demoSource, 'read').mockImplementationOnce(() => new Promise<SourceResult>(() => undefined));
    const outcome = await refreshAccount(account, deps(T0, 20));
    expect(outcome.ok).toBe(false);
    expect((await getRefreshStates())[account.id]?.error?.code).toBe('timeout');
    expect((await getRefreshStates())[account.id]?.inProgressSince).toBeUndefined();
  });

  it('aborts the source signal on timeout', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    let signal: AbortSignal | undefined;
    vi.spyOn(demoSource, 'read').mockImplementationOnce((_a, d) => {
      signal = d.signal;
      return new Promise<SourceResult>(() => undefined);
    });
    await refreshAccount(account, deps(T0, 20));
    expect(signal?.aborted).toBe(true);
  });

  it('gives the source a deadline at the timeout, by the wall clock the engine reads', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    let deadline: number | undefined;
    vi.spyOn(demoSource, 'read').mockImplementationOnce(async (_a, d) => {
      deadline = d.deadline;
      return { ok: false, code: 'network', message: 'offline' };
    });
    const before = Date.now();
    await refreshAccount(account, deps(T0, 5_000));
    expect(deadline).toBeGreaterThanOrEqual(before + 5_000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 5_000);
  });

  it('the options page Test has the same time limit: a source that never answers is a timeout', async () => {
    vi.spyOn(demoSource, 'read').mockImplementationOnce(() => new Promise<SourceResult>(() => undefined));
    const result = await testAccountSource(testAccount(), deps(T0, 20));
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('backs off exponentially, capped at the interval, and a success clears the retry', async () => {
    const account = testAccount({ intervalMinutes: 5 });
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read');
    const expected = [60_000, 120_000, 240_000, 300_000, 300_000];
    for (const [i, delay] of expected.entries()) {
      read.mockResolvedValueOnce({ ok: false, code: 'network', message: 'offline' });
      const now = T0 + i * 1000;
      await refreshAccount(account, deps(now));
      expect((await fakeBrowser.alarms.get('retry:acct1'))?.scheduledTime).toBe(now + delay);
    }
    read.mockResolvedValueOnce({ ok: true, reading: good(T0 + 9000, 1) });
    await refreshAccount(account, deps(T0 + 9000));
    expect(await fakeBrowser.alarms.get('retry:acct1')).toBeUndefined();
    expect((await getRefreshStates())[account.id]?.failures).toBe(0);
  });

  it('honours a Retry-After longer than the backoff', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    vi.spyOn(demoSource, 'read').mockResolvedValueOnce({ ok: false, code: 'rate-limited', message: '429', retryAfterMs: 900_000 });
    await refreshAccount(account, deps(T0));
    expect((await fakeBrowser.alarms.get('retry:acct1'))?.scheduledTime).toBe(T0 + 900_000);
  });

  it('runs two refreshes of the same account at once as one', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    let release: (r: SourceResult) => void = () => undefined;
    const read = vi.spyOn(demoSource, 'read').mockImplementationOnce(() => new Promise<SourceResult>((resolve) => (release = resolve)));
    const first = refreshAccount(account, deps(T0, 5_000));
    const second = refreshAccount(account, deps(T0, 5_000));
    // Let the first reach the source before releasing it.
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    release({ ok: true, reading: good(T0, 3) });
    expect(await first).toEqual(await second);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await readingsStore.count(account.id)).toBe(1);
  });

  it('refreshes several accounts and draws the badge once for the primary', async () => {
    const a = testAccount({ id: 'a', primary: true });
    const b = testAccount({ id: 'b', primary: false });
    await saveAccounts([a, b]);
    const draw = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const outcomes = await refreshAccounts([a, b], deps());
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(draw).toHaveBeenCalledOnce();
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('');
    expect(await fakeBrowser.action.getTitle({})).toContain('Test line');
  });
});

describe('refresh with de-duplication and alerts', () => {
  it('an unchanged reading only moves confirmed-at, so status and "updated" follow the last confirmation', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read');
    read.mockResolvedValueOnce({ ok: true, reading: good(T0, 25_750) });
    read.mockResolvedValueOnce({ ok: true, reading: good(T0 + 3_600_000, 25_750) });
    await refreshAccount(account, deps(T0));
    await refreshAccount(account, deps(T0 + 3_600_000));
    expect(await readingsStore.count(account.id)).toBe(1);
    expect(await readingsStore.latest(account.id)).toMatchObject({ at: T0, confirmedAt: T0 + 3_600_000 });
  });

  it('records when failures began, and clears it on success', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read');
    read.mockResolvedValueOnce({ ok: false, code: 'network', message: 'offline' });
    read.mockResolvedValueOnce({ ok: false, code: 'network', message: 'offline' });
    await refreshAccount(account, deps(T0));
    await refreshAccount(account, deps(T0 + 60_000));
    expect((await getRefreshStates())[account.id]?.failingSince).toBe(T0);
    await refreshAccount(account, deps(T0 + 120_000));
    expect((await getRefreshStates())[account.id]?.failingSince).toBeUndefined();
  });
});

describe('Retry-After holds every refresh, not only the retry', () => {
  const HOUR = 3_600_000;

  it('after a 429 asking for 2 h, the hourly alarm does not fetch; at 2 h it does', async () => {
    const account = testAccount({ intervalMinutes: 60 });
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read');
    read.mockResolvedValueOnce({ ok: true, reading: good(T0 - HOUR, 25_750) });
    await refreshAccount(account, deps(T0 - HOUR));
    read.mockResolvedValueOnce(statusFailure(429, 'api.example.com', '7200', T0));
    await refreshAccount(account, deps(T0));
    expect(read).toHaveBeenCalledTimes(2);
    const failed = (await getRefreshStates())[account.id];
    expect(failed?.notBefore).toBe(T0 + 2 * HOUR);
    expect((await fakeBrowser.alarms.get('retry:acct1'))?.scheduledTime).toBe(T0 + 2 * HOUR);
    // The message says until when, in the words a user reads.
    expect(failed?.error?.message).toContain(formatDateTime(T0 + 2 * HOUR));

    // The regular alarm an hour later: no request, the failure and its message stay as they were.
    expect((await refreshAccount(account, deps(T0 + HOUR))).ok).toBe(false);
    expect(read).toHaveBeenCalledTimes(2);
    expect((await getRefreshStates())[account.id]).toEqual(failed);
    expect((await readingsStore.latest(account.id))?.credit?.amount).toBe(25_750);

    read.mockResolvedValueOnce({ ok: true, reading: good(T0 + 2 * HOUR, 24_000) });
    expect((await refreshAccount(account, deps(T0 + 2 * HOUR))).ok).toBe(true);
    expect(read).toHaveBeenCalledTimes(3);
    const after = (await getRefreshStates())[account.id];
    expect(after?.notBefore).toBeUndefined();
    expect(after?.error).toBeUndefined();
  });

  it('the alarm and the popup Refresh are held too, through the background handlers', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(T0);
      const account = testAccount({ intervalMinutes: 60 });
      await saveAccounts([account]);
      const read = vi.spyOn(demoSource, 'read').mockResolvedValueOnce(statusFailure(503, 'api.example.com', '7200', T0));
      await onAlarm('refresh:acct1');
      expect((await getRefreshStates())[account.id]).toMatchObject({ notBefore: T0 + 2 * HOUR, error: { code: 'http' } });
      expect((await getRefreshStates())[account.id]?.error?.message).toMatch(/HTTP 503.*next try after/);

      vi.setSystemTime(T0 + HOUR);
      await onAlarm('refresh:acct1');
      expect(await messageHandlers.refresh({})).toEqual([{ accountId: account.id, ok: false }]);
      expect(read).toHaveBeenCalledTimes(1);

      vi.setSystemTime(T0 + 2 * HOUR);
      read.mockResolvedValueOnce({ ok: true, reading: good(T0 + 2 * HOUR, 24_000) });
      await onAlarm('retry:acct1');
      expect(read).toHaveBeenCalledTimes(2);
      expect((await getRefreshStates())[account.id]?.error).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a 429 without Retry-After, or other failures, hold nothing', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read').mockResolvedValueOnce(statusFailure(429, 'api.example.com', null, T0));
    await refreshAccount(account, deps(T0));
    expect((await getRefreshStates())[account.id]?.notBefore).toBeUndefined();
    read.mockResolvedValueOnce(statusFailure(500, 'api.example.com', '7200', T0 + 1000));
    await refreshAccount(account, deps(T0 + 1000));
    expect((await getRefreshStates())[account.id]?.notBefore).toBeUndefined();
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('a success that found the page drawn by JavaScript (capture on visit) is recorded, not a failure', () => {
  // What the web page source returns with capture on visit for a page drawn by script (`utils/sources/web-page.ts`).
  const drawn = { ok: true, reading: null, scripted: true } as SourceResult;

  it('stores drawnByScript on a success without error, keeps it through a visit, and a read page clears it', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    const read = vi.spyOn(demoSource, 'read').mockResolvedValueOnce(drawn);
    expect((await refreshAccount(account, deps(T0))).ok).toBe(true);
    let state = (await getRefreshStates())[account.id];
    expect(state).toMatchObject({ failures: 0, lastSuccessAt: T0, drawnByScript: true });
    expect(state?.error).toBeUndefined();
    expect(state?.notice).toBeUndefined();
    // The card's status means what it meant without the flag.
    const { drawnByScript: _flag, ...without } = state ?? { failures: 0 };
    expect(cardModel(account, undefined, state, T0).status).toBe(cardModel(account, undefined, without, T0).status);
    expect(cardModel(account, undefined, state, T0).notice).toEqual(cardModel(account, undefined, without, T0).notice);

    // A reading captured on a visit says nothing of the fetched page: the flag stays.
    expect(await recordExternalReading(good(T0 + 1_000, 9_000))).toEqual({ ok: true });
    expect((await getRefreshStates())[account.id]?.drawnByScript).toBe(true);

    // A refresh that reads the page (rendering turned on, say) clears it.
    read.mockResolvedValueOnce({ ok: true, reading: good(T0 + 60_000, 8_000) });
    await refreshAccount(account, deps(T0 + 60_000));
    state = (await getRefreshStates())[account.id];
    expect(state?.lastSuccessAt).toBe(T0 + 60_000);
    expect(state?.drawnByScript).toBeUndefined();
  });

  it('a success with nothing new and no sign of script records no flag', async () => {
    const account = testAccount();
    await saveAccounts([account]);
    vi.spyOn(demoSource, 'read').mockResolvedValueOnce({ ok: true, reading: null });
    await refreshAccount(account, deps(T0));
    expect((await getRefreshStates())[account.id]?.drawnByScript).toBeUndefined();
  });
});
