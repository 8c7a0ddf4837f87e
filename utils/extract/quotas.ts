/**
 * Quota amounts in text: `2,5GB`, `2.5 GB`, `750 MB`, `1,024 MB`, `1.5G`, `500 menit`, `85分钟`,
 * `100 SMS`, `88条`, and the words for "unlimited". Which of them are what is left is decided by
 * the scorer; this file only reads amounts and units.
 */
import type { DataUnit, QuotaKind } from '@/utils/model';
import { NUMBER_RUN, parseNumber, type NumberContext } from '@/utils/extract/numbers';

/** One amount with a unit, as written. */
export interface QuotaAmount {
  start: number;
  end: number;
  kind: Exclude<QuotaKind, 'other'>;
  value: number;
  /** `B|KB|MB|GB|TB` for data, `min` for voice, `sms` for messages. */
  unit: DataUnit | 'min' | 'sms';
  /** True when the separators were a guess or the unit was a bare letter (`1.5G`, `500M`). */
  doubtful: boolean;
}

/** A word saying a quota has no limit. */
export interface UnlimitedMark {
  start: number;
  end: number;
}

const UNIT_OF: Record<string, QuotaAmount['unit']> = {
  tb: 'TB',
  gb: 'GB',
  mb: 'MB',
  kb: 'KB',
  g: 'GB',
  m: 'MB',
  兆: 'MB',
  menit: 'min',
  mnt: 'min',
  minutes: 'min',
  minute: 'min',
  mins: 'min',
  min: 'min',
  分钟: 'min',
  分鐘: 'min',
  sms: 'sms',
  条: 'sms',
  條: 'sms',
  則: 'sms',
  pesan: 'sms',
  texts: 'sms',
};

// Case matters for the bare letters (1.5G, 500M) and not for words; so the variants are listed.
const UNITS = [
  'TB',
  'GB',
  'MB',
  'KB',
  'Tb',
  'Gb',
  'Mb',
  'Kb',
  'tb',
  'gb',
  'mb',
  'kb',
  'G',
  'M',
  '兆',
  'menit',
  'Menit',
  'MENIT',
  'mnt',
  'Mnt',
  'minutes',
  'Minutes',
  'MINUTES',
  'minute',
  'mins',
  'Mins',
  'MINS',
  'min',
  'Min',
  'MIN',
  '分钟',
  '分鐘',
  'SMS',
  'sms',
  'Sms',
  '条',
  '條',
  '則',
  'pesan',
  'texts',
  'Texts',
  'TEXTS',
].sort((a, b) => b.length - a.length);

const AMOUNT_RE = new RegExp(String.raw`(${NUMBER_RUN})[ \t\u00a0]?(${UNITS.join('|')})(?![A-Za-z])`, 'g');
// Without the u flag: case-insensitive Unicode alternations are many times slower in V8.
const UNLIMITED_RE =
  /(?<![A-Za-z\u00c0-\u024f])(?:unlimited|unli|tanpa\s+batas|sepuasnya|tak\s+terbatas)(?![A-Za-z\u00c0-\u024f])|无限|無限|不限量|不限|吃到飽|吃到饱/gi;
// "SMS 60" as a list item (line start, after ; , • |): Indonesian lists put the unit word first. Not
// "SMS 363 ke 123" or "kirim SMS 123" (instructions), nor when a unit, a letter or a price follows.
// The word comes before the look-behind, so only an "SMS" looks back over the blanks before it (a
// look-behind first ran at every position of a long blank run: quadratic); the gaps are bounded.
const SMS_FIRST_RE =
  /SMS(?<=(?:^|[\n;,•·|])[ \t]*SMS)\s{0,8}:?\s{0,8}(\d{1,5})(?![\d.,]?\d|[A-Za-z%]|\s?(?:[KMGT]B|[GM]\b|SMS|menit|mnt|mins?|hari|days?|x\b|kali|poin|rb|ribu)|\s+(?:ke|to|kirim|send)\b)/gi;

const THREE_AFTER_ONE_SEPARATOR = /^\d{1,3}[.,]\d{3}$/;

/** Bytes in one unit: binary multiples, as carriers count (1 GB = 1024³ bytes). */
const BYTES: Record<DataUnit, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/** `value` in `unit` as bytes; undefined when the unit is not a data unit. */
export function toBytes(value: number, unit: string): number | undefined {
  const factor = BYTES[unit as DataUnit] as number | undefined;
  return factor === undefined ? undefined : value * factor;
}

/** Every amount with a quota unit, sorted by position. */
export function findQuotaAmounts(text: string, ctx: Pick<NumberContext, 'documentDecimal' | 'locale'> = {}): QuotaAmount[] {
  const out: QuotaAmount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const written = m[2] as string;
    const unit = UNIT_OF[written.toLowerCase()];
    const raw = m[1] as string;
    let parsed = parseNumber(raw, { documentDecimal: ctx.documentDecimal, locale: ctx.locale });
    if (!unit || !parsed) continue;
    if (!ctx.documentDecimal && THREE_AFTER_ONE_SEPARATOR.test(raw) && !Number.isInteger(parsed.value)) {
      // Only the locale said "decimal": 1,024 MB or 1.250 menit to three places is implausible, so
      // small units take the thousands reading; 1,024 GB could be either, so it is doubtful.
      if (unit === 'GB' || unit === 'TB') parsed = { ...parsed, ambiguous: true };
      else parsed = { value: Number(raw.replace(/[.,]/, '')), ambiguous: true };
    }
    const bare = written === 'G' || written === 'M';
    // 2G to 5G name network generations (4G LTE, 5G套餐), not amounts of data.
    if (written === 'G' && Number.isInteger(parsed.value) && parsed.value >= 2 && parsed.value <= 5) continue;
    const kind = unit === 'min' ? 'voice' : unit === 'sms' ? 'sms' : 'data';
    out.push({ start: m.index, end: m.index + m[0].length, kind, value: parsed.value, unit, doubtful: parsed.ambiguous || bare });
  }
  // The amounts above do not overlap and come in order, so one binary search finds any overlap.
  const amounts = out.slice();
  for (const m of text.matchAll(SMS_FIRST_RE)) {
    const end = m.index + m[0].length;
    const start = end - (m[1] as string).length;
    const prior = amounts[lastStartingBefore(amounts, end)];
    if (prior && prior.end > m.index) continue;
    out.push({ start, end, kind: 'sms', value: Number(m[1]), unit: 'sms', doubtful: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the last amount starting before `pos` (amounts sorted by start), or -1. */
function lastStartingBefore(amounts: readonly QuotaAmount[], pos: number): number {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((amounts[mid] as QuotaAmount).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Every "unlimited" word, sorted by position. */
export function findUnlimited(text: string): UnlimitedMark[] {
  return [...text.matchAll(UNLIMITED_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The first data amount in `text` as bytes, or null; a convenience for single-field callers. */
export function parseDataBytes(text: string, ctx: Pick<NumberContext, 'documentDecimal' | 'locale'> = {}): number | null {
  const first = findQuotaAmounts(text, ctx).find((q) => q.kind === 'data');
  return first ? (toBytes(first.value, first.unit) ?? null) : null;
}
