// The engine's time grows linearly with its input, on inputs built to make it quadratic: timed at 10 KB,
// 100 KB and 1 MB (the size cap lifted), each step allowed FACTOR times the step before plus SLACK_MS.
// Linear is 10x a step, quadratic 100x; ratios and minimums, never a wall-clock limit alone, so a busy machine passes.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractHints } from '@/utils/extract';
import { ADVERSARIAL_TEXTS } from './inputs';

const HINTS: ExtractHints = { currency: 'IDR', locale: 'id-ID', timeZone: 'Asia/Jakarta', now: Date.UTC(2026, 7, 1, 3) };
const UNCAPPED = { maxChars: Number.POSITIVE_INFINITY };
const FACTOR = 30;
const SLACK_MS = 250;
const LARGE_TRIES = 3;

/** Milliseconds of the fastest of `runs` calls: the minimum is the run the machine disturbed least. */
function fastest(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extract(text, HINTS, UNCAPPED);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe.each(Object.entries(ADVERSARIAL_TEXTS))('extract on %s', (_name, make) => {
  it('takes time linear in the input, 10 KB → 100 KB → 1 MB', () => {
    fastest(make(1_000), 2); // warm-up: regexes compiled, JIT settled
    const small = fastest(make(10_000), 3);
    const medium = fastest(make(100_000), 2);
    expect(medium, `100 KB took ${medium.toFixed(0)} ms, 10 KB ${small.toFixed(0)} ms`).toBeLessThanOrEqual(FACTOR * small + SLACK_MS);

    // The bound is also the 1 MB run's deadline, so a super-linear path fails here instead of running for minutes.
    const bound = FACTOR * medium + SLACK_MS;
    const large = make(1_000_000);
    let took = Number.POSITIVE_INFINITY;
    for (let i = 0; i < LARGE_TRIES && took > bound; i++) {
      const start = performance.now();
      const result = extract(large, { ...HINTS, deadline: Date.now() + bound }, UNCAPPED);
      took = result.outOfTime ? Number.POSITIVE_INFINITY : performance.now() - start;
    }
    expect(took, `1 MB over ${bound.toFixed(0)} ms (100 KB took ${medium.toFixed(0)} ms)`).toBeLessThanOrEqual(bound);
  }, 240_000);
});
