// The popup snapshot: what the background puts in the popup's URL, and how the popup reads it back.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '@/utils/background/settle';
import { readingsStore } from '@/utils/stores/db';
import type { Account, Reading } from '@/utils/model';
import {
  buildSnapshot,
  decodeSnapshot,
  MAX_SNAPSHOT_CHARS,
  type PopupSnapshot,
  snapshotData,
  snapshotInsights,
  snapshotPopupPath,
} from '@/utils/core/popup-snapshot';
import { updateRefreshState } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { testAccount } from './helpers';

const NOW = Date.UTC(2026, 5, 15, 12);

const api = testAccount({
  id: 'api',
  name: 'eSIM',
  currency: 'USD',
  primary: false,
  source: { kind: 'json-api', url: 'https://api.example/v1/usage?key=url-secret', headers: { Authorization: 'Bearer header-secret' } },
});
const manual = testAccount({
  id: 'axis',
  name: 'AXIS',
  source: { kind: 'manual', preset: 'axis', graceDays: 30, remindAfterDays: 5 },
  thresholds: { warnDays: 7, lowCredit: 5000 },
});
const off = testAccount({ id: 'off', name: 'Off', enabled: false, primary: false });

const readings = new Map<string, Reading>([
  [
    'axis',
    {
      accountId: 'axis',
      at: NOW - 3_600_000,
      confirmedAt: NOW - 60_000,
      credit: { amount: 25_750, currency: 'IDR' },
      validUntil: '2026-07-01',
      graceUntil: '2026-07-31',
      quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: 3.5, total: 10, unit: 'GB' }],
      day: { count: 4, creditMin: 25_000, creditMax: 26_000 },
    },
  ],
  ['off', { accountId: 'off', at: NOW, credit: { amount: 1, currency: 'IDR' } }],
]);

/** The snapshot a popup URL carries. */
const fromPath = (path: string) => decodeSnapshot(path.slice(path.indexOf('#') + 1));

describe('buildSnapshot', () => {
  const snapshot = buildSnapshot([manual, api, off], readings, {
    api: {
      failures: 2,
      error: { code: 'login-required', message: 'Sign in at api.example', at: NOW },
      failingSince: NOW - 1,
      inProgressSince: NOW,
    },
    axis: { failures: 0, lastSuccessAt: NOW },
  });

  it('keeps the enabled accounts in order with what a card shows, and their readings and errors', () => {
    expect(snapshot.accounts.map((a) => a.id)).toEqual(['axis', 'api']);
    expect(snapshot.accounts[0]).toEqual({
      id: 'axis',
      name: 'AXIS',
      primary: true,
      enabled: true,
      intervalMinutes: 60,
      thresholds: { warnDays: 7, lowCredit: 5000 },
      source: { kind: 'manual', preset: 'axis', remindAfterDays: 5 },
    });
    expect(snapshot.readings.axis?.credit).toEqual({ amount: 25_750, currency: 'IDR' });
    expect(snapshot.readings.axis?.confirmedAt).toBe(NOW - 60_000);
    expect(snapshot.states).toEqual({ api: { error: { code: 'login-required', message: 'Sign in at api.example', at: NOW } } });
  });

  it('leaves out secrets, URLs, history summaries and disabled accounts', () => {
    const text = snapshotPopupPath(snapshot);
    const decoded = decodeURIComponent(text);
    for (const left of [
      'header-secret',
      'url-secret',
      'api.example/v1',
      'Authorization',
      'creditMin',
      '"off"',
      'inProgressSince',
      'failures',
    ]) {
      expect([left, decoded.includes(left)]).toEqual([left, false]);
    }
    expect(snapshot.accounts[1]?.source).toEqual({ kind: 'json-api' });
  });

  it('comes back from the popup URL as it went in', () => {
    const path = snapshotPopupPath(snapshot);
    expect(path.startsWith('popup.html#')).toBe(true);
    expect(fromPath(path)).toEqual(JSON.parse(JSON.stringify(snapshot)));
    const data = snapshotData(fromPath(path) as PopupSnapshot);
    expect(data.readings.get('axis')?.quotas?.[0]?.remaining).toBe(3.5);
  });

  it('falls back to the bare popup when the snapshot would not fit a URL', () => {
    const many: Account[] = Array.from({ length: 400 }, (_v, i) => testAccount({ id: `a${i}`, name: `Line number ${i} with a long name` }));
    const path = snapshotPopupPath(buildSnapshot(many, new Map(), {}));
    expect(path).toBe('popup.html');
    expect(encodeURIComponent(JSON.stringify(buildSnapshot(many, new Map(), {}))).length).toBeGreaterThan(MAX_SNAPSHOT_CHARS);
  });
});

