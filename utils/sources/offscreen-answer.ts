/**
 * The offscreen document's side of its messages (Chrome; `entrypoints/offscreen/main.ts`): who may ask,
 * and the shape and size of each request. Kept out of utils/sources/platform.ts so that the worker,
 * which only sends these requests, does not carry their schemas.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { isExtensionPage, type MessageSender } from '@/utils/core/sender';
import { DATA_UNITS } from '@/utils/model';
import type { PageScan } from '@/utils/sources/page-scan';
import { answerOffscreen, isOffscreenRequest, MAX_OFFSCREEN_TEXT } from '@/utils/sources/platform';
import { isPageScan } from '@/utils/sources/scan-check';
import { MAX_MESSAGE_KEYS } from '@/utils/model/constants';

/** Longest CSS selector (the account form allows 300). */
const MAX_SELECTOR = 1000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite());
const one = v.optional(
  v.union([
    text(MAX_SELECTOR),
    v.strictObject({
      label: v.optional(text(MAX_SELECTOR)),
      up: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4))),
      next: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
      css: v.optional(text(MAX_SELECTOR)),
    }),
  ]),
);
const selector = v.optional(text(MAX_SELECTOR));
// A JSON answer's fields are paths, one string each.
const PathsSchema = v.strictObject({
  credit: selector,
  currency: selector,
  validUntil: selector,
  graceUntil: selector,
  quotaRemaining: selector,
  quotaTotal: selector,
  quotaUsed: selector,
});
const SelectorsSchema = v.strictObject({
  credit: one,
  currency: one,
  validUntil: one,
  graceUntil: one,
  quotaRemaining: one,
  quotaTotal: one,
  quotaUsed: one,
});
const PageScanSchema = v.custom<PageScan>(isPageScan);
// An account's `source.messages` as it is: its query, if any, is dropped (the page reader needs only where things are).
const LocatorsSchema = v.object({ item: text(MAX_SELECTOR), text: selector, time: selector, day: selector });

const ExtractHintsSchema = v.strictObject({
  currency: v.optional(text(16)),
  locale: v.optional(text(100)),
  now: time,
  timeZone: v.optional(text(100)),
  deadline: v.optional(time),
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
  deadline: v.optional(time),
  // The balance keys and the no-value ones (`utils/core/message-list.ts`), each list at most `MAX_MESSAGE_KEYS`.
  seen: v.optional(v.pipe(v.array(text(32)), v.maxLength(2 * MAX_MESSAGE_KEYS))),
});

const JsonReadOptionsSchema = v.strictObject({
  accountId: text(200),
  at: time,
  currency: text(16),
  now: time,
  timeZone: v.optional(text(100)),
  locale: v.optional(text(100)),
  // JSON paths by field: the same fields and caps as the selectors.
  fields: v.optional(PathsSchema),
  quotaUnit: v.optional(v.picklist(DATA_UNITS)),
  deadline: v.optional(time),
});

/** A request to the offscreen document (`OffscreenRequest`). */
export const OffscreenRequestSchema = v.variant('task', [
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('parse'),
    html: text(MAX_OFFSCREEN_TEXT),
    selectors: v.optional(SelectorsSchema),
    messages: v.optional(LocatorsSchema),
  }),
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('read'),
    scan: PageScanSchema,
    options: PageReadOptionsSchema,
  }),
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('json'),
    text: text(MAX_OFFSCREEN_TEXT),
    options: JsonReadOptionsSchema,
  }),
  v.strictObject({
    type: v.literal('balance-badge-offscreen'),
    task: v.literal('extract'),
    text: text(MAX_OFFSCREEN_TEXT),
    hints: ExtractHintsSchema,
  }),
]);

/**
 * The offscreen document's `runtime.onMessage` listener. It answers only the extension's own worker (a
 * content script's `runtime.sendMessage` reaches this document too) and only a request of the right
 * shape and size; other messages are not its own and get no answer.
 */
export function answerOffscreenMessage(message: unknown, sender: MessageSender | undefined): Promise<unknown> | undefined {
  if (!isOffscreenRequest(message)) return undefined;
  if (!isExtensionPage(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') })) {
    return Promise.reject(new Error('Balance Badge: offscreen request refused from this sender'));
  }
  const parsed = v.safeParse(OffscreenRequestSchema, message);
  if (!parsed.success) return Promise.reject(new Error('Balance Badge: malformed offscreen request'));
  return answerOffscreen(parsed.output);
}
