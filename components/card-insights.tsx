/** The popup card's sparkline (credit and data over 30 days) and forecast, loaded after first paint. */
import type { Forecast, SeriesForecast } from '@/utils/core/forecast';
import { formatBytes, formatDate, formatMoney } from '@/utils/core/format';
import type { Point } from '@/utils/core/readings';
import { type Box, linePath } from '@/components/chart-geometry';
import { insightStrings as s } from '@/components/insight-strings';

/** What the card shows beyond the latest reading. */
export interface Insight {
  credit: Point[];
  data: Point[];
  from: number;
  to: number;
  currency?: string;
  forecast: Forecast;
}

const BOX: Box = { width: 120, height: 28, pad: 2 };

/** Two lines in one small SVG; each scaled to its own range, since credit and bytes share no unit. */
export function Sparkline({ insight }: { insight: Insight }) {
  const credit = linePath(insight.credit, insight.from, insight.to, BOX);
  const data = linePath(insight.data, insight.from, insight.to, BOX);
  if (!credit && !data) return null;
  return (
    <svg
      class="sparkline"
      data-testid="sparkline"
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={s.sparklineLabel(data ? s.creditAndData : s.credit)}
    >
      {credit && <path d={credit} class="spark-credit" data-series="credit" />}
      {data && <path d={data} class="spark-data" data-series="data" />}
    </svg>
  );
}

function margin(f: Extract<SeriesForecast, { kind: 'runs-out' }>): string {
  if (f.daysBeforeEnd === undefined) return s.noEnd;
  return f.daysBeforeEnd >= 0 ? s.beforeEnd(f.daysBeforeEnd) : s.afterEnd(-f.daysBeforeEnd);
}

/** The forecast in words; `data-runs-out` is the first date something runs out. */
export function ForecastLine({ insight, locale }: { insight: Insight; locale?: string }) {
  const { credit, data, runsOut } = insight.forecast;
  const lines: { key: string; text: string; runsOut?: string }[] = [];
  if (credit.kind === 'runs-out' && insight.currency) {
    const pace = s.pace(formatMoney(credit.pace, insight.currency, locale));
    lines.push({
      key: 'credit',
      text: s.creditLasts(credit.days, pace, formatDate(credit.runsOut, locale)) + margin(credit),
      runsOut: credit.runsOut,
    });
  } else if (credit.kind === 'steady') lines.push({ key: 'credit', text: s.steady });
  if (data?.kind === 'runs-out') {
    const pace = s.pace(formatBytes(data.pace, locale));
    lines.push({ key: 'data', text: s.dataRunsOut(pace, formatDate(data.runsOut, locale)) + margin(data), runsOut: data.runsOut });
  } else if (data?.kind === 'steady' && credit.kind !== 'steady') lines.push({ key: 'data', text: s.dataSteady });
  if (lines.length === 0) {
    return (
      <p class="forecast muted small" data-testid="forecast" data-state="too-little">
        {s.tooLittle}
      </p>
    );
  }
  return (
    <div class="forecast small" data-testid="forecast" data-state="ok" data-runs-out={runsOut}>
      {lines.map((l) => (
        <p key={l.key} data-testid={`forecast-${l.key}`} data-runs-out={l.runsOut}>
          {l.text}
        </p>
      ))}
    </div>
  );
}

/** Props of `CardInsights`. */
export interface CardInsightsProps {
  insight: Insight;
  onOpenHistory: () => void;
  locale?: string;
}

/** Sparkline, forecast and a link to the history page. */
export function CardInsights({ insight, onOpenHistory, locale }: CardInsightsProps) {
  return (
    <div class="insights">
      <div class="insights-row">
        <Sparkline insight={insight} />
        <button type="button" class="button small" data-testid="open-history" title={s.historyLabel} onClick={onOpenHistory}>
          {s.history}
        </button>
      </div>
      <ForecastLine insight={insight} locale={locale} />
    </div>
  );
}
