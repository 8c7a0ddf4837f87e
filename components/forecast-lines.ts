/** The forecast of a card's insight in words, one line per quantity: what the app and the first paint both show. */
import type { SeriesForecast } from '@/utils/core/forecast';
import { formatBytes, formatDate, formatMoney } from '@/utils/core/format';
import type { Insight } from '@/utils/core/insight';
import { insightStrings as s } from '@/components/insight-strings';

/** One line of the forecast; `runsOut` is its date (`data-runs-out`). */
export interface ForecastText {
  key: 'credit' | 'data';
  text: string;
  runsOut?: string;
}

function margin(f: Extract<SeriesForecast, { kind: 'runs-out' }>): string {
  if (f.daysBeforeEnd === undefined) return s.noEnd;
  return f.daysBeforeEnd >= 0 ? s.beforeEnd(f.daysBeforeEnd) : s.afterEnd(-f.daysBeforeEnd);
}

/** The forecast's lines; none when there is too little history to say. */
export function forecastLines(insight: Insight, locale?: string): ForecastText[] {
  const { credit, data } = insight.forecast;
  const lines: ForecastText[] = [];
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
  return lines;
}
