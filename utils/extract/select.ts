/**
 * Choosing one value per field from scored readings: the best one when it is confident and no
 * near-equal reading disagrees; everything else becomes a low-confidence candidate.
 */

/** Confidence at and above which a value is given as the field's value rather than a candidate. */
export const CONFIDENT = 0.7;

/** Candidates never claim more than this, so the UI can tell them from values at a glance. */
export const CANDIDATE_CAP = 0.6;

// Two readings this close in confidence that disagree make both too doubtful to state.
const CONFLICT_MARGIN = 0.1;
const MAX_CANDIDATES = 5;
const MIN_CANDIDATE = 0.2;

/** A value with its confidence and its span in the input. */
export interface Found<T> {
  value: T;
  confidence: number;
  span: [start: number, end: number];
}

/** Picks the field value and its candidates; `key` says when two values are the same. */
export function choose<T>(readings: Found<T>[], key: (value: T) => string): { value?: Found<T>; candidates: Found<T>[] } {
  const best = new Map<string, Found<T>>();
  for (const r of readings) {
    const k = key(r.value);
    const seen = best.get(k);
    if (!seen || r.confidence > seen.confidence) best.set(k, r);
  }
  const ranked = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.span[0] - b.span[0]);
  const top = ranked[0];
  const runnerUp = ranked[1];
  let value: Found<T> | undefined;
  if (
    top &&
    top.confidence >= CONFIDENT &&
    !(runnerUp && runnerUp.confidence >= top.confidence - CONFLICT_MARGIN && runnerUp.confidence >= CONFIDENT)
  ) {
    value = top;
  }
  const candidates = ranked
    .filter((r) => r !== value && r.confidence >= MIN_CANDIDATE)
    .slice(0, MAX_CANDIDATES)
    .map((r) => ({ ...r, confidence: Math.min(r.confidence, CANDIDATE_CAP) }));
  return { value, candidates };
}

/** Clamps a score into 0..1 with two decimals, so tests and the UI see stable numbers. */
export function clamp(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
