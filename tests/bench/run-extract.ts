/**
 * Prints median, min and max of `extract` over 1 KB, 100 KB and 1 MB of carrier text.
 * Run: `npm run bench:extract` (Node 20 cannot strip types itself).
 */
import { BENCH_SIZES, benchText, timeExtract } from './extract-input';
import { summarize } from './stats';

const RUNS = 21;

const rows: string[] = ['| input | runs | median ms | min ms | max ms | MB/s (median) |', '|---|---:|---:|---:|---:|---:|'];
for (const { name, bytes } of BENCH_SIZES) {
  const { median, min, max } = summarize(timeExtract(benchText(bytes), RUNS));
  const rate = bytes / 1_048_576 / (median / 1000);
  rows.push(`| ${name} | ${RUNS} | ${median.toFixed(2)} | ${min.toFixed(2)} | ${max.toFixed(2)} | ${rate.toFixed(1)} |`);
}
console.log(`extract() on ${process.version}, ${process.platform}/${process.arch}\n${rows.join('\n')}`);
