/**
 * The settle step: after a batch of work (refreshes, a recorded reading, a change of accounts or settings,
 * the badge tick) the worker loads its state once — one `storage.local` read for accounts, settings,
 * refresh states and alert state, one IndexedDB transaction for the newest readings — and feeds the badge,
 * the popup snapshot (with each card's sparkline and forecast) and the alert check from it. Settles run one at a time: a draw that read the state
 * before a reading was stored never lands after one that read it after, and one alert episode never
 * notifies twice. Every feature that stores something the badge shows ends in `settle`.
 */
import type { Badge } from '@/utils/core/badge';
import { serial } from '@/utils/core/serial';
import { type AlertDeps, alertStateItem, defaultAlertDeps, runAlerts } from '@/utils/background/alert-runner';
import { drawBadge } from '@/utils/background/badge-renderer';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { windowReadingsMany } from '@/utils/stores/db';
import { type Insight, SPARK_DAYS, sparkInsight } from '@/utils/core/insight';
import type { Reading } from '@/utils/model';
import { applyLanguage } from '@/utils/stores/language';
import { refreshStateItem, writesMark } from '@/utils/stores/refresh-state';
import { accountsItem, settingsItem } from '@/utils/stores/settings';
import { getItems } from '@/utils/stores/storage-item';

/** Everything the worker decides from, read in one `storage.local` call; `mark` dates the refresh states (`holdRefreshStates`). */
export async function loadWorkerState() {
  const mark = writesMark();
  const state = await getItems({ accounts: accountsItem, settings: settingsItem, states: refreshStateItem, alertState: alertStateItem });
  // Settings merged over defaults, so a setting added later always has a value (as `getSettings`).
  return { ...state, settings: { ...DEFAULT_SETTINGS, ...state.settings }, mark };
}

export type WorkerState = Awaited<ReturnType<typeof loadWorkerState>>;

export interface SettleOptions {
  /** The instant the badge and alerts are decided at; when the settle starts by default. */
  now?: number;
  /** Whose alerts to check: the given accounts, `'all'` enabled ones, or none (the default: the badge and snapshot only). */
  alerts?: readonly string[] | 'all';
  /** The alert check's clock, zone and notifier (tests); `now` and the zone above win. */
  alertDeps?: Partial<AlertDeps>;
}

/** What one settle did. */
export interface Settled {
  badge: Badge;
  /** Notification ids shown by the alert check. */
  shown: string[];
}

const oneSettle = serial();

/** Loads the state once and draws the badge and the popup snapshot from it, then checks the alerts asked for. */
export function settle(options: SettleOptions = {}): Promise<Settled> {
  return oneSettle(async () => {
    const now = options.now ?? options.alertDeps?.now ?? Date.now();
    const state = await loadWorkerState();
    // A language that cannot be loaded leaves the badge in the one in use: never without a badge.
    await applyLanguage(state.settings.language).catch(() => false);
    const enabled = state.accounts.filter((a) => a.enabled);
    // One transaction: each account's last 30 days, for the snapshot's sparklines and forecasts; its newest two for the badge and alerts.
    const windows = await windowReadingsMany(
      enabled.map((a) => a.id),
      now - SPARK_DAYS * 86_400_000,
    );
    const latest = new Map<string, Reading>();
    const recent = new Map<string, Reading[]>();
    const insights = new Map<string, Insight>();
    for (const [id, readings] of windows) {
      const newest = readings.slice(-2).reverse();
      recent.set(id, newest);
      if (newest[0]) latest.set(id, newest[0]);
      insights.set(id, sparkInsight(readings, now, options.alertDeps?.timeZone));
    }
    const badge = await drawBadge({ ...state, latest, insights, now });
    let shown: string[] = [];
    if (options.alerts) {
      const ids = options.alerts === 'all' ? undefined : options.alerts;
      const deps = { ...defaultAlertDeps(now), ...options.alertDeps, now };
      try {
        shown = await runAlerts({ ...state, recent }, ids, deps);
      } catch (error) {
        // An alert problem must not break a refresh.
        console.error('Balance Badge: alert check failed', error);
      }
    }
    return { badge, shown };
  });
}

/** Redraws the badge and the popup snapshot (no alert check) at `now`. */
export async function updateBadge(now?: number): Promise<Badge> {
  return (await settle({ now })).badge;
}

/**
 * Checks the alerts of the given accounts (all enabled ones when none are given), in the settle step;
 * the ids of the notifications shown. Never throws: an alert problem must not break a refresh.
 */
export async function checkAlerts(accountIds?: readonly string[], deps: Partial<AlertDeps> = {}): Promise<string[]> {
  return (await settle({ alerts: accountIds ?? 'all', alertDeps: deps, now: deps.now })).shown;
}
