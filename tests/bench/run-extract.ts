/**
 * Prints median, min and max of `extract` over 1 KB, 100 KB and 1 MB of carrier text.
 * Run: `node_modules/.bin/vite-node tests/bench/run-extract.ts` (Node 20 cannot strip types itself).
 */
import { extract } from '../../utils/extract';
import { BENCH_HINTS, BENCH_SIZES, benchText } from './extract-input';

const RUNS = 21;

const rows: string[] = ['| input | runs | median ms | min ms | max ms | MB/s (median) |', '|---|---:|---:|---:|---:|---:|'];
for (const { name, bytes } of BENCH_SIZES) {
  const text = benchText(bytes);
  extract(text, BENCH_HINTS); // warm-up: compile regexes and let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    extract(text, BENCH_HINTS);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const rate = bytes / 1_048_576 / (median / 1000);
  rows.push(`| ${name} | ${RUNS} | ${median.toFixed(2)} | ${(times[0] as number).toFixed(2)} | ${(times[times.length - 1] as number).toFixed(2)} | ${rate.toFixed(1)} |`);
}
console.log(`extract() on ${process.version}, ${process.platform}/${process.arch}\n${rows.join('\n')}`);
