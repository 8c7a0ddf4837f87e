/**
 * Pure forecasts from a reading history: average daily spend over the last 7 and 30 days with
 * rises (top-ups, quota resets) left out, how many days what is left lasts at that pace, and
 * whether it runs out before the active period (or the quota) ends.
 */
import { addDays, daysBetween, localDate } from '@/utils/core/days-left';
import { creditValue, dataBytes, fromWindowStart, type Point, series } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';

const DAY_MS = 86_400_000;

/** The two windows the pace is measured over, days, and the history each needs to be trusted. */
export const PACE_WINDOWS = [
  { days: 7, minSpanDays: 2 },
  { days: 30, minSpanDays: 10 },
] as const;

/**
 * Average daily spend over `[now - days, now]`: the sum of every fall between consecutive points,
 * divided by the time the points span. Rises are skipped (their own size is not spend), and a gap
 * without readings simply spreads the fall across it, also a gap across the window's start (a
 * reading taken before it and confirmed into it counts from the start). Undefined when the points
 * span less than `minSpanDays` (too little history to say).
 */
export function dailySpend(points: readonly Point[], now: number, days: number, minSpanDays: number): number | undefined {
  const inside = fromWindowStart(points, now - days * DAY_MS).filter((p) => p.at <= now);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return undefined;
  const span = (last.at - first.at) / DAY_MS;
  if (span < minSpanDays) return undefined;
  let spent = 0;
  for (let i = 1; i < inside.length; i++) {
    const fall = (inside[i - 1] as Point).value - (inside[i] as Point).value;
    if (fall > 0) spent += fall;
  }
  return spent / span;
}

/** What the history says about one quantity (credit or data). */
export type SeriesForecast =
  | { kind: 'too-little' }
  /** Nothing was spent lately: no date to give. */
  | { kind: 'steady'; pace7?: number; pace30?: number }
  | {
      kind: 'runs-out';
      /** The pace used: the 7-day one when there is enough history for it, else the 30-day one. */
      pace: number;
      pace7?: number;
      pace30?: number;
      /** Whole days what is left lasts at that pace. */
      days: number;
      /** Local date it runs out on, `YYYY-MM-DD` (today plus `days`). */
      runsOut: string;
      /** When the plan (or quota) ends, `YYYY-MM-DD`, when known. */
      endsOn?: string;
      /** Days between running out and the end: positive = runs out that many days before it ends. */
      daysBeforeEnd?: number;
    };

/** Forecast of one quantity from its points, its current value, and the date its period ends. */
export function forecastSeries(
  points: readonly Point[],
  current: number | undefined,
  now: number,
  endsOn: string | undefined,
  timeZone?: string,
): SeriesForecast {
  if (current === undefined) return { kind: 'too-little' };
  const [w7, w30] = PACE_WINDOWS;
  const pace7 = dailySpend(points, now, w7.days, w7.minSpanDays);
  const pace30 = dailySpend(points, now, w30.days, w30.minSpanDays);
  const pace = pace7 ?? pace30;
  if (pace === undefined) return { kind: 'too-little' };
  if (pace <= 0) return { kind: 'steady', pace7, pace30 };
  const days = Math.max(0, Math.floor(current / pace));
  const runsOut = addDays(localDate(now, timeZone), days);
  const result: SeriesForecast = { kind: 'runs-out', pace, pace7, pace30, days, runsOut };
  if (endsOn) {
    result.endsOn = endsOn;
    result.daysBeforeEnd = daysBetween(runsOut, endsOn);
  }
  return result;
}

/** Forecasts of an account's credit and data. */
export interface Forecast {
  credit: SeriesForecast;
  /** Absent when the account has no limited data quota. */
  data?: SeriesForecast;
  /** The first date something runs out, `YYYY-MM-DD` (the popup's `data-runs-out`). */
  runsOut?: string;
}

/**
 * Forecast of an account from its readings (oldest first, at least the last 30 days and the one
 * reading before them) at `now`.
 */
export function forecast(readings: readonly Reading[], now: number, timeZone?: string): Forecast {
  const latest = readings[readings.length - 1];
  const credit = forecastSeries(series(readings, creditValue), latest?.credit?.amount, now, latest?.validUntil, timeZone);
  const currentData = latest ? dataBytes(latest) : undefined;
  let data: SeriesForecast | undefined;
  if (currentData !== undefined && latest) {
    // A data quota ends on its own date when it has one, else with the active period.
    const expiries = (latest.quotas ?? []).filter((q) => q.kind === 'data' && q.expiresAt).map((q) => q.expiresAt as string);
    const endsOn = expiries.sort()[0] ?? latest.validUntil;
    data = forecastSeries(series(readings, dataBytes), currentData, now, endsOn, timeZone);
  }
  const dates = [credit, data].flatMap((f) => (f?.kind === 'runs-out' ? [f.runsOut] : [])).sort();
  return { credit, data, runsOut: dates[0] };
}
