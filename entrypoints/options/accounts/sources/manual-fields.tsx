/** A manual account's fields: the carrier preset beside the kind, and the balance the user typed. */
import { MANUAL_PRESETS, type ManualPreset } from '@/utils/model';
import { PRESETS, presetInfo } from '@/utils/core/presets';
import { DEFAULT_REMIND_DAYS } from '@/utils/core/status';
import type { AccountFormValues, QuotaRowValues } from '@/entrypoints/options/accounts/account-form-state';
import type { SourceFieldsProps } from '@/entrypoints/options/accounts/source-form';
import { applyPreset } from '@/entrypoints/options/accounts/sources/manual-values';
import { QuotaRow } from '@/entrypoints/options/accounts/sources/quota-row';
import { emptyQuotaRow } from '@/entrypoints/options/accounts/sources/quota-rows';
import { controlProps, Field } from '@/entrypoints/options/field';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.form;

type InputEvent = { currentTarget: HTMLInputElement };
type TextKey = 'credit' | 'validUntil' | 'graceDays' | 'remindDays' | 'dialCode';

/** The `data-field` of each typed value's inline error. */
const FIELD_NAMES: Record<TextKey, string> = {
  credit: 'credit',
  validUntil: 'valid-until',
  graceDays: 'grace-days',
  remindDays: 'remind-days',
  dialCode: 'dial-code',
};

/** The preset select (`field-preset`): picking one fills the carrier's currency and grace period. */
export function ManualPresetField({ values, errors, update }: SourceFieldsProps) {
  return (
    <Field id="f-preset" field="preset" label={s.preset} error={errors.preset}>
      <select
        {...controlProps('f-preset', errors.preset)}
        data-testid="field-preset"
        value={values.preset}
        onChange={(e) => {
          // Read now: the event's target is gone by the time a state updater runs.
          const preset = e.currentTarget.value as ManualPreset;
          update((old) => applyPreset(old, preset), ['currency', 'grace-days']);
        }}
      >
        {MANUAL_PRESETS.map((id) => (
          <option key={id} value={id}>
            {PRESETS[id].label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Credit, dates, reminder and quota rows, with the preset's check codes. */
export function ManualFields({ values, errors, update }: SourceFieldsProps) {
  const preset = presetInfo(values.preset);
  const control = (id: string, field: string, hint?: unknown) => controlProps(id, errors[field], hint);
  const text = (key: TextKey) => (e: InputEvent) => {
    const value = e.currentTarget.value;
    update((old): AccountFormValues => ({ ...old, [key]: value }), [FIELD_NAMES[key]]);
  };
  const setRow = (index: number, field: string, change: (row: QuotaRowValues) => QuotaRowValues) =>
    update((old) => ({ ...old, quotas: old.quotas.map((row, i) => (i === index ? change(row) : row)) }), [`quotas.${index}.${field}`]);
  const removeRow = (index: number) =>
    update(
      (old) => ({ ...old, quotas: old.quotas.filter((_, j) => j !== index) }),
      // Row errors are keyed by position, which just shifted.
      (key) => key.startsWith('quotas.'),
    );

  return (
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
        <Field id="f-dial-code" field="dial-code" label={s.dialCode} error={errors['dial-code']} hint={s.dialCodeHint}>
          <input
            {...control('f-dial-code', 'dial-code', true)}
            type="text"
            inputMode="tel"
            data-testid="field-dial-code"
            class="short"
            maxLength={20}
            placeholder={preset.checkCodes[0]}
            value={values.dialCode}
            onInput={text('dialCode')}
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
        onClick={() => update((old) => ({ ...old, quotas: [...old.quotas, emptyQuotaRow()] }))}
      >
        + {s.addQuota}
      </button>
    </fieldset>
  );
}