describe('decodeSnapshot', () => {
  const good: PopupSnapshot = {
    v: 2,
    accounts: [
      { id: 'a', name: 'A', primary: true, enabled: true, intervalMinutes: 60, thresholds: { warnDays: 7 }, source: { kind: 'demo' } },
    ],
    readings: { a: { accountId: 'a', at: NOW, credit: { amount: 5, currency: 'USD' } } },
    states: {},
  };
  const encode = (x: unknown) => encodeURIComponent(JSON.stringify(x));

  it('reads a good snapshot with or without the leading #', () => {
    expect(decodeSnapshot(`#${encode(good)}`)).toEqual(good);
    expect(decodeSnapshot(encode(good))).toEqual(good);
  });

  it.each([
    ['no fragment', ''],
    ['only #', '#'],
    ['not URI-encoded JSON', '#%E0%A4%A'],
    ['not JSON', encodeURIComponent('{accounts:')],
    ['another version', encode({ ...good, v: 1 })],
    ['accounts not a list', encode({ ...good, accounts: {} })],
    ['an account without thresholds', encode({ ...good, accounts: [{ ...good.accounts[0], thresholds: undefined }] })],
    ['credit as text', encode({ ...good, readings: { a: { accountId: 'a', at: NOW, credit: { amount: '5', currency: 'USD' } } } })],
    ['a reading filed under another account', encode({ ...good, readings: { b: good.readings.a } })],
    [
      'a quota without its amount',
      encode({ ...good, readings: { a: { accountId: 'a', at: NOW, quotas: [{ label: 'x', kind: 'data', unit: 'GB' }] } } }),
    ],
    ['states missing', encode({ ...good, states: undefined })],
  ])('ignores %s, so the popup reads storage instead', (_what, fragment) => {
    expect(decodeSnapshot(fragment)).toBeUndefined();
  });
});

describe('updateBadge keeps the popup snapshot', () => {
  it('puts the accounts, readings and errors it drew the badge from into the popup URL', async () => {
    await saveAccounts([manual, api, off]);
    await readingsStore.record(readings.get('axis') as Reading);
    await updateRefreshState('api', (s) => ({ ...s, error: { code: 'network', message: 'No connection to api.example', at: NOW } }));
    await updateBadge(NOW);
    const path = await fakeBrowser.action.getPopup({});
    const snapshot = fromPath(path);
    expect(snapshot?.accounts.map((a) => a.id)).toEqual(['axis', 'api']);
    expect(snapshot?.readings.axis?.credit?.amount).toBe(25_750);
    expect(snapshot?.states.api?.error?.code).toBe('network');
    expect(path).not.toContain('secret');
  });

  it('follows a change: a new reading reaches the next popup', async () => {
    await saveAccounts([manual]);
    await updateBadge(NOW);
    expect(fromPath(await fakeBrowser.action.getPopup({}))?.readings).toEqual({});
    await readingsStore.record({ accountId: 'axis', at: NOW, credit: { amount: 9_000, currency: 'IDR' } });
    await updateBadge(NOW);
    expect(fromPath(await fakeBrowser.action.getPopup({}))?.readings.axis?.credit?.amount).toBe(9_000);
  });

  it('carries each card’s sparkline and forecast, computed with the badge', async () => {
    await saveAccounts([manual]);
    for (let day = 10; day >= 0; day--) {
      await readingsStore.record({
        accountId: 'axis',
        at: NOW - day * 86_400_000,
        credit: { amount: 20_000 - (10 - day) * 1_000, currency: 'IDR' },
      });
    }
    await updateBadge(NOW);
    const snapshot = fromPath(await fakeBrowser.action.getPopup({})) as PopupSnapshot;
    expect(snapshot.at).toBe(NOW);
    const insight = snapshotInsights(snapshot).get('axis');
    expect(insight?.credit.at(-1)).toEqual({ at: NOW, value: 10_000 });
    expect(insight?.forecast.credit).toMatchObject({ kind: 'runs-out', days: 10 });
  });
});

describe('updateBadge draws one at a time', () => {
  it('a second draw reads the state only after the first has set the badge and the popup', async () => {
    await saveAccounts([testAccount({ id: 'm', source: { kind: 'manual' } })]);
    await readingsStore.put({ accountId: 'm', at: NOW - 60_000, credit: { amount: 25_750, currency: 'IDR' } });
    const steps: string[] = [];
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const setPopup = fakeBrowser.action.setPopup.bind(fakeBrowser.action);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: never) => (steps.push('read'), get(keys))) as never);
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async (details) => (steps.push('drawn'), setPopup(details)));
    // Two instants, so each draw has a snapshot of its own to set (a snapshot already set is not set again).
    await Promise.all([updateBadge(NOW), updateBadge(NOW + 60_000)]);
    const firstDrawn = steps.indexOf('drawn');
    // Both draws read the same keys: as many reads before the first draw lands as between it and the second.
    const readsBefore = steps.slice(0, firstDrawn).filter((step) => step === 'read').length;
    expect(readsBefore).toBeGreaterThan(0);
    expect(steps.slice(firstDrawn + 1).filter((step) => step === 'read')).toHaveLength(readsBefore);
    expect(steps.at(-1)).toBe('drawn');
  });
});
