/**
 * The "paste a message" tool (`options.html#/paste`): paste what `*888#` or an SMS said, see at once
 * what was found (highlighted in the text, each value editable), confirm, and it is stored as a
 * reading of a manual account like any other source's.
 */
import { useMemo, useState } from 'preact/hooks';
import { extract } from '@/utils/extract';
import { formatDate, formatMoney, plainDecimal, uiLocale } from '@/utils/core/format';
import { sendMessage } from '@/utils/background/messages';
import { type Account, MANUAL_PRESETS, type ManualPreset, type Money, type Quota } from '@/utils/model';
import { hasPasteValues, highlightSegments, type PasteEdits, pastedReading, pasteValues } from '@/utils/core/paste';
import { PRESETS, presetInfo } from '@/utils/core/presets';
import { getSettings, newAccount, upsertAccount } from '@/utils/stores/settings';
import { describedBy } from '@/entrypoints/options/field';
import { optionsStrings } from '@/entrypoints/options/strings';
import {
  type CreditDraft,
  creditDraft,
  type DraftErrors,
  type QuotaDraft,
  quotaDraft,
  readCredit,
  readQuota,
} from '@/entrypoints/options/paste/paste-drafts';
import { PasteQuotaRow } from '@/entrypoints/options/paste/paste-quota-row';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';

const NEW_ACCOUNT = '';

/** Props of `PasteTool`. */
export interface PasteToolProps {
  accounts: readonly Account[];
  /** Called after a successful save, with the account that got the reading. */
  onSaved?: (account: Account) => void;
}

interface Result {
  ok: boolean;
  text: string;
}

function typedAccounts(accounts: readonly Account[]): Account[] {
  return accounts.filter((a) => a.source.kind === 'manual');
}

