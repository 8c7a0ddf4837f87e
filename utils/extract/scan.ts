/**
 * One pass over the text that finds every value (money, dates, quota amounts) and every cue, and
 * answers "what comes just before / just after this value" for the scorers.
 */
import type { Money } from '@/utils/model';
import {
  addDays,
  documentDateOrder,
  findDates,
  findRelativeDates,
  todayIn,
  type DateMatch,
  type RelativeMatch,
} from '@/utils/extract/dates';
import { UNBOUNDED, type Budget } from '@/utils/extract/budget';
import { findCues, type Cue } from '@/utils/extract/keywords';
import { bareMoney, findMoney, localeCurrency, type MoneyMatch } from '@/utils/extract/money';
import { documentDecimal, NUMBER_BODY } from '@/utils/extract/numbers';
import { findQuotaAmounts, findUnlimited, type QuotaAmount, type UnlimitedMark } from '@/utils/extract/quotas';
import { findGraceLengthsFirst, languageDateOrder, statedDateOrder } from '@/utils/extract/stated-dates';
import { normalize, rangeIndexAt, sentences, type Range } from '@/utils/extract/text';

/** Hints from the caller: the account's currency, the UI locale, the clock and the zone. */
export interface ScanHints {
  currency?: string;
  locale?: string;
  now: number;
  timeZone?: string;
}

/** A value found in the text, of one of five kinds. */
export type Token =
  | { type: 'money'; start: number; end: number; match: MoneyMatch; bare: boolean; localeOnly: boolean }
  | { type: 'date'; start: number; end: number; match: DateMatch }
  | { type: 'relative'; start: number; end: number; match: RelativeMatch }
  | { type: 'quota'; start: number; end: number; match: QuotaAmount }
  | { type: 'unlimited'; start: number; end: number; match: UnlimitedMark };

/** Everything the scorers need about one text. */
export interface Scan {
  text: string;
  today: string;
  cues: Cue[];
  tokens: Token[];
  sentences: Range[];
  /** The time budget the scorers check once per value. */
  budget: Budget;
}

// Phone numbers: Indonesian mobiles, Chinese mobiles, international and toll-free forms.
const PHONE =
  /(?<![\d.,])(?:(?:\+?62|0)8\d{1,2}[\s-]?\d{3,4}[\s-]?\d{3,5}|\+\d{1,3}[\s-]?\d{1,4}(?:[\s-]?\d{2,4}){2,4}|1[3-9]\d{9}|1-8\d\d-\d{3}-\d{4})(?![\d])/g;
