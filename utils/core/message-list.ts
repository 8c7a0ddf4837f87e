/**
 * A page that is a list of messages (an SMS conversation), read one message at a time: the newest
 * message that holds a balance is the current reading, older ones fill the history, and each is
 * recorded once, by a key made of a hash of its text and its time (`utils/core/message-key.ts`; never
 * the text). A message read before is known by its key before any of its values are read, so a page
 * read again costs a hash per message, not the extraction engine. Pure: `now`, the clock of the
 * deadline and the keys seen before are parameters.
 */
import { extract, type ExtractHints } from '@/utils/extract';
import { type CueField, cueFields } from '@/utils/extract/keywords';
import { findQuotaAmounts, findUnlimited } from '@/utils/extract/quotas';
import { normalize } from '@/utils/extract/text';
import { MAX_MESSAGE_CHARS, MAX_MESSAGE_KEYS, MAX_MESSAGES, type Reading } from '@/utils/model';
import { type MessageScan, messageTime, pageTime } from '@/utils/core/message-time';
import { KnownMessages, messageKey, noValueKey, type Stamp, textHash } from '@/utils/core/message-key';

/** One balance message, read. */
export interface MessageReading {
  reading: Reading;
  /** Its identity across reads (`messageKey`). */
  key: string;
}

/** What reading a list gives: readings not stored before, and the keys to remember from now on. */
export interface MessageListResult {
  /** The newest balance message, unless it was read before or one read before is newer. */
  current?: Reading;
  /** Older balance messages not read before, oldest first. */
  history: Reading[];
  /**
   * The keys seen before with the new ones, at most `MAX_MESSAGE_KEYS`, the newest kept; from
   * `readMessageList`, followed by at most as many keys of messages that hold no value (`noValueKey`).
   */
  keys: string[];
  /** Balance messages on the page, new or read before. */
  found: number;
}

export interface MessageListOptions extends Omit<ExtractHints, 'now'> {
  accountId: string;
  now: number;
  /** The clock the deadline is read with (tests pass one). */
  clock?: () => number;
}

/** True when a reading holds any value: a message that holds none is a promotion, a code or chat. */
export function holdsBalance(r: Reading): boolean {
  return Boolean(r.credit || r.validUntil || r.graceUntil || r.quotas?.length);
}

/** Cue words that alone never make a value: a one-time code or PIN ("Kode OTP Anda 482913"). */
const NOT_BALANCE: ReadonlySet<CueField> = new Set(['code']);

/**
 * True when a text may hold a balance, so it is worth the extraction engine. The engine reads a value
 * only from a number next to a cue word of a value (a balance, a validity, a quota, a price...), from an
 * amount that names its own unit ("20 GB", "500 menit"), or from a word for "unlimited"; a one-time code
 * or a chat line has none of these. Cheap, and never false for a text the engine reads a value from
 * (tested over the extraction corpus, line by line).
 */
export function mayHoldBalance(input: string): boolean {
  const text = normalize(input);
  if (/\d/.test(text)) {
    if (cueFields(text).some((field) => !NOT_BALANCE.has(field))) return true;
    if (findQuotaAmounts(text).length > 0) return true;
  }
  return findUnlimited(text).length > 0;
}

/**
 * The balance messages of a list, oldest first: by time, then by place on the page (later is newer).
 * Two with the same time are a millisecond apart, so each keeps its own place in the history.
 */
export function orderByTime(list: readonly MessageReading[]): MessageReading[] {
  const sorted = list.map((m, index) => ({ m, index })).sort((x, y) => x.m.reading.at - y.m.reading.at || x.index - y.index);
  let last = -Infinity;
  return sorted.map(({ m }) => {
    const at = Math.max(m.reading.at, last + 1);
    last = at;
    return at === m.reading.at ? m : { ...m, reading: { ...m.reading, at } };
  });
}

/** The newest message that holds a balance, whatever comes after it. */
export function newestBalance(list: readonly MessageReading[]): MessageReading | undefined {
  return orderByTime(list.filter((m) => holdsBalance(m.reading))).at(-1);
}

/**
 * Splits balance messages not known by `seen` into the current reading (the newest, when no message
 * read before is newer) and the history; `found` counts balance messages read before on the page too.
 * `aDayAway: false` when the list was already sorted from the known (`readMessageList`, `KnownMessages.has`).
 */
export function freshMessages(
  list: readonly MessageReading[],
  seen: readonly string[] | KnownMessages = [],
  found = 0,
  now = Infinity,
  aDayAway = true,
): MessageListResult {
  const known = seen instanceof KnownMessages ? seen : new KnownMessages(seen);
  const ordered = orderByTime(list.filter((m) => holdsBalance(m.reading)));
  const keys = new Set<string>();
  const fresh = ordered.filter((m) => !keys.has(m.key) && !known.hasKey(m.key, aDayAway) && (keys.add(m.key), true));
  const newest = fresh.at(-1);
  // An older message found later (the page scrolled up) goes to the history, under the newest one read before.
  const current = newest && newest.reading.at >= Math.min(known.newest, now) ? newest : undefined;
  return {
    ...(current ? { current: current.reading } : {}),
    history: fresh.filter((m) => m !== current).map((m) => m.reading),
    keys: [...known.keys, ...fresh.map((m) => m.key)].slice(-MAX_MESSAGE_KEYS),
    found: found + ordered.length,
  };
}

