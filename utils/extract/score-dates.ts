/**
 * What a date is: the line's validity, its grace end, a quota's own expiry, or nothing (the date
 * of the message, a promotion's end, a bill's due date). Decided by the words before it, then by
 * the value it follows when the word is a generic "until".
 */
import type { CueField } from '@/utils/extract/keywords';
import { after, before, cuesWithin, resolveRelative, valueEndingLineAbove, type Scan, type Token } from '@/utils/extract/scan';
import { clamp } from '@/utils/extract/select';

type DateToken = Extract<Token, { type: 'date' | 'relative' }>;
type QuotaToken = Extract<Token, { type: 'quota' | 'unlimited' }>;

/** A date with what it is and how sure we are. */
export interface ScoredDate {
  token: DateToken;
  field: 'validity' | 'grace' | 'quota' | 'none';
  confidence: number;
  /** The quota the date belongs to, when `field` is 'quota'. */
  quota?: QuotaToken;
  /** For a validity read from a line that continues a quota's line: the quota, whose expiry it is when the text states the line's validity elsewhere. */
  lineOf?: QuotaToken;
  /** A validity stated by the line's own row: its label (`Masa Aktif`, `号码有效期`) or the "until" after the balance. */
  row?: true;
  /** A validity read from a bare "until" (`berlaku s.d.`, `valid until`, `有效期至`) that names no owner. */
  generic?: true;
}

const AGAINST: CueField[] = ['promo', 'price', 'buy', 'asof', 'code', 'due', 'threshold'];

/**
 * Scores every date token. `isCredit` says whether a money token was taken as the balance, so a
 * generic "until" after the balance means the line's validity and after a price means nothing.
 */
export function scoreDates(s: Scan, isCredit: (t: Token) => boolean): ScoredDate[] {
  const out: ScoredDate[] = [];
  for (const token of s.tokens) {
    if (token.type !== 'date' && token.type !== 'relative') continue;
    s.budget.check();
    const scored = classify(s, token, isCredit);
    let confidence = scored.confidence;
    if (token.type === 'relative' && !token.match.left) {
      // "berlaku 30 hari" is a package length unless nothing nearby sells anything since the balance.
      confidence = Math.min(confidence, sellingNearby(s, token.start, creditBefore(s, token, isCredit)) ? 0.3 : 0.75);
    }
    if (token.type === 'date') {
      if (token.match.ambiguous) confidence -= 0.15;
      if (token.match.yearGuessed) confidence -= 0.1;
      // A validity more than ten years out is a misreading, not a plan.
      if (token.match.value > `${Number(s.today.slice(0, 4)) + 10}`) confidence -= 0.3;
    }
    out.push({ ...scored, token, confidence: clamp(confidence) });
  }
  return out;
}

function classify(s: Scan, token: DateToken, isCredit: (t: Token) => boolean): Omit<ScoredDate, 'token'> {
  const read = classifyBefore(s, token, isCredit);
  return read.field === 'none' && read.confidence === 0.3 ? (classifyAfter(s, token) ?? read) : read;
}

