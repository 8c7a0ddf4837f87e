/**
 * The history page's chart: credit (left scale) and data left (right scale) as hand-drawn SVG
 * lines, top-ups as marked dots, with first/last dates and min/max values as labels. A series of one
 * reading is a dot labelled with its value: a line needs two, and a scale around one value says nothing.
 * Long ranges (1 year, all time) come as day summaries: a line through each day's last value over a
 * band from the day's low to its high.
 */
import type { DaySummary } from '@/utils/core/day-summary';
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
  /** For long ranges: the day summaries the points come from, drawn as a low–high band behind the line. */
  creditDays?: DaySummary[];
  dataDays?: DaySummary[];
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

/** One reading of a series, `[data-testid=history-point]`: a dot at its time with its value written beside it. */
function SinglePoint(p: { point: Point; series: 'credit' | 'data'; from: number; to: number; plot: Box; text: string }) {
  const width = p.plot.width;
  const x = Math.min(width, Math.max(0, xOf(p.point.at, p.from, p.to, p.plot)));
  const pad = p.plot.pad ?? 0;
  // Credit above the middle, data below it, so one reading of each never overlaps.
  const above = p.series === 'credit';
  const y = pad + (p.plot.height - 2 * pad) * (above ? 0.4 : 0.6);
  const anchor = x > width * 0.8 ? 'end' : x < width * 0.2 ? 'start' : 'middle';
  const color = above ? 'var(--accent)' : 'var(--ok)';
  return (
    <g data-testid="history-point" data-series={p.series} data-value={String(p.point.value)}>
      <circle cx={x} cy={y} r="5" fill={color} />
      <text class="point-label" x={x} y={above ? y - 12 : y + 20} text-anchor={anchor}>
        {p.text}
      </text>
    </g>
  );
}

/** The value range of a line and its band: the band's lows and highs reach beyond the days' last values. */
function rangeWithBand(points: readonly Point[], days: readonly DaySummary[] | undefined) {
  if (!days) return valueRange(points);
  return valueRange([
    ...points,
    ...days.flatMap((d) => [
      { at: d.at, value: d.low },
      { at: d.at, value: d.high },
    ]),
  ]);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A closed SVG path around the days' lows and highs: along the highs, back along the lows. */
function bandPath(days: readonly DaySummary[], from: number, to: number, plot: Box, range: { min: number; max: number }): string {
  if (days.length < 2) return '';
  const x = (d: DaySummary) => round(Math.min(plot.width, Math.max(0, xOf(d.at, from, to, plot))));
  const top = days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(d)} ${round(yOf(d.high, range, plot))}`);
  const bottom = [...days].reverse().map((d) => `L${x(d)} ${round(yOf(d.low, range, plot))}`);
  return `${top.join(' ')} ${bottom.join(' ')} Z`;
}

/** The chart, `[data-testid=history-chart]`; each top-up dot is `[data-testid=history-topup]`. */
export function HistoryChart(p: HistoryChartProps) {
  const plot: Box = { width: BOX.width - LEFT - RIGHT, height: BOX.height, pad: BOX.pad };
  const creditOne = p.credit.length === 1 ? p.credit[0] : undefined;
  const dataOne = p.data.length === 1 ? p.data[0] : undefined;
  // A scale is drawn only for a line: around a single value it would read "IDR 40,501 … IDR 40,499".
  const creditRange = creditOne ? undefined : rangeWithBand(p.credit, p.creditDays);
  const dataRange = dataOne ? undefined : rangeWithBand(p.data, p.dataDays);
  const creditBand = creditRange && p.creditDays ? bandPath(p.creditDays, p.from, p.to, plot, creditRange) : '';
  const dataBand = dataRange && p.dataDays ? bandPath(p.dataDays, p.from, p.to, plot, dataRange) : '';
  const credit = creditOne ? '' : linePath(p.credit, p.from, p.to, plot, creditRange);
  const data = dataOne ? '' : linePath(p.data, p.from, p.to, plot, dataRange);
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
        {/* Each day's low to high, behind its line (long ranges, drawn from day summaries). */}
        {dataBand && <path d={dataBand} fill="var(--ok)" fill-opacity="0.15" stroke="none" data-band="data" />}
        {creditBand && <path d={creditBand} fill="var(--accent)" fill-opacity="0.15" stroke="none" data-band="credit" />}
        {/* Dashed as well as coloured, like the sparkline, so the two lines differ without colour. */}
        {data && <path d={data} fill="none" stroke="var(--ok)" stroke-width="1.5" stroke-dasharray="6 3" data-series="data" />}
        {credit && <path d={credit} fill="none" stroke="var(--accent)" stroke-width="2" data-series="credit" />}
        {dataOne && <SinglePoint point={dataOne} series="data" from={p.from} to={p.to} plot={plot} text={p.formatData(dataOne.value)} />}
        {creditOne && (
          <SinglePoint point={creditOne} series="credit" from={p.from} to={p.to} plot={plot} text={p.formatCredit(creditOne.value)} />
        )}
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
