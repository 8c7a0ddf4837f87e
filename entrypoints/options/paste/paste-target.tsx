/** Where a pasted reading goes: one of the manual accounts, or a new one with its name and carrier preset. */
import { type Account, MANUAL_PRESETS, type ManualPreset } from '@/utils/model';
import { PRESETS } from '@/utils/core/presets';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';

/** The select's value for "a new account". */
export const NEW_ACCOUNT = '';

/** Props of `PasteTarget`. */
export interface PasteTargetProps {
  /** The manual accounts, which can take a pasted reading. */
  accounts: readonly Account[];
  accountId: string;
  newName: string;
  newPreset: ManualPreset;
  onAccount: (id: string) => void;
  onNewName: (name: string) => void;
  onNewPreset: (preset: ManualPreset) => void;
}

/** The `paste-account` select and, for a new account, `paste-name` and `paste-preset`. */
export function PasteTarget({ accounts, accountId, newName, newPreset, onAccount, onNewName, onNewPreset }: PasteTargetProps) {
  const isNew = !accounts.some((a) => a.id === accountId);
  return (
    <>
      <div class="field">
        <label for="paste-account">{strings.account}</label>
        <select id="paste-account" data-testid="paste-account" value={accountId} onChange={(e) => onAccount(e.currentTarget.value)}>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
          <option value={NEW_ACCOUNT}>{strings.newAccount}</option>
        </select>
      </div>
      {isNew && (
        <div class="paste-new">
          <div class="field">
            <label for="paste-name">{strings.name}</label>
            <input
              id="paste-name"
              data-testid="paste-name"
              value={newName}
              maxLength={60}
              placeholder={strings.namePlaceholder}
              onInput={(e) => onNewName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="paste-preset">{strings.preset}</label>
            <select
              id="paste-preset"
              data-testid="paste-preset"
              value={newPreset}
              onChange={(e) => onNewPreset(e.currentTarget.value as ManualPreset)}
            >
              {MANUAL_PRESETS.map((id) => (
                <option key={id} value={id}>
                  {PRESETS[id].label}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </>
  );
}
