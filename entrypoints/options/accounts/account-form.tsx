/** The add/edit account form: the fields every account has, then the chosen source kind's own (from `source-forms.ts`). */
import { useState } from 'preact/hooks';
import type { Account, SourceKind } from '@/utils/model';
import { accountUrl } from '@/utils/model/source-kinds';
import {
  type AccountFormValues,
  applySource,
  type FieldErrors,
  type FormResult,
  validateForm,
} from '@/entrypoints/options/accounts/account-form-values';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import { type NetworkFormValues, networkFormFromSource, originPattern } from '@/entrypoints/options/accounts/network-form-values';
import type { ClearedErrors, SourceFieldsProps } from '@/entrypoints/options/accounts/source-form';
import { SOURCE_FORMS, type SourceForms, sourceKinds } from '@/entrypoints/options/accounts/source-forms';
import { controlProps, Field } from '@/entrypoints/options/field';
import { focusFirstInvalid } from '@/entrypoints/options/focus';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.form;

/** Props of `AccountForm`. */
export interface AccountFormProps {
  /** The account being edited, or a fresh one with a new id. */
  base: Account;
  initial: AccountFormValues;
  isNew: boolean;
  /** Called with a valid form; resolves when saving is over. */
  onSubmit: (result: Extract<FormResult, { ok: true }>) => Promise<void>;
  /** Called when the form is refused, so the page can say nothing was saved. */
  onInvalid: () => void;
  onCancel: () => void;
  /** Pick the web page's values on the page at once, and save them once the user confirms there (the card's action). */
  pickNow?: boolean;
  /** The source kinds offered and how each draws and reads its fields. */
  forms?: SourceForms;
}

type TextKey = 'name' | 'interval' | 'lowCredit' | 'warnDays';

/** The `data-field` of each common value's inline error. */
const FIELD_NAMES: Record<TextKey | 'currency' | 'primary', string> = {
  name: 'name',
  currency: 'currency',
  interval: 'interval',
  lowCredit: 'low-credit',
  warnDays: 'warn-days',
  primary: 'primary',
};

