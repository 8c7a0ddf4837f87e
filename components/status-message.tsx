/** The line under a card that is not `ok`: what is wrong or awaited, with one action to fix it. */
import type { CardAction, CardNotice } from './card-model';
import { failureText } from '../utils/i18n';
import { cardStrings as s } from './strings';

/** Props of `StatusMessage`. */
export interface StatusMessageProps {
  notice: CardNotice;
  /** Called with the notice's action when its button is pressed. */
  onAction?: (action: CardAction) => void;
  /** Disables the action while it runs. */
  busy?: boolean;
}

// Each notice has a symbol as well as a colour, so colour is never the only signal.
const SYMBOLS: Record<CardNotice['kind'], string> = {
  error: '✕',
  'login-required': '🔒',
  stale: '⏱',
  'stale-manual': '⏱',
  pending: '…',
  'pending-manual': '✎',
};

function text(notice: CardNotice): string {
  switch (notice.kind) {
    case 'error':
    case 'login-required':
      return notice.error ? failureText(notice.error) : s.notice[notice.kind];
    case 'stale-manual':
      return notice.checkCode ? s.notice['stale-manual-code'](notice.checkCode) : s.notice['stale-manual'];
    case 'pending-manual':
      return notice.checkCode ? s.notice['pending-manual-code'](notice.checkCode) : s.notice['pending-manual'];
    default:
      return s.notice[notice.kind];
  }
}

/** `✕ Network error · [Retry]`. */
export function StatusMessage({ notice, onAction, busy }: StatusMessageProps) {
  const title = notice.kind === 'error' || notice.kind === 'login-required' ? s.notice[notice.kind] : undefined;
  const action = notice.action;
  return (
    <div class={`status-message status-${notice.kind}`} data-testid="status-message" data-kind={notice.kind}>
      <span class="status-symbol" aria-hidden="true">
        {SYMBOLS[notice.kind]}
      </span>
      <p class="status-text">
        {title && <strong>{title}: </strong>}
        {text(notice)}
      </p>
      {action && onAction && (
        <button type="button" class="button small" data-testid={`action-${action}`} disabled={busy} onClick={() => onAction(action)}>
          {s.action[action]}
        </button>
      )}
    </div>
  );
}
