import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AlertDeps, accountOfNotification, alertStateItem } from '@/utils/background/alert-runner';
import { checkAlerts } from '@/utils/background/settle';
import { type Condition, conditions, decide, quietUntil } from '@/utils/core/alerts';
import { readingsStore } from '@/utils/stores/db';
import { onAlarm } from '@/utils/background/lifecycle';
import type { Account, Reading } from '@/utils/model';
import { updateRefreshState } from '@/utils/stores/refresh-state';
import { ALERT_RELEASE_ALARM } from '@/utils/background/scheduler';
import { getSettings, saveAccounts, saveSettings } from '@/utils/stores/settings';
import { testAccount } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TZ = 'UTC';
// 2026-11-20 12:00 UTC.
const T0 = Date.UTC(2026, 10, 20, 12);

const manual = (fields: Partial<Account> = {}): Account =>
  testAccount({ source: { kind: 'manual', graceDays: 30 }, thresholds: { warnDays: 7, lowCredit: 5000 }, ...fields });

const reading = (at: number, amount: number, extra: Partial<Reading> = {}): Reading => ({
  accountId: 'acct1',
  at,
  credit: { amount, currency: 'IDR' },
  validUntil: '2027-01-31',
  ...extra,
});

const keys = (cs: Condition[]) => cs.map((c) => c.key);

describe('conditions', () => {
  it.each<[string, Partial<Account>, Reading, string[]]>([
    ['credit under the threshold', {}, reading(T0, 4000), ['low-credit']],
    ['credit at the threshold is fine', {}, reading(T0, 5000), []],
    ['low credit switched off', { alerts: { lowCredit: false } }, reading(T0, 10), []],
    ['own low-credit threshold wins', { alerts: { lowCreditBelow: 20_000 } }, reading(T0, 10_000), ['low-credit']],
    ['8 days left: nothing', {}, reading(T0, 9000, { validUntil: '2026-11-28' }), []],
    ['7 days left', {}, reading(T0, 9000, { validUntil: '2026-11-27' }), ['ending:7']],
    ['3 days left: both 7 and 3 hold', {}, reading(T0, 9000, { validUntil: '2026-11-23' }), ['ending:7', 'ending:3']],
    ['ends today', {}, reading(T0, 9000, { validUntil: '2026-11-20' }), ['ending:7', 'ending:3', 'ending:1']],
    ['custom days', { alerts: { endingDays: [14] } }, reading(T0, 9000, { validUntil: '2026-12-01' }), ['ending:14']],
    ['ended', {}, reading(T0, 9000, { validUntil: '2026-11-19' }), ['ended']],
    ['ended switched off', { alerts: { ended: false } }, reading(T0, 9000, { validUntil: '2026-11-19' }), []],
    [
      'data under 10 %',
      {},
      reading(T0, 9000, { quotas: [{ label: 'D', kind: 'data', remaining: 0.9, total: 10, unit: 'GB' }] }),
      ['data-low'],
    ],
    ['data at 10 % is fine', {}, reading(T0, 9000, { quotas: [{ label: 'D', kind: 'data', remaining: 1, total: 10, unit: 'GB' }] }), []],
  ])('%s', (_name, fields, latest, expected) => {
    expect(keys(conditions({ account: manual(fields), latest, now: T0, timeZone: TZ }))).toEqual(expected);
  });

  it('gives the block date of an ended period from the grace date, or from the grace length', () => {
    const withDate = conditions({
      account: manual(),
      latest: reading(T0, 9000, { validUntil: '2026-11-19', graceUntil: '2026-12-19' }),
      now: T0,
      timeZone: TZ,
    });
    expect(withDate[0]).toMatchObject({ kind: 'ended', blockedOn: '2026-12-19' });
    const fromLength = conditions({
      account: manual(),
      latest: reading(T0, 9000, { validUntil: '2026-11-19' }),
      graceDays: 30,
      now: T0,
      timeZone: TZ,
    });
    expect(fromLength[0]).toMatchObject({ kind: 'ended', blockedOn: '2026-12-19' });
  });

  it('detects a top-up with its amount, only while it is fresh and over the threshold', () => {
    const before = reading(T0 - HOUR, 9000);
    const after = reading(T0, 59_000);
    expect(conditions({ account: manual(), latest: after, previous: before, now: T0, timeZone: TZ })).toEqual([
      { key: `top-up:${T0}`, kind: 'top-up', amount: { amount: 50_000, currency: 'IDR' } },
    ]);
    expect(
      conditions({ account: manual({ alerts: { topUpAbove: 50_000 } }), latest: after, previous: before, now: T0, timeZone: TZ }),
    ).toEqual([]);
    expect(conditions({ account: manual(), latest: after, previous: before, now: T0 + 2 * DAY, timeZone: TZ })).toEqual([]);
  });

  it('says a refresh is failing only after the set hours, and sign-in at once', () => {
    const error = { code: 'http' as const, message: 'HTTP 500', at: T0 };
    const failing = (hours: number) =>
      keys(
        conditions({
          account: manual({ alerts: { failingHours: 6 } }),
          state: { failures: 3, error, failingSince: T0 - hours * HOUR },
          now: T0,
          timeZone: TZ,
        }),
      );
    expect(failing(5)).toEqual([]);
    expect(failing(6)).toEqual(['failing']);
    const login = { failures: 1, error: { code: 'login-required' as const, message: 'Sign in', at: T0 }, failingSince: T0 };
    expect(keys(conditions({ account: manual(), state: login, now: T0, timeZone: TZ }))).toEqual(['login-required']);
    expect(keys(conditions({ account: manual({ alerts: { failing: false } }), state: login, now: T0, timeZone: TZ }))).toEqual([]);
  });
});

