/**
 * The popup card's sparkline (credit and data over 30 days) and forecast; the first paint draws the same
 * markup from the snapshot (`entrypoints/popup/first-paint.ts`).
 */
import type { Insight } from '@/utils/core/insight';
import { linePath, SPARK_BOX } from '@/components/chart-geometry';
import { forecastLines } from '@/components/forecast-lines';
import { insightStrings as s } from '@/components/insight-strings';

export type { Insight };

/** Two lines in one small SVG; each scaled to its own range, since credit and bytes share no unit. */
export function Sparkline({ insight }: { insight: Insight }) {
  const credit = linePath(insight.credit, insight.from, insight.to, SPARK_BOX);
  const data = linePath(insight.data, insight.from, insight.to, SPARK_BOX);
  if (!credit && !data) return null;
  return (
    <svg
      class="sparkline"
      data-testid="sparkline"
      viewBox={`0 0 ${SPARK_BOX.width} ${SPARK_BOX.height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={s.sparklineLabel(data ? s.creditAndData : s.credit)}
    >
      {credit && <path d={credit} class="spark-credit" data-series="credit" />}
      {data && <path d={data} class="spark-data" data-series="data" />}
    </svg>
  );
}

/** The forecast in words; `data-runs-out` is the first date something runs out. */
export function ForecastLine({ insight, locale }: { insight: Insight; locale?: string }) {
  const lines = forecastLines(insight, locale);
  const { runsOut } = insight.forecast;
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
