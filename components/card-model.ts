/**
 * Pure view model of the popup: which cards to show, in which order, and what each one says
 * about its status and level, from stored accounts, latest readings and refresh states at `now`.
 */
import { refText } from '@/utils/i18n';
import { daysLeft } from '@/utils/core/days-left';
import type { Reading, RefreshError, Status } from '@/utils/model';
import type { CardAccount, CardState } from '@/utils/core/popup-snapshot';
import { presetInfo } from '@/utils/core/presets';
import { accountLevel, accountStatus, type Level } from '@/utils/core/status';

/** Why a card is warning or critical, shown in words next to the colour. */
export type LevelReason = 'blocked' | 'grace' | 'ended' | 'ends-today' | 'ends-tomorrow' | 'ends-soon' | 'low-credit';

/**
 * The action a status message offers: refresh now, open the account's form, sign in on the site,
 * open the form to replace the token or headers a JSON API refused, or pick a web page's values on it.
 */
export type CardAction = 'retry' | 'update' | 'sign-in' | 'update-token' | 'pick';

/** What the status message of a card says and offers; absent when the status is `ok`. */
export interface CardNotice {
  /** What went wrong or what is awaited. */
  kind: 'error' | 'login-required' | 'stale-manual' | 'stale' | 'pending-manual' | 'pending' | 'page-changed';
  /** The recorded error, for `error` and `login-required`; the recorded notice for `page-changed`. */
  error?: RefreshError;
  /** USSD code to dial, for manual accounts with a preset that has one. */
  checkCode?: string;
  action?: CardAction;
}

/** Everything one popup card shows. */
export interface CardModel {
  account: CardAccount;
  reading?: Reading;
  status: Status;
  level: Level;
  /** Days from today to the valid-until date; undefined without one. */
  days?: number;
  /** Days from today to the grace-until date; undefined without one. */
  graceDays?: number;
  reason?: LevelReason;
  notice?: CardNotice;
  /** True while the background is refreshing this account. */
  busy: boolean;
}

/** How long a refresh may be marked in progress before the popup stops believing it (dead worker). */
const BUSY_LIMIT_MS = 2 * 60_000;

function levelReason(card: Pick<CardModel, 'level' | 'days' | 'graceDays' | 'reading' | 'account'>): LevelReason | undefined {
  if (card.level === 'normal') return undefined;
  const { days, graceDays } = card;
  if (days !== undefined) {
    if (days < 0 && graceDays !== undefined) return graceDays >= 0 ? 'grace' : 'blocked';
    if (days < 0) return 'ended';
    if (days === 0) return 'ends-today';
    if (days === 1) return 'ends-tomorrow';
    if (days <= card.account.thresholds.warnDays) return 'ends-soon';
  }
  return 'low-credit';
}

function notice(account: CardAccount, status: Status, state: CardState | undefined): CardNotice | undefined {
  const manual = account.source.kind === 'manual';
  const checkCode = account.source.kind === 'manual' ? presetInfo(account.source.preset).checkCodes[0] : undefined;
  const page = account.source.kind === 'web-page';
  switch (status) {
    case 'ok':
      // Read, but not where the values were picked: the user picks them again on the changed page.
      return page && state?.notice
        ? {
            kind: 'page-changed',
            error: { code: 'layout-changed', message: refText(state.notice), text: state.notice, at: 0 },
            action: 'pick',
          }
        : undefined;
    case 'error': {
      // A setting only this browser can give (a token, site access): the fix is in the account's form.
      if (manual || state?.error?.code === 'invalid-config') return { kind: 'error', error: state?.error, action: 'update' };
      // A page read but its values not found: point at them on the page.
      const missing = state?.error?.code === 'parse' || state?.error?.code === 'layout-changed';
      return { kind: 'error', error: state?.error, action: page && missing ? 'pick' : 'retry' };
    }
    case 'login-required':
      // A JSON API has no page to sign in to: its 401/403 means the token or headers need replacing.
      return { kind: 'login-required', error: state?.error, action: account.source.kind === 'json-api' ? 'update-token' : 'sign-in' };
    case 'stale':
      return manual ? { kind: 'stale-manual', checkCode, action: 'update' } : { kind: 'stale', action: 'retry' };
    case 'pending':
      return manual ? { kind: 'pending-manual', checkCode, action: 'update' } : { kind: 'pending', action: 'retry' };
  }
}

/** One card's model. */
export function cardModel(
  account: CardAccount,
  reading: Reading | undefined,
  state: CardState | undefined,
  now: number,
  timeZone?: string,
): CardModel {
  const status = accountStatus(account, reading, state, now);
  const level = accountLevel(account, reading, now, timeZone);
  const days = reading?.validUntil === undefined ? undefined : daysLeft(reading.validUntil, now, timeZone);
  const graceDays = reading?.graceUntil === undefined ? undefined : daysLeft(reading.graceUntil, now, timeZone);
  const busy = state?.inProgressSince !== undefined && now - state.inProgressSince < BUSY_LIMIT_MS;
  const card: CardModel = { account, reading, status, level, days, graceDays, busy };
  card.reason = levelReason(card);
  card.notice = notice(account, status, state);
  return card;
}

/** Cards of the enabled accounts, primary first, the rest in the user's order. */
export function buildCards(
  accounts: readonly CardAccount[],
  readings: ReadonlyMap<string, Reading>,
  states: Readonly<Record<string, CardState>>,
  now: number,
  timeZone?: string,
): CardModel[] {
  const enabled = accounts.filter((a) => a.enabled);
  const ordered = [...enabled.filter((a) => a.primary), ...enabled.filter((a) => !a.primary)];
  return ordered.map((a) => cardModel(a, readings.get(a.id), states[a.id], now, timeZone));
}
