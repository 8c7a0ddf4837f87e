/**
 * How the network sources word a failure for an account's refresh state; the texts are the
 * `source.*` keys of utils/i18n/locales. They name the site's host at most: never a path, query, header
 * or token. A failure keeps its message key and arguments beside the text, so it is shown in the
 * language of the moment, not the one it happened in (`failureText` in utils/i18n/index.ts).
 */
import { type MessageArg, type MessageKey, type MessageRef, refText } from '@/utils/i18n';

/** A failure's `message` (today's language, for logs and older readers) and `text` (its key and arguments). */
export function sourceFailure(key: MessageKey, ...args: MessageArg[]): { message: string; text: MessageRef } {
  const text = { key, args };
  return { message: refText(text), text };
}

/** A source field (`credit`, `validUntil` …) as a message argument: its name in words, translated when shown. */
export function fieldArg(field: string): MessageArg {
  return { key: `source.fields.${field}` as MessageKey };
}