describe('decide: one notification per episode', () => {
  const low: Condition = { key: 'low-credit', kind: 'low-credit', credit: { amount: 1, currency: 'IDR' }, below: 5 };
  const ending = (within: number): Condition => ({ key: `ending:${within}`, kind: 'ending', days: 2, validUntil: '2026-11-22', within });

  it('notifies when a condition starts, not while it lasts, and again after it cleared', () => {
    let episodes = {};
    const steps: [Condition[], string[]][] = [
      [[low], ['low-credit']],
      [[low], []],
      [[low], []],
      [[], []],
      [[low], ['low-credit']],
    ];
    steps.forEach(([current, expected], i) => {
      const d = decide(T0 + i, current, episodes);
      expect(keys(d.notify)).toEqual(expected);
      episodes = d.episodes;
    });
  });

  it('of several ending thresholds crossed at once notifies only the nearest', () => {
    const first = decide(T0, [ending(7), ending(3)], {});
    expect(keys(first.notify)).toEqual(['ending:3']);
    expect(Object.keys(first.episodes)).toEqual(['ending:7', 'ending:3']);
    expect(keys(decide(T0, [ending(7), ending(3), ending(1)], first.episodes).notify)).toEqual(['ending:1']);
  });
});

describe('quietUntil', () => {
  const at = (hhmm: string) => Date.parse(`2026-11-20T${hhmm}:00Z`);
  it.each<[string, { start: string; end: string } | undefined, string, string | undefined]>([
    ['no quiet hours', undefined, '23:00', undefined],
    ['overnight, inside before midnight', { start: '22:00', end: '07:00' }, '23:30', '2026-11-21T07:00:00.000Z'],
    ['overnight, inside after midnight', { start: '22:00', end: '07:00' }, '06:59', '2026-11-20T07:00:00.000Z'],
    ['overnight, at the end', { start: '22:00', end: '07:00' }, '07:00', undefined],
    ['overnight, at the start', { start: '22:00', end: '07:00' }, '22:00', '2026-11-21T07:00:00.000Z'],
    ['overnight, outside', { start: '22:00', end: '07:00' }, '12:00', undefined],
    ['daytime', { start: '13:00', end: '14:00' }, '13:15', '2026-11-20T14:00:00.000Z'],
    ['start equals end means none', { start: '13:00', end: '13:00' }, '13:00', undefined],
  ])('%s', (_name, quiet, now, until) => {
    const result = quietUntil(at(now), quiet, 'UTC');
    expect(result === undefined ? undefined : new Date(result).toISOString()).toBe(until);
  });

  it('reads the clock in the given time zone', () => {
    // 16:00 UTC is 23:00 in Jakarta: quiet there, until 07:00 Jakarta = 00:00 UTC.
    expect(new Date(quietUntil(at('16:00'), { start: '22:00', end: '07:00' }, 'Asia/Jakarta') ?? 0).toISOString()).toBe(
      '2026-11-21T00:00:00.000Z',
    );
  });
});

