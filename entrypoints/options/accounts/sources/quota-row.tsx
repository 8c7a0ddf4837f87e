/** One quota row of the manual account form: label, kind, remaining, total and unit. */
import { DATA_UNITS, QUOTA_KINDS, type QuotaKind } from '@/utils/model';
import type { QuotaRowValues } from '@/entrypoints/options/accounts/account-form-state';
import type { FieldErrors } from '@/entrypoints/options/accounts/network-form-values';
import { changeQuotaKind } from '@/entrypoints/options/accounts/sources/quota-rows';
import { controlProps, Field } from '@/entrypoints/options/field';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.form;

type InputEvent = { currentTarget: HTMLInputElement | HTMLSelectElement };

/** Props of `QuotaRow`. */
export interface QuotaRowProps {
  row: QuotaRowValues;
  index: number;
  errors: FieldErrors;
  /** Applies `change` to the row; `field` names the edited cell. */
  onChange: (field: string, change: (row: QuotaRowValues) => QuotaRowValues) => void;
  onRemove: () => void;
}

/** One quota; errors carry `data-field="quotas.<i>.<name>"`. */
export function QuotaRow({ row, index, errors, onChange, onRemove }: QuotaRowProps) {
  const id = (name: string) => `q${row.key}-${name}`;
  const field = (name: string) => `quotas.${index}.${name}`;
  const attrs = (name: string) => controlProps(id(name), errors[field(name)]);
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
