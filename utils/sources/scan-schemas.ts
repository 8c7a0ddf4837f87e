/**
 * The shape and size caps of a scanned page, as it crosses extension messaging from the capture
 * content script (which a hostile page shares a process with) to the worker (`recordCapture`), and
 * from the worker to the offscreen document (utils/sources/offscreen-answer.ts).
 */
import * as v from 'valibot';
import { MAX_SCAN_TEXT } from '@/utils/sources/page-scan';

/** Longest CSS selector (the account form allows 300). */
const MAX_SELECTOR = 1000;

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

function byField<T extends v.GenericSchema>(value: T) {
  const one = v.optional(value);
  return v.strictObject({
    credit: one,
    currency: one,
    validUntil: one,
    graceUntil: one,
    quotaRemaining: one,
    quotaTotal: one,
    quotaUsed: one,
  });
}

export const SelectorsSchema = byField(text(MAX_SELECTOR));

/** A scanned page (`PageScan`): its text within `MAX_SCAN_TEXT`, as `scanDocument` keeps it. */
export const PageScanSchema = v.strictObject({
  text: text(MAX_SCAN_TEXT),
  selected: byField(v.nullable(text(MAX_SCAN_TEXT))),
  hasPassword: v.boolean(),
  scripts: count,
  textLength: count,
});
