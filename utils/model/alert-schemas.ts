/**
 * The history and alerts part of the model's schemas (`schemas.ts` builds them in): a downsampled
 * day's extremes, per-account alert switches and thresholds, and quiet hours.
 */
import * as v from 'valibot';
import { t } from '@/utils/i18n';

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** What one kept reading stands for once retention folded a whole day into it. */
export const DaySummarySchema = v.object({
  /** How many readings the day had. */
  count: int(1, 1_000_000),
  /** The day's lowest and highest credit, major units. */
  creditMin: v.optional(v.pipe(v.number(), v.finite())),
  creditMax: v.optional(v.pipe(v.number(), v.finite())),
  /** The day's lowest and highest data left, bytes. */
  dataMin: v.optional(nonNegative),
  dataMax: v.optional(nonNegative),
});
export type DaySummary = v.InferOutput<typeof DaySummarySchema>;

/**
 * Which alerts an account raises and at what thresholds. Every field is optional: a missing
 * switch is on and a missing threshold takes the default of `resolveAlerts` (`utils/core/alerts.ts`).
 */
export const AlertsSchema = v.object({
  lowCredit: v.optional(v.boolean()),
  /** Credit under this (major units); default the account's low-credit warning threshold. */
  lowCreditBelow: v.optional(nonNegative),
  ending: v.optional(v.boolean()),
  /** Days before the active period ends to warn, e.g. `[7, 3, 1]`. */
  endingDays: v.optional(
    v.pipe(
      v.array(int(0, 365)),
      v.maxLength(5, () => t('schema.endingDays')),
    ),
  ),
  ended: v.optional(v.boolean()),
  dataLow: v.optional(v.boolean()),
  /** Data left under this share of the quota's total, percent. */
  dataBelowPercent: v.optional(int(1, 99)),
  failing: v.optional(v.boolean()),
  /** Refresh failing for longer than this, hours. */
  failingHours: v.optional(int(1, 720)),
  topUp: v.optional(v.boolean()),
  /** Credit rising by more than this (major units) is a top-up. */
  topUpAbove: v.optional(nonNegative),
});
export type AlertsConfig = v.InferOutput<typeof AlertsSchema>;

/** `HH:MM`, 24-hour clock. */
export const ClockTimeSchema = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, () => t('schema.clockTime')),
);

/** Alerts raised between `start` and `end` (local time; may pass midnight) wait until `end`. */
export const QuietHoursSchema = v.object({ start: ClockTimeSchema, end: ClockTimeSchema });
export type QuietHours = v.InferOutput<typeof QuietHoursSchema>;
