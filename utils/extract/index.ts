/**
 * The extraction engine: reads credit, validity, grace and quotas out of any carrier message or
 * page text, in Indonesian, English and Chinese. Pure: no DOM, no network, no clock ("now" is a hint).
 * Design, keywords and confidence rules: docs/extraction.md.
 */
import { fitQuota, MAX_QUOTAS, type Money, type Quota } from '@/utils/model';
import { budget, capText, MAX_EXTRACT_CHARS, OutOfTime, type Budget } from '@/utils/extract/budget';
import { scan, tokensWithin, type Token } from '@/utils/extract/scan';
import { scoreCredit } from '@/utils/extract/score-credit';
import { dateValue, scoreDates, type ScoredDate } from '@/utils/extract/score-dates';
import { scoreQuotas } from '@/utils/extract/score-quotas';
import { choose, CONFIDENT, type Found } from '@/utils/extract/select';

export { CONFIDENT, CANDIDATE_CAP, type Found } from '@/utils/extract/select';
export { toBytes } from '@/utils/extract/quotas';
export { capText, MAX_EXTRACT_CHARS } from '@/utils/extract/budget';

/**
 * What the caller knows: the account's currency (ISO 4217), the UI locale, now (epoch ms), the zone;
 * and when the work must stop (`deadline`, epoch ms by `Date.now`, a plain number so the hints cross
 * to Chrome's offscreen document).
 */
export interface ExtractHints {
  currency?: string;
  locale?: string;
  now: number;
  timeZone?: string;
  deadline?: number;
}

/** What tests change about the engine's bounds: the clock the deadline is read with, and the size cap. */
export interface ExtractLimits {
  clock?: () => number;
  maxChars?: number;
}

/** Everything found in one text. Spans index the input text. */
export interface Extraction {
  /** Present only when confident (>= CONFIDENT). */
  credit?: Found<Money>;
  /** `YYYY-MM-DD`. */
  validUntil?: Found<string>;
  /** `YYYY-MM-DD`. */
  graceUntil?: Found<string>;
  quotas: Found<Quota>[];
  /** Low-confidence alternatives the UI offers as choices, never as the value. */
  candidates: { credit: Found<Money>[]; validUntil: Found<string>[]; graceUntil: Found<string>[] };
  /** True when the deadline passed before the work was done: nothing was read, callers report a failure. */
  outOfTime?: true;
}

const span = (t: Token): [number, number] => [t.start, t.end];

/**
 * Reads credit, validity, grace and quotas from `text`; unsure values become candidates. Reads at most
 * `MAX_EXTRACT_CHARS` characters, in time linear in them, and stops with `outOfTime` once `hints.deadline` passes.
 */
export function extract(text: string, hints: ExtractHints, limits: ExtractLimits = {}): Extraction {
  const b = budget(hints.deadline, limits.clock);
  try {
    return extractWithin(capText(text, limits.maxChars ?? MAX_EXTRACT_CHARS), hints, b);
  } catch (error) {
    if (error instanceof OutOfTime) return { quotas: [], candidates: { credit: [], validUntil: [], graceUntil: [] }, outOfTime: true };
    throw error;
  }
}

