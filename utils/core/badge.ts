/** Pure rules for the toolbar badge: text (at most 4 characters), colours and tooltip. */
import { daysLeft } from '@/utils/core/days-left';
import { type MessageKey, t, tn } from '@/utils/i18n';
import type { Account, Reading, Settings, Status } from '@/utils/model';
import { accountLevel, type Level } from '@/utils/core/status';

/** Badge background colours; each non-normal state also changes the text, so colour is never the only signal. */
export const BADGE_COLORS = {
  normal: '#2E7D32',
  warning: '#F9A825',
  critical: '#C62828',
  error: '#616161',
  'login-required': '#6A1B9A',
  pending: '#9E9E9E',
} as const;

/** Symbols shown for states that have no number to show, or appended to a number. */
export const BADGE_SYMBOLS = {
  error: '!',
  'login-required': '🔒',
  pending: '…',
  stale: '?',
  expired: 'EXP',
} as const;

/** Maximum badge text length (in characters); longer text is cut by the browser. */
export const BADGE_MAX = 4;

export interface Badge {
  text: string;
  /** Background colour, `#RRGGBB`. */
  color: string;
  textColor: string;
  /** Tooltip: every account in full. */
  title: string;
}

/** One account as the badge sees it. */
export interface BadgeAccount {
  account: Account;
  latest: Reading | undefined;
  status: Status;
}

export interface BadgeInput {
  /** Enabled accounts in display order; the primary one drives text and colour. */
  accounts: readonly BadgeAccount[];
  settings: Settings;
  now: number;
  timeZone?: string;
  /** Locale for numbers and dates in the tooltip. */
  locale?: string;
}

/** A number in at most 4 characters: 4.5, 999, 2.5k, 25k, 999k, 1.2M, 25M, 1.5B; a debt -4.6, -3k. */
export function compactNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const room = BADGE_MAX - sign.length;
  // Rounded toward less credit (down, or up for a debt), so the badge never shows more than there is.
  const round = (x: number) => (sign ? Math.ceil(x - 1e-9) : Math.floor(x + 1e-9));
  for (const [size, suffix] of [
    [1, ''],
    [1e3, 'k'],
    [1e6, 'M'],
    [1e9, 'B'],
    [1e12, 'T'],
  ] as const) {
    const scaled = abs / size;
    const whole = round(scaled);
    if (whole >= 1000) continue;
    const oneDecimal = `${round(scaled * 10) / 10}${suffix}`;
    if (scaled < (size === 1 ? 100 : 10) && oneDecimal.length <= room) return sign + oneDecimal;
    if (`${whole}${suffix}`.length <= room) return `${sign}${whole}${suffix}`;
  }
  return `${sign}∞`;
}

/** Days left in at most 4 characters: `999d`, then whole years (`2y` … `99y`, rounded down), then `>99y`; the title has the date. */
export function daysText(days: number): string {
  if (days < 0) return BADGE_SYMBOLS.expired;
  if (days < 1000) return `${days}d`;
  const years = Math.floor(days / 365.25);
  return years < 100 ? `${years}y` : '>99y';
}

/** The value the badge shows: credit or days as chosen, but days whenever they are the urgent fact. */
function valueText(entry: BadgeAccount, settings: Settings, now: number, timeZone: string | undefined): string {
  const { latest, account } = entry;
  if (!latest) return '';
  const days = latest.validUntil === undefined ? undefined : daysLeft(latest.validUntil, now, timeZone);
  const urgent = days !== undefined && days <= account.thresholds.warnDays;
  if (days !== undefined && (settings.badgeShows === 'days' || urgent || !latest.credit)) return daysText(days);
  if (latest.credit) return compactNumber(latest.credit.amount);
  return '';
}

function withSymbol(value: string, symbol: string): string {
  return value && [...value].length + [...symbol].length <= BADGE_MAX ? value + symbol : symbol;
}

const STATUS_WORDS: Record<Exclude<Status, 'ok'>, MessageKey> = {
  stale: 'badge.stale',
  error: 'badge.error',
  'login-required': 'badge.loginRequired',
  pending: 'badge.pending',
};

function describe(entry: BadgeAccount, now: number, timeZone: string | undefined, locale: string | undefined): string {
  const { account, latest, status } = entry;
  const parts: string[] = [];
  if (latest?.credit) {
    parts.push(new Intl.NumberFormat(locale, { style: 'currency', currency: latest.credit.currency }).format(latest.credit.amount));
  }
  if (latest?.validUntil) {
    const days = daysLeft(latest.validUntil, now, timeZone);
    parts.push(days < 0 ? t('badge.ended', latest.validUntil) : tn('badge.daysLeft', days, latest.validUntil));
  }
  if (latest?.graceUntil) parts.push(t('badge.graceUntil', latest.graceUntil));
  if (status !== 'ok') parts.push(t(STATUS_WORDS[status]));
  return t('alert.titled', account.name, parts.join(' · ') || t('badge.noData'));
}

const TEXT_ON: Record<keyof typeof BADGE_COLORS, string> = {
  normal: '#FFFFFF',
  warning: '#000000',
  critical: '#FFFFFF',
  error: '#FFFFFF',
  'login-required': '#FFFFFF',
  pending: '#000000',
};

/** The badge for the primary account (the first one marked primary, else the first), with every account in the tooltip. */
export function formatBadge(input: BadgeInput): Badge {
  const { accounts, settings, now, timeZone, locale } = input;
  const primary = accounts.find((a) => a.account.primary) ?? accounts[0];
  if (!primary) {
    return { text: '', color: BADGE_COLORS.pending, textColor: TEXT_ON.pending, title: t('badge.addAccount') };
  }
  const title = [t('ext.title'), ...accounts.map((a) => describe(a, now, timeZone, locale))].join('\n');
  const value = valueText(primary, settings, now, timeZone);
  const level: Level = accountLevel(primary.account, primary.latest, now, timeZone);
  let text = value;
  let tone: keyof typeof BADGE_COLORS = level;
  switch (primary.status) {
    case 'error':
      text = withSymbol(value, BADGE_SYMBOLS.error);
      tone = 'error';
      break;
    case 'login-required':
      text = BADGE_SYMBOLS['login-required'];
      tone = 'login-required';
      break;
    case 'pending':
      text = value || BADGE_SYMBOLS.pending;
      if (!value) tone = 'pending';
      break;
    case 'stale':
      text = withSymbol(value, BADGE_SYMBOLS.stale);
      break;
    case 'ok':
      break;
  }
  return { text, color: BADGE_COLORS[tone], textColor: TEXT_ON[tone], title };
}
