/** Every string the account card components show; the texts are in utils/i18n/locales (card.*). */
import { messages, t, tn } from '@/utils/i18n';

export const cardStrings = messages('card', {
  demo: 0,
  demoTitle: 0,
  onBadge: 0,
  onBadgeTitle: 0,
  credit: 0,
  noCredit: 0,
  daysLeft: (days: number): string => {
    if (days > 1) return tn('card.daysLeft', days);
    if (days === 1) return t('card.endsTomorrow');
    if (days === 0) return t('card.endsToday');
    return tn('card.endedAgo', -days);
  },
  activeUntil: 0,
  lastDay: 0,
  graceUntil: 0,
  graceNow: (days: number) => (days === 0 ? t('card.graceLastDay') : tn('card.graceLeft', days)),
  graceOver: 0,
  quotaLeft: (remaining: string, total: string | undefined) =>
    total ? t('card.quotaLeftOf', remaining, total) : t('card.quotaLeft', remaining),
  unlimited: 0,
  quotaUntil: 0,
  quotaKind: { data: 0, voice: 0, sms: 0, other: 0 },
  updated: (relative: string) => t('card.updated', relative),
  refreshing: 0,
  level: {
    blocked: 0,
    grace: 0,
    ended: 0,
    'ends-today': 0,
    'ends-tomorrow': 0,
    'ends-soon': 0,
    'low-credit': 0,
  },
  notice: {
    error: 0,
    'login-required': 0,
    stale: 0,
    'stale-manual': 0,
    'stale-manual-code': (code: string) => t('card.notice.staleManualCode', code),
    pending: 0,
    'pending-manual': 0,
    'pending-manual-code': (code: string) => t('card.notice.pendingManualCode', code),
    'token-refused': 0,
    'token-refused-text': 0,
    'page-changed': 0,
  },
  action: {
    retry: 0,
    update: 0,
    'sign-in': 0,
    'update-token': 0,
    pick: 0,
  },
});
