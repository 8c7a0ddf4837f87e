/**
 * Which quota amounts are what is left: each amount gets a role from the words around it
 * (remaining, used, total, plan size, plain), then amounts of one kind in one sentence are
 * combined ("已用3GB，剩余7GB，共10GB", "used 1.2 GB of 5 GB").
 */
import type { Quota } from '@/utils/model';
import type { Cue, CueField } from '@/utils/extract/keywords';
import { toBytes } from '@/utils/extract/quotas';
import { after, before, cuesWithin, inMenuLine, labelLineAbove, windowStart, type Scan, type Token } from '@/utils/extract/scan';
import { clamp } from '@/utils/extract/select';
import { rangeIndexAt } from '@/utils/extract/text';

type AmountToken = Extract<Token, { type: 'quota' }>;
type UnlimitedToken = Extract<Token, { type: 'unlimited' }>;
type Kind = 'data' | 'voice' | 'sms';
type Role = 'remaining' | 'used' | 'total' | 'plain';

/** A quota the engine is ready to report, with the tokens it came from. */
export interface ScoredQuota {
  quota: Quota;
  confidence: number;
  span: [number, number];
  tokens: Token[];
}

/** One amount, or an "X of Y" pair, with the role the words around it give it (not the domain's `Reading`). */
interface AmountReading {
  first: AmountToken;
  last: AmountToken;
  /** The second amount of "X of Y", which is the total (or X is used of Y). */
  of?: AmountToken;
  role: Role;
  confidence: number;
  /** True when a word named the quota's kind (Kuota Utama, 流量), not only its unit. */
  labelled?: boolean;
}

const AGAINST: CueField[] = ['promo', 'price', 'buy', 'topup', 'code'];
const PAIR_GAP = /^\s*(used|terpakai|digunakan|已用)?\s*(?:of|dari|out\s+of|from|dr|\/|／)\s*(?:total\s*)?$/i;
// "1GB to 20GB", "10-50GB": a range of offers, never an amount left.
const RANGE_GAP = /^\s*(?:to|sampai|hingga|s\.d\.?|-|~|～|至|到)\s*$/i;
const SELLING: CueField[] = ['promo', 'price', 'soft-price', 'buy', 'topup', 'code'];
// A package length after the size marks a plan, not what is left: 10GB/30hr, 2GB 7 hari.
const DURATION_AFTER = /^\s*(?:\/|\s)\s*\d{1,3}\s*(?:hari|hr|days?|d|jam|bulan|bln|天|日)(?![A-Za-z])/i;
// Minutes that are a duration: "berlaku 5 menit", "valid for 10 minutes", "5分钟内有效".
const DURATION_BEFORE = /(?:berlaku|valid(?:\s+for)?|dalam|within|in|for|selama|expires\s+in)\s*$/i;
// No label in the text: the display shows the kind's name in the reader's language, so the engine stores none.
const NO_LABEL = '';
const UNLIMITED_UNIT: Record<Kind, string> = { data: 'GB', voice: 'min', sms: 'sms' };

/**
 * How sure each role is, by what decided it. A reading is reported at `CONFIDENT` (0.7) and above, so
 * every "offer" number is far under it and every "is a quota" number is over it by its doubt.
 */
const SURE = {
  /** A role word next to the amount ("sisa 2GB", "1.2 GB left", "已用3GB", "used 1 of 5 GB"): the carrier said so. */
  namedRole: 0.9,
  /** "total", "共", "dari": a size, a little less sure, since offers state sizes too. */
  namedTotal: 0.85,
  /** A later item of a list whose head said "remaining" ("Pack remaining: 312MB data, 58 mins"). */
  listRemaining: 0.85,
  /** A plan word before it ("Paket Combo 10GB"): the plan's size, its total. */
  planSize: 0.8,
  /** The quota's kind is named ("Kuota Utama 3GB", "流量 2GB"): most often what is left. */
  labelled: 0.8,
  /** An "unlimited" word with the kind it covers beside it ("unlimited data", "不限量流量"). */
  unlimited: 0.8,
  /** A bare amount with no word about it: just over the bar, so any doubt below drops it. */
  bare: 0.72,
  /** A price or "only" word earlier in its sentence and no role word: probably an offer. */
  selling: 0.15,
  /** A word against (promo, price, buy, top-up, code), a price glued to it or after it, a duration: an offer. */
  offer: 0.1,
} as const;
// A numbered menu line lists offers (USSD "1. 2GB 7hr Rp10rb"); a separator or a bare G/M was a guess.
const MENU_DOUBT = 0.3;
const DOUBTFUL_DOUBT = 0.1;

