/**
 * The shape and size caps of a scanned page as it crosses extension messaging: from the capture
 * content script (which a hostile page shares a process with) to the worker (`recordCapture`), and from
 * the worker to the offscreen document (utils/sources/offscreen-answer.ts). Written out by hand rather
 * than as a valibot schema: the worker's bundle has a size budget (tests/build/bundle-size.test.ts).
 */
import { MAX_MESSAGE_CHARS, MAX_MESSAGES, SOURCE_FIELDS } from '@/utils/model/constants';
import { MAX_SCAN_TEXT, type PageScan } from '@/utils/sources/page-scan';

const SCAN_KEYS = new Set(['text', 'selected', 'hasPassword', 'scripts', 'textLength', 'messages']);
const MESSAGE_KEYS = new Set(['text', 'stamp', 'label', 'day']);
const FIELDS = new Set<string>(SOURCE_FIELDS);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_SCAN_TEXT;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message as read: its four keys only, its text within `MAX_MESSAGE_CHARS`, its time labels within 100 characters. */
const isMessage = (m: unknown) =>
  isRecord(m) &&
  Object.entries(m).every(
    ([key, text]) => MESSAGE_KEYS.has(key) && typeof text === 'string' && text.length <= (key === 'text' ? MAX_MESSAGE_CHARS : 100),
  );

/**
 * True for a message list as a page read it: at most `MAX_MESSAGES` messages, each of the right shape
 * and size. Checked where the list is read (`readingFromScan`), so Chrome's worker, which only passes
 * it on to the offscreen document, does not carry it.
 */
export function isMessageList(messages: unknown): messages is NonNullable<PageScan['messages']> {
  return Array.isArray(messages) && messages.length <= MAX_MESSAGES && messages.every(isMessage);
}

/**
 * True for a `PageScan`: its keys only, texts within `MAX_SCAN_TEXT`, selected values by known field;
 * `messages` an array of at most `MAX_MESSAGES` (each message is checked where it is read: `isMessageList`).
 */
export function isPageScan(value: unknown): value is PageScan {
  if (!isRecord(value) || Object.keys(value).some((key) => !SCAN_KEYS.has(key))) return false;
  const { text, selected, hasPassword, scripts, textLength, messages } = value;
  return (
    (messages === undefined || (Array.isArray(messages) && messages.length <= MAX_MESSAGES)) &&
    isText(text) &&
    typeof hasPassword === 'boolean' &&
    isCount(scripts) &&
    isCount(textLength) &&
    isRecord(selected) &&
    Object.entries(selected).every(([field, found]) => FIELDS.has(field) && (found === null || found === undefined || isText(found)))
  );
}
