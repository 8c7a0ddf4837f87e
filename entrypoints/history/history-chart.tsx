/**
 * The history page's chart: credit (left scale) and data left (right scale) as hand-drawn SVG
 * lines, top-ups as marked dots, with first/last dates and min/max values as labels.
 */
import type { Point } from '@/utils/core/readings';
import { type Box, linePath, valueRange, xOf, yOf } from '@/components/chart-geometry';

/** A top-up to mark: when, and its label (the amount). */
export interface TopUpMark {
  at: number;
  value: number;
  label: string;
}

export interface HistoryChartProps {
  credit: Point[];
  data: Point[];
  topUps: TopUpMark[];
  from: number;
  to: number;
  label: string;
  formatCredit: (n: number) => string;
  formatData: (n: number) => string;
  formatTime: (at: number) => string;
}

const BOX: Box = { width: 800, height: 240, pad: 16 };
const LEFT = 70;
const RIGHT = 70;

/** The chart, `[data-testid=history-chart]`; each top-up dot is `[data-testid=history-topup]`. */
export function HistoryChart(p: HistoryChartProps) {
  const plot: Box = { width: BOX.width - LEFT - RIGHT, height: BOX.height, pad: BOX.pad };
  const creditRange = valueRange(p.credit);
  const dataRange = valueRange(p.data);
  const credit = linePath(p.credit, p.from, p.to, plot, creditRange);
  const data = linePath(p.data, p.from, p.to, plot, dataRange);
  return (
    <svg class="history-chart" data-testid="history-chart" viewBox={`0 0 ${BOX.width} ${BOX.height + 20}`} role="img" aria-label={p.label}>
      <line class="grid" x1={LEFT} x2={BOX.width - RIGHT} y1={BOX.pad} y2={BOX.pad} />
      <line class="grid" x1={LEFT} x2={BOX.width - RIGHT} y1={BOX.height - (BOX.pad ?? 0)} y2={BOX.height - (BOX.pad ?? 0)} />
      {creditRange && p.credit.length > 0 && (
        <>
          <text class="axis" x={LEFT - 6} y={BOX.pad} text-anchor="end" dominant-baseline="middle">
            {p.formatCredit(creditRange.max)}
          </text>
          <text class="axis" x={LEFT - 6} y={BOX.height - (BOX.pad ?? 0)} text-anchor="end" dominant-baseline="middle">
            {p.formatCredit(creditRange.min)}
          </text>
        </>
      )}
      {dataRange && p.data.length > 0 && (
        <>
          <text class="axis" x={BOX.width - RIGHT + 6} y={BOX.pad} dominant-baseline="middle">
            {p.formatData(dataRange.max)}
          </text>
          <text class="axis" x={BOX.width - RIGHT + 6} y={BOX.height - (BOX.pad ?? 0)} dominant-baseline="middle">
            {p.formatData(dataRange.min)}
          </text>
        </>
      )}
      <text class="axis" x={LEFT} y={BOX.height + 14}>
        {p.formatTime(p.from)}
      </text>
      <text class="axis" x={BOX.width - RIGHT} y={BOX.height + 14} text-anchor="end">
        {p.formatTime(p.to)}
      </text>
      <g transform={`translate(${LEFT} 0)`}>
        {/* Dashed as well as coloured, like the sparkline, so the two lines differ without colour. */}
        {data && <path d={data} fill="none" stroke="var(--ok)" stroke-width="1.5" stroke-dasharray="6 3" data-series="data" />}
        {credit && <path d={credit} fill="none" stroke="var(--accent)" stroke-width="2" data-series="credit" />}
        {creditRange &&
          p.topUps
            .filter((t) => t.at >= p.from && t.at <= p.to)
            .map((t) => (
              <circle
                key={t.at}
                data-testid="history-topup"
                cx={xOf(t.at, p.from, p.to, plot)}
                cy={yOf(t.value, creditRange, plot)}
                r="5"
                fill="var(--warning)"
              >
                <title>{t.label}</title>
              </circle>
            ))}
      </g>
    </svg>
  );
}
