/**
 * Every status message the network sources write into an account's refresh state, in one table;
 * the texts are in utils/locales (source.*). They name the site's host at most: never a path, query,
 * header or token. A failure stores the message's name and arguments beside its text, so it is shown
 * in the language of the moment, not the one it happened in.
 */
import { t } from '../i18n';

export const sourceMessages = {
  signedOut: (host: string) => t('source.signedOut', host),
  passwordPage: (host: string) => t('source.passwordPage', host),
  timeout: (host: string) => t('source.timeout', host),
  network: (host: string) => t('source.network', host),
  serverError: (host: string, status: number) => t('source.serverError', host, status),
  httpError: (host: string, status: number) => t('source.httpError', host, status),
  rateLimited: (host: string, seconds?: number) =>
    seconds === undefined ? t('source.rateLimited', host) : t('source.rateLimitedWait', host, formatWait(seconds)),
  tooLarge: (host: string, mb: number) => t('source.tooLarge', host, mb),
  notJson: (host: string) => t('source.notJson', host),
  missingPath: (field: string, path: string) => t('source.missingPath', path, fieldWord(field)),
  nothingInJson: (host: string) => t('source.nothingInJson', host),
  missingSelector: (field: string, selector: string) => t('source.missingSelector', selector, fieldWord(field)),
  unreadableSelector: (field: string, selector: string) => t('source.unreadableSelector', selector, fieldWord(field)),
  nothingOnPage: (host: string) => t('source.nothingOnPage', host),
  drawnByScript: (host: string) => t('source.drawnByScript', host),
  noParser: () => t('source.noParser'),
  noAnswer: (seconds: number) => t('source.noAnswer', seconds),
  invalidReading: () => t('source.invalidReading'),
};

/** The name of a source message. */
export type SourceMessageKey = keyof typeof sourceMessages;

/** A source message by name and arguments, as stored with a failure. */
export interface MessageRef {
  key: SourceMessageKey;
  args: (string | number | undefined)[];
}

/** The `message` (in today's language, for logs and older readers) and `text` (to show later) of a failure. */
export function sourceFailure<K extends SourceMessageKey>(key: K, ...args: Parameters<(typeof sourceMessages)[K]>): { message: string; text: MessageRef } {
  const say = sourceMessages[key] as (...a: unknown[]) => string;
  // JSON would store a trailing undefined as null: leave it out.
  const kept: MessageRef['args'] = [...args];
  while (kept.length > 0 && kept[kept.length - 1] === undefined) kept.pop();
  return { message: say(...args), text: { key, args: kept } };
}

/** What a recorded failure says, in the language in use now; its stored message when it has no `text` (older versions) or an unknown one. */
export function failureText(failure: { message: string; text?: MessageRef }): string {
  const text = failure.text;
  if (!text || !Object.hasOwn(sourceMessages, text.key) || !Array.isArray(text.args)) return failure.message;
  return (sourceMessages[text.key] as (...a: unknown[]) => string)(...text.args.map((a) => a ?? undefined));
}

const FIELD_WORDS: Readonly<Record<string, Parameters<typeof t>[0]>> = {
  credit: 'source.fields.credit',
  currency: 'source.fields.currency',
  validUntil: 'source.fields.validUntil',
  graceUntil: 'source.fields.graceUntil',
  quotaRemaining: 'source.fields.quotaRemaining',
  quotaTotal: 'source.fields.quotaTotal',
  quotaUsed: 'source.fields.quotaUsed',
};

/** A field's name in words, for messages. */
export function fieldWord(field: string): string {
  const key = FIELD_WORDS[field];
  return key ? t(key) : field;
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}
