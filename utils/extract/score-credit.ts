/**
 * How sure we are that an amount of money is the line's balance: the nearest deciding word before
 * it wins (credit words for, prices, promotions, top-ups and limits against), then doubts about the
 * currency or the separators lower the score.
 */
import type { Money } from '../model';
import type { CueField } from './keywords';
import { after, before, inMenuLine, type Scan, type Token } from './scan';
import { clamp } from './select';

type MoneyToken = Extract<Token, { type: 'money' }>;

const AGAINST: CueField[] = ['promo', 'price', 'buy', 'topup', 'threshold', 'spent', 'code', 'bonus'];
// A price is usually followed by its period: Rp10rb/30hr, $5 per month, 58元/月.
const PERIOD_AFTER = /^\s*(?:\/|per\s+|每)\s*\d*\s*(?:hari|hr|bln|bulan|minggu|mgg|jam|month|mo|day|week|hour|月|天|日|周)/i;

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
    out.push({ token, money: token.match.money, confidence: clamp(score(s, token, currencyHint)) });
  }
  return out;
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
