// The corpus test: precision and recall of every field over real-looking carrier texts.
import { describe, expect, it } from 'vitest';
import { extract, toBytes, type Extraction } from '@/utils/extract';
import type { Quota } from '@/utils/model';
import { CORPUS, CORPUS_NOW, type CorpusCase, type QuotaExpect } from './corpus';

type Field = 'credit' | 'validUntil' | 'graceUntil' | 'quotas' | 'quotaExpiry';
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

// Bars set from the measured run (docs/extraction.md): precision is the promise, recall the goal.
const MIN_PRECISION = 0.95;
const MIN_RECALL: Record<Field, number> = { credit: 0.9, validUntil: 0.9, graceUntil: 0.9, quotas: 0.9, quotaExpiry: 0.85 };

function quotaMatches(expected: QuotaExpect, got: Quota): boolean {
  if (expected.kind !== got.kind) return false;
  if ('unlimited' in expected) return got.unlimited === true;
  if (got.unlimited) return false;
  if (expected.kind === 'data' && 'bytes' in expected) {
    const bytes = toBytes(got.remaining, got.unit);
    return bytes !== undefined && Math.abs(bytes - expected.bytes) <= Math.max(1, expected.bytes * 1e-6);
  }
  return 'remaining' in expected && got.remaining === expected.remaining;
}

/** Compares one extraction with its expectation; returns the tallies and a list of mistakes. */
function grade(c: CorpusCase, got: Extraction): { tallies: Record<Field, Tally>; mistakes: string[] } {
  const tallies = Object.fromEntries(
    (['credit', 'validUntil', 'graceUntil', 'quotas', 'quotaExpiry'] as Field[]).map((f) => [f, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<Field, Tally>;
  const mistakes: string[] = [];
  const single = (field: Field, expected: string | undefined, actual: string | undefined): void => {
    const t = tallies[field];
    if (expected === undefined && actual === undefined) return;
    if (expected !== undefined && actual === expected) t.tp++;
    else {
      if (actual !== undefined) t.fp++;
      if (expected !== undefined) t.fn++;
      mistakes.push(`${field}: expected ${expected ?? 'nothing'}, got ${actual ?? 'nothing'}`);
    }
  };
  const e = c.expect;
  single('credit', e.credit && `${e.credit[0]} ${e.credit[1]}`, got.credit && `${got.credit.value.amount} ${got.credit.value.currency}`);
  single('validUntil', e.validUntil, got.validUntil?.value);
  single('graceUntil', e.graceUntil, got.graceUntil?.value);

  const pending = got.quotas.map((q) => q.value);
  for (const expected of e.quotas ?? []) {
    const i = pending.findIndex((q) => quotaMatches(expected, q));
    if (i < 0) {
      tallies.quotas.fn++;
      mistakes.push(`quota missing: ${JSON.stringify(expected)}`);
      continue;
    }
    tallies.quotas.tp++;
    const [q] = pending.splice(i, 1) as [Quota];
    if (expected.expiresAt === undefined && q.expiresAt === undefined) continue;
    const t = tallies.quotaExpiry;
    if (expected.expiresAt === q.expiresAt) t.tp++;
    else {
      if (q.expiresAt !== undefined) t.fp++;
      if (expected.expiresAt !== undefined) t.fn++;
      mistakes.push(`quota expiry: expected ${expected.expiresAt ?? 'nothing'}, got ${q.expiresAt ?? 'nothing'}`);
    }
  }
  for (const q of pending) {
    tallies.quotas.fp++;
    mistakes.push(`quota extra: ${JSON.stringify(q)}`);
  }
  return { tallies, mistakes };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

describe('extraction corpus', () => {
  const totals: Record<Field, Tally> = {
    credit: { tp: 0, fp: 0, fn: 0 },
    validUntil: { tp: 0, fp: 0, fn: 0 },
    graceUntil: { tp: 0, fp: 0, fn: 0 },
    quotas: { tp: 0, fp: 0, fn: 0 },
    quotaExpiry: { tp: 0, fp: 0, fn: 0 },
  };
  const report: string[] = [];
  let confidentlyWrongCredit = 0;

  for (const c of CORPUS) {
    const got = extract(c.text, { ...c.hints, now: Date.parse(c.now ?? CORPUS_NOW) });
    const { tallies, mistakes } = grade(c, got);
    for (const f of Object.keys(totals) as Field[]) {
      totals[f].tp += tallies[f].tp;
      totals[f].fp += tallies[f].fp;
      totals[f].fn += tallies[f].fn;
    }
    confidentlyWrongCredit += tallies.credit.fp;
    if (mistakes.length) report.push(`${c.id}: ${mistakes.join('; ')}`);
  }

  it('has at least 80 texts in Indonesian, English and Chinese', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    for (const prefix of ['id-', 'en-', 'zh-', 'mx-', 'ev-', 'ho-', 'h2-']) expect(CORPUS.some((c) => c.id.startsWith(prefix))).toBe(true);
  });

  it('meets the precision and recall bars, with no confidently wrong credit', () => {
    const rows = (Object.keys(totals) as Field[]).map((f) => {
      const { tp, fp, fn } = totals[f];
      return { field: f, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
    });
    const table = [
      '| field | TP | FP | FN | precision | recall |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) => `| ${r.field} | ${r.tp} | ${r.fp} | ${r.fn} | ${(r.precision * 100).toFixed(1)}% | ${(r.recall * 100).toFixed(1)}% |`,
      ),
    ].join('\n');
    console.log(`Extraction corpus, ${CORPUS.length} texts\n${table}\n\nMistakes:\n${report.join('\n') || '(none)'}`);
    expect(confidentlyWrongCredit).toBe(0);
    for (const r of rows) {
      expect(r.precision, `${r.field} precision`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(r.recall, `${r.field} recall`).toBeGreaterThanOrEqual(MIN_RECALL[r.field]);
    }
  });
});