describe('checkAlerts with faked time and notifications', () => {
  const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
  const deps = (now: number): AlertDeps => ({
    now,
    timeZone: TZ,
    locale: 'en-US',
    notify: async (id, title, message) => {
      await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title, message });
    },
  });

  it('raises each alert once per episode and re-arms it when the condition clears', async () => {
    await saveAccounts([manual()]);
    await readingsStore.record(reading(T0, 9000));
    expect(await checkAlerts(undefined, deps(T0))).toEqual([]);

    await readingsStore.record(reading(T0 + HOUR, 4000));
    expect(await checkAlerts(undefined, deps(T0 + HOUR))).toEqual(['alert|acct1|low-credit']);
    const all = await fakeBrowser.notifications.getAll();
    expect(all['alert|acct1|low-credit']).toMatchObject({ title: 'Test line: credit is low' });
    expect((all['alert|acct1|low-credit'] as { message: string }).message).toContain('4,000');

    await readingsStore.record(reading(T0 + 2 * HOUR, 3000));
    expect(await checkAlerts(undefined, deps(T0 + 2 * HOUR))).toEqual([]);
    // A top-up clears it (and is itself announced with its amount) …
    await readingsStore.record(reading(T0 + 3 * HOUR, 53_000));
    expect(await checkAlerts(undefined, deps(T0 + 3 * HOUR))).toEqual([`alert|acct1|top-up:${T0 + 3 * HOUR}`]);
    const topUp = (await fakeBrowser.notifications.getAll())[`alert|acct1|top-up:${T0 + 3 * HOUR}`] as { message: string };
    expect(topUp.message).toContain('50,000');
    // … so spending down again raises low credit again, once.
    await readingsStore.record(reading(T0 + 4 * HOUR, 2000));
    expect(await checkAlerts(undefined, deps(T0 + 4 * HOUR))).toEqual(['alert|acct1|low-credit']);
    expect(await checkAlerts(undefined, deps(T0 + 5 * HOUR))).toEqual([]);
  });

  it('warns 7, 3 and 1 days ahead as the days pass, without a new reading', async () => {
    await saveAccounts([manual()]);
    await readingsStore.record(reading(T0, 90_000, { validUntil: '2026-11-30' }));
    const fired: string[] = [];
    for (let day = 0; day <= 12; day++) fired.push(...(await checkAlerts(undefined, deps(T0 + day * DAY))));
    expect(fired).toEqual(['alert|acct1|ending:7', 'alert|acct1|ending:3', 'alert|acct1|ending:1', 'alert|acct1|ended']);
    const ended = (await fakeBrowser.notifications.getAll())['alert|acct1|ended'] as { message: string };
    // The grace period of the manual account (30 days) gives the block date.
    expect(ended.message).toContain('Dec 30, 2026');
  });

  it('raises refresh failing once it lasted the set hours, and again after a success', async () => {
    await saveAccounts([manual({ alerts: { failingHours: 2 } })]);
    const fail = (at: number) =>
      updateRefreshState('acct1', (s) => ({
        ...s,
        failures: s.failures + 1,
        error: { code: 'network', message: 'offline', at },
        failingSince: s.failingSince ?? at,
      }));
    await fail(T0);
    expect(await checkAlerts(undefined, deps(T0))).toEqual([]);
    await fail(T0 + 2 * HOUR);
    expect(await checkAlerts(undefined, deps(T0 + 2 * HOUR))).toEqual(['alert|acct1|failing']);
    await fail(T0 + 3 * HOUR);
    expect(await checkAlerts(undefined, deps(T0 + 3 * HOUR))).toEqual([]);
    await updateRefreshState('acct1', (s) => ({ ...s, failures: 0, error: undefined, failingSince: undefined }));
    expect(await checkAlerts(undefined, deps(T0 + 4 * HOUR))).toEqual([]);
    await fail(T0 + 5 * HOUR);
    await fail(T0 + 8 * HOUR);
    expect(await checkAlerts(undefined, deps(T0 + 8 * HOUR))).toEqual(['alert|acct1|failing']);
  });

  it('raises low data once per episode, re-arms it when a new package clears it, and raises it again', async () => {
    await saveAccounts([manual()]);
    const data = (at: number, remaining: number) =>
      readingsStore.record(reading(at, 9000, { quotas: [{ label: 'Kuota', kind: 'data', remaining, total: 10, unit: 'GB' }] }));
    await data(T0, 2);
    expect(await checkAlerts(undefined, deps(T0))).toEqual([]);
    await data(T0 + HOUR, 0.9);
    expect(await checkAlerts(undefined, deps(T0 + HOUR))).toEqual(['alert|acct1|data-low']);
    const shownAlert = (await fakeBrowser.notifications.getAll())['alert|acct1|data-low'] as { title: string; message: string };
    expect(shownAlert.title).toBe('Test line: data is running low');
    expect(shownAlert.message).toBe('9 % of the data quota left (alert under 10 %).');
    await data(T0 + 2 * HOUR, 0.5);
    expect(await checkAlerts(undefined, deps(T0 + 2 * HOUR))).toEqual([]);
    // A new package clears it …
    await data(T0 + 3 * HOUR, 10);
    expect(await checkAlerts(undefined, deps(T0 + 3 * HOUR))).toEqual([]);
    // … so running low again raises it again, once.
    await data(T0 + 4 * HOUR, 0.4);
    expect(await checkAlerts(undefined, deps(T0 + 4 * HOUR))).toEqual(['alert|acct1|data-low']);
    expect(await checkAlerts(undefined, deps(T0 + 5 * HOUR))).toEqual([]);
  });

  it('raises sign-in needed once per episode, re-arms it after a successful refresh, and raises it again', async () => {
    await saveAccounts([manual()]);
    const signIn = (at: number) =>
      updateRefreshState('acct1', (s) => ({
        ...s,
        failures: s.failures + 1,
        error: { code: 'login-required', message: 'Sign in to example.com', at },
        failingSince: s.failingSince ?? at,
      }));
    await signIn(T0);
    expect(await checkAlerts(undefined, deps(T0))).toEqual(['alert|acct1|login-required']);
    expect(((await fakeBrowser.notifications.getAll())['alert|acct1|login-required'] as { title: string }).title).toContain('Test line');
    await signIn(T0 + HOUR);
    expect(await checkAlerts(undefined, deps(T0 + HOUR))).toEqual([]);
    // Still needed hours later: not said again (and not as "failing" either).
    expect(await checkAlerts(undefined, deps(T0 + 10 * HOUR))).toEqual([]);
    // Signed in: a successful refresh clears it …
    await updateRefreshState('acct1', (s) => ({ ...s, failures: 0, error: undefined, failingSince: undefined }));
    expect(await checkAlerts(undefined, deps(T0 + 11 * HOUR))).toEqual([]);
    // … so the next sign-out raises it again, once.
    await signIn(T0 + 12 * HOUR);
    expect(await checkAlerts(undefined, deps(T0 + 12 * HOUR))).toEqual(['alert|acct1|login-required']);
    expect(await checkAlerts(undefined, deps(T0 + 13 * HOUR))).toEqual([]);
  });

  it('two checks at once notify once', async () => {
    await saveAccounts([manual()]);
    await readingsStore.record(reading(T0, 100));
    const results = await Promise.all([checkAlerts(undefined, deps(T0)), checkAlerts(['acct1'], deps(T0))]);
    expect(results.flat()).toEqual(['alert|acct1|low-credit']);
  });

  it('holds alerts during quiet hours and shows them when they end, unless they cleared', async () => {
    await saveAccounts([manual(), manual({ id: 'acct2', name: 'Second', primary: false })]);
    await saveSettings({ ...(await getSettings()), quietHours: { start: '22:00', end: '07:00' } });
    const night = Date.UTC(2026, 10, 20, 23);
    await readingsStore.record(reading(night, 100));
    await readingsStore.record({ ...reading(night, 200), accountId: 'acct2' });
    expect(await checkAlerts(undefined, deps(night))).toEqual([]);
    expect(await shown()).toEqual([]);
    expect((await alertStateItem.getValue()).held.map((h) => h.key)).toEqual(['low-credit', 'low-credit']);
    // The release alarm is set for 07:00.
    expect((await fakeBrowser.alarms.get(ALERT_RELEASE_ALARM))?.scheduledTime).toBe(Date.UTC(2026, 10, 21, 7));
    // Overnight the second account was topped up: its held low-credit alert is old news, the top-up is held.
    await readingsStore.record({ ...reading(night + HOUR, 90_000), accountId: 'acct2' });
    expect(await checkAlerts(undefined, deps(night + HOUR))).toEqual([]);
    const morning = Date.UTC(2026, 10, 21, 7);
    expect(await checkAlerts(undefined, deps(morning))).toEqual(['alert|acct1|low-credit', `alert|acct2|top-up:${night + HOUR}`]);
    expect((await alertStateItem.getValue()).held).toEqual([]);
  });

  it('checks alerts on the release alarm and the badge tick, through the browser', async () => {
    await saveAccounts([manual()]);
    await readingsStore.record(reading(Date.now(), 100));
    await onAlarm(ALERT_RELEASE_ALARM);
    expect(await shown()).toEqual(['alert|acct1|low-credit']);
    await onAlarm('badge-tick');
    expect(await shown()).toEqual(['alert|acct1|low-credit']);
    expect(accountOfNotification('alert|acct1|low-credit')).toBe('acct1');
    expect(accountOfNotification('something else')).toBeUndefined();
  });

  it('a demo account raises no alerts until the user sets them', () => {
    const latest = reading(T0, 100, { validUntil: '2026-11-21' });
    const demo = testAccount({ thresholds: { warnDays: 7, lowCredit: 5000 } });
    expect(conditions({ account: demo, latest, now: T0, timeZone: TZ })).toEqual([]);
    expect(keys(conditions({ account: { ...demo, alerts: {} }, latest, now: T0, timeZone: TZ }))).toEqual([
      'low-credit',
      'ending:7',
      'ending:3',
      'ending:1',
    ]);
  });

  it('switched-off alerts never notify', async () => {
    await saveAccounts([manual({ alerts: { lowCredit: false, topUp: false } })]);
    await readingsStore.record(reading(T0, 100));
    await readingsStore.record(reading(T0 + HOUR, 90_000));
    expect(await checkAlerts(undefined, deps(T0 + HOUR))).toEqual([]);
  });
});