/** Scores and combines every quota amount in the scan; `isCredit` marks the balance's token. */
export function scoreQuotas(s: Scan, isCredit: (t: Token) => boolean): ScoredQuota[] {
  // Groups grow in place: a copy per amount was quadratic in the amounts of one sentence.
  const groups = new Map<string, AmountReading[]>();
  for (const r of pair(s)) {
    if (r.confidence < 0) continue;
    s.budget.check();
    const read = { ...r, ...role(s, r, isCredit) };
    const key = `${rangeIndexAt(s.sentences, read.first.start)}:${read.first.match.kind}`;
    const group = groups.get(key);
    if (group) group.push(read);
    else groups.set(key, [read]);
  }
  const out: ScoredQuota[] = [];
  // One push per quota: spreading a large array into `push` is bounded by the stack, and copies.
  for (const group of groups.values()) for (const q of combine(s, group)) out.push(q);
  for (const q of unlimited(s)) out.push(q);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** Joins "X of Y" amounts of one kind into one reading. */
function pair(s: Scan): AmountReading[] {
  const amounts = s.tokens.filter((t): t is AmountToken => t.type === 'quota');
  const out: AmountReading[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i] as AmountToken;
    const b = amounts[i + 1];
    const gap = b && b.match.kind === a.match.kind ? s.text.slice(a.end, b.start) : undefined;
    const joined = gap === undefined ? null : PAIR_GAP.exec(gap);
    if (b && joined) {
      out.push({ first: a, last: b, of: b, role: joined[1] ? 'used' : 'plain', confidence: 0 });
      i++;
    } else if (b && gap !== undefined && RANGE_GAP.test(gap)) {
      out.push({ first: a, last: b, role: 'plain', confidence: -1 });
      i++;
    } else out.push({ first: a, last: a, role: 'plain', confidence: 0 });
  }
  return out;
}

