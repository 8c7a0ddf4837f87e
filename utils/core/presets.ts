/**
 * Manual-account presets (currency, grace period, how to check the balance by hand) and the
 * pure step that turns what the user typed into a `Reading` like any other source's.
 */
import { addDays } from '@/utils/core/days-left';
import { t } from '@/utils/i18n';
import type { ManualPreset, Quota, Reading } from '@/utils/model';

/** What a preset knows about a carrier. */
export interface ManualPresetInfo {
  id: ManualPreset;
  /** Name shown in the preset picker. */
  label: string;
  /** Currency the form fills in. */
  currency?: string;
  /** Length of the carrier's grace period after the active period, days. */
  graceDays?: number;
  /** USSD codes that show the balance, first one preferred. */
  checkCodes: readonly string[];
  /** An SMS that returns the balance. */
  checkSms?: { text: string; to: string };
}

/** Every manual preset, in picker order. */
export const PRESETS: Readonly<Record<ManualPreset, ManualPresetInfo>> = {
  generic: {
    id: 'generic',
    get label() {
      return t('presets.generic');
    },
    checkCodes: [],
  },
  axis: {
    id: 'axis',
    label: 'AXIS (Indonesia)',
    currency: 'IDR',
    graceDays: 30,
    checkCodes: ['*888#', '*123#'],
    checkSms: { text: 'CEK', to: '123' },
  },
};

/** The preset's details; `generic` for none. */
export function presetInfo(id: ManualPreset | undefined): ManualPresetInfo {
  return PRESETS[id ?? 'generic'];
}

/** What the user typed for a manual account, already parsed and validated. */
export interface ManualInput {
  /** Credit in major units of `currency`. */
  credit?: number;
  currency: string;
  /** Last day of the active period, `YYYY-MM-DD`. */
  validUntil?: string;
  /** Grace period length, days; with `validUntil` it gives the grace-until date. */
  graceDays?: number;
  quotas?: readonly Quota[];
}

/** True when the input holds anything worth storing as a reading. */
export function hasManualValues(input: ManualInput): boolean {
  return input.credit !== undefined || input.validUntil !== undefined || (input.quotas?.length ?? 0) > 0;
}

/** The reading a manual account gets from what the user typed at instant `now`. */
export function manualReading(input: ManualInput, accountId: string, now: number): Reading {
  const reading: Reading = { accountId, at: now };
  if (input.credit !== undefined) reading.credit = { amount: input.credit, currency: input.currency };
  if (input.validUntil !== undefined) {
    reading.validUntil = input.validUntil;
    // A zero-day grace period means the line ends with the active period: no separate date to show.
    if (input.graceDays !== undefined && input.graceDays > 0) reading.graceUntil = addDays(input.validUntil, input.graceDays);
  }
  if (input.quotas && input.quotas.length > 0) reading.quotas = input.quotas.map((q) => ({ ...q }));
  return reading;
}

/** True when two readings say the same thing (time aside), so saving unchanged values adds no reading. */
export function sameValues(a: Reading | undefined, b: Reading): boolean {
  if (!a) return false;
  // Fields are listed in a fixed order, so key order in stored objects does not matter.
  const quota = (q: Quota) => [q.label, q.kind, q.remaining, q.total, q.unit, q.expiresAt, q.unlimited ?? false];
  const values = (r: Reading) =>
    JSON.stringify([r.credit?.amount, r.credit?.currency, r.validUntil, r.graceUntil, (r.quotas ?? []).map(quota)]);
  return values(a) === values(b);
}
