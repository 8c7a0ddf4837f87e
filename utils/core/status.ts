/** Pure rules for an account's status (is its data fresh?) and level (is it in danger?). */
import { daysLeft } from '@/utils/core/days-left';
import { lastSeen } from '@/utils/core/readings';
import type { Reading, Status } from '@/utils/model';
import type { CardAccount, CardState } from '@/utils/core/popup-snapshot';
import { PASSIVE_KINDS } from '@/utils/model/source-kinds';

const DAY_MS = 86_400_000;

/** Days after which a manual reading is called stale and the user is reminded to check again. */
export const DEFAULT_REMIND_DAYS = 7;

/** Level of danger, shared by the badge colour and the popup card. */
export type Level = 'normal' | 'warning' | 'critical';

/** Passive sources only change when the user types; they never refresh on a timer. */
export function isPassive(account: Pick<CardAccount, 'source'>): boolean {
  return PASSIVE_KINDS[account.source.kind];
}

/** How old the last good reading may get before it is stale. */
export function staleAfterMs(account: Pick<CardAccount, 'source' | 'intervalMinutes'>): number {
  if (account.source.kind === 'manual') return (account.source.remindAfterDays ?? DEFAULT_REMIND_DAYS) * DAY_MS;
  return 2 * account.intervalMinutes * 60_000;
}

/** Status of an account from its latest reading and refresh bookkeeping at instant `now`. */
export function accountStatus(
  account: Pick<CardAccount, 'source' | 'intervalMinutes'>,
  latest: Reading | undefined,
  state: CardState | undefined,
  now: number,
): Status {
  if (state?.error?.code === 'login-required') return 'login-required';
  if (state?.error) return 'error';
  if (!latest) return 'pending';
  if (now - lastSeen(latest) > staleAfterMs(account)) return 'stale';
  return 'ok';
}

/**
 * Level of an account: critical when the active period has ended (grace or not) or ends within
 * a day; warning at or under the account's warning days or under its low-credit threshold.
 */
export function accountLevel(account: Pick<CardAccount, 'thresholds'>, latest: Reading | undefined, now: number, timeZone?: string): Level {
  if (!latest) return 'normal';
  const days = latest.validUntil === undefined ? undefined : daysLeft(latest.validUntil, now, timeZone);
  if (days !== undefined && days <= 1) return 'critical';
  if (days !== undefined && days <= account.thresholds.warnDays) return 'warning';
  const low = account.thresholds.lowCredit;
  if (low !== undefined && latest.credit && latest.credit.amount < low) return 'warning';
  return 'normal';
}
