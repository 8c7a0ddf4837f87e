/**
 * Day summaries of a series: one point per local day with the day's low and high, what the history
 * page's long-range charts draw instead of every reading (a year is 365 points, not 35,040).
 */
import type { Point } from '@/utils/core/readings';

const DAY_MS = 86_400_000;

/** One day of a series: its last point (`at`, `value`), and the day's lowest and highest value and point count. */
export interface DaySummary extends Point {
  low: number;
  high: number;
  count: number;
}

/** The local day number of an instant in the runtime's time zone (days since the epoch, local midnight to midnight). */
export function localDayNumber(at: number): number {
  return Math.floor((at - new Date(at).getTimezoneOffset() * 60_000) / DAY_MS);
}

/**
 * Builds day summaries from points given oldest first, in as many `add` calls as there are batches
 * (a cursor's pages): the result is the same as for one call with all points.
 */
export function daySummarizer(dayOf: (at: number) => number = localDayNumber) {
  const days: DaySummary[] = [];
  let current: number | undefined;
  return {
    add(points: Iterable<Point>): void {
      for (const p of points) {
        const day = dayOf(p.at);
        const last = days[days.length - 1];
        if (last && day === current) {
          last.at = p.at;
          last.value = p.value;
          last.count++;
          if (p.value < last.low) last.low = p.value;
          if (p.value > last.high) last.high = p.value;
        } else {
          current = day;
          days.push({ at: p.at, value: p.value, low: p.value, high: p.value, count: 1 });
        }
      }
    },
    result(): DaySummary[] {
      return days;
    },
  };
}

/** The day summaries of points given oldest first: one per day that has points, oldest first. */
export function daySummaries(points: Iterable<Point>, dayOf?: (at: number) => number): DaySummary[] {
  const summarizer = daySummarizer(dayOf);
  summarizer.add(points);
  return summarizer.result();
}
