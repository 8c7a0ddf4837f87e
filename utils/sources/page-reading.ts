/**
 * A scanned page made into a reading: by the account's CSS selectors or picked locators when it has
 * them, else by the extraction engine over the page's reading-order text. A picked locator that finds
 * nothing falls back to the engine and says the page changed. Pure; shared by the web page source (pages
 * fetched in the background), capture on visit (pages the user opens) and the picker's preview.
 */
import { extract } from '@/utils/extract';
import type { FieldLocator, Reading, SourceField, SourceResult } from '@/utils/model';
import type { PageScan, Selectors } from '@/utils/sources/page-scan';
import { fieldArg, sourceFailure as fail } from '@/utils/core/source-messages';
import { toDataBytes, toIsoDate, toMoney, type ValueHints } from '@/utils/sources/values';
import { readMessageList } from '@/utils/core/message-list';
import { isMessageList } from '@/utils/sources/scan-check';

/** What a message-list page gave besides its current reading: older balance messages not stored before, and the keys to remember. */
export interface MessagesRead {
  history: Reading[];
  keys: string[];
}

/**
 * A page's outcome; `scripted` says the page looks drawn by JavaScript (no values in its HTML). A
 * reading's `notice` says a picked value was not where it was picked, and the labels gave the reading;
 * `messages` comes from a message-list page (its `reading` is then the newest balance message, when new).
 */
export type PageResult = SourceResult & { scripted?: boolean; messages?: MessagesRead };

/** How a locator is named in a message: a typed selector as typed, a picked one by its label or selector. */
export function locatorName(locator: FieldLocator | undefined): string {
  if (locator === undefined) return '';
  return typeof locator === 'string' ? locator : (locator.label ?? locator.css ?? '');
}

/** What reading a page needs. */
export interface PageReadOptions extends ValueHints {
  accountId: string;
  at: number;
  host: string;
  selectors?: Selectors;
  /** When reading must stop, epoch ms by `Date.now` (`SourceDeps.deadline`). */
  deadline?: number;
  /** A message-list page: the keys of the messages read before (`utils/core/message-list.ts`). */
  seen?: string[];
}

/**
 * Asked only of a page whose HTML gave no values: with scripts, they may be drawn after load. An app
 * shell's menu, footer and cookie banner are text too, so how much text there is proves nothing.
 */
export function looksScripted(scan: Pick<PageScan, 'scripts'>): boolean {
  return scan.scripts > 0;
}

function fromSelectors(scan: PageScan, selectors: Selectors, options: PageReadOptions): PageResult {
  const reading: Reading = { accountId: options.accountId, at: options.at };
  const text: Partial<Record<SourceField, string>> = {};
  for (const [field, selector] of Object.entries(selectors) as [SourceField, FieldLocator][]) {
    const found = scan.selected[field];
    // A picked value no longer where it was: the labels may still find it, and the card says the page changed.
    if ((found === null || found === undefined) && typeof selector !== 'string') return fromLabels(scan, options, true);
    if (found === null || found === undefined)
      return {
        ok: false,
        code: 'layout-changed',
        ...fail('source.missingSelector', locatorName(selector), fieldArg(field)),
        scripted: looksScripted(scan),
      };
    text[field] = found;
  }
  const bad = (field: SourceField) => ({
    ok: false as const,
    code: 'layout-changed' as const,
    ...fail('source.unreadableSelector', locatorName(selectors[field]), fieldArg(field)),
  });
  const currency = text.currency && /^[A-Za-z]{3}$/.test(text.currency) ? text.currency.toUpperCase() : options.currency;
  if (text.credit !== undefined) {
    const credit = toMoney(text.credit, options, currency);
    if (!credit) return bad('credit');
    reading.credit = credit;
  }
  for (const field of ['validUntil', 'graceUntil'] as const) {
    if (text[field] === undefined) continue;
    const date = toIsoDate(text[field], options);
    if (!date) return bad(field);
    reading[field] = date;
  }
  if (text.quotaRemaining !== undefined || text.quotaUsed !== undefined) {
    // Page text names its unit ("1.5 GB"); a bare number is taken as megabytes, as portals show.
    const bytes = (field: SourceField) => (text[field] === undefined ? undefined : toDataBytes(text[field], 'MB', options.locale));
    const total = bytes('quotaTotal');
    const used = bytes('quotaUsed');
    const remaining = bytes('quotaRemaining') ?? (total !== undefined && used !== undefined ? Math.max(0, total - used) : undefined);
    if (remaining === undefined) return bad(text.quotaRemaining !== undefined ? 'quotaRemaining' : 'quotaUsed');
    reading.quotas = [{ label: 'Data', kind: 'data', remaining, ...(total === undefined ? {} : { total }), unit: 'B' }];
  }
  return { ok: true, reading };
}

/** The reading a page gives, or why it gives none. Never a reading from a sign-in form. */
export function readingFromScan(scan: PageScan, options: PageReadOptions): PageResult {
  if (scan.hasPassword) return { ok: false, code: 'login-required', ...fail('source.passwordPage', options.host) };
  if (scan.messages) {
    // A page's process may be hostile's: each message is checked for shape and size where it is read.
    if (!isMessageList(scan.messages)) return { ok: false, code: 'parse', ...fail('source.nothingOnPage', options.host) };
    return fromMessages(scan, options);
  }
  const selectors = options.selectors ?? {};
  if (Object.keys(selectors).length > 0) return fromSelectors(scan, selectors, options);
  return fromLabels(scan, options, false);
}

/** The extraction engine's reading of the page's text; `changed` when picked locators found nothing. */
function fromLabels(scan: PageScan, options: PageReadOptions, changed: boolean): PageResult {
  const found = extract(scan.text, {
    currency: options.currency,
    locale: options.locale,
    now: options.now,
    timeZone: options.timeZone,
    deadline: options.deadline,
  });
  if (found.outOfTime) return { ok: false, code: 'timeout', ...fail('source.tooLongToRead', options.host) };
  const reading: Reading = { accountId: options.accountId, at: options.at };
  if (found.credit) reading.credit = found.credit.value;
  if (found.validUntil) reading.validUntil = found.validUntil.value;
  if (found.graceUntil) reading.graceUntil = found.graceUntil.value;
  if (found.quotas.length > 0) reading.quotas = found.quotas.map((q) => q.value);
  if (reading.credit || reading.validUntil || reading.graceUntil || reading.quotas)
    return changed ? { ok: true, reading, notice: { key: 'source.pageChanged', args: [options.host] } } : { ok: true, reading };
  if (changed) return { ok: false, code: 'layout-changed', ...fail('source.pickedGone', options.host), scripted: looksScripted(scan) };
  const scripted = looksScripted(scan);
  return {
    ok: false,
    code: 'parse',
    ...(scripted ? fail('source.drawnByScript', options.host) : fail('source.nothingOnPage', options.host)),
    scripted,
  };
}

/** A message-list page: each message read on its own; nothing new when every balance message was read before. */
function fromMessages(scan: PageScan, options: PageReadOptions): PageResult {
  const { accountId, currency, locale, now, timeZone, deadline } = options;
  const read = readMessageList(scan.messages ?? [], { accountId, currency, locale, now, timeZone, deadline }, options.seen);
  if (read === 'outOfTime') return { ok: false, code: 'timeout', ...fail('source.tooLongToRead', options.host) };
  if (read.found === 0) {
    const scripted = looksScripted(scan);
    return { ok: false, code: 'parse', ...fail('source.noBalanceMessage', options.host), scripted };
  }
  return { ok: true, reading: read.current ?? null, messages: { history: read.history, keys: read.keys } };
}
