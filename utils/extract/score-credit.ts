/**
 * How sure we are that an amount of money is the line's balance: the nearest deciding word before
 * it wins (credit words for, prices, promotions, top-ups and limits against), then doubts about the
 * currency or the separators lower the score.
 */
import type { Money } from '@/utils/model';
import type { CueField } from '@/utils/extract/keywords';
import { after, before, inMenuLine, type Scan, type Token } from '@/utils/extract/scan';
import { clamp } from '@/utils/extract/select';

type MoneyToken = Extract<Token, { type: 'money' }>;

const AGAINST: CueField[] = ['promo', 'price', 'buy', 'topup', 'threshold', 'spent', 'code', 'bonus'];
const EVENT_AFTER: CueField[] = ['topup', 'spent', 'threshold'];
const SUBJECT: CueField[] = ['credit', 'plan', 'data', 'voice', 'sms', 'card', 'validity', 'grace', 'bonus', 'promo'];
// A price is usually followed by its period: Rp10rb/30hr, $5 per month, 58元/月.
const PERIOD_AFTER = /^\s*(?:\/|per\s+|每)\s*\d*\s*(?:hari|hr|bln|bulan|minggu|mgg|jam|month|mo|day|week|hour|月|天|日|周)/i;
// Only filler may join a transaction word to the credit word it turns into an event: "bonus pulsa", "minimum balance of".
const MODIFIER_GAP = /^\s*(?:(?:a|an|the|your|anda|kamu|berupa)\s+)?$/i;
// A clause ends at these; a verb after it belongs to another clause.
const CLAUSE_END = /[,;:，；：、]/;
// The most a credit word negated by a transaction word, or an amount followed by a top-up verb, is worth.
const EVENT_CAP = 0.25;

/** A money token with its score as the balance. */
export interface ScoredMoney {
  token: MoneyToken;
  money: Money;
  confidence: number;
}

/** Scores every money token in the scan as the balance. */
export function scoreCredit(s: Scan, currencyHint: string | undefined): ScoredMoney[] {
  const out: ScoredMoney[] = [];
  for (const token of s.tokens) {
    if (token.type !== 'money') continue;
    s.budget.check();
    out.push({ token, money: token.match.money, confidence: clamp(score(s, token, currencyHint)) });
  }
  return out;
}

/** True when a transaction, promotion or limit word stands right before the credit word at `creditStart`. */
function modifiedByEvent(s: Scan, token: MoneyToken, creditStart: number): boolean {
  for (const n of before(s, token)) {
    if (n.kind === 'token') return false;
    const { cue } = n;
    if (cue.end > creditStart) continue;
    if (!MODIFIER_GAP.test(s.text.slice(cue.end, creditStart))) return false;
    if (cue.pre && AGAINST.some((f) => cue.fields.has(f))) return true;
    creditStart = cue.start;
  }
  return false;
}

/** True when a top-up or deduction verb follows the amount in its clause, before any other value. */
function eventVerbAfter(s: Scan, token: MoneyToken): boolean {
  for (const n of after(s, token, 40)) {
    if (n.kind === 'token') return false;
    if (CLAUSE_END.test(s.text.slice(token.end, n.cue.start))) return false;
    if (n.cue.post && EVENT_AFTER.some((f) => n.cue.fields.has(f))) return true;
    // "$25.00 and your plan was added": a new subject owns the verb.
    if (SUBJECT.some((f) => n.cue.fields.has(f))) return false;
  }
  return false;
}

function score(s: Scan, token: MoneyToken, currencyHint: string | undefined): number {
  let base: number | undefined;
  let softPrice = false;
  for (const n of before(s, token)) {
    if (n.kind === 'token') {
      // An amount right after a quota with no word of its own is that quota's price (2GB Rp10rb).
      base = n.token.type === 'quota' || n.token.type === 'unlimited' ? 0.15 : 0.3;
      break;
    }
    const { cue } = n;
    if (!cue.pre) continue;
    if (cue.fields.has('credit')) {
      base = 0.55 + 0.4 * cue.strength - (token.start - cue.end > 40 ? 0.2 : 0) - (softPrice ? 0.1 : 0);
      // "bonus pulsa Rp5.000", "minimum balance of $5", "已扣话费余额": an event or a limit, not the balance.
      if (modifiedByEvent(s, token, cue.start)) base = Math.min(base, EVENT_CAP);
      break;
    }
    if (AGAINST.some((f) => cue.fields.has(f))) {
      base = 0.1;
      break;
    }
    if (cue.fields.has('soft-price')) softPrice = true;
  }
  if (base === undefined) base = softPrice ? 0.15 : 0.3;

  const tail = s.text.slice(token.end, token.end + 24);
  if (PERIOD_AFTER.test(tail)) return 0.1;
  // "Rp 50.000 telah ditambahkan", "$10 has been added", "Rp 10.000 akan dipotong": a transaction.
  if (eventVerbAfter(s, token)) base = Math.min(base, EVENT_CAP);
  if (base <= 0.3) {
    // "$0.87 left", "Rp 5.000 tersisa": the credit word may follow the amount.
    const next = after(s, token, 12).find((n) => n.kind === 'cue' && n.cue.post && n.cue.fields.has('credit'));
    if (next && !softPrice) base = 0.75;
  }

  const m = token.match;
  if (m.currencyAmbiguous) base -= 0.1;
  if (currencyHint && m.money.currency !== currencyHint) base -= 0.15;
  if (m.amountDoubtful) base -= 0.25;
  // Balances are written in full; "50rb" and "1.5万" are how prices are written.
  if (m.multiplied) base -= 0.3;
  if (token.bare) base -= token.localeOnly ? 0.25 : 0.1;
  if (inMenuLine(s, token)) base -= 0.2;
  return base;
}
