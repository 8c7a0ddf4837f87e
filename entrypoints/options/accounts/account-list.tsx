/**
 * The options page's account list: each row says what the account is, how it is (status and last
 * reading), and holds every action on it: enable, reorder, badge, edit, remove, and (`rowActions`)
 * its history and alerts.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Account } from '@/utils/model';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.accounts;

/** What the user asked the list to do with an account. */
export type AccountListAction =
  | { kind: 'edit'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'move'; id: string; delta: -1 | 1 }
  | { kind: 'primary'; id: string }
  | { kind: 'enabled'; id: string; enabled: boolean };

/** Props of `AccountList`. */
export interface AccountListProps {
  accounts: readonly Account[];
  onAction: (action: AccountListAction) => void;
  onAdd: () => void;
  /** Adds the demo account; offered while the list is empty. */
  onTryDemo?: () => void;
  /** True while a change is being written, to avoid double clicks. */
  busy?: boolean;
  /** More ways to add a reading, shown beside `add-account`. */
  addActions?: ComponentChildren;
  /** The account's status and last reading, under its name. */
  status?: (account: Account) => ComponentChildren;
  /** More actions on the account, at the end of its row. */
  rowActions?: (account: Account) => ComponentChildren;
}

/** The list, with the `account-row` hooks of `docs/test-hooks.md`. */
export function AccountList({ accounts, onAction, onAdd, onTryDemo, busy, addActions, status, rowActions }: AccountListProps) {
  const [confirming, setConfirming] = useState<string>();
  return (
    <section class="panel" aria-labelledby="accounts-heading">
      <div class="panel-head">
        <h2 id="accounts-heading">{s.heading}</h2>
        {addActions}
        <button type="button" class="button primary" data-testid="add-account" onClick={onAdd}>
          + {s.add}
        </button>
      </div>
      {accounts.length === 0 && (
        <div class="list-empty">
          <p class="muted">{s.empty}</p>
          {onTryDemo && (
            <button type="button" class="button" data-testid="try-demo" disabled={busy} onClick={onTryDemo}>
              {s.tryDemo}
            </button>
          )}
        </div>
      )}
      <ol class="account-list">
        {accounts.map((account, i) => (
          <li
            key={account.id}
            class={`account-row${account.enabled ? '' : ' disabled'}`}
            data-testid="account-row"
            data-account-id={account.id}
          >
            <label class="toggle" title={s.enabled}>
              <input
                type="checkbox"
                data-testid="toggle-enabled"
                checked={account.enabled}
                disabled={busy}
                onChange={(e) => onAction({ kind: 'enabled', id: account.id, enabled: e.currentTarget.checked })}
              />
              <span class="visually-hidden">
                {s.enabled}: {account.name}
              </span>
            </label>
            <div class="account-info">
              <strong class="account-name">{account.name}</strong>
              <span class="account-meta muted">
                {s.kinds[account.source.kind]} · {account.currency}
                {!account.enabled && ` · ${s.disabledNote}`}
              </span>
              {account.enabled && status?.(account)}
            </div>
            <div class="account-tags">
              {account.source.kind === 'demo' && <span class="tag tag-demo">{s.demo}</span>}
              {account.primary && <span class="tag tag-primary">{s.primary}</span>}
            </div>
            {confirming === account.id ? (
              <div class="row-actions confirm" role="group" aria-label={s.confirmRemove(account.name)}>
                <span>{s.confirmRemove(account.name)}</span>
                <button
                  type="button"
                  class="button small danger"
                  data-testid="confirm-remove"
                  onClick={() => {
                    setConfirming(undefined);
                    onAction({ kind: 'remove', id: account.id });
                  }}
                >
                  {s.confirm}
                </button>
                <button type="button" class="button small" data-testid="cancel-remove" onClick={() => setConfirming(undefined)}>
                  {s.cancel}
                </button>
              </div>
            ) : (
              <div class="row-actions">
                <button
                  type="button"
                  class="button small icon"
                  data-testid="move-up"
                  aria-label={`${s.moveUp}: ${account.name}`}
                  title={s.moveUp}
                  disabled={busy || i === 0}
                  onClick={() => onAction({ kind: 'move', id: account.id, delta: -1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="button small icon"
                  data-testid="move-down"
                  aria-label={`${s.moveDown}: ${account.name}`}
                  title={s.moveDown}
                  disabled={busy || i === accounts.length - 1}
                  onClick={() => onAction({ kind: 'move', id: account.id, delta: 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="button small"
                  data-testid="make-primary"
                  disabled={busy || account.primary || !account.enabled}
                  onClick={() => onAction({ kind: 'primary', id: account.id })}
                >
                  {s.makePrimary}
                </button>
                <button
                  type="button"
                  class="button small"
                  data-testid="edit-account"
                  onClick={() => onAction({ kind: 'edit', id: account.id })}
                >
                  {s.edit}
                </button>
                <button
                  type="button"
                  class="button small danger"
                  data-testid="remove-account"
                  disabled={busy}
                  onClick={() => setConfirming(account.id)}
                >
                  {s.remove}
                </button>
              </div>
            )}
            {rowActions?.(account)}
          </li>
        ))}
      </ol>
    </section>
  );
}
