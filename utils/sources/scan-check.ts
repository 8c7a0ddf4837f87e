/**
 * The shape and size caps of a scanned page as it crosses extension messaging: from the capture
 * content script (which a hostile page shares a process with) to the worker (`recordCapture`), and from
 * the worker to the offscreen document (utils/sources/offscreen-answer.ts). Written out by hand rather
 * than as a valibot schema: the worker's bundle has a size budget (tests/build/bundle-size.test.ts).
 */
import { SOURCE_FIELDS } from '@/utils/model/constants';
import { MAX_SCAN_TEXT, type PageScan } from '@/utils/sources/page-scan';

const SCAN_KEYS = new Set(['text', 'selected', 'hasPassword', 'scripts', 'textLength']);
const FIELDS = new Set<string>(SOURCE_FIELDS);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_SCAN_TEXT;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a `PageScan`: its five keys only, texts within `MAX_SCAN_TEXT`, selected values by known field. */
export function isPageScan(value: unknown): value is PageScan {
  if (!isRecord(value) || Object.keys(value).some((key) => !SCAN_KEYS.has(key))) return false;
  const { text, selected, hasPassword, scripts, textLength } = value;
  return (
    isText(text) &&
    typeof hasPassword === 'boolean' &&
    isCount(scripts) &&
    isCount(textLength) &&
    isRecord(selected) &&
    Object.entries(selected).every(([field, found]) => FIELDS.has(field) && (found === null || found === undefined || isText(found)))
  );
}