/** The role of one amount from the words around it, and how sure (`SURE`), lowered by doubts. */
function role(s: Scan, r: AmountReading, isCredit: (t: Token) => boolean): Pick<AmountReading, 'role' | 'confidence' | 'labelled'> {
  const kind = r.first.match.kind;
  let plan = false;
  let label = false;
  let soft = false;
  let decided: { role: Role; confidence: number } | undefined =
    r.role === 'used' ? { role: 'used', confidence: SURE.namedRole } : undefined;
  const look = decided ? [] : before(s, r.first);
  const previous = look.find((n) => n.kind === 'token');
  let listItem = false;
  for (const n of look) {
    if (n.kind === 'token') {
      listItem = true;
      // "10元1GB": a size glued to a price that is not the balance is an offer.
      const t = n.token;
      if (t.type === 'money' && !isCredit(t) && r.first.start - t.end <= 3) decided = { role: 'plain', confidence: SURE.offer };
      break;
    }
    const { cue } = n;
    if (!cue.pre) continue;
    // "500MB remaining on your plan 'France 3GB'": a word right after a value is that value's.
    if (cue.post && previous?.kind === 'token' && /^\s*$/.test(s.text.slice(previous.token.end, cue.start))) continue;
    if (cue.fields.has('remaining')) decided = { role: 'remaining', confidence: SURE.namedRole };
    else if (cue.fields.has('used')) decided = { role: 'used', confidence: SURE.namedRole };
    else if (cue.fields.has('total')) decided = { role: 'total', confidence: SURE.namedTotal };
    else if (AGAINST.some((f) => cue.fields.has(f))) decided = { role: 'plain', confidence: SURE.offer };
    if (decided) break;
    if (cue.fields.has('soft-price')) soft = true;
    if (cue.fields.has('plan')) plan = true;
    if (cue.fields.has(kind)) label = true;
  }
  const following = after(s, r.last, 14);
  // Words after the amount are its own only up to the next value ("10GB: 9.1GB remaining").
  const nextValue = following.findIndex((n) => n.kind === 'token');
  const afterCues = nextValue < 0 ? following : following.slice(0, nextValue);
  const post = afterCues.find((n) => n.kind === 'cue' && n.cue.post && (n.cue.fields.has('remaining') || n.cue.fields.has('used')));
  // A role word after the amount overrides any reading but an offer.
  if (post?.kind === 'cue' && (!decided || decided.confidence > SURE.offer)) {
    decided = { role: post.cue.fields.has('used') ? 'used' : 'remaining', confidence: SURE.namedRole };
  }
  if (!decided && sellingInSentence(s, r.first)) decided = { role: 'plain', confidence: SURE.selling };
  const listWord = decided || soft ? undefined : listCue(s, r.first);
  // "Pack remaining: 312MB data, 58 mins": later items of a list share the role its head named.
  if (listItem && listWord?.fields.has('remaining')) decided = { role: 'remaining', confidence: SURE.listRemaining };
  if (!decided) {
    if (soft) decided = { role: 'plain', confidence: SURE.selling };
    else if (plan || listWord?.fields.has('plan')) decided = { role: 'total', confidence: SURE.planSize };
    else if (label || afterCues.some((n) => n.kind === 'cue' && n.cue.post && n.cue.fields.has(kind)))
      decided = { role: 'plain', confidence: SURE.labelled };
    else decided = { role: 'plain', confidence: SURE.bare };
  }
  let { confidence } = decided;
  const tail = s.text.slice(r.last.end, r.last.end + 16);
  if (decided.role === 'plain' && DURATION_AFTER.test(tail)) decided = { role: 'total', confidence };
  // "Internet 2GB Rp10rb": a size followed by a price that is not the balance is an offer.
  const nextMoney = after(s, r.last, 30).find((n) => n.kind === 'token');
  if (nextMoney?.kind === 'token' && nextMoney.token.type === 'money' && !isCredit(nextMoney.token) && decided.role !== 'remaining') {
    confidence = SURE.offer;
  }
  if (kind === 'voice' && (DURATION_BEFORE.test(s.text.slice(Math.max(0, r.first.start - 20), r.first.start)) || /^\s*内/.test(tail))) {
    confidence = SURE.offer;
  }
  if (decided.role !== 'remaining' && inMenuLine(s, r.first)) confidence -= MENU_DOUBT;
  if (r.first.match.doubtful) confidence -= DOUBTFUL_DOUBT;
  return { role: decided.role, confidence: clamp(confidence), labelled: label };
}

/** Cues earlier in the token's sentence (up to 120 characters back), past any values between. */
function sentenceCues(s: Scan, token: Token): Cue[] {
  const sentence = s.sentences[rangeIndexAt(s.sentences, token.start)];
  return cuesWithin(s, Math.max(sentence?.start ?? 0, token.start - 120), token.start);
}

/** True when the sentence sells something before this amount ("月费仅需58元，包含30GB"). */
function sellingInSentence(s: Scan, token: Token): boolean {
  return sentenceCues(s, token).some((c) => c.pre && SELLING.some((f) => c.fields.has(f)));
}

/** The nearest plan or "remaining" word earlier in the sentence ("流量加油包：10元1GB", "Pack remaining: …"). */
function listCue(s: Scan, token: Token): Cue | undefined {
  const cues = sentenceCues(s, token);
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i] as Cue;
    if (c.pre && (c.fields.has('plan') || c.fields.has('remaining'))) return c;
  }
  return undefined;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Subtracts `used` from `total`, in the total's unit; undefined when it would go negative. */
function minus(total: AmountToken, used: AmountToken): number | undefined {
  const t = toBytes(total.match.value, total.match.unit) ?? total.match.value;
  const u = toBytes(used.match.value, used.match.unit) ?? used.match.value;
  const per = toBytes(1, total.match.unit) ?? 1;
  return t >= u ? round((t - u) / per) : undefined;
}

