/**
 * The demo source: a simulated AXIS-like prepaid line computed from the clock alone,
 * so a newcomer sees a live badge at once and tests can pin it.
 */
import { addDays, localDate } from '@/utils/core/days-left';
import type { Reading } from '@/utils/model';
import type { Source } from '@/utils/sources/types';

const DAY_MS = 86_400_000;
const GB = 1024 ** 3;
/** Length of one simulated plan, days. */
export const DEMO_CYCLE_DAYS = 30;
/** A fixed origin so every browser shows the same cycle on the same day (2026-01-01 UTC). */
const DEMO_EPOCH = Date.UTC(2026, 0, 1);
const START_CREDIT = 50_000;
const DAILY_SPEND = 1_250;
const DATA_TOTAL_GB = 10;

/** The demo line's reading at instant `now`: credit falls by Rp1.250 a day, data by a share of 10 GB. */
export function demoReading(accountId: string, now: number, timeZone?: string): Reading {
  const sinceEpoch = Math.max(0, now - DEMO_EPOCH);
  const cycleStart = DEMO_EPOCH + Math.floor(sinceEpoch / (DEMO_CYCLE_DAYS * DAY_MS)) * DEMO_CYCLE_DAYS * DAY_MS;
  const elapsedDays = (now - cycleStart) / DAY_MS;
  // Credit moves in Rp250 steps, as carriers bill.
  const credit = Math.max(0, Math.round((START_CREDIT - DAILY_SPEND * elapsedDays) / 250) * 250);
  const dataLeft = Math.max(0, Math.round(DATA_TOTAL_GB * GB * (1 - elapsedDays / DEMO_CYCLE_DAYS) * 0.9));
  const validUntil = addDays(localDate(cycleStart, timeZone), DEMO_CYCLE_DAYS + 5);
  return {
    accountId,
    at: now,
    credit: { amount: credit, currency: 'IDR' },
    validUntil,
    graceUntil: addDays(validUntil, 30),
    quotas: [
      { label: 'Kuota Utama', kind: 'data', remaining: dataLeft, total: DATA_TOTAL_GB * GB, unit: 'B' },
      { label: 'Nelpon ke semua operator', kind: 'voice', remaining: 100, total: 100, unit: 'min' },
    ],
  };
}

export const demoSource: Source<'demo'> = {
  kind: 'demo',
  read: async (account, deps) => ({ ok: true, reading: demoReading(account.id, deps.now, deps.timeZone) }),
};
