import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '@/utils/core/days-left';
import type { Reading, RefreshState } from '@/utils/model';
import { accountLevel, accountStatus, staleAfterMs } from '@/utils/core/status';
import { testAccount } from './helpers';

const NOW = Date.UTC(2026, 10, 25, 5, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const reading = (fields: Partial<Reading> = {}): Reading => ({ accountId: 'acct1', at: NOW - HOUR, ...fields });
const failed = (code: 'http' | 'login-required'): RefreshState => ({ failures: 1, error: { code, message: 'x', at: NOW } });

describe('accountStatus', () => {
  const hourly = testAccount({ intervalMinutes: 60 });
  const manual = testAccount({ source: { kind: 'manual', remindAfterDays: 3 } });
  it.each([
    ['pending before any reading', hourly, undefined, undefined, 'pending'],
    ['ok with a fresh reading', hourly, reading(), { failures: 0 }, 'ok'],
    ['stale after twice the interval', hourly, reading({ at: NOW - 2 * HOUR - 1 }), undefined, 'stale'],
    ['not stale at exactly twice the interval', hourly, reading({ at: NOW - 2 * HOUR }), undefined, 'ok'],
    ['error wins over a good reading', hourly, reading(), failed('http'), 'error'],
    ['login required', hourly, reading(), failed('login-required'), 'login-required'],
    ['manual is fresh for its reminder days', manual, reading({ at: NOW - 2 * DAY }), undefined, 'ok'],
    ['manual is stale after its reminder days', manual, reading({ at: NOW - 3 * DAY - 1 }), undefined, 'stale'],
  ] as const)('%s', (_name, account, latest, state, expected) => {
    expect(accountStatus(account, latest, state, NOW)).toBe(expected);
  });

  it('manual accounts default to a 7-day reminder', () => {
    expect(staleAfterMs(testAccount({ source: { kind: 'manual' } }))).toBe(7 * DAY);
  });
});

describe('accountLevel', () => {
  const tz = 'Asia/Jakarta';
  const today = localDate(NOW, tz);
  const account = testAccount({ thresholds: { warnDays: 7, lowCredit: 5_000 } });
  it.each([
    ['no reading', undefined, 'normal'],
    ['plenty left', reading({ validUntil: addDays(today, 30), credit: { amount: 25_000, currency: 'IDR' } }), 'normal'],
    ['at warning days', reading({ validUntil: addDays(today, 7) }), 'warning'],
    ['low credit', reading({ credit: { amount: 4_999, currency: 'IDR' } }), 'warning'],
    ['one day left', reading({ validUntil: addDays(today, 1) }), 'critical'],
    ['ended, in grace', reading({ validUntil: addDays(today, -3), graceUntil: addDays(today, 27) }), 'critical'],
  ] as const)('%s', (_name, latest, expected) => {
    expect(accountLevel(account, latest, NOW, tz)).toBe(expected);
  });
});