/** What is known of a message before its values are read. */
interface Identity {
  hash: string;
  /** The time the page shows beside it (null: none). */
  page: Stamp | null;
  firstSeen: number;
  /** Read before (`seen`). */
  known: boolean;
}

/** Reads one message with the extraction engine; null when it holds no value. `outOfTime` when the deadline passed. */
export function readMessage(m: MessageScan, options: MessageListOptions, id: Omit<Identity, 'known'>): MessageReading | null | 'outOfTime' {
  const text = m.text.slice(0, MAX_MESSAGE_CHARS);
  if (!mayHoldBalance(text)) return null;
  const ctx = { now: options.now, timeZone: options.timeZone, locale: options.locale };
  // Relative dates ("berlaku 30 hari") count from when the message was sent.
  const found = extract(text, { ...options, now: id.page ? id.page.at : options.now }, { clock: options.clock });
  if (found.outOfTime) return 'outOfTime';
  const reading: Reading = { accountId: options.accountId, at: 0 };
  if (found.credit) reading.credit = found.credit.value;
  if (found.validUntil) reading.validUntil = found.validUntil.value;
  if (found.graceUntil) reading.graceUntil = found.graceUntil.value;
  if (found.quotas.length > 0) reading.quotas = found.quotas.map((q) => q.value);
  if (!holdsBalance(reading)) return null;
  const values = [reading.validUntil, reading.graceUntil].filter(Boolean) as string[];
  const time = messageTime({ ...m, text }, ctx, values, id.firstSeen, id.page);
  // Keyed by the time the page gives; stored no later than now.
  reading.at = Math.min(Math.round(time.at), options.now);
  return { reading, key: messageKey(id.hash, time) };
}

/** A day, ms. */
const DAY_MS = 24 * 60 * 60_000;

/**
 * Reads the newest `MAX_MESSAGES` messages of a list (oldest first, as pages show them) and splits them
 * by `seen`, newest first. Only a message known by its key is not read again (a hash per message, no
 * engine), and so is one whose text was found to hold no value before (its hash is kept, `noValueKey`,
 * never its text), so a page read again runs the engine only on what arrived since and older messages
 * loaded since. A message known only by a clock time a
 * day away (a day header left stale past midnight) is a new message when the page also shows the same
 * text a day earlier: the page relabelled that one, so this is another day's (a daily identical SMS).
 * `outOfTime` when the deadline passed before every message was read: nothing is stored then.
 */
export function readMessageList(
  messages: readonly MessageScan[],
  options: MessageListOptions,
  seen: readonly string[] = [],
): MessageListResult | 'outOfTime' {
  const known = new KnownMessages(seen);
  const list = messages.slice(-MAX_MESSAGES);
  const ctx = { now: options.now, timeZone: options.timeZone, locale: options.locale };
  const ids = list.map((m, i): Identity => {
    // A message without a time of its own is as old as the read: later on the page is a millisecond newer.
    const firstSeen = options.now - (list.length - 1 - i);
    const hash = textHash(m.text.slice(0, MAX_MESSAGE_CHARS));
    const page = pageTime(m, ctx, firstSeen);
    return { hash, page, firstSeen, known: known.has(hash, page) };
  });
  // Known only a day away: checked against the page's other messages of the same text (rare: a hash per pair).
  for (const id of ids) {
    if (!id.known || !id.page || id.page.precision !== 'minute' || known.has(id.hash, id.page, false)) continue;
    const at = id.page.at;
    const dayEarlier = ids.some((o) => o !== id && o.hash === id.hash && o.page && Math.abs(at - DAY_MS - o.page.at) <= 60_000);
    if (dayEarlier) id.known = false;
  }
  const read: MessageReading[] = [];
  const noValue = new Set(known.noValue);
  let found = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const id = ids[i] as Identity;
    if (id.known) {
      found++;
      continue;
    }
    if (known.holdsNothing(id.hash)) continue;
    const one = readMessage(list[i] as MessageScan, options, id);
    if (one === 'outOfTime') return 'outOfTime';
    if (one) read.push(one);
    else noValue.add(noValueKey(id.hash));
  }
  const result = freshMessages(read.reverse(), known, found, options.now, false);
  // The balance keys and the no-value ones, each at most `MAX_MESSAGE_KEYS` (the newest kept).
  return { ...result, keys: [...result.keys, ...[...noValue].slice(-MAX_MESSAGE_KEYS)] };
}
