/** A "pick on the page" button with its hint and how the last pick went: the values' and the message item's. */
import type { PickStatus } from '@/entrypoints/options/accounts/pick-on-page';

export interface PickRowProps {
  /** The button's hook (its hint's id is `<testid>-hint`). */
  testid: string;
  /** The hook of the line that says how the last pick went (`data-reason`). */
  resultTestid: string;
  label: string;
  hint: string;
  status?: PickStatus;
  small?: boolean;
  onPick: () => void;
}

export function PickRow({ testid, resultTestid, label, hint, status, small, onPick }: PickRowProps) {
  const hintId = `${testid}-hint`;
  return (
    <div class="pick-row">
      <button
        type="button"
        class={small ? 'button small' : 'button'}
        data-testid={testid}
        aria-disabled={status?.busy ? 'true' : undefined}
        aria-busy={status?.busy ? 'true' : undefined}
        aria-describedby={hintId}
        onClick={onPick}
      >
        {label}
      </button>
      <p class="muted" id={hintId}>
        {hint}
      </p>
      <p class={status?.ok === false ? 'error' : 'muted'} aria-live="polite" data-testid={resultTestid} data-reason={status?.reason}>
        {status?.text}
      </p>
    </div>
  );
}
