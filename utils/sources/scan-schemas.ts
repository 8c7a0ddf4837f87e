/**
 * The shapes and size caps of what crosses extension messaging to be read: a scanned page (from the
 * capture content script, which a hostile page shares a process with) and the offscreen document's
 * requests (Chrome). Checked where they are received: the worker (`recordCapture`) and the offscreen
 * document (`answerOffscreenMessage` in utils/sources/platform.ts).
 */
import * as v from 'valibot';
import { MAX_BODY_BYTES } from '@/utils/sources/http';
import { MAX_SCAN_TEXT } from '@/utils/sources/page-scan';

/** Longest text the offscreen document parses or runs the engine over: a page or answer as fetched. */
export const MAX_OFFSCREEN_TEXT = MAX_BODY_BYTES;
/** Longest CSS selector (the account form allows 300). */
const MAX_SELECTOR = 1000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const time = v.pipe(v.number(), v.finite());

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

const ExtractHintsSchema = v.strictObject({
  currency: v.optional(text(16)),
  locale: v.optional(text(100)),
  now: time,
  timeZone: v.optional(text(100)),
});

const PageReadOptionsSchema = v.strictObject({
  accountId: text(200),
  at: time,
  host: text(2000),
  currency: text(16),
  now: time,
  timeZone: v.optional(text(100)),
  locale: v.optional(text(100)),
  selectors: v.optional(SelectorsSchema),
});

/** A request to the offscreen document (`OffscreenRequest`). */
export const OffscreenRequestSchema = v.variant('task', [
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('parse'),
    html: text(MAX_OFFSCREEN_TEXT),
    selectors: v.optional(SelectorsSchema),
  }),
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('read'),
    scan: PageScanSchema,
    options: PageReadOptionsSchema,
  }),
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('extract'),
    text: text(MAX_OFFSCREEN_TEXT),
    hints: ExtractHintsSchema,
  }),
]);
