/** Every string of the history page; the texts are in utils/locales (historyPage.*). */
import { messages, t, tn } from '../../utils/i18n';

export const strings = messages({
  title: 'historyPage.title',
  account: 'historyPage.account',
  noAccounts: 'historyPage.noAccounts',
  ranges: { '7d': 'historyPage.ranges.d7', '30d': 'historyPage.ranges.d30', '1y': 'historyPage.ranges.y1', all: 'historyPage.ranges.all' },
  rangeLabel: 'historyPage.rangeLabel',
  loading: 'historyPage.loading',
  loadFailed: 'historyPage.loadFailed',
  empty: 'historyPage.empty',
  chartLabel: (name: string, range: string) => t('historyPage.chartLabel', name, range),
  creditLegend: 'historyPage.creditLegend',
  dataLegend: 'historyPage.dataLegend',
  topUpLegend: 'historyPage.topUpLegend',
  columns: {
    time: 'historyPage.columns.time',
    credit: 'historyPage.columns.credit',
    change: 'historyPage.columns.change',
    validUntil: 'historyPage.columns.validUntil',
    data: 'historyPage.columns.data',
    note: 'historyPage.columns.note',
  },
  topUp: (amount: string) => t('historyPage.topUp', amount),
  daySummary: (count: number, min: string, max: string) => tn('historyPage.daySummary', count, min, max),
  seenUntil: (time: string) => t('historyPage.seenUntil', time),
  showMore: (n: number) => t('historyPage.showMore', n),
  shown: (shown: number, total: number) => t('historyPage.shown', shown, total),
  exportCsv: 'historyPage.exportCsv',
  pace: (p7: string | undefined, p30: string | undefined) =>
    t('historyPage.pace', p7 ?? t('historyPage.tooLittle'), p30 ?? t('historyPage.tooLittle')),
});
