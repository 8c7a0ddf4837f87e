/**
 * The options page's history and alerts panel: readings kept per account and storage used,
 * view / export CSV / clear an account's history, its alerts, and the quiet hours.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { csvFileName, readingsCsv } from '@/utils/stores/csv';
import { sendMessage } from '@/utils/background/messages';
import { readingsStore } from '@/utils/stores/db';
import { localDate } from '@/utils/core/days-left';
import { formatBytes } from '@/utils/core/format';
import type { Account, Settings } from '@/utils/model';
import { download } from '@/components/download';
import { alertsStrings as s } from '@/entrypoints/options/alerts/alerts-strings';

export interface AlertsPanelProps {
  accounts: Account[];
  settings: Settings;
  onSaveSettings: (settings: Settings) => Promise<void>;
  onAlerts: (id: string) => void;
  onMessage: (message: { ok: boolean; text: string }) => void;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The panel; rows `history-account-row`, buttons `view-history`, `export-csv`, `edit-alerts`, `clear-history`. */
export function AlertsPanel({ accounts, settings, onSaveSettings, onAlerts, onMessage }: AlertsPanelProps) {
  const [counts, setCounts] = useState<Map<string, number>>();
  const [used, setUsed] = useState<number>();
  const [confirming, setConfirming] = useState<string>();
  const [version, setVersion] = useState(0);
  const [quietOn, setQuietOn] = useState(settings.quietHours !== undefined);
  const [start, setStart] = useState(settings.quietHours?.start ?? '22:00');
  const [end, setEnd] = useState(settings.quietHours?.end ?? '07:00');
  const [quietError, setQuietError] = useState<string>();

  useEffect(() => {
    void readingsStore.countMany(accounts.map((a) => a.id)).then(setCounts, () => setCounts(new Map()));
    void navigator.storage?.estimate?.().then(
      (e) => setUsed(e.usage),
      () => undefined,
    );
  }, [accounts, version]);

  const exportCsv = async (account: Account) => {
    const readings = await readingsStore.range(account.id, 0, Number.MAX_SAFE_INTEGER);
    download(readingsCsv(readings), csvFileName(account.name, localDate(Date.now())), 'text/csv');
  };

  const clear = async (account: Account) => {
    setConfirming(undefined);
    try {
      await sendMessage('clearHistory', { accountId: account.id });
    } catch (error) {
      onMessage({ ok: false, text: s.clearFailed(account.name, error instanceof Error ? error.message : String(error)) });
      return;
    }
    setVersion((n) => n + 1);
    onMessage({ ok: true, text: s.cleared(account.name) });
  };

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
      <ul class="history-accounts">
        {accounts.map((account) => (
          <li key={account.id} data-testid="history-account-row" data-account-id={account.id}>
            <strong>{account.name}</strong>{' '}
            <span class="muted" data-testid="reading-count" data-count={counts?.get(account.id)}>
              {counts ? s.readings(counts.get(account.id) ?? 0) : '…'}
            </span>{' '}
            <button
              type="button"
              class="button small"
              data-testid="view-history"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/history.html#${account.id}`) })}
            >
              {s.view}
            </button>
            <button type="button" class="button small" data-testid="export-csv" onClick={() => void exportCsv(account)}>
              {s.csv}
            </button>
            <button type="button" class="button small" data-testid="edit-alerts" onClick={() => onAlerts(account.id)}>
              {s.alerts}
            </button>
            {confirming === account.id ? (
              <span role="alert">
                {s.confirmClear(account.name)}{' '}
                <button type="button" class="button small danger" data-testid="confirm-clear-history" onClick={() => void clear(account)}>
                  {s.confirm}
                </button>
                <button type="button" class="button small" onClick={() => setConfirming(undefined)}>
                  {s.cancel}
                </button>
              </span>
            ) : (
              <button type="button" class="button small" data-testid="clear-history" onClick={() => setConfirming(account.id)}>
                {s.clear}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form class="grid" noValidate onSubmit={(e) => void saveQuiet(e)}>
        <h3>{s.quietHeading}</h3>
        <label class="field-inline">
          <input type="checkbox" data-testid="setting-quiet" checked={quietOn} onChange={(e) => setQuietOn(e.currentTarget.checked)} />{' '}
          {s.quietOn}
        </label>
        <label>
          {s.quietStart}{' '}
          <input
            type="time"
            data-testid="setting-quiet-start"
            value={start}
            disabled={!quietOn}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </label>
        <label>
          {s.quietEnd}{' '}
          <input
            type="time"
            data-testid="setting-quiet-end"
            value={end}
            disabled={!quietOn}
            onInput={(e) => setEnd(e.currentTarget.value)}
          />
        </label>
        {quietError && (
          <p class="field-error" role="alert" data-testid="field-error" data-field="quiet-hours">
            ✕ {quietError}
          </p>
        )}
        <div>
          <button type="submit" class="button" data-testid="save-quiet">
            {s.quietSave}
          </button>
        </div>
      </form>
    </section>
  );
}
