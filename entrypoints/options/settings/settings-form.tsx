/** Global settings: what the badge shows, and the defaults new accounts start with. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BADGE_MODES, type BadgeMode, type Settings } from '@/utils/model';
import { describedBy, Field } from '@/entrypoints/options/field';
import { focusFirstInvalid } from '@/entrypoints/options/focus';
import { optionsStrings } from '@/entrypoints/options/strings';
import {
  type SettingsErrors,
  type SettingsFormValues,
  settingsToForm,
  validateSettings,
} from '@/entrypoints/options/settings/settings-form-values';

const s = optionsStrings.settings;

/** Props of `SettingsForm`. */
export interface SettingsFormProps {
  settings: Settings;
  /** Called with valid settings; resolves when they are stored. */
  onSave: (settings: Settings) => Promise<void>;
  onInvalid: () => void;
  /** More of the same section after the form (the language picker). */
  children?: ComponentChildren;
}

/** The form, with the `setting-*` hooks of `docs/test-hooks.md`. */
export function SettingsForm({ settings, onSave, onInvalid, children }: SettingsFormProps) {
  const [values, setValues] = useState(() => settingsToForm(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);

  // Settings changed elsewhere (an import, another tab) replace what is shown; an echo of
  // the same values (storage's change event after our own save) must not undo newer edits.
  const stored = JSON.stringify(settingsToForm(settings));
  useEffect(() => setValues(JSON.parse(stored) as SettingsFormValues), [stored]);

  const submit = async (event: Event) => {
    event.preventDefault();
    // The button stays enabled (aria-disabled) while saving, so it keeps the keyboard focus; a second press waits.
    if (saving) return;
    const result = validateSettings(values);
    if (!result.ok) {
      setErrors(result.errors);
      onInvalid();
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(result.settings);
    } finally {
      setSaving(false);
    }
  };

  const interval = errors['setting-interval'];
  const warnDays = errors['setting-warn-days'];
  return (
    <section class="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{s.heading}</h2>
      <form class="grid" noValidate onSubmit={(e) => void submit(e)}>
        <Field id="s-badge" field="setting-badge-shows" label={s.badgeShows}>
          <select
            id="s-badge"
            data-testid="setting-badge-shows"
            value={values.badgeShows}
            onChange={(e) => {
              const badgeShows = e.currentTarget.value as BadgeMode;
              setValues((old) => ({ ...old, badgeShows }));
            }}
          >
            {BADGE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {s.badgeModes[mode]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="s-interval" field="setting-interval" label={s.interval} error={interval}>
          <input
            id="s-interval"
            type="number"
            min={1}
            max={1440}
            step={1}
            class="short"
            data-testid="setting-interval"
            aria-invalid={interval ? 'true' : undefined}
            aria-describedby={describedBy('s-interval', interval)}
            value={values.interval}
            onInput={(e) => {
              const interval = e.currentTarget.value;
              setValues((old) => ({ ...old, interval }));
            }}
          />
        </Field>
        <Field id="s-warn-days" field="setting-warn-days" label={s.warnDays} error={warnDays}>
          <input
            id="s-warn-days"
            type="number"
            min={0}
            max={365}
            step={1}
            class="short"
            data-testid="setting-warn-days"
            aria-invalid={warnDays ? 'true' : undefined}
            aria-describedby={describedBy('s-warn-days', warnDays)}
            value={values.warnDays}
            onInput={(e) => {
              const warnDays = e.currentTarget.value;
              setValues((old) => ({ ...old, warnDays }));
            }}
          />
        </Field>
        <div class="form-actions">
          <button type="submit" class="button primary" data-testid="save-settings" aria-disabled={saving ? 'true' : undefined}>
            {s.save}
          </button>
        </div>
      </form>
      {children}
    </section>
  );
}
