/** Every English string of the history page, in one place for the coming i18n. */
export const strings = {
  title: 'History',
  account: 'Account',
  noAccounts: 'No accounts yet.',
  ranges: { '7d': '7 days', '30d': '30 days', '1y': '1 year', all: 'All' },
  rangeLabel: 'Range',
  loading: 'Loading…',
  loadFailed: 'Could not read the history.',
  empty: 'No readings in this range.',
  chartLabel: (name: string, range: string) => `Credit and data left of ${name} over ${range}; top-ups marked`,
  creditLegend: 'Credit',
  dataLegend: 'Data left',
  topUpLegend: 'Top-up',
  columns: { time: 'Time', credit: 'Credit', change: 'Change', validUntil: 'Active until', data: 'Data left', note: 'Note' },
  topUp: (amount: string) => `Top-up +${amount}`,
  daySummary: (count: number, min: string, max: string) => `${count} readings that day, ${min} – ${max}`,
  seenUntil: (time: string) => `unchanged until ${time}`,
  showMore: (n: number) => `Show ${n} more`,
  shown: (shown: number, total: number) => `${shown} of ${total} readings`,
  exportCsv: 'Export CSV',
  pace: (p7: string | undefined, p30: string | undefined) =>
    `Average daily spend (top-ups left out): ${p7 ?? 'too little history'} over 7 days, ${p30 ?? 'too little history'} over 30 days.`,
} as const;
