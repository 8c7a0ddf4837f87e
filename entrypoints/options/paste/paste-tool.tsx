/**
 * The "paste a message" tool (`options.html#/paste`): paste what `*888#` or an SMS said, see at once
 * what was found (highlighted in the text, each value editable), confirm, and it is stored as a
 * reading of a manual account like any other source's.
 */
import { useState } from 'preact/hooks';
import { uiLocale } from '@/utils/core/format';
import type { Account, ManualPreset } from '@/utils/model';
import { hasPasteValues } from '@/utils/core/paste';
import { presetInfo } from '@/utils/core/presets';
import { PastePreview } from '@/entrypoints/options/paste/paste-preview';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';
import { NEW_ACCOUNT, PasteTarget } from '@/entrypoints/options/paste/paste-target';
import { savePaste } from '@/entrypoints/options/paste/save-paste';
import { MAX_PASTE_CHARS, usePastePreview } from '@/entrypoints/options/paste/use-paste-preview';
import type { PageMessage } from '@/entrypoints/options/page-message';

/** Props of `PasteTool`. */
export interface PasteToolProps {
  accounts: readonly Account[];
  /** The account picked at first (`#/paste?account=<id>`), when it is a manual one. */
  initialAccountId?: string;
  /** Called after a successful save, with the account that got the reading. */
  onSaved?: (account: Account) => void;
}

/** Paste box, live preview with edits, and save. */
export function PasteTool({ accounts, initialAccountId, onSaved }: PasteToolProps) {
  const manual = accounts.filter((a) => a.source.kind === 'manual');
  const [accountId, setAccountId] = useState<string>(manual.find((a) => a.id === initialAccountId)?.id ?? manual[0]?.id ?? NEW_ACCOUNT);
  const [newName, setNewName] = useState('');
  const [newPreset, setNewPreset] = useState<ManualPreset>('axis');
  const [result, setResult] = useState<PageMessage>();
  const [busy, setBusy] = useState(false);

  const account = manual.find((a) => a.id === accountId);
  const preset = presetInfo(account?.source.kind === 'manual' ? account.source.preset : newPreset);
  const currency = account?.currency ?? preset.currency ?? 'IDR';
  const locale = uiLocale();
  const preview = usePastePreview(currency, locale);
  const { text, values, hasErrors } = preview;
  const canSave = hasPasteValues(values) && !hasErrors && (account !== undefined || newName.trim().length > 0) && !busy;

  const onText = (value: string) => {
    preview.onText(value);
    setResult(undefined);
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    if (!canSave) return;
    setBusy(true);
    setResult(undefined);
    try {
      const target = account ? { account } : { name: newName, preset: newPreset, currency, primary: accounts.every((a) => !a.enabled) };
      const saved = await savePaste(target, values, Date.now());
      setResult({ ok: saved.ok, text: saved.text });
      if (saved.ok) {
        setAccountId(saved.account.id);
        onSaved?.(saved.account);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="paste-tool" onSubmit={(e) => void onSave(e)} aria-labelledby="paste-heading">
      <h2 id="paste-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>

      <PasteTarget
        accounts={manual}
        accountId={accountId}
        newName={newName}
        newPreset={newPreset}
        onAccount={setAccountId}
        onNewName={setNewName}
        onNewPreset={setNewPreset}
      />
      {preset.checkCodes.length > 0 && <p class="muted">{strings.howToCheck(preset.checkCodes, preset.checkSms)}</p>}

      <div class="field">
        <label for="paste-input">{strings.input}</label>
        <textarea
          id="paste-input"
          data-testid="paste-input"
          rows={6}
          value={text}
          placeholder={strings.inputPlaceholder}
          maxLength={MAX_PASTE_CHARS}
          aria-describedby={text.length >= MAX_PASTE_CHARS ? 'paste-too-long' : undefined}
          onInput={(e) => onText(e.currentTarget.value)}
        />
        {text.length >= MAX_PASTE_CHARS && (
          <p id="paste-too-long" class="muted" data-testid="paste-too-long">
            {strings.tooLong(MAX_PASTE_CHARS)}
          </p>
        )}
      </div>

      {text.trim() && <PastePreview preview={preview} currency={currency} locale={locale} />}

      <div class="actions">
        {hasErrors && (
          <p class="field-error" role="alert">
            {strings.fixErrors}
          </p>
        )}
        <button type="submit" class="button primary" data-testid="paste-save" disabled={!canSave}>
          {busy ? strings.saving : strings.save}
        </button>
        <a href="#/" class="button">
          {strings.back}
        </a>
      </div>
      <div aria-live="polite">
        {result && (
          <p class={`banner ${result.ok ? 'banner-ok' : 'banner-error'}`} data-testid="paste-result" data-ok={String(result.ok)}>
            {result.ok ? '✓ ' : '✕ '}
            {result.text}
          </p>
        )}
      </div>
    </form>
  );
}
