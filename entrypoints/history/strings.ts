/** Every string of the history page; the texts are in utils/i18n/locales (historyPage.*). */
import { messages, t, tn } from '@/utils/i18n';

export const strings = messages('historyPage', {
  title: 0,
  account: 0,
  noAccounts: 0,
  ranges: { '7d': 'historyPage.ranges.d7', '30d': 'historyPage.ranges.d30', '1y': 'historyPage.ranges.y1', all: 0 },
  rangeLabel: 0,
  loading: 0,
  loadFailed: 0,
  empty: 0,
  chartLabel: (name: string, range: string) => t('historyPage.chartLabel', name, range),
  creditLegend: 0,
  dataLegend: 0,
  topUpLegend: 0,
  columns: {
    time: 0,
    credit: 0,
    change: 0,
    validUntil: 0,
    data: 0,
    note: 0,
  },
  topUp: (amount: string) => t('historyPage.topUp', amount),
  daySummary: (count: number, min: string, max: string) => tn('historyPage.daySummary', count, min, max),
  seenUntil: (time: string) => t('historyPage.seenUntil', time),
  showMore: (n: number) => t('historyPage.showMore', n),
  shown: (shown: number, total: number) => t('historyPage.shown', shown, total),
  exportCsv: 0,
  pace: (p7: string | undefined, p30: string | undefined) =>
    t('historyPage.pace', p7 ?? t('historyPage.tooLittle'), p30 ?? t('historyPage.tooLittle')),
});
