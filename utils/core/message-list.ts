/**
 * A page that is a list of messages (an SMS conversation), read one message at a time: the newest
 * message that holds a balance is the current reading, older ones fill the history, and each is
 * recorded once, by a key made of its time and values (never its text). Pure: `now`, the clock of the
 * deadline and the keys seen before are parameters.
 */
import { extract, type ExtractHints } from '@/utils/extract';
import { cueFields } from '@/utils/extract/keywords';
import { MAX_MESSAGE_CHARS, MAX_MESSAGE_KEYS, MAX_MESSAGES, type Reading } from '@/utils/model';
import { type MessageScan, messageTime, type TimeSource } from '@/utils/core/message-time';

/** One balance message, read. */
export interface MessageReading {
  reading: Reading;
  /** Its identity across reads: a hash of its time (unless first seen) and values. */
  key: string;
  from: TimeSource;
}

/** What reading a list gives: readings not stored before, and the keys to remember from now on. */
export interface MessageListResult {
  /** The newest balance message, unless it was read before. */
  current?: Reading;
  /** Older balance messages not read before, oldest first. */
  history: Reading[];
  /** The keys seen before with the new ones, at most `MAX_MESSAGE_KEYS`, the newest kept. */
  keys: string[];
  /** Balance messages on the page, new or not. */
  found: number;
}

export interface MessageListOptions extends Omit<ExtractHints, 'now'> {
  accountId: string;
  now: number;
  /** The clock the deadline is read with (tests pass one). */
  clock?: () => number;
}

/** A reading's values in a stable form (as `utils/core/readings.ts` compares them). */
function valuesOf(r: Reading): string {
  return JSON.stringify([r.credit?.amount, r.credit?.currency, r.validUntil, r.graceUntil, r.quotas ?? []]);
}

/** 53 bits of two FNV-1a hashes, base 36: short, stable, and not the text. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (((a >>> 0) % 0x200000) * 0x100000000 + (b >>> 0)).toString(36);
}

/** The key of a balance message: its time when the page or the text gave one, and its values. */
export function messageKey(reading: Reading, from: TimeSource): string {
  return hash(`${from === 'seen' ? '' : reading.at}|${valuesOf(reading)}`);
}

/** True when a reading holds any value: a message that holds none is a promotion, a code or chat. */
export function holdsBalance(r: Reading): boolean {
  return Boolean(r.credit || r.validUntil || r.graceUntil || r.quotas?.length);
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

/** Splits read messages into what was not stored before, and the keys to remember (bounded, newest kept). */
export function freshMessages(list: readonly MessageReading[], seen: readonly string[] = []): MessageListResult {
  const ordered = orderByTime(list.filter((m) => holdsBalance(m.reading)));
  const known = new Set(seen);
  const fresh = ordered.filter((m) => !known.has(m.key) && (known.add(m.key), true));
  const newest = ordered.at(-1);
  const current = newest && fresh.includes(newest) ? newest.reading : undefined;
  const keys = [...seen.filter((k) => !fresh.some((m) => m.key === k)), ...fresh.map((m) => m.key)].slice(-MAX_MESSAGE_KEYS);
  return {
    ...(current ? { current } : {}),
    history: fresh.filter((m) => m !== newest).map((m) => m.reading),
    keys,
    found: ordered.length,
  };
}

/** Reads one message with the extraction engine; null when it holds no value. `outOfTime` when the deadline passed. */
export function readMessage(m: MessageScan, options: MessageListOptions, firstSeen: number): MessageReading | null | 'outOfTime' {
  const text = m.text.slice(0, MAX_MESSAGE_CHARS);
  // No digit, no balance: most chat and every promotion without numbers costs nothing.
  if (!/[\d０-９一二三四五六七八九十]/.test(text)) return null;
  // No balance, validity or quota word either ("Sisa pulsa", "balance", "余额"): a code or chat, not a reply to read.
  if (cueFields(text).length === 0) return null;
  const ctx = { now: options.now, timeZone: options.timeZone, locale: options.locale };
  const page = messageTime({ ...m, text: '' }, ctx, [], firstSeen);
  // Relative dates ("berlaku 30 hari") count from when the message was sent.
  const found = extract(text, { ...options, now: page.from === 'page' ? page.at : options.now }, { clock: options.clock });
  if (found.outOfTime) return 'outOfTime';
  const reading: Reading = { accountId: options.accountId, at: 0 };
  if (found.credit) reading.credit = found.credit.value;
  if (found.validUntil) reading.validUntil = found.validUntil.value;
  if (found.graceUntil) reading.graceUntil = found.graceUntil.value;
  if (found.quotas.length > 0) reading.quotas = found.quotas.map((q) => q.value);
  if (!holdsBalance(reading)) return null;
  const time =
    page.from === 'page' ? page : messageTime(m, ctx, [reading.validUntil, reading.graceUntil].filter(Boolean) as string[], firstSeen);
  reading.at = Math.round(time.at);
  const key = messageKey(reading, time.from);
  // Keyed by the time the page gives; stored no later than now.
  reading.at = Math.min(reading.at, options.now);
  return { reading, key, from: time.from };
}

/**
 * Reads the newest `MAX_MESSAGES` messages of a list (oldest first, as pages show them) and splits them
 * by `seen`. `outOfTime` when the deadline passed before every message was read: nothing is stored then.
 */
export function readMessageList(
  messages: readonly MessageScan[],
  options: MessageListOptions,
  seen: readonly string[] = [],
): MessageListResult | 'outOfTime' {
  const read: MessageReading[] = [];
  const newest = messages.slice(-MAX_MESSAGES);
  // A message without a time of its own is as old as the read: later on the page is a millisecond newer.
  for (const [i, m] of newest.entries()) {
    const one = readMessage(m, options, options.now - (newest.length - 1 - i));
    if (one === 'outOfTime') return 'outOfTime';
    if (one) read.push(one);
  }
  return freshMessages(read, seen);
}
