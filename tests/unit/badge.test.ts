import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, type BadgeAccount, compactNumber, daysText, formatBadge } from '@/utils/core/badge';
import { addDays, localDate } from '@/utils/core/days-left';
import { type Account, DEFAULT_SETTINGS, type Reading, type Status } from '@/utils/model';

describe('compactNumber', () => {
  it.each([
    [0, '0'],
    [4.5, '4.5'],
    [4.56, '4.5'],
    [0.29, '0.2'],
    [12.3, '12.3'],
    [99.99, '99.9'],
    [125, '125'],
    [999.95, '999'],
    [1000, '1k'],
    [2500, '2.5k'],
    [9999, '9.9k'],
    [25750, '25k'],
    [999_999, '999k'],
    [1_250_000, '1.2M'],
    [25_000_000, '25M'],
    [1.5e9, '1.5B'],
    [-5000, '-5k'],
    // A debt rounds up, so the badge never shows more credit than there is (-2k would).
    [-2500, '-3k'],
    [-4.5, '-4.5'],
    [-4.56, '-4.6'],
    [-0.04, '-0.1'],
    [0.04, '0'],
    [-99.99, '-100'],
    [-999.5, '-1k'],
    [-25_750, '-26k'],
    [-999_999, '-1M'],
    [999_990_000_000_000, '999T'],
    [1e15, '∞'],
    [-1e15, '-∞'],
  ])('%d → %s', (n, text) => {
    const out = compactNumber(n);
    expect(out).toBe(text);
    expect(out.length).toBeLessThanOrEqual(4);
  });

  it('never shows more credit than there is', () => {
    for (let e = -3; e < 13; e++) {
      for (const m of [1, 1.5, 2.25, 9.99, 5.5, 9.999]) {
        for (const n of [m * 10 ** e, -m * 10 ** e]) {
          const shown = compactNumber(n).replace(/[kMBT]$/, (s) => `e${{ k: 3, M: 6, B: 9, T: 12 }[s]}`);
          expect([n, Number(shown) <= n + 1e-9 * Math.abs(n)]).toEqual([n, true]);
        }
      }
    }
  });

  it('never exceeds 4 characters', () => {
    for (let e = -3; e < 16; e++) {
      for (const m of [1, 1.5, 2.25, 9.99, 5.5]) {
        expect(compactNumber(m * 10 ** e).length).toBeLessThanOrEqual(4);
        expect(compactNumber(-m * 10 ** e).length).toBeLessThanOrEqual(4);
      }
    }
  });
});

const NOW = Date.UTC(2026, 10, 25, 5, 0); // 25 Nov 2026, noon in Jakarta
const TZ = 'Asia/Jakarta';
const today = localDate(NOW, TZ);

function account(fields: Partial<Account> = {}): Account {
  return {
    id: 'a1',
    name: 'AXIS',
    currency: 'IDR',
    source: { kind: 'manual' },
    intervalMinutes: 60,
    thresholds: { warnDays: 7, lowCredit: 10_000 },
    primary: true,
    enabled: true,
    ...fields,
  };
}

function entry(reading: Partial<Reading> | undefined, status: Status = 'ok', acct = account()): BadgeAccount {
  return { account: acct, status, latest: reading && { accountId: acct.id, at: NOW, ...reading } };
}

const idr = (amount: number) => ({ amount, currency: 'IDR' });

describe('daysText', () => {
  it.each([
    [-1, 'EXP'],
    [0, '0d'],
    [999, '999d'],
    [1000, '2y'],
    [1095, '2y'],
    [1096, '3y'],
    [3652, '9y'],
    [3653, '10y'],
    [36_524, '99y'],
    [36_525, '>99y'],
    [2_900_000, '>99y'],
  ])('%d days → %s', (days, text) => {
    expect(daysText(days)).toBe(text);
    expect(text.length).toBeLessThanOrEqual(4);
  });
});

