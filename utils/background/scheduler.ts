/** The one owner of alarms: one periodic alarm per refreshing account, one-shot retries, and a badge tick. */
import { browser } from 'wxt/browser';
import type { Account } from '@/utils/model';
import { isPassive } from '@/utils/core/status';

const REFRESH_PREFIX = 'refresh:';
const RETRY_PREFIX = 'retry:';
/** Redraws the badge so days left count down even when nothing refreshes (manual accounts). */
export const BADGE_TICK_ALARM = 'badge-tick';
const BADGE_TICK_MINUTES = 30;
/** First retry delay; doubled per consecutive failure, capped at the account's interval. */
export const BASE_RETRY_MS = 60_000;

/** One-shot alarm that shows the alerts held by quiet hours when they end. */
export const ALERT_RELEASE_ALARM = 'alerts-release';

export type AlarmJob = { kind: 'refresh'; accountId: string } | { kind: 'badge-tick' } | { kind: 'alerts-release' };

/** What an alarm name asks for, or undefined for alarms that are not ours. */
export function parseAlarm(name: string): AlarmJob | undefined {
  if (name === BADGE_TICK_ALARM) return { kind: 'badge-tick' };
  if (name === ALERT_RELEASE_ALARM) return { kind: 'alerts-release' };
  for (const prefix of [REFRESH_PREFIX, RETRY_PREFIX]) {
    if (name.startsWith(prefix)) return { kind: 'refresh', accountId: name.slice(prefix.length) };
  }
  return undefined;
}

/** Delay before the next try after `failures` consecutive failures (1 = first). */
export function backoffMs(failures: number, intervalMinutes: number, retryAfterMs?: number): number {
  const exponential = BASE_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 20));
  const capped = Math.min(exponential, intervalMinutes * 60_000);
  return Math.max(capped, retryAfterMs ?? 0);
}

/**
 * Creates the alarms that are missing or whose period changed, and clears those of removed,
 * disabled or passive accounts. Existing alarms are left alone: creating one again resets its timer.
 */
export async function ensureAlarms(accounts: readonly Account[]): Promise<void> {
  const existing = new Map((await browser.alarms.getAll()).map((a) => [a.name, a]));
  const wanted = new Map<string, number>();
  for (const account of accounts) {
    if (account.enabled && !isPassive(account)) wanted.set(REFRESH_PREFIX + account.id, account.intervalMinutes);
  }
  for (const [name, period] of wanted) {
    if (existing.get(name)?.periodInMinutes !== period) {
      await browser.alarms.create(name, { periodInMinutes: period, delayInMinutes: period });
    }
  }
  for (const name of existing.keys()) {
    const job = parseAlarm(name);
    // A refresh or retry alarm stays while its account still refreshes.
    if (job?.kind === 'refresh' && !wanted.has(REFRESH_PREFIX + job.accountId)) await browser.alarms.clear(name);
  }
  if (!existing.has(BADGE_TICK_ALARM)) {
    await browser.alarms.create(BADGE_TICK_ALARM, { periodInMinutes: BADGE_TICK_MINUTES });
  }
}

/** Schedules a one-shot retry of an account `delayMs` from `now`. */
export async function scheduleRetry(accountId: string, now: number, delayMs: number): Promise<void> {
  await browser.alarms.create(RETRY_PREFIX + accountId, { when: now + delayMs });
}

/** Cancels a pending retry after a success. */
export async function clearRetry(accountId: string): Promise<void> {
  await browser.alarms.clear(RETRY_PREFIX + accountId);
}

/** Schedules the release of alerts held by quiet hours at `when` (epoch ms). */
export async function scheduleAlertRelease(when: number): Promise<void> {
  await browser.alarms.create(ALERT_RELEASE_ALARM, { when });
}