// After a strong credit word, a bare number ("Pulsa: 25750", "余额12.30") is the balance.
const BARE_AFTER_CUE = new RegExp(
  String.raw`^[\s:=\-]*(?:(?:anda|kamu|is|adalah|sebesar|saat\s+ini|sekarang|now|为|為|是|:)[\s:]*){0,3}(-)?(${NUMBER_BODY})`,
  'i',
);
// A bare number glued to letters or followed by a unit is not money: 30hari, 2 GB, 5天.
const NOT_MONEY_AFTER =
  /^(?:[\d*#%A-Za-z]|[.,]\d|\s?(?:[GMK]B?|hari|hr|days?|menit|mins?|sms|poin|points?|kali|x)(?![A-Za-z])|\s?[天日条條个個分次秒])/i;

/**
 * Finds every value and cue in `input`; positions are those of `input`. Each finder is one linear pass;
 * `budget` is checked between them and once per value found.
 */
export function scan(input: string, hints: ScanHints, budget: Budget = UNBOUNDED): Scan {
  const text = normalize(input);
  budget.check();
  const decimal = documentDecimal(text);
  const cues = findCues(text);
  budget.check();
  // One flag per character says whether a value already claimed it; linear on any input.
  const claimed = new Uint8Array(text.length + 1);
  const claim = (r: Range): void => void claimed.fill(1, r.start, r.end);
  const free = (r: Range): boolean => claimed.subarray(r.start, r.end).every((c) => c === 0);
  for (const m of text.matchAll(PHONE)) claim({ start: m.index, end: m.index + m[0].length });
  const tokens: Token[] = [];

  // What the text states or proves, then its language, then (in findDates) the browser's locale.
  const order = statedDateOrder(text) ?? documentDateOrder(text) ?? languageDateOrder(text);
  const dates = findDates(text, { now: hints.now, timeZone: hints.timeZone, locale: hints.locale, order });
  budget.check();
  const freeDates = dates.filter(free);
  for (const match of freeDates) tokens.push({ type: 'date', start: match.start, end: match.end, match });
  freeDates.forEach(claim);
  for (const match of [...findRelativeDates(text), ...findGraceLengthsFirst(text)]) {
    budget.check();
    if (!free(match)) continue;
    tokens.push({ type: 'relative', start: match.start, end: match.end, match });
    claim(match);
  }
  for (const match of findMoney(text, { currency: hints.currency, locale: hints.locale, documentDecimal: decimal })) {
    budget.check();
    if (!free(match)) continue;
    tokens.push({ type: 'money', start: match.start, end: match.end, match, bare: false, localeOnly: false });
    claim(match);
  }
  const quotas = findQuotaAmounts(text, { documentDecimal: decimal, locale: hints.locale });
  for (const match of quotas) {
    budget.check();
    if (!free(match)) continue;
    tokens.push({ type: 'quota', start: match.start, end: match.end, match });
    claim(match);
  }
  for (const match of findUnlimited(text)) {
    budget.check();
    if (free(match)) tokens.push({ type: 'unlimited', start: match.start, end: match.end, match });
  }
  addBareMoney(text, cues, hints, decimal, free, tokens, budget);

  tokens.sort((a, b) => a.start - b.start);
  budget.check();
  return { text, today: todayIn(hints.now, hints.timeZone), cues, tokens, sentences: sentences(text), budget };
}

function addBareMoney(
  text: string,
  cues: Cue[],
  hints: ScanHints,
  decimal: '.' | ',' | undefined,
  free: (r: Range) => boolean,
  tokens: Token[],
  budget: Budget,
): void {
  const currency = hints.currency ?? localeCurrency(hints.locale);
  if (!currency) return;
  for (const cue of cues) {
    budget.check();
    if (!cue.fields.has('credit') || !cue.pre || cue.strength < 0.8) continue;
    const m = BARE_AFTER_CUE.exec(text.slice(cue.end, cue.end + 40));
    if (!m) continue;
    const digits = m[2] as string;
    const start = cue.end + m[0].length - digits.length - (m[1] ? 1 : 0);
    const end = cue.end + m[0].length;
    const plain = digits.replace(/\D/g, '');
    // Phone numbers, codes and USSD strings are digits too: long runs, leading zeros, * and #.
    if (plain.length > 9 || (/^0\d/.test(plain) && plain.length >= 6) || /[*#]$/.test(text.slice(0, start))) continue;
    if (NOT_MONEY_AFTER.test(text.slice(end, end + 3)) || !free({ start, end })) continue;
    const read = bareMoney(digits, currency, { locale: hints.locale, documentDecimal: decimal });
    if (!read) continue;
    const money: Money = m[1] ? { ...read.money, amount: -read.money.amount } : read.money;
    const match: MoneyMatch = { start, end, money, currencyAmbiguous: false, amountDoubtful: read.doubtful, multiplied: false };
    tokens.push({ type: 'money', start, end, match, bare: true, localeOnly: !hints.currency });
  }
}

/** Something met when looking around a value: a cue or another value. */
export type Neighbour = { kind: 'cue'; cue: Cue } | { kind: 'token'; token: Token };

const MAX_REACH = 80;

/**
 * The label line just above `token`'s line (short, with no value on it), when the token's line holds nothing
 * before it that `bare` does not accept; undefined otherwise.
 */
export function labelLineAbove(s: Scan, token: Token, bare: (lead: string) => boolean): Range | undefined {
  const i = rangeIndexAt(s.sentences, token.start);
  const sentence = s.sentences[i] as Range;
  if (i === 0 || token.start - sentence.start > MAX_REACH || s.text[sentence.start - 1] !== '\n') return undefined;
  if (!bare(s.text.slice(sentence.start, token.start))) return undefined;
  const above = s.sentences[i - 1] as Range;
  const next = s.tokens[lastIndexBefore(s.tokens, above.start) + 1];
  const hasValue = next !== undefined && next.start < above.end;
  return !hasValue && above.end - above.start <= 60 ? above : undefined;
}

/** Where the look-back from a token stops: its sentence, or the label line just above it. */
export function windowStart(s: Scan, token: Token): number {
  // A value alone at the start of a line takes its label from the line above ("Pulsa\nRp 5.000").
  const above = labelLineAbove(s, token, (lead) => /^[\s\-*•:]*$/.test(lead));
  return above ? above.start : (s.sentences[rangeIndexAt(s.sentences, token.start)] as Range).start;
}

/** Cues and values before `token` in its window, nearest first, within reach. */
export function before(s: Scan, token: Token): Neighbour[] {
  const from = Math.max(windowStart(s, token), token.start - MAX_REACH);
  const out: Neighbour[] = [];
  for (let i = lastIndexBefore(s.cues, token.start); i >= 0; i--) {
    const cue = s.cues[i] as Cue;
    if (cue.start < from) break;
    if (cue.end <= token.start) out.push({ kind: 'cue', cue });
  }
  for (let i = lastIndexBefore(s.tokens, token.start); i >= 0; i--) {
    const other = s.tokens[i] as Token;
    if (other.end <= from) break;
    if (other.end <= token.start && other.start >= from) out.push({ kind: 'token', token: other });
  }
  return out.sort((a, b) => end(b) - end(a));
}

/** Cues and values after `token` in its sentence, nearest first, within `reach` characters. */
export function after(s: Scan, token: Token, reach = 16): Neighbour[] {
  const sentence = s.sentences[rangeIndexAt(s.sentences, token.end > token.start ? token.end - 1 : token.end)] as Range;
  const to = Math.min(sentence.end, token.end + reach);
  const out: Neighbour[] = [];
  for (let i = firstIndexFrom(s.cues, token.end); i < s.cues.length; i++) {
    const cue = s.cues[i] as Cue;
    if (cue.start >= to) break;
    out.push({ kind: 'cue', cue });
  }
  for (let i = firstIndexFrom(s.tokens, token.end); i < s.tokens.length; i++) {
    const other = s.tokens[i] as Token;
    if (other.start >= to) break;
    out.push({ kind: 'token', token: other });
  }
  return out.sort((a, b) => start(a) - start(b));
}

const end = (n: Neighbour): number => (n.kind === 'cue' ? n.cue.end : n.token.end);
const start = (n: Neighbour): number => (n.kind === 'cue' ? n.cue.start : n.token.start);

/** Index of the last item starting before `pos` (items sorted by start), or -1. */
function lastIndexBefore(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first item starting at or after `pos`. */
function firstIndexFrom(items: readonly { start: number }[], pos: number): number {
  return lastIndexBefore(items, pos) + 1;
}

/** The text between two positions, for checking what joins two values. */
export function between(s: Scan, from: number, to: number): string {
  return s.text.slice(from, to);
}

/** True when the token's line is a numbered menu item (USSD menus list offers that way). */
export function inMenuLine(s: Scan, token: Token): boolean {
  // Only a short line can be a menu item; looking further back would make long texts quadratic.
  const from = Math.max(0, token.start - MAX_REACH);
  const window = s.text.slice(from, token.start + 1);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  return /^\s*\d{1,2}\s*[.)]\s*\D/.test(window.slice(newline + 1));
}

/**
 * The value that ends the line above `token`'s line, when `token`'s line holds no value before it:
 * "Kuota Reguler 3.2 GB\nberlaku hingga 06 Agu 2026" continues the line above.
 */
export function valueEndingLineAbove(s: Scan, token: Token): Token | undefined {
  let i = rangeIndexAt(s.sentences, token.start);
  // A value under its own label line ("Berlaku s.d.\n20 Des 2026"): the line above is the one above the label.
  if (windowStart(s, token) < (s.sentences[i] as Range).start) i -= 1;
  const sentence = s.sentences[i] as Range;
  if (i === 0 || s.text[sentence.start - 1] !== '\n') return undefined;
  const k = lastIndexBefore(s.tokens, token.start);
  const last = s.tokens[k];
  if (!last || last.end > sentence.start) return undefined;
  const above = s.sentences[i - 1] as Range;
  return last.start >= above.start && /^[\s.,;:。，；]*$/.test(s.text.slice(last.end, sentence.start)) ? last : undefined;
}

/** Values lying wholly inside `[from, to)`, in order; found by binary search. */
export function tokensWithin(s: Scan, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = lastIndexBefore(s.tokens, from) + 1; i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (t.start >= to) break;
    if (t.end <= to) out.push(t);
  }
  return out;
}

/** Cues lying wholly inside `[from, to)`, in order; found by binary search. */
export function cuesWithin(s: Scan, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = lastIndexBefore(s.cues, from) + 1; i < s.cues.length; i++) {
    const cue = s.cues[i] as Cue;
    if (cue.start >= to) break;
    if (cue.end <= to) out.push(cue);
  }
  return out;
}

/** A relative date resolved against today (anchor `now`) or a validity date (anchor `validity`). */
export function resolveRelative(s: Scan, match: RelativeMatch, validity?: string): string | undefined {
  if (match.anchor === 'now') return addDays(s.today, match.days);
  return validity ? addDays(validity, match.days) : undefined;
}
