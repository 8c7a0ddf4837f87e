/** Calendar arithmetic on `YYYY-MM-DD` dates, in the user's local time zone or a given one. */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The calendar date at instant `now` (epoch ms) in `timeZone` (default: the system's), as `YYYY-MM-DD`. */
export function localDate(now: number, timeZone?: string): string {
  const parts = dateFormatter(timeZone).formatToParts(new Date(now));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // Both dates are read as UTC midnights, so daylight saving changes never shift the count.
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * Whole calendar days from today (local time at `now`) to `validUntil`:
 * 0 means it ends today, negative means it has ended.
 */
export function daysLeft(validUntil: string, now: number, timeZone?: string): number {
  return daysBetween(localDate(now, timeZone), validUntil);
}

/** `isoDate` plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}
