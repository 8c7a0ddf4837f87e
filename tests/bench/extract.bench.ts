// vitest bench: `npx vitest bench --run tests/bench/extract.bench.ts` (not part of the test run).
import { bench, describe } from 'vitest';
import { extract } from '@/utils/extract';
import { BENCH_HINTS, BENCH_SIZES, benchText } from './extract-input';

describe('extract', () => {
  for (const { name, bytes } of BENCH_SIZES) {
    const text = benchText(bytes);
    bench(name, () => void extract(text, BENCH_HINTS), { iterations: 20, time: 0 });
  }
});
