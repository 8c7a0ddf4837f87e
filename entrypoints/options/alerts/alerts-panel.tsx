/**
 * The options page's alerts panel: how history is kept and the storage it uses, and the quiet hours.
 * Each account's history and alerts actions are in its row of the account list (`history-actions.tsx`).
 */
import { useState } from 'preact/hooks';
import { formatBytes } from '@/utils/core/format';
import type { Settings } from '@/utils/model';
import { alertsStrings as s } from '@/entrypoints/options/alerts/alerts-strings';

export interface AlertsPanelProps {
  settings: Settings;
  /** Bytes the browser says the extension stores; undefined when it does not say. */
  used: number | undefined;
  onSaveSettings: (settings: Settings) => Promise<void>;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The panel; `storage-used`, and the quiet hours `setting-quiet`, `setting-quiet-start`, `setting-quiet-end`, `save-quiet`. */
export function AlertsPanel({ settings, used, onSaveSettings }: AlertsPanelProps) {
  const [quietOn, setQuietOn] = useState(settings.quietHours !== undefined);
  const [start, setStart] = useState(settings.quietHours?.start ?? '22:00');
  const [end, setEnd] = useState(settings.quietHours?.end ?? '07:00');
  const [quietError, setQuietError] = useState<string>();

  const saveQuiet = async (event: Event) => {
    event.preventDefault();
    if (quietOn && (!CLOCK.test(start) || !CLOCK.test(end))) return setQuietError(s.time);
    if (quietOn && start === end) return setQuietError(s.quietSame);
    setQuietError(undefined);
    const { quietHours: _old, ...rest } = settings;
    await onSaveSettings(quietOn ? { ...rest, quietHours: { start, end } } : rest);
  };

  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{s.heading}</h2>
      <p class="muted">{s.intro}</p>
      {used !== undefined && (
        <p class="muted small" data-testid="storage-used" data-bytes={used}>
          {s.storage(formatBytes(used))}
        </p>
      )}
      <form noValidate onSubmit={(e) => void saveQuiet(e)}>
        <fieldset class="quiet-hours">
          <legend>{s.quietHeading}</legend>
          <label class="field-inline">
            <input type="checkbox" data-testid="setting-quiet" checked={quietOn} onChange={(e) => setQuietOn(e.currentTarget.checked)} />{' '}
            {s.quietOn}
          </label>
          <label class="field-inline">
            {s.quietStart}
            <input
              type="time"
              data-testid="setting-quiet-start"
              value={start}
              disabled={!quietOn}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
          </label>
          <label class="field-inline">
            {s.quietEnd}
            <input
              type="time"
              data-testid="setting-quiet-end"
              value={end}
              disabled={!quietOn}
              onInput={(e) => setEnd(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button" data-testid="save-quiet">
            {s.quietSave}
          </button>
          {quietError && (
            <p class="field-error" role="alert" data-testid="field-error" data-field="quiet-hours">
              ✕ {quietError}
            </p>
          )}
        </fieldset>
      </form>
    </section>
  );
}