function inUnitOf(target: AmountToken, source: AmountToken): number {
  const bytes = toBytes(source.match.value, source.match.unit);
  const per = toBytes(1, target.match.unit);
  return bytes !== undefined && per !== undefined ? round(bytes / per) : source.match.value;
}

/** Turns the readings of one kind in one sentence into quotas. */
function combine(s: Scan, group: AmountReading[]): ScoredQuota[] {
  const remaining = group.filter((r) => r.role === 'remaining' || r.role === 'plain');
  const used = group.filter((r) => r.role === 'used');
  const totals = group.filter((r) => r.role === 'total');
  const out: ScoredQuota[] = [];
  const emit = (r: AmountReading, value: number, unitFrom: AmountToken, total: number | undefined, extra: Token[] = []): void => {
    const tokens = [r.first, ...(r.of ? [r.of] : []), ...extra];
    out.push({
      quota: {
        label: label(s, r.first),
        kind: r.first.match.kind,
        remaining: value,
        ...(total !== undefined && total >= value ? { total } : {}),
        unit: unitFrom.match.unit,
      },
      confidence: r.confidence,
      span: [Math.min(...tokens.map((t) => t.start)), Math.max(...tokens.map((t) => t.end))],
      tokens,
    });
  };
  const explicitRemaining = remaining.some((r) => r.role === 'remaining');
  const left: AmountReading[] = [];
  for (const r of remaining) {
    // "Bronet 24jam 2GB sisa 850MB": an unnamed amount beside "what is left" is the package size.
    if (explicitRemaining && r.role === 'plain' && !r.labelled) totals.push(r);
    else left.push(r);
  }
  for (const r of left) {
    if (r.of) {
      emit(r, r.first.match.value, r.first, inUnitOf(r.first, r.of));
      continue;
    }
    const total = totals.length === 1 ? (totals[0] as AmountReading) : undefined;
    const spent = used.length === 1 ? (used[0] as AmountReading) : undefined;
    if (!explicitRemaining && r.role === 'plain' && spent && !total) {
      // "Kuota 10GB, terpakai 2GB": the plain amount is the size.
      const left = minus(r.first, spent.first);
      if (left !== undefined)
        emit({ ...r, confidence: Math.min(r.confidence, spent.confidence) }, left, r.first, r.first.match.value, [spent.first]);
      continue;
    }
    emit(r, r.first.match.value, r.first, total ? inUnitOf(r.first, total.first) : undefined, total ? [total.first] : []);
  }
  if (remaining.length === 0) {
    for (const u of used) {
      // "used 1.2 GB of 5 GB", or "已用3GB … 共10GB": what is left is the difference.
      const whole = u.of ?? (totals.length === 1 ? (totals[0] as AmountReading).first : undefined);
      if (!whole) continue;
      const left = minus(whole, u.first);
      const sizeConfidence = u.of ? u.confidence : Math.min(u.confidence, (totals[0] as AmountReading).confidence);
      if (left !== undefined)
        emit({ ...u, first: u.first, confidence: sizeConfidence }, left, whole, whole.match.value, u.of ? [] : [whole]);
    }
  }
  return out;
}

/** "Unlimited data", "不限量流量", "unlimited mins & texts": quotas without a limit, of the kinds named next to it. */
function unlimited(s: Scan): ScoredQuota[] {
  const out: ScoredQuota[] = [];
  for (const token of s.tokens) {
    if (token.type !== 'unlimited') continue;
    s.budget.check();
    if (before(s, token).some((n) => n.kind === 'cue' && n.cue.pre && AGAINST.some((f) => n.cue.fields.has(f)))) continue;
    for (const kind of nearestKinds(s, token)) {
      out.push({
        quota: { label: NO_LABEL, kind, remaining: 0, unit: UNLIMITED_UNIT[kind], unlimited: true },
        confidence: SURE.unlimited,
        span: [token.start, token.end],
        tokens: [token],
      });
    }
  }
  return out;
}

