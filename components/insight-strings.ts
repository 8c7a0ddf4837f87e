/** English strings of the popup card's sparkline and forecast, in one place for the coming i18n. */
const plural = (n: number, one: string, many: string) => (Math.abs(n) === 1 ? one : many);
const days = (n: number) => `${n} ${plural(n, 'day', 'days')}`;

export const insightStrings = {
  sparklineLabel: (what: string) => `${what} over the last 30 days`,
  credit: 'Credit',
  creditAndData: 'Credit (solid) and data left (dashed)',
  tooLittle: 'Too little history for a forecast yet.',
  steady: 'No credit spent lately.',
  dataSteady: 'No data used lately.',
  pace: (perDay: string) => `${perDay} a day`,
  creditLasts: (n: number, pace: string, date: string) => `At this pace (${pace}) the credit lasts about ${days(n)}, to ${date}`,
  dataRunsOut: (pace: string, date: string) => `At this pace (${pace}) the data runs out on ${date}`,
  beforeEnd: (n: number) => (n === 0 ? ', the day the plan ends.' : `, ${days(n)} before the plan ends.`),
  afterEnd: (n: number) => `, ${days(n)} after the plan ends.`,
  noEnd: '.',
  history: 'History',
  historyLabel: 'Open the history of this account',
} as const;
