/** Every string the account card components show; the texts are in utils/locales (card.*). */
import { messages, t, tn } from '../utils/i18n';

export const cardStrings = messages({
  demo: 'card.demo',
  demoTitle: 'card.demoTitle',
  onBadge: 'card.onBadge',
  onBadgeTitle: 'card.onBadgeTitle',
  credit: 'card.credit',
  noCredit: 'card.noCredit',
  daysLeft: (days: number): string => {
    if (days > 1) return tn('card.daysLeft', days);
    if (days === 1) return t('card.endsTomorrow');
    if (days === 0) return t('card.endsToday');
    return tn('card.endedAgo', -days);
  },
  activeUntil: 'card.activeUntil',
  lastDay: 'card.lastDay',
  graceUntil: 'card.graceUntil',
  graceNow: (days: number) => (days === 0 ? t('card.graceLastDay') : tn('card.graceLeft', days)),
  graceOver: 'card.graceOver',
  quotaLeft: (remaining: string, total: string | undefined) => (total ? t('card.quotaLeftOf', remaining, total) : t('card.quotaLeft', remaining)),
  unlimited: 'card.unlimited',
  quotaUntil: 'card.quotaUntil',
  updated: (relative: string) => t('card.updated', relative),
  refreshing: 'card.refreshing',
  level: {
    blocked: 'card.level.blocked',
    grace: 'card.level.grace',
    ended: 'card.level.ended',
    'ends-today': 'card.level.endsToday',
    'ends-tomorrow': 'card.level.endsTomorrow',
    'ends-soon': 'card.level.endsSoon',
    'low-credit': 'card.level.lowCredit',
  },
  notice: {
    error: 'card.notice.error',
    'login-required': 'card.notice.loginRequired',
    stale: 'card.notice.stale',
    'stale-manual': 'card.notice.staleManual',
    'stale-manual-code': (code: string) => t('card.notice.staleManualCode', code),
    pending: 'card.notice.pending',
    'pending-manual': 'card.notice.pendingManual',
    'pending-manual-code': (code: string) => t('card.notice.pendingManualCode', code),
  },
  action: {
    retry: 'card.action.retry',
    update: 'card.action.update',
    'sign-in': 'card.action.signIn',
  },
});
