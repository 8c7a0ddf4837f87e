/**
 * Pure alert decisions: which conditions hold for an account now, which of them start a new
 * episode (and so notify), and when quiet hours end. The shell (`utils/background/alert-runner.ts`) reads
 * storage, calls these, and shows notifications.
 */
import { addDays, daysLeft } from '@/utils/core/days-left';
import { dataShare, topUpAmount } from '@/utils/core/readings';
import type { AlertsConfig, QuietHours } from '@/utils/model/alert-schemas';
import type { Account, Money, Reading, RefreshState } from '@/utils/model';
import { failureText } from '@/utils/i18n';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Kinds of alert, each with its own switch. */
export type AlertKind = 'low-credit' | 'ending' | 'ended' | 'data-low' | 'failing' | 'login-required' | 'top-up';

/** Every threshold with its value: the account's settings over the defaults. */
export interface ResolvedAlerts {
  lowCredit: boolean;
  lowCreditBelow?: number;
  ending: boolean;
  endingDays: number[];
  ended: boolean;
  dataLow: boolean;
  dataBelowPercent: number;
  failing: boolean;
  failingHours: number;
  topUp: boolean;
  topUpAbove: number;
}

/** Defaults of every alert: all on; ending 7, 3 and 1 days ahead; data under 10 %; failing 6 hours. */
export const ALERT_DEFAULTS = {
  endingDays: [7, 3, 1],
  dataBelowPercent: 10,
  failingHours: 6,
  topUpAbove: 0,
} as const;

/**
 * An account's alert settings with defaults filled in. Every switch defaults to on, except for
 * a demo account the user never set alerts for: a simulated line must not interrupt anyone.
 */
export function resolveAlerts(account: Account): ResolvedAlerts {
  const a: AlertsConfig = account.alerts ?? {};
  const on = account.alerts !== undefined || account.source.kind !== 'demo';
  return {
    lowCredit: a.lowCredit ?? on,
    lowCreditBelow: a.lowCreditBelow ?? account.thresholds.lowCredit,
    ending: a.ending ?? on,
    endingDays: [...(a.endingDays ?? ALERT_DEFAULTS.endingDays)].sort((x, y) => y - x),
    ended: a.ended ?? on,
    dataLow: a.dataLow ?? on,
    dataBelowPercent: a.dataBelowPercent ?? ALERT_DEFAULTS.dataBelowPercent,
    failing: a.failing ?? on,
    failingHours: a.failingHours ?? ALERT_DEFAULTS.failingHours,
    topUp: a.topUp ?? on,
    topUpAbove: a.topUpAbove ?? ALERT_DEFAULTS.topUpAbove,
  };
}

/** One condition that holds now. `key` names its episode; `group` + `rank` pick one among several. */
export type Condition =
  | { key: string; kind: 'low-credit'; credit: Money; below: number }
  | { key: string; kind: 'ending'; days: number; validUntil: string; within: number }
  | { key: string; kind: 'ended'; validUntil: string; blockedOn?: string }
  | { key: string; kind: 'data-low'; percent: number; below: number }
  | { key: string; kind: 'failing'; hours: number; message: string }
  | { key: string; kind: 'login-required' }
  | { key: string; kind: 'top-up'; amount: Money };

/** What the shell knows about an account when it asks. */
export interface AlertInput {
  account: Account;
  latest?: Reading;
  /** The reading before `latest`, for top-ups. */
  previous?: Reading;
  state?: RefreshState;
  /** Days of grace after the active period when the source knows it (manual accounts). */
  graceDays?: number;
  now: number;
  timeZone?: string;
}

/** A top-up is news for a day; an old one found in imported history is not announced. */
const TOP_UP_FRESH_MS = DAY_MS;

