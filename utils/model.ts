/**
 * The one data model: accounts, readings, quotas, statuses and results. The types are derived from
 * the valibot schemas in `schemas.ts`, which validate storage, imports and forms; this file holds no
 * schema itself, so a page that only shows data (the popup) does not load the validator.
 */
import type * as v from 'valibot';
import type { MessageRef } from './i18n';
import type {
  AccountSchema,
  MoneySchema,
  QuotaSchema,
  ReadingSchema,
  SettingsSchema,
  SourceSchema,
  ThresholdsSchema,
} from './schemas';



/** True when `YYYY-MM-DD` names a day on the calendar. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}


export type Money = v.InferOutput<typeof MoneySchema>;

export const QUOTA_KINDS = ['data', 'voice', 'sms', 'other'] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

/** Units a data quota may be written in; binary multiples (1 GB = 1024³ bytes), as carriers count. */
export const DATA_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
export type DataUnit = (typeof DATA_UNITS)[number];

export type Quota = v.InferOutput<typeof QuotaSchema>;

export type Reading = v.InferOutput<typeof ReadingSchema>;

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


/** What a network source may read, by path (JSON) or CSS selector (web page). */
export const SOURCE_FIELDS = ['credit', 'currency', 'validUntil', 'graceUntil', 'quotaRemaining', 'quotaTotal', 'quotaUsed'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** Ready-made JSON API accounts built from providers' published docs (`utils/sources/api-presets.ts`). */
export const API_PRESETS = ['airalo', 'esim-access', 'esim-go', 'celitech', 'bearer'] as const;
export type ApiPreset = (typeof API_PRESETS)[number];




export type SourceConfig = v.InferOutput<typeof SourceSchema>;
export type SourceKind = SourceConfig['kind'];

/** Minimum and maximum refresh interval, minutes. */
export const MIN_INTERVAL = 1;
export const MAX_INTERVAL = 24 * 60;

export type Thresholds = v.InferOutput<typeof ThresholdsSchema>;

export type Account = v.InferOutput<typeof AccountSchema>;

export const BADGE_MODES = ['credit', 'days'] as const;
/** The language setting's choices: `auto` follows the browser; the rest are `utils/i18n.ts` LANGUAGES. */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'id', 'zh_CN'] as const;
export type BadgeMode = (typeof BADGE_MODES)[number];

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 };

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

/** A failure as recorded for an account. */
export interface RefreshError {
  code: ErrorCode;
  /** Human message, never containing secrets, in the language in use when it happened. */
  message: string;
  /** The same message by name and arguments, shown in the language in use when read; absent before 0.2. */
  text?: MessageRef;
  /** When it happened, epoch ms. */
  at: number;
}

/**
 * What a source returns. `reading: null` means the source has nothing new to say
 * (a manual account is only updated when the user types).
 */
export type SourceResult =
  | { ok: true; reading: Reading | null }
  | { ok: false; code: ErrorCode; message: string; text?: MessageRef; retryAfterMs?: number };

/** Refresh bookkeeping for one account, kept by the scheduler. */
export interface RefreshState {
  /** Last attempt that finished, epoch ms. */
  lastAttemptAt?: number;
  /** Last attempt that succeeded, epoch ms. */
  lastSuccessAt?: number;
  /** The failure of the last attempt, cleared by a success. */
  error?: RefreshError;
  /** Consecutive failures, for backoff. */
  failures: number;
  /** First failure of the current run of failures, epoch ms; cleared by a success. */
  failingSince?: number;
  /** Set while a refresh runs; older than the refresh timeout means it died with its worker. */
  inProgressSince?: number;
  /** The site asked to wait (`Retry-After`) until then, epoch ms: no request before it; cleared by a success. */
  notBefore?: number;
}
