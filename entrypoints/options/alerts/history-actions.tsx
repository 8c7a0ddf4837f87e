/**
 * One account's history and alerts actions, shown in its row of the account list so every per-account
 * action is in one place: reading count, view history, export CSV, alerts, clear history.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { csvFileName, readingsCsv } from '@/utils/stores/csv';
import { sendMessage } from '@/utils/background/messages';
import { readingsStore } from '@/utils/stores/db';
import { localDate } from '@/utils/core/days-left';
import type { Account } from '@/utils/model';
import { download } from '@/components/download';
import { alertsStrings as s } from '@/entrypoints/options/alerts/alerts-strings';
import type { PageMessage } from '@/entrypoints/options/page-message';

/** Props of `HistoryActions`. */
export interface HistoryActionsProps {
  account: Account;
  /** Readings kept for the account; undefined while counting. */
  count: number | undefined;
  onAlerts: (id: string) => void;
  onMessage: (message: PageMessage) => void;
  /** The history was cleared: counts are read again. */
  onCleared: () => void;
}

/** `[data-testid=history-account-row]` with `reading-count`, `view-history`, `export-csv`, `edit-alerts`, `clear-history`. */
export function HistoryActions({ account, count, onAlerts, onMessage, onCleared }: HistoryActionsProps) {
  const [confirming, setConfirming] = useState(false);

  const exportCsv = async () => {
    const readings = await readingsStore.range(account.id, 0, Number.MAX_SAFE_INTEGER);
    download(readingsCsv(readings), csvFileName(account.name, localDate(Date.now())), 'text/csv');
  };

  const clear = async () => {
    setConfirming(false);
    try {
      await sendMessage('clearHistory', { accountId: account.id });
    } catch (error) {
      onMessage({ ok: false, text: s.clearFailed(account.name, error instanceof Error ? error.message : String(error)) });
      return;
    }
    onCleared();
    onMessage({ ok: true, text: s.cleared(account.name) });
  };

  return (
    <div class="row-actions history-actions" data-testid="history-account-row" data-account-id={account.id}>
      <span class="muted small" data-testid="reading-count" data-count={count}>
        {count === undefined ? '…' : s.readings(count)}
      </span>
      <button
        type="button"
        class="button small"
        data-testid="view-history"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/history.html#${account.id}`) })}
      >
        {s.view}
      </button>
      <button type="button" class="button small" data-testid="export-csv" onClick={() => void exportCsv()}>
        {s.csv}
      </button>
      <button type="button" class="button small" data-testid="edit-alerts" onClick={() => onAlerts(account.id)}>
        {s.alerts}
      </button>
      {confirming ? (
        <span role="alert" class="confirm">
          {s.confirmClear(account.name)}{' '}
          <button type="button" class="button small danger" data-testid="confirm-clear-history" onClick={() => void clear()}>
            {s.confirm}
          </button>
          <button type="button" class="button small" onClick={() => setConfirming(false)}>
            {s.cancel}
          </button>
        </span>
      ) : (
        <button type="button" class="button small" data-testid="clear-history" onClick={() => setConfirming(true)}>
          {s.clear}
        </button>
      )}
    </div>
  );
}
