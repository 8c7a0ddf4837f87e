/**
 * The shell around `utils/core/alerts.ts`: from the accounts, readings and refresh states the settle step
 * loaded (`utils/background/settle.ts`), keeps each
 * account's open episodes and the alerts held by quiet hours (storage.local `alertState`, owned
 * here), and shows notifications. Checks run one after another so one episode never notifies twice.
 */
import { browser } from 'wxt/browser';
import { alertText } from '@/utils/core/alert-strings';
import { type Condition, conditions, decide, type Episodes, quietUntil } from '@/utils/core/alerts';
import { scheduleAlertRelease } from '@/utils/background/scheduler';
import type { Account, Reading, RefreshState, Settings } from '@/utils/model';
import { localItem } from '@/utils/stores/storage-item';

/** An alert waiting for quiet hours to end. */
interface Held {
  accountId: string;
  key: string;
  title: string;
  message: string;
}

/** Episodes per account and alerts held by quiet hours. */
export interface AlertState {
  episodes: Record<string, Episodes>;
  held: Held[];
}

export const alertStateItem = localItem<AlertState>('alertState', { episodes: {}, held: [] });

/** What a check may use; tests pin the clock, the zone and the notifier. */
export interface AlertDeps {
  now: number;
  timeZone?: string;
  locale?: string;
  notify: (id: string, title: string, message: string) => Promise<void>;
}

/** Shows one notification through the browser. */
export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

export const defaultAlertDeps = (now = Date.now()): AlertDeps => ({
  now,
  notify: showNotification,
});

/** Notification id of an alert: `alert|<accountId>|<key>`; clicking it opens the account. */
export function notificationId(accountId: string, key: string): string {
  return `alert|${accountId}|${key}`;
}

/** The account a notification id belongs to, or undefined for notifications that are not ours. */
export function accountOfNotification(id: string): string | undefined {
  const [prefix, accountId] = id.split('|');
  return prefix === 'alert' && accountId ? accountId : undefined;
}

/** What an alert check reads: the state the settle step loaded once (`utils/background/settle.ts`). */
export interface AlertInput {
  accounts: readonly Account[];
  settings: Settings;
  states: Readonly<Record<string, RefreshState>>;
  alertState: AlertState;
  /** The newest two readings of each enabled account, newest first. */
  recent: ReadonlyMap<string, readonly Reading[]>;
}

/**
 * Checks the alerts of the given accounts (all enabled ones when none are given): notifies each
 * condition that starts an episode, or holds it when quiet hours are on, and releases held alerts
 * once quiet hours are over. Writes the alert state only when it changed. Returns the ids of the
 * notifications shown. The caller runs checks one at a time (two overlapping checks would both see an
 * episode start and notify twice).
 */
export async function runAlerts(input: AlertInput, accountIds: readonly string[] | undefined, deps: AlertDeps): Promise<string[]> {
  const { accounts, settings, states, alertState: state } = input;
  const known = new Set(accounts.map((a) => a.id));
  const episodes: Record<string, Episodes> = Object.fromEntries(Object.entries(state.episodes).filter(([id]) => known.has(id)));
  let held = state.held.filter((h) => known.has(h.accountId));
  const fired: Held[] = [];
  for (const account of accounts) {
    if (accountIds && !accountIds.includes(account.id)) continue;
    if (!account.enabled) {
      // A disabled account's episodes end: enabling it again starts afresh.
      episodes[account.id] = {};
      continue;
    }
    const [latest, previous] = input.recent.get(account.id) ?? [];
    const graceDays = account.source.kind === 'manual' ? account.source.graceDays : undefined;
    const current: Condition[] = conditions({
      account,
      latest,
      previous,
      state: states[account.id],
      graceDays,
      now: deps.now,
      timeZone: deps.timeZone,
    });
    const decision = decide(deps.now, current, episodes[account.id] ?? {});
    episodes[account.id] = decision.episodes;
    for (const c of decision.notify) fired.push({ accountId: account.id, key: c.key, ...alertText(c, account.name, deps.locale) });
  }
  // A held alert whose condition cleared meanwhile is old news.
  held = held.filter((h) => episodes[h.accountId]?.[h.key] !== undefined);
  const quietEnd = quietUntil(deps.now, settings.quietHours, deps.timeZone);
  const shown: string[] = [];
  if (quietEnd !== undefined) {
    held = [...held.filter((h) => !fired.some((f) => f.accountId === h.accountId && f.key === h.key)), ...fired];
    if (held.length > 0) await scheduleAlertRelease(quietEnd);
  } else {
    for (const alert of [...held, ...fired]) {
      const id = notificationId(alert.accountId, alert.key);
      await deps.notify(id, alert.title, alert.message);
      shown.push(id);
    }
    held = [];
  }
  const next = { episodes, held };
  // Most checks change nothing: no write then.
  if (JSON.stringify(next) !== JSON.stringify(state)) await alertStateItem.setValue(next);
  return shown;
}
