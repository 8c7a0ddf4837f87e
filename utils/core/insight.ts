/**
 * Pure: what a popup card's sparkline and forecast show, from the last 30 days of readings. The worker
 * computes it for the popup snapshot (so the first paint draws it) and the popup's app for later changes,
 * with the same thinning: at most `SPARK_COLUMNS` × 4 points a line.
 */
import { type Forecast, forecast } from '@/utils/core/forecast';
import { creditValue, dataBytes, fromWindowStart, type Point, series, thin } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';

/** What the card shows beyond the latest reading. */
export interface Insight {
  credit: Point[];
  data: Point[];
  from: number;
  to: number;
  currency?: string;
  forecast: Forecast;
}

/** Days the sparkline covers. */
export const SPARK_DAYS = 30;
const DAY_MS = 86_400_000;
/** Spans of the sparkline's window; each keeps its first, lowest, highest and last point (≤ 24 points a line, 48 a card). */
export const SPARK_COLUMNS = 6;

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

/** The popup card's insight: `buildInsight` with its lines thinned to what a 120-unit sparkline shows. */
export function sparkInsight(readings: readonly Reading[], now: number, timeZone?: string): Insight {
  const insight = buildInsight(readings, now, timeZone);
  const { from, to } = insight;
  return { ...insight, credit: thin(insight.credit, from, to, SPARK_COLUMNS), data: thin(insight.data, from, to, SPARK_COLUMNS) };
}
