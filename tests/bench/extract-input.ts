/** Benchmark input: the corpus texts joined as one long page, cut to the wanted size, and its timing. */
import { extract } from '@/utils/extract';
import { CORPUS } from '../unit/extract/corpus';

/** About `bytes` characters of carrier text, with balances, dates, quotas and promotions mixed in. */
export function benchText(bytes: number): string {
  const page = CORPUS.map((c) => c.text).join('\n\n');
  let text = '';
  while (text.length < bytes) text += `${page}\n\n`;
  return text.slice(0, bytes);
}

export const BENCH_SIZES = [
  { name: '1 KB', bytes: 1_024 },
  { name: '100 KB', bytes: 100 * 1_024 },
  { name: '1 MB', bytes: 1_024 * 1_024 },
] as const;

/** Hints the benchmark uses: an Indonesian account, a fixed clock. */
export const BENCH_HINTS = { currency: 'IDR', locale: 'id-ID', timeZone: 'Asia/Jakarta', now: Date.UTC(2026, 7, 1, 3) };

// The engine reads at most MAX_EXTRACT_CHARS; the benchmark lifts the cap to time the engine itself on 1 MB.
const UNCAPPED = { maxChars: Number.POSITIVE_INFINITY };

/** Milliseconds of `runs` calls of `extract` on `text`, after one warm-up (regexes compiled, JIT settled). */
export function timeExtract(text: string, runs: number): number[] {
  extract(text, BENCH_HINTS, UNCAPPED);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extract(text, BENCH_HINTS, UNCAPPED);
    times.push(performance.now() - start);
  }
  return times;
}