/** Every condition that holds for the account at `now`, under its alert settings. */
export function conditions(input: AlertInput): Condition[] {
  const { account, latest, previous, state, now, timeZone } = input;
  const cfg = resolveAlerts(account);
  const found: Condition[] = [];
  const credit = latest?.credit;
  if (cfg.lowCredit && credit && cfg.lowCreditBelow !== undefined && credit.amount < cfg.lowCreditBelow) {
    found.push({ key: 'low-credit', kind: 'low-credit', credit, below: cfg.lowCreditBelow });
  }
  if (latest?.validUntil) {
    const days = daysLeft(latest.validUntil, now, timeZone);
    if (cfg.ending && days >= 0) {
      for (const within of cfg.endingDays) {
        if (days <= within) found.push({ key: `ending:${within}`, kind: 'ending', days, validUntil: latest.validUntil, within });
      }
    }
    if (cfg.ended && days < 0) {
      const blockedOn = latest.graceUntil ?? (input.graceDays !== undefined ? addDays(latest.validUntil, input.graceDays) : undefined);
      found.push({ key: 'ended', kind: 'ended', validUntil: latest.validUntil, blockedOn });
    }
  }
  const share = latest ? dataShare(latest) : undefined;
  if (cfg.dataLow && share) {
    const percent = (share.left / share.total) * 100;
    if (percent < cfg.dataBelowPercent) found.push({ key: 'data-low', kind: 'data-low', percent, below: cfg.dataBelowPercent });
  }
  if (cfg.failing && state?.error) {
    if (state.error.code === 'login-required') {
      found.push({ key: 'login-required', kind: 'login-required' });
    } else {
      const since = state.failingSince ?? state.error.at;
      const hours = (now - since) / HOUR_MS;
      if (hours >= cfg.failingHours) found.push({ key: 'failing', kind: 'failing', hours, message: failureText(state.error) });
    }
  }
  if (cfg.topUp && latest && now - latest.at < TOP_UP_FRESH_MS) {
    const amount = topUpAmount(previous, latest, cfg.topUpAbove);
    if (amount !== undefined && latest.credit) {
      found.push({ key: `top-up:${latest.at}`, kind: 'top-up', amount: { amount, currency: latest.credit.currency } });
    }
  }
  return found;
}

/** Open episodes of one account: condition key → when it began, epoch ms. */
export type Episodes = Record<string, number>;

/**
 * Which conditions start a new episode (and so notify), and the episodes after this check:
 * a condition already in an episode says nothing; one that no longer holds ends its episode,
 * so it can notify again next time. Of several "ending" thresholds crossed at once only the
 * nearest notifies; all of them enter their episode.
 */
export function decide(now: number, current: readonly Condition[], episodes: Episodes): { notify: Condition[]; episodes: Episodes } {
  const next: Episodes = {};
  const fresh: Condition[] = [];
  for (const c of current) {
    next[c.key] = episodes[c.key] ?? now;
    if (episodes[c.key] === undefined) fresh.push(c);
  }
  const endings = fresh.filter((c) => c.kind === 'ending');
  const nearest = endings.reduce<Condition | undefined>(
    (best, c) => (best?.kind === 'ending' && c.kind === 'ending' && best.within <= c.within ? best : c),
    undefined,
  );
  return { notify: fresh.filter((c) => c.kind !== 'ending' || c === nearest), episodes: next };
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes and milliseconds since local midnight at `now` in `timeZone`. */
function timeOfDay(now: number, timeZone?: string): { minute: number; restMs: number } {
  const key = timeZone ?? '';
  let f = clockFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(key, f);
  }
  const parts = f.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { minute: get('hour') * 60 + get('minute'), restMs: get('second') * 1000 + (now % 1000) };
}

/**
 * When the quiet hours that hold at `now` end (epoch ms), or undefined when `now` is not in them.
 * `start === end` means no quiet hours. Measured in local minutes, so a daylight-saving jump
 * inside the quiet hours moves the end by that hour.
 */
export function quietUntil(now: number, quiet: QuietHours | undefined, timeZone?: string): number | undefined {
  if (!quiet) return undefined;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return undefined;
  const { minute, restMs } = timeOfDay(now, timeZone);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return undefined;
  const wait = (end - minute + 1440) % 1440;
  return now - restMs + wait * 60_000;
}
