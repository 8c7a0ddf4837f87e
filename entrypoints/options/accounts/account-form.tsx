/** The add/edit account form: source, preset, thresholds and, for manual accounts, the typed balance. */
import { useState } from 'preact/hooks';
import { MANUAL_PRESETS, QUOTA_KINDS, DATA_UNITS, type Account, type QuotaKind } from '@/utils/model';
import { PRESETS, presetInfo } from '@/utils/core/presets';
import { DEFAULT_REMIND_DAYS } from '@/utils/core/status';
import {
  type AccountFormValues,
  applyPreset,
  applySource,
  changeQuotaKind,
  emptyQuotaRow,
  type FieldErrors,
  type FormResult,
  type QuotaRowValues,
  validateForm,
} from '@/entrypoints/options/accounts/account-form-values';
import { describedBy, Field } from '@/entrypoints/options/field';
import { focusFirstInvalid } from '@/entrypoints/options/focus';
import { accountUrl } from '@/utils/model/source-kinds';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import {
  type NetworkFormValues,
  networkFormFromSource,
  originPattern,
  validateNetwork,
} from '@/entrypoints/options/accounts/network-form-values';
import { NetworkSourceFields } from '@/entrypoints/options/accounts/network-source-fields';
import { optionsStrings } from '@/entrypoints/options/strings';
import { sendMessage } from '@/utils/background/messages';

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
}

type InputEvent = { currentTarget: HTMLInputElement | HTMLSelectElement };

/** The `data-field` of each form value's inline error. */
const FIELD_NAMES: Record<keyof AccountFormValues, string> = {
  name: 'name',
  source: 'source',
  preset: 'preset',
  currency: 'currency',
  interval: 'interval',
  lowCredit: 'low-credit',
  warnDays: 'warn-days',
  primary: 'primary',
  credit: 'credit',
  validUntil: 'valid-until',
  graceDays: 'grace-days',
  remindDays: 'remind-days',
  quotas: 'quotas',
};

/** The form, with the `field-*` hooks of `docs/test-hooks.md`. */
export function AccountForm({ base, initial, isNew, onSubmit, onInvalid, onCancel }: AccountFormProps) {
  const [values, setValues] = useState(initial);
  const [net, setNet] = useState<NetworkFormValues>(() => networkFormFromSource(base.source));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  // An edited field loses its error at once; the rest stay until the next save.
  const clearError = (field: string) =>
    setErrors((old) => {
      if (!(field in old)) return old;
      return Object.fromEntries(Object.entries(old).filter(([key]) => key !== field));
    });
  const set = <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
    clearError(FIELD_NAMES[key]);
  };
  const text =
    (key: 'name' | 'interval' | 'lowCredit' | 'warnDays' | 'credit' | 'validUntil' | 'graceDays' | 'remindDays') => (e: InputEvent) =>
      set(key, e.currentTarget.value);
  const setRow = (index: number, field: string, change: (row: QuotaRowValues) => QuotaRowValues) => {
    setValues((old) => ({ ...old, quotas: old.quotas.map((row, i) => (i === index ? change(row) : row)) }));
    clearError(`quotas.${index}.${field}`);
  };
  const removeRow = (index: number) => {
    setValues((old) => ({ ...old, quotas: old.quotas.filter((_, j) => j !== index) }));
    // Row errors are keyed by position, which just shifted.
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !key.startsWith('quotas.'))));
  };

  const networkKind = values.source === 'json-api' || values.source === 'web-page' ? values.source : undefined;
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
    const result = validateForm(values, base, networkKind && validateNetwork(networkKind, net));
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

  const testNetwork = async () => {
    if (!networkKind) return undefined;
    const network = validateNetwork(networkKind, net);
    if (!network.ok) {
      refuse(network.errors);
      return undefined;
    }
    // As on save: asking for the site comes before anything else the click does.
    if (!(await requestOrigin(network.source.url))) {
      refuse({ url: optionsStrings.network.permissionDenied(originPattern(network.source.url)) });
      return undefined;
    }
    const currency = /^[A-Z]{3}$/.test(values.currency.trim().toUpperCase()) ? values.currency.trim().toUpperCase() : base.currency;
    return sendMessage('testSource', { account: { ...base, name: values.name.trim() || 'Test', currency, source: network.source } });
  };

  const manual = values.source === 'manual';
  const preset = presetInfo(values.preset);
  const control = (id: string, field: string, hint?: unknown) => ({
    id,
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, errors[field], hint),
  });

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
              const source = e.currentTarget.value as AccountFormValues['source'];
              setValues((old) => applySource(old, source));
              clearError('name');
              clearError('currency');
            }}
          >
            <option value="manual">{s.sources.manual}</option>
            <option value="json-api">{s.sources['json-api']}</option>
            <option value="web-page">{s.sources['web-page']}</option>
            <option value="demo">{s.sources.demo}</option>
          </select>
        </Field>

        {manual && (
          <Field id="f-preset" field="preset" label={s.preset} error={errors.preset}>
            <select
              {...control('f-preset', 'preset')}
              data-testid="field-preset"
              value={values.preset}
              onChange={(e) => {
                const preset = e.currentTarget.value as AccountFormValues['preset'];
                setValues((old) => applyPreset(old, preset));
                clearError('currency');
                clearError('grace-days');
              }}
            >
              {MANUAL_PRESETS.map((id) => (
                <option key={id} value={id}>
                  {PRESETS[id].label}
                </option>
              ))}
            </select>
          </Field>
        )}

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

      {networkKind && (
        <NetworkSourceFields
          kind={networkKind}
          values={net}
          errors={errors}
          onChange={(next, field) => {
            setNet(next);
            clearError(field);
          }}
          onInterval={(minutes) => set('interval', String(minutes))}
          onTest={testNetwork}
        />
      )}

      {manual && (
        <fieldset class="manual">
          <legend>{s.manualHeading}</legend>
          <p class="muted">{s.manualIntro}</p>
          {preset.checkCodes.length > 0 && (
            <p class="check-codes" data-testid="check-codes">
              {s.checkCodes(preset.checkCodes.join(' / '))}
              {preset.checkSms && ` ${s.checkSms(preset.checkSms.text, preset.checkSms.to)}`}
            </p>
          )}
          <div class="grid">
            <Field id="f-credit" field="credit" label={`${s.credit} (${values.currency || '—'})`} error={errors.credit}>
              <input
                {...control('f-credit', 'credit')}
                type="text"
                inputMode="decimal"
                data-testid="field-credit"
                value={values.credit}
                onInput={text('credit')}
              />
            </Field>
            <Field id="f-valid-until" field="valid-until" label={s.validUntil} error={errors['valid-until']}>
              <input
                {...control('f-valid-until', 'valid-until')}
                type="date"
                data-testid="field-valid-until"
                value={values.validUntil}
                onInput={text('validUntil')}
                // Date pickers and scripts that set the value may fire only "change".
                onChange={text('validUntil')}
              />
            </Field>
            <Field id="f-grace-days" field="grace-days" label={s.graceDays} error={errors['grace-days']} hint={s.graceHint}>
              <input
                {...control('f-grace-days', 'grace-days', s.graceHint)}
                type="number"
                data-testid="field-grace-days"
                min={0}
                max={365}
                step={1}
                class="short"
                value={values.graceDays}
                onInput={text('graceDays')}
              />
            </Field>
            <Field
              id="f-remind-days"
              field="remind-days"
              label={s.remindDays}
              error={errors['remind-days']}
              hint={s.remindHint(DEFAULT_REMIND_DAYS)}
            >
              <input
                {...control('f-remind-days', 'remind-days', true)}
                type="number"
                data-testid="field-remind-days"
                min={1}
                max={365}
                step={1}
                class="short"
                placeholder={String(DEFAULT_REMIND_DAYS)}
                value={values.remindDays}
                onInput={text('remindDays')}
              />
            </Field>
          </div>

          <h3>{s.quotas}</h3>
          {values.quotas.map((row, i) => (
            <QuotaRow
              key={row.key}
              row={row}
              index={i}
              errors={errors}
              onChange={(field, change) => setRow(i, field, change)}
              onRemove={() => removeRow(i)}
            />
          ))}
          <button
            type="button"
            class="button small"
            data-testid="add-quota"
            onClick={() => setValues((old) => ({ ...old, quotas: [...old.quotas, emptyQuotaRow()] }))}
          >
            + {s.addQuota}
          </button>
        </fieldset>
      )}

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

