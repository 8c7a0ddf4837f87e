/** Pure CSV export of an account's readings (RFC 4180: comma separated, CRLF, quotes doubled). */
import { dataBytes } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';

/** Columns, in order (docs/history-and-alerts.md, Retention). */
export const CSV_COLUMNS = [
  'time',
  'confirmed_at',
  'credit',
  'currency',
  'valid_until',
  'grace_until',
  'data_left_bytes',
  'day_readings',
  'day_credit_min',
  'day_credit_max',
  'day_data_min_bytes',
  'day_data_max_bytes',
  'quotas',
] as const;

/** One field, quoted when it holds a comma, quote or line break; formulas are defused for spreadsheets. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());

/** One reading as a CSV line, without its line break. */
export function csvLine(r: Reading): string {
  const quotas = (r.quotas ?? [])
    .map((q) => `${q.label}: ${q.unlimited ? 'unlimited' : `${q.remaining}${q.total === undefined ? '' : `/${q.total}`} ${q.unit}`}`)
    .join('; ');
  return [
    iso(r.at),
    iso(r.confirmedAt),
    r.credit?.amount,
    r.credit?.currency,
    r.validUntil,
    r.graceUntil,
    dataBytes(r),
    r.day?.count,
    r.day?.creditMin,
    r.day?.creditMax,
    r.day?.dataMin,
    r.day?.dataMax,
    quotas || undefined,
  ]
    .map(csvField)
    .join(',');
}

const CRLF = '\r\n';

/** The readings (oldest first) as CSV text with a header line. */
export function readingsCsv(readings: readonly Reading[]): string {
  return [CSV_COLUMNS.join(','), ...readings.map(csvLine)].join(CRLF) + CRLF;
}

/**
 * The same CSV as `readingsCsv`, built from batches of readings (oldest first, as a cursor gives them)
 * into parts of a `Blob`, one part per batch: the caller's event loop gets a turn between batches.
 */
export async function readingsCsvParts(batches: AsyncIterable<readonly Reading[]>): Promise<string[]> {
  const parts = [CSV_COLUMNS.join(',') + CRLF];
  for await (const batch of batches) {
    let text = '';
    for (const r of batch) text += csvLine(r) + CRLF;
    parts.push(text);
  }
  return parts;
}

/** File name of an account's CSV export: `balance-badge-<name>-YYYY-MM-DD.csv`. */
export function csvFileName(accountName: string, localDate: string): string {
  const slug =
    accountName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'account';
  return `balance-badge-${slug}-${localDate}.csv`;
}