/** The form, with the `field-*` hooks of `docs/test-hooks.md`. */
export function AccountForm({ base, initial, isNew, onSubmit, onInvalid, onCancel, pickNow, forms = SOURCE_FORMS }: AccountFormProps) {
  const [values, setValues] = useState(initial);
  const [network, setNetworkValues] = useState<NetworkFormValues>(() => networkFormFromSource(base.source));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  // An edited field loses its error at once; the rest stay until the next save.
  const clearErrors = (cleared: ClearedErrors) => {
    const drop = typeof cleared === 'function' ? cleared : (field: string) => cleared.includes(field);
    setErrors((old) => {
      if (!Object.keys(old).some(drop)) return old;
      return Object.fromEntries(Object.entries(old).filter(([key]) => !drop(key)));
    });
  };
  const update = (change: (old: AccountFormValues) => AccountFormValues, cleared: ClearedErrors = []) => {
    setValues(change);
    clearErrors(cleared);
  };
  const set = <K extends keyof typeof FIELD_NAMES>(key: K, value: AccountFormValues[K]) =>
    update((old) => ({ ...old, [key]: value }), [FIELD_NAMES[key]]);
  const text = (key: TextKey) => (e: { currentTarget: HTMLInputElement }) => set(key, e.currentTarget.value);

  const kind = forms[values.source];
  const refuse = (found: FieldErrors) => {
    setErrors(found);
    onInvalid();
    // Focus the first invalid control so keyboard and screen reader users land on the problem.
    focusFirstInvalid();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    // The button stays enabled (aria-disabled) while saving, so it keeps the keyboard focus; a second press waits.
    if (saving) return;
    const result = validateForm(values, base, kind.checkNetwork?.(network), forms);
    if (!result.ok) return refuse(result.errors);
    const url = accountUrl(result.account);
    // The first await of the click: the browser shows its prompt only while the click's activation lasts.
    if (url && !(await requestOrigin(url))) return refuse({ url: optionsStrings.network.permissionDenied(originPattern(url)) });
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(result);
    } finally {
      setSaving(false);
    }
  };

  const control = (id: string, field: string, hint?: unknown) => controlProps(id, errors[field], hint);
  const kindProps: SourceFieldsProps = {
    base,
    values,
    network,
    errors,
    update,
    setNetwork: (next, field) => {
      setNetworkValues(next);
      clearErrors([field]);
    },
    refuse,
    pickNow,
    // The card's path: the picks the user confirmed on the page are saved with the account as it is stored.
    // Its site is granted already (the picker ran there), so no prompt is needed, nor possible without a click.
    savePicked: async (next) => {
      setNetworkValues(next);
      const result = validateForm(values, base, kind.checkNetwork?.(next), forms);
      if (!result.ok) return refuse(result.errors);
      setSaving(true);
      try {
        await onSubmit(result);
      } finally {
        setSaving(false);
      }
    },
  };

  return (
    <form class="account-form" data-testid="account-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{isNew ? s.addHeading : s.editHeading(initial.name)}</h2>

      <div class="grid">
        <Field id="f-name" field="name" label={s.name} error={errors.name}>
          <input
            {...control('f-name', 'name')}
            type="text"
            data-testid="field-name"
            value={values.name}
            maxLength={60}
            placeholder={s.namePlaceholder}
            onInput={text('name')}
          />
        </Field>

        <Field id="f-source" field="source" label={s.source} error={errors.source}>
          <select
            {...control('f-source', 'source')}
            data-testid="field-source"
            value={values.source}
            onChange={(e) => {
              // Read now: the event's target is gone by the time a state updater runs.
              const source = e.currentTarget.value as SourceKind;
              update((old) => applySource(old, source, forms), ['name', 'currency']);
            }}
          >
            {sourceKinds(forms).map((id) => (
              <option key={id} value={id}>
                {forms[id].label()}
              </option>
            ))}
          </select>
        </Field>

        {kind.Head && <kind.Head {...kindProps} />}

        <Field id="f-currency" field="currency" label={s.currency} error={errors.currency} hint={s.currencyHint}>
          <input
            {...control('f-currency', 'currency', s.currencyHint)}
            type="text"
            data-testid="field-currency"
            value={values.currency}
            maxLength={3}
            autoComplete="off"
            spellcheck={false}
            class="short"
            onInput={(e) => set('currency', e.currentTarget.value.toUpperCase())}
          />
        </Field>

        <Field id="f-interval" field="interval" label={s.interval} error={errors.interval} hint={s.intervalHint}>
          <input
            {...control('f-interval', 'interval', s.intervalHint)}
            type="number"
            data-testid="field-interval"
            min={1}
            max={1440}
            step={1}
            class="short"
            value={values.interval}
            onInput={text('interval')}
          />
        </Field>

        <Field id="f-low-credit" field="low-credit" label={s.lowCredit} error={errors['low-credit']}>
          <input
            {...control('f-low-credit', 'low-credit')}
            type="text"
            inputMode="decimal"
            data-testid="field-low-credit"
            class="short"
            value={values.lowCredit}
            onInput={text('lowCredit')}
          />
        </Field>

        <Field id="f-warn-days" field="warn-days" label={s.warnDays} error={errors['warn-days']}>
          <input
            {...control('f-warn-days', 'warn-days')}
            type="number"
            data-testid="field-warn-days"
            min={0}
            max={365}
            step={1}
            class="short"
            value={values.warnDays}
            onInput={text('warnDays')}
          />
        </Field>
      </div>

      <Field id="f-primary" field="primary" label={s.primary} inline>
        <input
          id="f-primary"
          type="checkbox"
          data-testid="field-primary"
          checked={values.primary}
          onChange={(e) => set('primary', e.currentTarget.checked)}
        />
      </Field>

      {kind.Fields && <kind.Fields {...kindProps} />}

      <div class="form-actions">
        <button
          type="submit"
          class="button primary"
          data-testid="save-account"
          aria-disabled={saving ? 'true' : undefined}
          aria-busy={saving ? 'true' : undefined}
        >
          {s.save}
        </button>
        <button type="button" class="button" data-testid="cancel-account" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