const kindOf = (cue: Cue): Kind | undefined => (['data', 'voice', 'sms'] as const).find((k) => cue.fields.has(k));
// A kind word across a comma belongs to the neighbouring item ("15.2GB data, unlimited UK mins").
const CLAUSE_GAP = /[,，;；、]/;
const AND_GAP = /^\s*(?:&|and|dan|dan juga|\+|\/|和|及|与|與)\s*$/i;

/** The kind named nearest the "unlimited" word in its clause, plus kinds joined to it by "and" when it follows. */
function nearestKinds(s: Scan, token: UnlimitedToken): Kind[] {
  const gap = (c: Cue): string => (c.start >= token.end ? s.text.slice(token.end, c.start) : s.text.slice(c.end, token.start));
  const cost = (c: Cue): number => distance(c, token) + (CLAUSE_GAP.test(gap(c)) ? 100 : 0);
  const following = after(s, token, 40).flatMap((n) => (n.kind === 'cue' ? [n.cue] : []));
  const near = [...before(s, token).flatMap((n) => (n.kind === 'cue' ? [n.cue] : [])), ...following]
    .filter((c) => distance(c, token) <= 24 && kindOf(c))
    .sort((a, b) => cost(a) - cost(b));
  const first = near[0];
  const kind = first && kindOf(first);
  if (!first || !kind) return [];
  const kinds = [kind];
  // "unlimited mins & texts": the next kind word after "and" shares the "unlimited".
  let last = first;
  for (const cue of first.start >= token.end ? following.filter((c) => c.start >= first.end) : []) {
    const next = kindOf(cue);
    if (!next || !AND_GAP.test(s.text.slice(last.end, cue.start))) break;
    if (!kinds.includes(next)) kinds.push(next);
    last = cue;
  }
  return kinds;
}

const distance = (c: { start: number; end: number }, t: { start: number; end: number }): number =>
  c.start >= t.end ? c.start - t.end : t.start - c.end;

const ROLE_WORDS =
  /^(?:sisa|tersisa|remaining|left|total|剩余|剩餘|总量|總量|总|總|共|已用|已使用|terpakai|used|sebesar|anda|is|adalah)\s*|\s*(?:sisa|tersisa|remaining|total|剩余|剩餘|总量|總量|总|總|共|已用|已使用|terpakai|used|sebesar|anda|kamu|is|adalah|为|為)\s*$/gi;

/** What the carrier calls the quota: the words just before it in its clause, or '' when it names none. */
function label(s: Scan, token: AmountToken): string {
  // Its window: its sentence, or the label line above a value alone on its line ("Kuota Malam\n12 GB").
  const previous = before(s, token).find((n) => n.kind === 'token');
  const from = Math.max(windowStart(s, token), previous?.kind === 'token' ? previous.token.end : 0, token.start - 80);
  const parts = s.text.slice(from, token.start).split(/([,，;:：()（）\n=])/);
  let text = '';
  // Clauses at even indexes, separators between them: the nearest clause with words names the quota.
  for (let i = parts.length - 1; i >= 0; i -= 2) {
    const clause = (parts[i] as string).trim();
    if (!clause) continue;
    text = cleanLabel(clause);
    // Only "remaining" in a table cell ("夜间流量: 剩余2GB"): the label is the cell before it.
    if (text || (parts[i - 1] !== ':' && parts[i - 1] !== '：')) break;
  }
  // Only "remaining" on its line, under the quota's name ("国内通用流量\n剩余6GB"): the label is the line above.
  if (!text) {
    const above = labelLineAbove(s, token, (lead) => cleanLabel(lead.replace(/[:：]/g, ' ')) === '');
    if (above) text = cleanLabel(s.text.slice(above.start, above.end).replace(/[:：]\s*$/, ''));
  }
  return text && text.length <= 40 && /\p{L}/u.test(text) ? text : NO_LABEL;
}

function cleanLabel(clause: string): string {
  let text = clause.replace(/^[-*•·>\s\d.)]+(?=\D)/, '');
  for (let i = 0; i < 3; i++) text = text.replace(ROLE_WORDS, '').trim();
  return text.replace(/\s+/g, ' ');
}
