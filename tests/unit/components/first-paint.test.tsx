// The popup's framework-free first paint must draw exactly what the Preact app draws for the same
// snapshot, so the app takes the DOM over without a visible change (and the e2e hooks hold for both).
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCards } from '@/components/card-model';
import { popupView } from '@/entrypoints/popup/first-paint';
import { App } from '@/entrypoints/popup/App';
import { setChosenLanguage } from '@/utils/i18n';
import type { Reading } from '@/utils/model';
import {
  buildSnapshot,
  type CardAccount,
  type CardState,
  decodeSnapshot,
  snapshotData,
  snapshotInsights,
  snapshotPopupPath,
} from '@/utils/core/popup-snapshot';
import { sparkInsight } from '@/utils/core/insight';
import type { Insight } from '@/utils/core/insight';
import { testAccount } from '../helpers';
import { catalog } from '../locales';
import { useDom } from './dom';

const NOW = new Date(2026, 5, 15, 12).getTime(); // local noon, so days left do not depend on the zone
const DAY = 86_400_000;

const dom = useDom('a', 'b');

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  setChosenLanguage(null);
});

/** Markup with attributes sorted, so only what is drawn counts, not the order attributes were set in. */
function canonical(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = [...el.attributes]
    .map((a) => `${a.name.toLowerCase()}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${el.localName}${attrs ? ` ${attrs}` : ''}>${[...el.childNodes].map(canonical).join('')}</${el.localName}>`;
}

const account = (id: string, fields: Partial<CardAccount> = {}): CardAccount => ({
  id,
  name: `Line ${id}`,
  primary: false,
  enabled: true,
  intervalMinutes: 60,
  thresholds: { warnDays: 7 },
  source: { kind: 'demo' },
  ...fields,
});
const date = (days: number) => {
  const d = new Date(NOW + days * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Both renderings of the popup for the same data. */
function both(
  accounts: readonly CardAccount[],
  readings: Reading[],
  states: Readonly<Record<string, CardState>> = {},
  insights?: ReadonlyMap<string, Insight>,
): [string, string] {
  const data = { accounts, readings: new Map(readings.map((r) => [r.accountId, r])), states };
  render(<App initial={data} initialInsights={insights} />, dom('a'));
  dom('b').append(popupView(buildCards(data.accounts, data.readings, data.states, Date.now()), Date.now(), insights));
  return [canonical(dom('a')), canonical(dom('b')).replace(/^<div id="b">/, '<div id="a">')];
}

describe('popup first paint', () => {
  it('draws a full card like the app: credit, days left, grace period, quotas with bars, updated time, primary tag', () => {
    const [app, paint] = both(
      [account('axis', { name: 'AXIS', primary: true, source: { kind: 'manual', preset: 'axis', remindAfterDays: 30 } })],
      [
        {
          accountId: 'axis',
          at: NOW - 3 * 3_600_000,
          confirmedAt: NOW - 5 * 60_000,
          credit: { amount: 25_750, currency: 'IDR' },
          validUntil: date(40),
          graceUntil: date(70),
          quotas: [
            { label: 'Kuota Utama', kind: 'data', remaining: 3.5, total: 10, unit: 'GB', expiresAt: date(20) },
            { label: 'Nelpon', kind: 'voice', remaining: 120, unit: 'min' },
            { label: 'Malam', kind: 'data', remaining: 0, unit: 'GB', unlimited: true },
            { label: 'SMS', kind: 'sms', remaining: 50, total: 100, unit: 'sms' },
          ],
        },
      ],
    );
    expect(paint).toContain('data-testid="credit"');
    expect(paint).toContain('data-amount="25750"');
    expect(paint).toContain('data-testid="quota"');
    expect(paint).toBe(app);
  });

  it('names unlabelled quotas by their kind like the app, old English defaults included', () => {
    setChosenLanguage({ lang: 'id', version: '0.1.0', messages: catalog('id') });
    const [app, paint] = both(
      [account('esim')],
      [
        {
          accountId: 'esim',
          at: NOW - 60_000,
          quotas: [
            { label: '', kind: 'data', remaining: 750, unit: 'MB' },
            { label: 'Voice', kind: 'voice', remaining: 30, unit: 'min' },
            { label: '', kind: 'other', remaining: 2, unit: 'x' },
          ],
        },
      ],
    );
    const labels = [...paint.matchAll(/<span class="quota-label">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Kuota data', 'Telepon', 'Lainnya']);
    expect(paint).toBe(app);
  });

  it.each([
    [
      'ends soon, low credit',
      { thresholds: { warnDays: 7, lowCredit: 50_000 } },
      { credit: { amount: 4.5, currency: 'USD' }, validUntil: date(3) },
    ],
    ['ends today', {}, { validUntil: date(0) }],
    ['in its grace period', {}, { validUntil: date(-2), graceUntil: date(10) }],
    ['grace period over', {}, { validUntil: date(-40), graceUntil: date(-10) }],
    ['ended without grace', {}, { validUntil: date(-1), credit: { amount: 0, currency: 'IDR' } }],
    ['stale manual reading with a check code', { source: { kind: 'manual', preset: 'axis' } }, { at: NOW - 30 * DAY }],
    ['stale demo reading', {}, { at: NOW - 3 * DAY }],
  ] as const)('draws a card that is %s like the app', (_what, fields, values) => {
    const [app, paint] = both([account('x', fields as Partial<CardAccount>)], [{ accountId: 'x', at: NOW - 60_000, ...values } as Reading]);
    expect(paint).toContain('data-testid="account"');
    expect(paint).toBe(app);
  });

  it('draws errors, sign-in, token refused, pending and busy cards like the app, with their actions', () => {
    const [app, paint] = both(
      [
        account('err', { source: { kind: 'web-page' } }),
        account('login', { source: { kind: 'web-page' } }),
        account('token', { source: { kind: 'json-api' } }),
        account('never', { source: { kind: 'json-api' } }),
        account('manual', { source: { kind: 'manual', preset: 'axis' } }),
        account('generic', { source: { kind: 'manual' } }),
        account('demo', { primary: true }),
        account('busy'),
      ],
      [
        { accountId: 'err', at: NOW - 60_000, credit: { amount: 10, currency: 'USD' } },
        { accountId: 'busy', at: NOW - 60_000, credit: { amount: 10, currency: 'USD' } },
      ],
      {
        err: { error: { code: 'network', message: 'No connection to carrier.example', at: NOW } },
        login: { error: { code: 'login-required', message: 'Sign in at carrier.example', at: NOW } },
        token: { error: { code: 'login-required', message: 'Signed out of api.example', at: NOW } },
        busy: { inProgressSince: NOW - 1000 },
      },
    );
    for (const hook of ['action-retry', 'action-sign-in', 'action-update', 'action-update-token', 'status-message', 'demo-label'])
      expect(paint).toContain(hook);
    expect(paint).toContain('class="spin"');
    expect(paint).toBe(app);
  });

  it('draws a page whose values are missing, and a page that changed, like the app, with Pick on the page', () => {
    const [app, paint] = both(
      [account('missing', { source: { kind: 'web-page' } }), account('changed', { source: { kind: 'web-page' } })],
      [{ accountId: 'changed', at: NOW - 60_000, credit: { amount: 10, currency: 'IDR' } }],
      {
        missing: { error: { code: 'layout-changed', message: 'The page on carrier.example changed', at: NOW } },
        changed: { notice: { key: 'source.pageChanged', args: ['carrier.example'] } },
      },
    );
    expect(paint).toContain('data-kind="page-changed"');
    expect(paint.match(/data-testid="action-pick"/g)).toHaveLength(2);
    expect(paint).toBe(app);
  });

  it('draws the empty state like the app when there is no account', () => {
    const [app, paint] = both([], []);
    expect(paint).toContain('data-testid="empty"');
    expect(paint).not.toContain('data-testid="refresh"');
    expect(paint).toBe(app);
  });

  it('draws the sparkline and forecast of the snapshot like the app: lines, forecast lines, too little history, history button', () => {
    // A month of readings: credit falling 1 000 a day, data falling 100 MB a day, so both forecasts have dates.
    const history: Reading[] = Array.from({ length: 31 }, (_v, day) => ({
      accountId: 'axis',
      at: NOW - (30 - day) * DAY,
      credit: { amount: 60_000 - day * 1_000, currency: 'IDR' },
      validUntil: date(40),
      quotas: [{ label: 'Kuota', kind: 'data', remaining: 8_000 - day * 100, total: 10_000, unit: 'MB' }],
    }));
    const accounts = [
      testAccount({ id: 'axis', name: 'AXIS', source: { kind: 'manual', preset: 'axis' } }),
      testAccount({ id: 'new', name: 'New', primary: false }),
    ];
    const latest = new Map([['axis', history[30] as Reading]]);
    const insights = new Map([
      ['axis', sparkInsight(history, NOW)],
      ['new', sparkInsight([], NOW)],
    ]);
    // Through the popup URL, as the background keeps it and the first paint reads it.
    const snapshot = decodeSnapshot(
      new URL(snapshotPopupPath(buildSnapshot(accounts, latest, {}, insights, NOW)), 'chrome-extension://x/').hash,
    );
    expect(snapshot).toBeDefined();
    const data = snapshotData(snapshot as NonNullable<typeof snapshot>);
    const fromSnapshot = snapshotInsights(snapshot as NonNullable<typeof snapshot>);
    // At most 48 points a card.
    const axis = fromSnapshot.get('axis') as Insight;
    expect(axis.credit.length + axis.data.length).toBeLessThanOrEqual(48);
    const [app, paint] = both(data.accounts, [...data.readings.values()], data.states, fromSnapshot);
    expect(paint).toContain('data-testid="sparkline"');
    expect(paint).toContain('data-series="credit"');
    expect(paint).toContain('data-series="data"');
    expect(paint).toContain('data-testid="forecast-credit"');
    expect(paint).toContain('data-testid="forecast-data"');
    expect(paint).toContain('data-state="too-little"');
    expect(paint.match(/data-testid="open-history"/g)).toHaveLength(2);
    expect(paint).toBe(app);
  });

  it('draws the "check on your phone" line of a dialled account like the app, from the snapshot, before its block loads', () => {
    const accounts = [testAccount({ id: 'dial', name: 'Dialled', source: { kind: 'manual', preset: 'axis', dialCode: '*888#' } })];
    const latest = new Map([['dial', { accountId: 'dial', at: NOW - 60_000, credit: { amount: 5_000, currency: 'IDR' } } as Reading]]);
    const snapshot = decodeSnapshot(new URL(snapshotPopupPath(buildSnapshot(accounts, latest, {})), 'chrome-extension://x/').hash);
    const data = snapshotData(snapshot as NonNullable<typeof snapshot>);
    const [app, paint] = both(data.accounts, [...data.readings.values()], data.states);
    expect(paint).toContain('data-testid="dial-help-placeholder"');
    expect(paint).toContain('href="tel:*888%23"');
    expect(paint).toBe(app);
  });
});
