/** Every English string the account card components show, in one place for the coming i18n. */

const plural = (n: number, one: string, many: string) => (Math.abs(n) === 1 ? one : many);

export const cardStrings = {
  demo: 'Demo',
  demoTitle: 'Simulated line, not a real account',
  onBadge: 'On badge',
  onBadgeTitle: 'This account is shown on the toolbar badge',
  credit: 'Credit',
  noCredit: 'Credit unknown',
  daysLeft: (days: number): string => {
    if (days > 1) return `${days} days left`;
    if (days === 1) return 'Ends tomorrow';
    if (days === 0) return 'Ends today';
    return `Ended ${-days} ${plural(days, 'day', 'days')} ago`;
  },
  activeUntil: 'Active until',
  lastDay: 'Last day',
  graceUntil: 'Grace period until',
  graceNow: (days: number) =>
    days === 0
      ? 'Last day to top up and keep your number.'
      : `${days} ${plural(days, 'day', 'days')} left to top up and keep your number.`,
  graceOver: 'The grace period is over; the number may be blocked.',
  quotaLeft: (remaining: string, total: string | undefined) => (total ? `${remaining} left of ${total}` : `${remaining} left`),
  unlimited: 'Unlimited',
  quotaUntil: 'until',
  updated: (relative: string) => `Updated ${relative}`,
  refreshing: 'Refreshing…',
  level: {
    blocked: 'Grace period over',
    grace: 'In grace period',
    ended: 'Expired',
    'ends-today': 'Ends today',
    'ends-tomorrow': 'Ends tomorrow',
    'ends-soon': 'Ends soon',
    'low-credit': 'Low credit',
  },
  notice: {
    error: 'Refresh failed',
    'login-required': 'Sign-in needed',
    stale: 'This information is out of date.',
    'stale-manual': 'Time to check your balance again.',
    'stale-manual-code': (code: string) => `Check again: dial ${code}`,
    pending: 'Waiting for the first refresh…',
    'pending-manual': 'No balance entered yet.',
    'pending-manual-code': (code: string) => `Dial ${code}, then enter what it says.`,
  },
  action: {
    retry: 'Retry',
    update: 'Update',
    'sign-in': 'Sign in',
  },
} as const;
