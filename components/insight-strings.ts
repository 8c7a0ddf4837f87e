/** Strings of the popup card's sparkline and forecast; the texts are in utils/i18n/locales (insight.*). */
import { messages, t, tn } from '@/utils/i18n';

export const insightStrings = messages('insight', {
  sparklineLabel: (what: string) => t('insight.sparklineLabel', what),
  credit: 0,
  creditAndData: 0,
  tooLittle: 0,
  steady: 0,
  dataSteady: 0,
  pace: (perDay: string) => t('insight.pace', perDay),
  creditLasts: (n: number, pace: string, date: string) => tn('insight.creditLasts', n, pace, date),
  dataRunsOut: (pace: string, date: string) => t('insight.dataRunsOut', pace, date),
  beforeEnd: (n: number) => (n === 0 ? t('insight.endDay') : tn('insight.beforeEnd', n)),
  afterEnd: (n: number) => tn('insight.afterEnd', n),
  noEnd: 0,
  history: 0,
  historyLabel: 0,
});
