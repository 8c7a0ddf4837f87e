/**
 * The one data model: accounts, readings, quotas, statuses and results. The types are derived from
 * the valibot schemas in `schemas.ts`, which validate storage, imports and forms; this file holds no
 * schema itself, so a page that only shows data (the popup) does not load the validator.
 */
import type * as v from 'valibot';
import type { MessageRef } from '@/utils/i18n';
import type {
  AccountSchema,
  MessageListSchema,
  MoneySchema,
  QuotaSchema,
  ReadingSchema,
  SettingsSchema,
  SourceSchema,
  ThresholdsSchema,
} from '@/utils/model/schemas';
import { type ErrorCode, MAX_QUOTA_LABEL, MAX_QUOTA_UNIT } from '@/utils/model/constants';

export * from '@/utils/model/constants';

export type Money = v.InferOutput<typeof MoneySchema>;

export type Quota = v.InferOutput<typeof QuotaSchema>;

export type Reading = v.InferOutput<typeof ReadingSchema>;

export type MessageList = v.InferOutput<typeof MessageListSchema>;
export type { FieldLocator, PickedLocator } from '@/utils/model/field-locator';

export type SourceConfig = v.InferOutput<typeof SourceSchema>;
export type SourceKind = SourceConfig['kind'];

export type Thresholds = v.InferOutput<typeof ThresholdsSchema>;

export type Account = v.InferOutput<typeof AccountSchema>;

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** A quota cut to what a reading stores (`MAX_QUOTA_LABEL`, `MAX_QUOTA_UNIT`): the engine's output and readings stored before the caps alike. */
export function fitQuota(q: Quota): Quota {
  return { ...q, label: q.label.slice(0, MAX_QUOTA_LABEL), unit: q.unit.slice(0, MAX_QUOTA_UNIT) };
}

export const DEFAULT_SETTINGS: Settings = { badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 };

/** A failure as recorded for an account. */
export interface RefreshError {
  code: ErrorCode;
  /** Human message, never containing secrets, in the language in use when it happened. */
  message: string;
  /** The same message by key and arguments, worded in the language in use when shown; without it, `message` is shown. */
  text?: MessageRef;
  /** When it happened, epoch ms. */
  at: number;
}

/**
 * What a source returns. `reading: null` means the source has nothing new to say
 * (a manual account is only updated when the user types). `followUpMs`: read the account again this much
 * later (a balance query sent whose reply had not come yet).
 */
export type SourceResult =
  | { ok: true; reading: Reading | null; notice?: MessageRef; followUpMs?: number }
  | { ok: false; code: ErrorCode; message: string; text?: MessageRef; retryAfterMs?: number };

/** What a test found: a reading (or none), or the failure; `scripted` offers capture on visit. */
export type SourceTestResult =
  { ok: true; reading: Reading | null } | { ok: false; code: ErrorCode; message: string; text?: MessageRef; scripted?: boolean };

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
  /** A success that still needs the user, by message key: picked values were not where they were picked (the page changed). */
  notice?: MessageRef;
  /**
   * The last refresh that reached the page found it drawn by JavaScript and read nothing, which with capture on
   * visit is a success (the visit brings the values): the form offers rendering. Cleared by the next successful refresh
   * that does not find it so; a failure or a reading captured on a visit keeps it (neither says anything new of the page).
   */
  drawnByScript?: boolean;
}
