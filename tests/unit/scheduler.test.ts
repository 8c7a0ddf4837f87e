import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_TICK_ALARM, backoffMs, clearRetry, ensureAlarms, parseAlarm, scheduleRetry } from '@/utils/background/scheduler';
import { testAccount } from './helpers';

const names = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

describe('ensureAlarms', () => {
  it('creates one periodic alarm per enabled refreshing account, none for manual or disabled ones', async () => {
    await ensureAlarms([
      testAccount({ id: 'demo', intervalMinutes: 15 }),
      testAccount({ id: 'off', enabled: false }),
      testAccount({ id: 'typed', source: { kind: 'manual' } }),
    ]);
    expect(await names()).toEqual([BADGE_TICK_ALARM, 'refresh:demo']);
    expect((await fakeBrowser.alarms.get('refresh:demo'))?.periodInMinutes).toBe(15);
  });

  it('leaves an existing alarm alone so its timer is not reset', async () => {
    await ensureAlarms([testAccount({ id: 'a' })]);
    const before = await fakeBrowser.alarms.get('refresh:a');
    // Move the stored schedule so a re-creation would be visible.
    if (before) before.scheduledTime = 42;
    await ensureAlarms([testAccount({ id: 'a' })]);
    expect((await fakeBrowser.alarms.get('refresh:a'))?.scheduledTime).toBe(42);
  });

  it('re-creates an alarm whose interval changed and clears alarms of removed accounts with their retries', async () => {
    await ensureAlarms([testAccount({ id: 'a', intervalMinutes: 60 }), testAccount({ id: 'b' })]);
    await scheduleRetry('b', Date.now(), 60_000);
    await ensureAlarms([testAccount({ id: 'a', intervalMinutes: 5 })]);
    expect(await names()).toEqual([BADGE_TICK_ALARM, 'refresh:a']);
    expect((await fakeBrowser.alarms.get('refresh:a'))?.periodInMinutes).toBe(5);
  });

  it('keeps a pending retry of an account that still exists, and clearRetry removes it', async () => {
    await ensureAlarms([testAccount({ id: 'a' })]);
    await scheduleRetry('a', 1_000, 60_000);
    await ensureAlarms([testAccount({ id: 'a' })]);
    expect((await fakeBrowser.alarms.get('retry:a'))?.scheduledTime).toBe(61_000);
    await clearRetry('a');
    expect(await fakeBrowser.alarms.get('retry:a')).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it.each([
    [1, 60, undefined, 60_000],
    [2, 60, undefined, 120_000],
    [3, 60, undefined, 240_000],
    [6, 60, undefined, 1_920_000],
    [7, 60, undefined, 3_600_000], // capped at the interval
    [50, 60, undefined, 3_600_000],
    [3, 2, undefined, 120_000],
    [1, 60, 300_000, 300_000], // Retry-After wins when longer
  ])('failure %i, interval %i min, retry-after %s → %i ms', (failures, interval, retryAfter, expected) => {
    expect(backoffMs(failures, interval, retryAfter)).toBe(expected);
  });
});

describe('parseAlarm', () => {
  it.each([
    ['refresh:abc', { kind: 'refresh', accountId: 'abc' }],
    ['retry:abc', { kind: 'refresh', accountId: 'abc' }],
    [BADGE_TICK_ALARM, { kind: 'badge-tick' }],
    ['someone-else', undefined],
  ])('%s', (name, job) => {
    expect(parseAlarm(name)).toEqual(job);
  });
});
