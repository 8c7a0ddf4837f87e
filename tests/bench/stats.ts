/** Small statistics for the benchmarks: median, min and max of a series of timings. */

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
}

/** Median (the lower middle for an even count), min and max. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no values to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: sorted[Math.floor((sorted.length - 1) / 2)] as number,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

/** `12.3 (min 10.1, max 20.4)` in the given unit. */
export function describeSummary(s: Summary, unit = 'ms', digits = 1): string {
  return `${s.median.toFixed(digits)} ${unit} (min ${s.min.toFixed(digits)}, max ${s.max.toFixed(digits)}, n=${s.runs})`;
}
