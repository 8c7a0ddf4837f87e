/** What a card says beside its values, shared by the Preact card and the popup's first paint. */
import { failureText } from '@/utils/i18n';
import type { Quota, QuotaKind } from '@/utils/model';
import type { Level } from '@/utils/core/status';
import type { CardNotice } from '@/components/card-model';
import { cardStrings as s } from '@/components/strings';

/** The level is said in words with a symbol, never by colour alone. */
export const LEVEL_SYMBOLS: Readonly<Record<Level, string>> = { normal: '', warning: '⚠', critical: '‼' };

/** Each notice has a symbol as well as a colour, so colour is never the only signal. */
export const NOTICE_SYMBOLS: Readonly<Record<CardNotice['kind'], string>> = {
  error: '✕',
  'login-required': '🔒',
  stale: '⏱',
  'stale-manual': '⏱',
  pending: '…',
  'pending-manual': '✎',
  'page-changed': '⚑',
};

/** The bold title before a failure's words; undefined for notices that are not failures. */
export function noticeTitle(notice: CardNotice): string | undefined {
  if (notice.action === 'update-token') return s.notice['token-refused'];
  return notice.kind === 'error' || notice.kind === 'login-required' || notice.kind === 'page-changed' ? s.notice[notice.kind] : undefined;
}

/** The words of a status message: the recorded error, or what is awaited and how to check by hand. */
export function noticeText(notice: CardNotice): string {
  // The recorded error says "sign in there", which a JSON API's token cannot do.
  if (notice.action === 'update-token') return s.notice['token-refused-text'];
  switch (notice.kind) {
    case 'error':
    case 'login-required':
    case 'page-changed':
      return notice.error ? failureText(notice.error) : s.notice[notice.kind];
    case 'stale-manual':
      return notice.checkCode ? s.notice['stale-manual-code'](notice.checkCode) : s.notice['stale-manual'];
    case 'pending-manual':
      return notice.checkCode ? s.notice['pending-manual-code'](notice.checkCode) : s.notice['pending-manual'];
    default:
      return s.notice[notice.kind];
  }
}

// Labels stored readings may hold for a quota the text named none: words of the kind, not names.
const UNNAMED: Readonly<Record<string, QuotaKind>> = { Data: 'data', Voice: 'voice', SMS: 'sms' };

/** A quota's name as shown: its own label, or the kind's name in the UI language when it has none. */
export function quotaLabel(quota: Pick<Quota, 'label' | 'kind'>): string {
  const label = quota.label.trim();
  if (label && !Object.hasOwn(UNNAMED, label)) return quota.label;
  return s.quotaKind[UNNAMED[label] ?? quota.kind];
}
