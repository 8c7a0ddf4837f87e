/** Strings of the popup card's sparkline and forecast; the texts are in utils/locales (insight.*). */
import { messages, t, tn } from '../utils/i18n';

export const insightStrings = messages({
  sparklineLabel: (what: string) => t('insight.sparklineLabel', what),
  credit: 'insight.credit',
  creditAndData: 'insight.creditAndData',
  tooLittle: 'insight.tooLittle',
  steady: 'insight.steady',
  dataSteady: 'insight.dataSteady',
  pace: (perDay: string) => t('insight.pace', perDay),
  creditLasts: (n: number, pace: string, date: string) => tn('insight.creditLasts', n, pace, date),
  dataRunsOut: (pace: string, date: string) => t('insight.dataRunsOut', pace, date),
  beforeEnd: (n: number) => (n === 0 ? t('insight.endDay') : tn('insight.beforeEnd', n)),
  afterEnd: (n: number) => tn('insight.afterEnd', n),
  noEnd: 'insight.noEnd',
  history: 'insight.history',
  historyLabel: 'insight.historyLabel',
});