describe('formatBadge', () => {
  it.each<[string, BadgeAccount, 'credit' | 'days', string, keyof typeof BADGE_COLORS]>([
    ['credit, normal', entry({ credit: idr(25_750), validUntil: addDays(today, 20) }), 'credit', '25k', 'normal'],
    ['days, normal', entry({ credit: idr(25_750), validUntil: addDays(today, 12) }), 'days', '12d', 'normal'],
    ['low credit is a warning', entry({ credit: idr(9_500), validUntil: addDays(today, 20) }), 'credit', '9.5k', 'warning'],
    ['days at warning show even in credit mode', entry({ credit: idr(25_750), validUntil: addDays(today, 7) }), 'credit', '7d', 'warning'],
    ['one day left is critical', entry({ credit: idr(25_750), validUntil: addDays(today, 1) }), 'credit', '1d', 'critical'],
    ['ends today is critical', entry({ credit: idr(25_750), validUntil: today }), 'days', '0d', 'critical'],
    [
      'expired is critical',
      entry({ credit: idr(25_750), validUntil: addDays(today, -1), graceUntil: addDays(today, 29) }),
      'credit',
      'EXP',
      'critical',
    ],
    ['no credit falls back to days', entry({ validUntil: addDays(today, 20) }), 'credit', '20d', 'normal'],
    ['999 days still in days', entry({ validUntil: addDays(today, 999) }), 'days', '999d', 'normal'],
    ['a multi-year eSIM in whole years', entry({ validUntil: addDays(today, 1000) }), 'days', '2y', 'normal'],
    ['ten years', entry({ validUntil: addDays(today, 3653) }), 'days', '10y', 'normal'],
    ['the last date there is', entry({ validUntil: '9999-12-31' }), 'days', '>99y', 'normal'],
    ['years with a failing refresh keep the mark', entry({ validUntil: addDays(today, 1000) }, 'error'), 'days', '2y!', 'error'],
    ['a debt', entry({ credit: idr(-2_500) }), 'credit', '-3k', 'warning'],
    ['no dates shows credit in days mode', entry({ credit: idr(4_500_000) }), 'days', '4.5M', 'normal'],
    [
      'error keeps the value with a mark',
      entry({ credit: idr(25_750), validUntil: addDays(today, 20) }, 'error'),
      'credit',
      '25k!',
      'error',
    ],
    [
      'error with a long value shows the mark',
      entry({ credit: idr(1_250_000), validUntil: addDays(today, 20) }, 'error'),
      'credit',
      '!',
      'error',
    ],
    ['login required', entry({ credit: idr(25_750) }, 'login-required'), 'credit', '🔒', 'login-required'],
    ['pending with nothing', entry(undefined, 'pending'), 'credit', '…', 'pending'],
    [
      'stale keeps the value with a question mark',
      entry({ credit: idr(25_750), validUntil: addDays(today, 20) }, 'stale'),
      'credit',
      '25k?',
      'normal',
    ],
  ])('%s', (_name, e, mode, text, tone) => {
    const badge = formatBadge({ accounts: [e], settings: { ...DEFAULT_SETTINGS, badgeShows: mode }, now: NOW, timeZone: TZ, locale: 'en' });
    expect(badge.text).toBe(text);
    expect(badge.color).toBe(BADGE_COLORS[tone]);
    expect([...badge.text].length).toBeLessThanOrEqual(4);
  });

  it('shows the primary account and lists every account in the title', () => {
    const other = account({ id: 'b2', name: 'Travel eSIM', currency: 'USD', primary: false });
    const main = account({ id: 'a1', name: 'AXIS', primary: true });
    const badge = formatBadge({
      accounts: [
        entry({ credit: { amount: 4.5, currency: 'USD' }, validUntil: addDays(today, 3) }, 'ok', other),
        entry({ credit: idr(25_750), validUntil: addDays(today, 20) }, 'ok', main),
      ],
      settings: DEFAULT_SETTINGS,
      now: NOW,
      timeZone: TZ,
      locale: 'en-US',
    });
    expect(badge.text).toBe('25k');
    expect(badge.title).toContain('AXIS: IDR');
    expect(badge.title).toContain('25,750');
    expect(badge.title).toContain('Travel eSIM: $4.50');
    expect(badge.title).toContain('3 days left');
  });

  it('says so when there is no account', () => {
    const badge = formatBadge({ accounts: [], settings: DEFAULT_SETTINGS, now: NOW });
    expect(badge.text).toBe('');
    expect(badge.title).toMatch(/add an account/);
  });
});