/** Paste box, live preview with edits, and save. */
export function PasteTool({ accounts, onSaved }: PasteToolProps) {
  const manual = typedAccounts(accounts);
  const [accountId, setAccountId] = useState<string>(manual[0]?.id ?? NEW_ACCOUNT);
  const [newName, setNewName] = useState('');
  const [newPreset, setNewPreset] = useState<ManualPreset>('axis');
  const [text, setText] = useState('');
  // Pinned when the text changes, so the preview does not drift while the user edits its values.
  const [now, setNow] = useState(() => Date.now());
  const [edits, setEdits] = useState<PasteEdits>({});
  // What the user is typing; it reaches `edits` only when it reads without an error.
  const [creditText, setCreditText] = useState<CreditDraft>();
  const [quotaTexts, setQuotaTexts] = useState<Readonly<Record<number, QuotaDraft>>>({});
  const [result, setResult] = useState<Result>();
  const [busy, setBusy] = useState(false);

  const account = manual.find((a) => a.id === accountId);
  const preset = presetInfo(account?.source.kind === 'manual' ? account.source.preset : newPreset);
  const currency = account?.currency ?? preset.currency ?? 'IDR';
  const locale = uiLocale();
  const extraction = useMemo(
    () => extract(text, { currency, locale, now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [text, currency, locale, now],
  );
  const values = pasteValues(extraction, edits);
  const segments = highlightSegments(text, extraction, edits);
  const removed = new Set(edits.removedQuotas ?? []);
  const creditRead = creditText && readCredit(creditText);
  const creditErrors: DraftErrors = creditRead && !creditRead.ok ? creditRead.errors : {};
  const quotaErrors = new Map<number, DraftErrors>();
  for (const [key, draft] of Object.entries(quotaTexts)) {
    const i = Number(key);
    const found = extraction.quotas[i];
    const read = found && !removed.has(i) ? readQuota(draft, found.value) : undefined;
    if (read && !read.ok) quotaErrors.set(i, read.errors);
  }
  const hasErrors = Object.keys(creditErrors).length > 0 || quotaErrors.size > 0;
  const canSave = hasPasteValues(values) && !hasErrors && (account !== undefined || newName.trim().length > 0) && !busy;

  const onText = (value: string) => {
    setText(value);
    setNow(Date.now());
    setEdits({});
    setCreditText(undefined);
    setQuotaTexts({});
    setResult(undefined);
  };
  const edit = (change: PasteEdits) => setEdits((e) => ({ ...e, ...change }));
  const onCreditText = (draft: CreditDraft) => {
    setCreditText(draft);
    const read = readCredit(draft);
    if (read.ok) edit({ credit: read.value });
  };
  const onCredit = (credit: Money) => {
    setCreditText(undefined);
    edit({ credit });
  };
  const onQuotaText = (i: number, found: Quota, draft: QuotaDraft) => {
    setQuotaTexts((d) => ({ ...d, [i]: draft }));
    const read = readQuota(draft, found);
    if (read.ok) setEdits((e) => ({ ...e, quotas: { ...e.quotas, [i]: read.value } }));
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    if (!canSave) return;
    setBusy(true);
    setResult(undefined);
    try {
      let target = account;
      if (!target) {
        const settings = await getSettings();
        target = newAccount(
          settings,
          { kind: 'manual', preset: newPreset, ...(preset.graceDays === undefined ? {} : { graceDays: preset.graceDays }) },
          // A new account counts in the currency of the credit it starts with.
          { name: newName.trim(), currency: values.credit?.currency ?? currency, primary: accounts.every((a) => !a.enabled) },
        );
        await upsertAccount(target);
      }
      const graceDays = target.source.kind === 'manual' ? (target.source.graceDays ?? preset.graceDays) : undefined;
      const answer = await sendMessage('recordReading', { reading: pastedReading(target.id, Date.now(), values, graceDays) });
      if (!answer.ok) {
        setResult({ ok: false, text: strings.saveFailed(answer.message) });
        return;
      }
      setResult({ ok: true, text: strings.saved(target.name) });
      setAccountId(target.id);
      onSaved?.(target);
    } catch (error) {
      setResult({ ok: false, text: strings.saveFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="paste-tool" onSubmit={(e) => void onSave(e)} aria-labelledby="paste-heading">
      <h2 id="paste-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>

      <div class="field">
        <label for="paste-account">{strings.account}</label>
        <select id="paste-account" data-testid="paste-account" value={accountId} onChange={(e) => setAccountId(e.currentTarget.value)}>
          {manual.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
          <option value={NEW_ACCOUNT}>{strings.newAccount}</option>
        </select>
      </div>
      {!account && (
        <div class="paste-new">
          <div class="field">
            <label for="paste-name">{strings.name}</label>
            <input
              id="paste-name"
              data-testid="paste-name"
              value={newName}
              maxLength={60}
              placeholder={strings.namePlaceholder}
              onInput={(e) => setNewName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="paste-preset">{strings.preset}</label>
            <select
              id="paste-preset"
              data-testid="paste-preset"
              value={newPreset}
              onChange={(e) => setNewPreset(e.currentTarget.value as ManualPreset)}
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
      {preset.checkCodes.length > 0 && <p class="muted">{strings.howToCheck(preset.checkCodes, preset.checkSms)}</p>}

      <div class="field">
        <label for="paste-input">{strings.input}</label>
        <textarea
          id="paste-input"
          data-testid="paste-input"
          rows={6}
          value={text}
          placeholder={strings.inputPlaceholder}
          onInput={(e) => onText(e.currentTarget.value)}
        />
      </div>

      {text.trim() && (
        <section class="paste-preview" aria-live="polite" aria-labelledby="paste-preview-heading">
          <h3 id="paste-preview-heading">{strings.found}</h3>
          <p class="paste-highlight" data-testid="paste-highlight">
            {segments.map((s, i) =>
              s.field ? (
                <mark key={i} class={`mark-${s.field}`} title={strings.fieldNames[s.field]}>
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </p>
          <dl class="paste-values">
            <CreditRow
              credit={values.credit}
              draft={creditText ?? creditDraft(values.credit, currency)}
              errors={creditErrors}
              candidates={edits.credit === undefined ? extraction.candidates.credit.map((c) => c.value) : []}
              locale={locale}
              onDraft={onCreditText}
              onPick={onCredit}
            />
            <DateRow
              field="valid-until"
              label={strings.fieldNames.validUntil}
              value={values.validUntil}
              candidates={edits.validUntil === undefined ? extraction.candidates.validUntil.map((c) => c.value) : []}
              locale={locale}
              onChange={(validUntil) => edit({ validUntil })}
            />
            <DateRow
              field="grace-until"
              label={strings.fieldNames.graceUntil}
              value={values.graceUntil}
              candidates={edits.graceUntil === undefined ? extraction.candidates.graceUntil.map((c) => c.value) : []}
              locale={locale}
              onChange={(graceUntil) => edit({ graceUntil })}
            />
          </dl>
          {extraction.quotas.length > 0 && (
            <ul class="paste-quotas">
              {extraction.quotas.map((found, i) => {
                if (removed.has(i)) return null;
                const quota = edits.quotas?.[i] ?? found.value;
                return (
                  <PasteQuotaRow
                    key={i}
                    index={i}
                    quota={quota}
                    draft={quotaTexts[i] ?? quotaDraft(quota)}
                    errors={quotaErrors.get(i) ?? {}}
                    locale={locale}
                    onDraft={(draft) => onQuotaText(i, found.value, draft)}
                    onRemove={() => edit({ removedQuotas: [...(edits.removedQuotas ?? []), i] })}
                  />
                );
              })}
            </ul>
          )}
          {!hasPasteValues(values) && <p data-testid="paste-nothing">{strings.nothing}</p>}
        </section>
      )}

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

interface CreditRowProps {
  credit: Money | undefined;
  draft: CreditDraft;
  errors: DraftErrors;
  candidates: Money[];
  locale: string;
  onDraft: (draft: CreditDraft) => void;
  onPick: (credit: Money) => void;
}

/** The credit found, amount and currency editable; unsure amounts are offered as choices. */
function CreditRow({ credit, draft, errors, candidates, locale, onDraft, onPick }: CreditRowProps) {
  return (
    <>
      <dt>
        <label for="paste-credit">{strings.fieldNames.credit}</label>
      </dt>
      <dd>
        {credit && (
          <output data-testid="preview-credit" data-amount={plainDecimal(credit.amount)} data-currency={credit.currency}>
            {formatMoney(credit.amount, credit.currency, locale)}
          </output>
        )}{' '}
        <input
          id="paste-credit"
          data-testid="edit-credit"
          inputMode="decimal"
          class="short"
          value={draft.amount}
          placeholder={credit ? '' : strings.notFound}
          aria-invalid={errors.amount ? 'true' : undefined}
          aria-describedby={describedBy('paste-credit', errors.amount)}
          onInput={(e) => onDraft({ ...draft, amount: e.currentTarget.value })}
        />{' '}
        <input
          id="paste-currency"
          data-testid="edit-currency"
          class="currency"
          maxLength={3}
          autoCapitalize="characters"
          spellcheck={false}
          value={draft.currency}
          aria-label={optionsStrings.form.currency}
          title={optionsStrings.form.currencyHint}
          aria-invalid={errors.currency ? 'true' : undefined}
          aria-describedby={describedBy('paste-currency', errors.currency)}
          onInput={(e) => onDraft({ ...draft, currency: e.currentTarget.value.toUpperCase() })}
        />
        {!credit && candidates.length > 0 && (
          <span class="candidates">
            {strings.maybe}{' '}
            {candidates.map((c, i) => (
              <button key={i} type="button" class="button small" data-testid="credit-candidate" onClick={() => onPick(c)}>
                {formatMoney(c.amount, c.currency, locale)}
              </button>
            ))}
          </span>
        )}
        {errors.amount && <DraftError id="paste-credit" field="credit" message={errors.amount} />}
        {errors.currency && <DraftError id="paste-currency" field="currency" message={errors.currency} />}
      </dd>
    </>
  );
}

/** An inline error under a preview value, as the account form shows them. */
function DraftError({ id, field, message }: { id: string; field: string; message: string }) {
  return (
    <p class="field-error" id={`${id}-error`} data-testid="field-error" data-field={field}>
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  );
}

interface DateRowProps {
  field: 'valid-until' | 'grace-until';
  label: string;
  value: string | undefined;
  candidates: string[];
  locale: string;
  onChange: (value: string | null) => void;
}

/** A date found, editable; unsure dates are offered as choices. */
function DateRow({ field, label, value, candidates, locale, onChange }: DateRowProps) {
  const id = `paste-${field}`;
  return (
    <>
      <dt>
        <label for={id}>{label}</label>
      </dt>
      <dd>
        {value && (
          <time data-testid={`preview-${field}`} dateTime={value}>
            {formatDate(value, locale)}
          </time>
        )}{' '}
        <input
          id={id}
          data-testid={`edit-${field}`}
          type="date"
          value={value ?? ''}
          onChange={(e) => onChange(e.currentTarget.value || null)}
        />
        {!value && candidates.length > 0 && (
          <span class="candidates">
            {strings.maybe}{' '}
            {candidates.map((c) => (
              <button key={c} type="button" class="button small" data-testid={`${field}-candidate`} onClick={() => onChange(c)}>
                {formatDate(c, locale)}
              </button>
            ))}
          </span>
        )}
      </dd>
    </>
  );
}