/** Reads the words before the date, nearest first. */
function classifyBefore(s: Scan, token: DateToken, isCredit: (t: Token) => boolean): Omit<ScoredDate, 'token'> {
  const relative = token.type === 'relative' ? token.match : undefined;
  // A relative form carries its own word ("berlaku 30 hari"): it acts as a pending generic "until".
  let pending = relative !== undefined;
  const own = relative?.field === 'grace' ? 'grace' : 'validity';
  let plan = false;
  let label = false;
  for (const n of before(s, token)) {
    if (n.kind === 'token') {
      const t = n.token;
      if (!pending) return { field: 'none', confidence: 0.3 };
      if (t.type === 'quota' || t.type === 'unlimited') {
        // "Kuota 2GB s.d 10/08": the quota's own expiry. A duration after a quota is its package length.
        return relative ? { field: 'none', confidence: 0.2 } : { field: 'quota', confidence: 0.85, quota: t };
      }
      if (t.type === 'money') return isCredit(t) ? { field: own, confidence: 0.88, row: true } : { field: 'none', confidence: 0.15 };
      // A relative form names its field itself; a bare "until" after another date is unclear.
      return relative ? { field: own, confidence: 0.85 } : { field: own, confidence: 0.6, generic: true };
    }
    const { cue } = n;
    if (!cue.pre) continue;
    if (cue.fields.has('grace')) return { field: relative && own === 'validity' ? 'validity' : 'grace', confidence: 0.92 };
    if (cue.fields.has('card')) return { field: relative ? own : 'validity', confidence: 0.93, row: true };
    if (AGAINST.some((f) => cue.fields.has(f))) return { field: 'none', confidence: 0.1 };
    if (cue.fields.has('validity')) {
      pending = true;
      continue;
    }
    // "sisa" and "remaining" name a quota as often as the balance: let the value before decide.
    if (cue.fields.has('credit') && cue.strength <= 0.6) continue;
    if (cue.fields.has('credit') && pending) return { field: own, confidence: 0.88, row: true };
    if (cue.fields.has('before') && !pending) return { field: 'validity', confidence: 0.55 };
    if (cue.fields.has('plan')) plan = true;
    if (cue.fields.has('data') || cue.fields.has('voice') || cue.fields.has('sms')) label = true;
  }
  if (pending) {
    // A line that only says "berlaku hingga <date>" continues the value on the line above.
    const above = relative ? undefined : valueEndingLineAbove(s, token);
    if ((above?.type === 'quota' || above?.type === 'unlimited') && !label) return { field: own, confidence: 0.85, lineOf: above };
    if (above?.type === 'money' && isCredit(above)) return { field: own, confidence: 0.88, row: true };
    // "Kuota internet berlaku s.d …" names a quota we could not read: not the line's validity.
    if (label && !plan) return { field: 'none', confidence: 0.5 };
    // A package's "berlaku s.d" right after its purchase is the package's end, not the line's.
    if (plan && sellingNearby(s, token.start)) return { field: 'none', confidence: 0.4 };
    return relative ? { field: own, confidence: 0.85 } : { field: own, confidence: plan ? 0.78 : 0.85, generic: true };
  }
  return { field: 'none', confidence: 0.3 };
}

/** Chinese and some English forms put the word after the date: 2026年12月31日到期. */
function classifyAfter(s: Scan, token: DateToken): Omit<ScoredDate, 'token'> | undefined {
  for (const n of after(s, token, 8)) {
    if (n.kind === 'token') break;
    if (n.cue.post && n.cue.fields.has('validity')) return { field: 'validity', confidence: 0.88 };
    if (n.cue.post && n.cue.fields.has('before')) return { field: 'validity', confidence: 0.55 };
  }
  return undefined;
}

const SELLING: CueField[] = ['promo', 'price', 'soft-price', 'buy', 'topup'];

/** True when a promotion, price or purchase word appears in the 150 characters before `pos` (not before `from`). */
function sellingNearby(s: Scan, pos: number, from = 0): boolean {
  return cuesWithin(s, Math.max(from, pos - 150), pos).some((c) => SELLING.some((f) => c.fields.has(f)));
}

/** Where the balance just before `token` ends, in its window; 0 when there is none. */
function creditBefore(s: Scan, token: DateToken, isCredit: (t: Token) => boolean): number {
  const n = before(s, token).find((x) => x.kind === 'token' && x.token.type === 'money' && isCredit(x.token));
  return n?.kind === 'token' ? n.token.end : 0;
}

/** The date a scored date stands for, resolving relative forms; undefined when it cannot be. */
export function dateValue(s: Scan, d: ScoredDate, validity?: string): string | undefined {
  return d.token.type === 'date' ? d.token.match.value : resolveRelative(s, d.token.match, validity);
}
