/** The line under a card that is not `ok`: what is wrong or awaited, with one action to fix it. */
import type { CardAction, CardNotice } from '@/components/card-model';
import { NOTICE_SYMBOLS, noticeText, noticeTitle } from '@/components/card-text';
import { cardStrings as s } from '@/components/strings';

/** Props of `StatusMessage`. */
export interface StatusMessageProps {
  notice: CardNotice;
  /** Called with the notice's action when its button is pressed. */
  onAction?: (action: CardAction) => void;
  /** Disables the action while it runs. */
  busy?: boolean;
}

/** `✕ Network error · [Retry]`. */
export function StatusMessage({ notice, onAction, busy }: StatusMessageProps) {
  const title = noticeTitle(notice);
  const action = notice.action;
  return (
    <div class={`status-message status-${notice.kind}`} data-testid="status-message" data-kind={notice.kind}>
      <span class="status-symbol" aria-hidden="true">
        {NOTICE_SYMBOLS[notice.kind]}
      </span>
      <p class="status-text">
        {title && <strong>{title}: </strong>}
        {noticeText(notice)}
      </p>
      {action && onAction && (
        <button type="button" class="button small" data-testid={`action-${action}`} disabled={busy} onClick={() => onAction(action)}>
          {s.action[action]}
        </button>
      )}
    </div>
  );
}
