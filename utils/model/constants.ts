/** The model's closed sets and value checks: what the schemas and every layer above share. Imports nothing. */

/** True when `YYYY-MM-DD` names a day on the calendar. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const QUOTA_KINDS = ['data', 'voice', 'sms', 'other'] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

/** Units a data quota may be written in; binary multiples (1 GB = 1024³ bytes), as carriers count. */
export const DATA_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
export type DataUnit = (typeof DATA_UNITS)[number];

/** Presets fill a manual account's currency, grace length and the codes that check the balance. */
export const MANUAL_PRESETS = ['generic', 'axis'] as const;
export type ManualPreset = (typeof MANUAL_PRESETS)[number];

/** True for an absolute `http:` or `https:` URL (never `javascript:`, `data:`, `file:` …). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * True when secrets (headers, a request body) may be sent to `url`: https, or plain http to this
 * computer only (loopback), where nobody on the network can read them.
 */
export function isSafeForSecrets(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    const host = url.hostname;
    return url.protocol === 'http:' && (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
  } catch {
    return false;
  }
}

/** True when `value` is a URL with a query (`?key=…`), which may hold an API key. */
export function hasQuery(value: string): boolean {
  try {
    return new URL(value).search.length > 1;
  } catch {
    return false;
  }
}

/** Most quotas one reading holds: a plan lists a handful; more is a page read wrongly. */
export const MAX_QUOTAS = 20;
/** Longest quota label and unit a reading stores. */
export const MAX_QUOTA_LABEL = 80;
export const MAX_QUOTA_UNIT = 16;

/** What a network source may read, by path (JSON) or CSS selector (web page). */
export const SOURCE_FIELDS = ['credit', 'currency', 'validUntil', 'graceUntil', 'quotaRemaining', 'quotaTotal', 'quotaUsed'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** Ready-made JSON API accounts built from providers' published docs (`utils/sources/api-presets.ts`). */
export const API_PRESETS = ['airalo', 'esim-access', 'esim-go', 'celitech', 'bearer'] as const;
export type ApiPreset = (typeof API_PRESETS)[number];

/** Minimum and maximum refresh interval, minutes. */
/** A rendered refresh gives up this long before the refresh's deadline, so its own failure ("did not show its values in time") is the one shown. */
export const RENDER_MARGIN_MS = 2000;

export const MIN_INTERVAL = 1;
export const MAX_INTERVAL = 24 * 60;

export const BADGE_MODES = ['credit', 'days'] as const;
/** The language setting's choices: `auto` follows the browser; the rest are `utils/i18n/index.ts` LANGUAGES. */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'id', 'zh_CN'] as const;
export type BadgeMode = (typeof BADGE_MODES)[number];

/** Status of one account as the popup and badge show it. */
export const STATUSES = ['ok', 'stale', 'error', 'login-required', 'pending'] as const;
export type Status = (typeof STATUSES)[number];

/** Why a refresh failed: a closed set, mapped to words and symbols in one table each. */
export const ERROR_CODES = [
  'timeout',
  'network',
  'http',
  'login-required',
  'rate-limited',
  'parse',
  'layout-changed',
  'invalid-config',
  // The reading was read but could not be stored (disk full, or the database refused the write).
  'not-saved',
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The balance query of a message-list page is sent at most once per this many hours, or more. */
export const MIN_QUERY_HOURS = 6;
/** The longest interval between two queries: 30 days. */
export const MAX_QUERY_HOURS = 24 * 30;
/** The query's default interval: once a day. */
export const DEFAULT_QUERY_HOURS = 24;
/** A rendered refresh that sent the query looks for the compose box this long before it says the query was not sent. */
export const QUERY_SEND_WAIT_MS = 10_000;
/**
 * A rendered refresh that sent the query keeps its background tab open this long for the reply (the carrier
 * usually answers within seconds; the render lock is held meanwhile, so other renders wait behind it).
 */
export const QUERY_REPLY_WAIT_MS = 60_000;
/** No reply in time: the account is read again this much later (a one-shot alarm; the claim stops a second send). */
export const QUERY_FOLLOW_UP_MS = 5 * 60_000;
/** Most messages read from one page (the newest); more are left unread. */
export const MAX_MESSAGES = 2000;
/** Longest text kept from one message. */
export const MAX_MESSAGE_CHARS = 2000;
/** Most message keys remembered per account (utils/core/message-list.ts). */
export const MAX_MESSAGE_KEYS = 2000;