interface QuotaRowProps {
  row: QuotaRowValues;
  index: number;
  errors: FieldErrors;
  /** Applies `change` to the row; `field` names the edited cell. */
  onChange: (field: string, change: (row: QuotaRowValues) => QuotaRowValues) => void;
  onRemove: () => void;
}

/** One quota: label, kind, remaining, total and unit; errors carry `data-field="quotas.<i>.<name>"`. */
function QuotaRow({ row, index, errors, onChange, onRemove }: QuotaRowProps) {
  const id = (name: string) => `q${row.key}-${name}`;
  const field = (name: string) => `quotas.${index}.${name}`;
  const attrs = (name: string) => ({
    id: id(name),
    'aria-invalid': errors[field(name)] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id(name), errors[field(name)]),
  });
  const textInput = (name: 'label' | 'remaining' | 'total' | 'unit') => (e: InputEvent) => {
    const value = e.currentTarget.value;
    onChange(name, (old) => ({ ...old, [name]: value }));
  };
  return (
    <div class="quota-row" data-testid="quota-row">
      <Field id={id('label')} field={field('label')} label={s.quotaLabel} error={errors[field('label')]}>
        <input {...attrs('label')} type="text" data-testid="quota-label" maxLength={80} value={row.label} onInput={textInput('label')} />
      </Field>
      <Field id={id('kind')} field={field('kind')} label={s.quotaKind}>
        <select
          {...attrs('kind')}
          data-testid="quota-kind"
          value={row.kind}
          onChange={(e) => {
            const kind = e.currentTarget.value as QuotaKind;
            onChange('unit', (old) => changeQuotaKind(old, kind));
          }}
        >
          {QUOTA_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {s.quotaKinds[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('remaining')} field={field('remaining')} label={s.quotaRemaining} error={errors[field('remaining')]}>
        <input
          {...attrs('remaining')}
          type="text"
          inputMode="decimal"
          data-testid="quota-remaining"
          class="short"
          value={row.remaining}
          onInput={textInput('remaining')}
        />
      </Field>
      <Field id={id('total')} field={field('total')} label={s.quotaTotal} error={errors[field('total')]}>
        <input
          {...attrs('total')}
          type="text"
          inputMode="decimal"
          data-testid="quota-total"
          class="short"
          value={row.total}
          onInput={textInput('total')}
        />
      </Field>
      <Field id={id('unit')} field={field('unit')} label={s.quotaUnit} error={errors[field('unit')]}>
        {row.kind === 'data' ? (
          <select {...attrs('unit')} data-testid="quota-unit" value={row.unit} onChange={textInput('unit')}>
            {DATA_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...attrs('unit')}
            type="text"
            data-testid="quota-unit"
            class="short"
            maxLength={16}
            value={row.unit}
            onInput={textInput('unit')}
          />
        )}
      </Field>
      <button
        type="button"
        class="button small danger remove-quota"
        data-testid="remove-quota"
        aria-label={s.removeQuota}
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
