/** Pure: what a popup card's sparkline and forecast show, from the last 30 days of readings. */
import { forecast } from '@/utils/core/forecast';
import { creditValue, dataBytes, fromWindowStart, series } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';
import type { Insight } from '@/components/card-insights';

/** Days the sparkline covers. */
export const SPARK_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The insight of one account from its readings (oldest first: the last `SPARK_DAYS` days, led by
 * the reading before them) at `now`; the lines start at the window's start.
 */
export function buildInsight(readings: readonly Reading[], now: number, timeZone?: string): Insight {
  const latest = readings[readings.length - 1];
  const from = now - SPARK_DAYS * DAY_MS;
  return {
    credit: fromWindowStart(series(readings, creditValue), from),
    data: fromWindowStart(series(readings, dataBytes), from),
    from,
    to: now,
    currency: latest?.credit?.currency,
    forecast: forecast(readings, now, timeZone),
  };
}
