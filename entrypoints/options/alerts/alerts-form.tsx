/** The per-account alerts form (`options.html#/alerts/<id>`): a switch and a threshold per alert. */
import { useState } from 'preact/hooks';
import type { Account } from '@/utils/model';
import { type AlertsErrors, type AlertsFormValues, alertsToForm, validateAlerts } from '@/entrypoints/options/alerts/alerts-form-values';
import { describedBy, Field } from '@/entrypoints/options/field';
import { focusFirstInvalid } from '@/entrypoints/options/focus';
import { alertsStrings } from '@/entrypoints/options/alerts/alerts-strings';

const s = alertsStrings.form;

export interface AlertsFormProps {
  account: Account;
  onSave: (account: Account) => Promise<void>;
  onInvalid: () => void;
  onCancel: () => void;
}

type Flag = 'lowCredit' | 'ending' | 'ended' | 'dataLow' | 'failing' | 'topUp';
type Text = Exclude<keyof AlertsFormValues, Flag>;

/** One alert: its switch, and its threshold when it has one. */
interface Row {
  flag: Flag;
  label: string;
  text?: Text;
  field?: string;
  hint?: string;
}

const ROWS: Row[] = [
  { flag: 'lowCredit', label: s.lowCredit, text: 'lowCreditBelow', field: 'low-credit-below', hint: s.lowCreditHint },
  { flag: 'ending', label: s.ending, text: 'endingDays', field: 'ending-days', hint: s.endingHint },
  { flag: 'ended', label: s.ended },
  { flag: 'dataLow', label: s.dataLow, text: 'dataBelowPercent', field: 'data-percent' },
  { flag: 'failing', label: s.failing, text: 'failingHours', field: 'failing-hours' },
  { flag: 'topUp', label: s.topUp, text: 'topUpAbove', field: 'top-up-above' },
];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The form; hooks `alerts-form`, `alert-<kind>` checkboxes, `alert-<field>` inputs, `save-alerts`. */
export function AlertsForm({ account, onSave, onInvalid, onCancel }: AlertsFormProps) {
  const [values, setValues] = useState(() => alertsToForm(account));
  const [errors, setErrors] = useState<AlertsErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    // The button stays enabled (aria-disabled) while saving, so it keeps the keyboard focus; a second press waits.
    if (saving) return;
    const result = validateAlerts(values, account.currency);
    if (!result.ok) {
      setErrors(result.errors);
      onInvalid();
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave({ ...account, alerts: result.alerts });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="grid" data-testid="alerts-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{s.heading(account.name)}</h2>
      <p class="muted">{s.intro}</p>
      {ROWS.map((row) => {
        const id = `alert-${kebab(row.flag)}`;
        const error = row.field ? errors[row.field] : undefined;
        return (
          <div key={row.flag} class="alert-row">
            <Field id={id} field={kebab(row.flag)} label={row.label} inline>
              <input
                id={id}
                type="checkbox"
                data-testid={id}
                checked={values[row.flag]}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setValues((old) => ({ ...old, [row.flag]: checked }));
                }}
              />
            </Field>
            {row.text && row.field && (
              <Field id={`alert-${row.field}`} field={row.field} label={row.label} error={error} hint={row.hint}>
                <input
                  id={`alert-${row.field}`}
                  class="short"
                  data-testid={`alert-${row.field}`}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={describedBy(`alert-${row.field}`, error, row.hint)}
                  disabled={!values[row.flag]}
                  value={values[row.text]}
                  onInput={(e) => {
                    const text = e.currentTarget.value;
                    const key = row.text as Text;
                    setValues((old) => ({ ...old, [key]: text }));
                  }}
                />
              </Field>
            )}
          </div>
        );
      })}
      <div class="form-actions">
        <button type="submit" class="button primary" data-testid="save-alerts" aria-disabled={saving ? 'true' : undefined}>
          {s.save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