function extractWithin(text: string, hints: ExtractHints, b: Budget): Extraction {
  const s = scan(text, hints, b);

  const money = scoreCredit(s, hints.currency);
  const credit = choose(
    money.map((m) => ({ value: m.money, confidence: m.confidence, span: span(m.token) })),
    (m) => `${m.amount} ${m.currency}`,
  );
  // Any amount read confidently as the balance lends its "until" to the validity after it.
  const creditTokens = new Set<Token>(money.filter((m) => m.confidence >= CONFIDENT).map((m) => m.token));
  const isCredit = (t: Token): boolean => creditTokens.has(t);

  const dates = scoreDates(s, isCredit);
  b.check();
  // "Kuota Malam 12 GB\nberlaku hingga 06 Agu" is the quota's end when the line's own validity is stated elsewhere.
  if (dates.some((d) => d.field === 'validity' && !d.lineOf && d.confidence >= CONFIDENT)) {
    for (const d of dates) if (d.lineOf && d.field === 'validity') Object.assign(d, { field: 'quota', quota: d.lineOf });
  }
  // Label rows own their dates: once a row states the line's validity, a bare "until" with another
  // date ends the package that follows it ("Berlaku s.d. 20 Des\nKuota Internet 8,5 GB"), or nobody's.
  const row = dates.find((d) => d.field === 'validity' && d.row && d.confidence >= CONFIDENT);
  const rowValue = row && dateValue(s, row);
  for (const d of row ? dates : []) {
    if (d.field !== 'validity' || !d.generic || dateValue(s, d) === rowValue) continue;
    b.check();
    const quota = quotaAfter(s, d.token);
    Object.assign(d, quota ? { field: 'quota', quota } : { field: 'none', confidence: Math.min(d.confidence, 0.3) });
  }
  const validity = choose(readings(s, dates, 'validity'), (v) => v);
  const grace = choose(readings(s, dates, 'grace', validity.value?.value), (v) => v);

  const quotas = scoreQuotas(s, isCredit).filter((q) => q.confidence >= CONFIDENT);
  b.check();
  const ownerOf = new Map<Token, number>(quotas.flatMap((q, i) => q.tokens.map((t): [Token, number] => [t, i])));
  for (const d of dates) {
    if (d.field !== 'quota' || d.confidence < CONFIDENT || !d.quota) continue;
    b.check();
    const ownerIndex = ownerOf.get(d.quota) ?? -1;
    const value = dateValue(s, d);
    if (ownerIndex < 0 || !value) continue;
    // "4.2GB data, 250 mins, unlimited texts left until 22/08": the date closes the whole list,
    // also a list of lines, up to the first other value or sentence end.
    let next = (quotas[ownerIndex] as (typeof quotas)[number]).span[0];
    for (let i = ownerIndex; i >= 0; i--) {
      const q = quotas[i] as (typeof quotas)[number];
      if (q.quota.expiresAt || (i < ownerIndex && !listContinues(s, q.span[1], next))) break;
      q.quota.expiresAt = value;
      next = q.span[0];
    }
  }

  return {
    ...(credit.value ? { credit: credit.value } : {}),
    ...(validity.value ? { validUntil: validity.value } : {}),
    ...(grace.value ? { graceUntil: grace.value } : {}),
    quotas: capped(dedupe(quotas.map((q) => ({ value: q.quota, confidence: q.confidence, span: q.span })))),
    candidates: { credit: credit.candidates, validUntil: validity.candidates, graceUntil: grace.candidates },
  };
}

/** The quota right after `token` in its list (nothing but label text and new lines between), if any. */
function quotaAfter(s: ReturnType<typeof scan>, token: Token): Extract<Token, { type: 'quota' | 'unlimited' }> | undefined {
  const next = tokensWithin(s, token.end, token.end + 120)[0];
  if (next?.type !== 'quota' && next?.type !== 'unlimited') return undefined;
  return listContinues(s, token.end, next.start) ? next : undefined;
}

/** True when only list text lies between two quotas: no other value and no sentence end but a new line. */
function listContinues(s: ReturnType<typeof scan>, from: number, to: number): boolean {
  if (from >= to) return true;
  // A list item is a line, not a page: the bound keeps long texts linear.
  if (to - from > 120 || tokensWithin(s, from, to).some((t) => t.type !== 'quota' && t.type !== 'unlimited')) return false;
  return !/[.。!?！？]\s|[。！？]/.test(s.text.slice(from, to));
}

/** Dates read as `field`, plus dates of no known field as weak alternatives for it. */
function readings(s: ReturnType<typeof scan>, dates: ScoredDate[], field: 'validity' | 'grace', validity?: string): Found<string>[] {
  const out: Found<string>[] = [];
  for (const d of dates) {
    const value = dateValue(s, d, validity);
    if (!value) continue;
    if (d.field === field) out.push({ value, confidence: d.confidence, span: span(d.token) });
    // A date nobody claimed is still offered as a choice, well under any real reading.
    else if (d.field === 'none' && field === 'validity') out.push({ value, confidence: Math.min(d.confidence, 0.3), span: span(d.token) });
  }
  return out;
}

/** The first `MAX_QUOTAS` quotas, labels and units cut to what a reading stores: a page of numbers must not become a huge reading. */
function capped(quotas: Found<Quota>[]): Found<Quota>[] {
  return quotas.slice(0, MAX_QUOTAS).map((q) => ({ ...q, value: fitQuota(q.value) }));
}

/** One quota per label, kind and amount, keeping the surest. */
function dedupe(quotas: Found<Quota>[]): Found<Quota>[] {
  const seen = new Map<string, Found<Quota>>();
  for (const q of quotas) {
    const key = `${q.value.kind}|${q.value.label}|${q.value.remaining}|${q.value.unit}|${q.value.unlimited ? 1 : 0}`;
    const prior = seen.get(key);
    if (!prior || q.confidence > prior.confidence) seen.set(key, q);
  }
  return [...seen.values()].sort((a, b) => a.span[0] - b.span[0]);
}
