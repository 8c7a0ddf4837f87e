/**
 * Who a message is, across reads of its page, without its text: a hash of its text and the minute the
 * page says it was sent, with how precise that time is. A time label that changes ("Now" → "10:43",
 * "Kemarin" → "3 Des", "Today" left stale past midnight) moves the time within its precision, so two
 * keys are the same message when their hashes are equal and their times agree within that precision.
 * Only these keys are stored (`messageKeys:<account id>`), never a text. Pure.
 */

/**
 * How precise a message's time is: `minute` (a clock time or a machine stamp), `day` (a date alone),
 * `now` (just arrived: "Now", "5 min"), `text` (a date its text states) or `seen` (none: when first seen).
 * The last two are not from the page's labels, so they never move: the text alone says who it is.
 */
export type Precision = 'minute' | 'day' | 'now' | 'text' | 'seen';

/** When a message was sent, and how precisely. */
export interface Stamp {
  at: number;
  precision: Precision;
}

const CODE: Record<Precision, string> = { minute: 'm', day: 'd', now: 'n', text: 't', seen: 's' };
const PRECISION: Record<string, Precision> = { m: 'minute', d: 'day', n: 'now', t: 'text', s: 'seen' };
/** How far (minutes) a time of each precision may move between reads and still be the same message. */
const SLACK: Record<Precision, number> = { minute: 1, now: 5, day: 25 * 60, text: 0, seen: 0 };
const DAY_MINUTES = 24 * 60;

/** 53 bits of two FNV-1a hashes, base 36: short, stable, and not the text. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (((a >>> 0) % 0x200000) * 0x100000000 + (b >>> 0)).toString(36);
}

/** The key of a message found to hold no value (a promotion, a code, chat): `<text hash>.x`, whatever its time. */
export const noValueKey = (hash: string) => `${hash}.x`;
const NO_VALUE = /^([0-9a-z]{1,12})\.x$/;

/** A message's key: `<text hash>.<minute, base 36>.<precision>`. */
export function messageKey(hash: string, stamp: Stamp): string {
  return `${hash}.${Math.floor(stamp.at / 60_000).toString(36)}.${CODE[stamp.precision]}`;
}

interface Known {
  minute: number;
  precision: Precision;
}

/** A key read back, or null for anything else (a key of an older format is no key). */
function parseKey(key: string): ({ hash: string } & Known) | null {
  const m = /^([0-9a-z]{1,12})\.(-?[0-9a-z]{1,10})\.([mdnts])$/.exec(key);
  const precision = m && PRECISION[m[3] as string];
  return m && precision ? { hash: m[1] as string, minute: parseInt(m[2] as string, 36), precision } : null;
}

/** The messages read before, by text hash: which a message is, and the newest time among them. */
export class KnownMessages {
  private readonly byHash = new Map<string, Known[]>();
  /** The newest time any known message was sent, epoch ms (-Infinity: none). */
  readonly newest: number;
  /** The keys of balance messages given, less any not of this format. */
  readonly keys: string[] = [];
  /** The keys of messages found to hold no value (`noValueKey`), in the order given. */
  readonly noValue: string[] = [];
  private readonly noValueHashes = new Set<string>();

  constructor(keys: readonly string[]) {
    let newest = -Infinity;
    for (const key of keys) {
      const empty = NO_VALUE.exec(key);
      if (empty) {
        if (!this.noValueHashes.has(empty[1] as string)) this.noValue.push(key);
        this.noValueHashes.add(empty[1] as string);
        continue;
      }
      const k = parseKey(key);
      if (!k) continue;
      this.keys.push(key);
      const list = this.byHash.get(k.hash);
      if (list) list.push(k);
      else this.byHash.set(k.hash, [k]);
      newest = Math.max(newest, k.minute * 60_000);
    }
    this.newest = newest;
  }

  /**
   * True when the message with text hash `hash`, sent at `stamp` (null: the page shows no time), was
   * read before: the same text at the same time within the looser of the two precisions. A time the
   * page does not give cannot move, so the text alone says. A clock time also matches one a day away:
   * a day header ("Today", "Kemarin") read just before and just after midnight, before the page redrew it.
   * `aDayAway: false` leaves that out (the page shows the same text a day earlier too: two messages).
   */
  has(hash: string, stamp: Stamp | null, aDayAway = true): boolean {
    const list = this.byHash.get(hash);
    if (!list) return false;
    if (!stamp || stamp.precision === 'text' || stamp.precision === 'seen') return true;
    const minute = Math.floor(stamp.at / 60_000);
    return list.some((k) => {
      if (k.precision === 'text' || k.precision === 'seen') return true;
      const apart = Math.abs(minute - k.minute);
      const slack = Math.max(SLACK[stamp.precision], SLACK[k.precision]);
      const clock =
        aDayAway && (stamp.precision === 'minute' || k.precision === 'minute') && stamp.precision !== 'day' && k.precision !== 'day';
      return apart <= slack || (clock && Math.abs(apart - DAY_MINUTES) <= slack);
    });
  }

  /** True when a message of this text was found to hold no value: its text alone says so, whatever its time. */
  holdsNothing(hash: string): boolean {
    return this.noValueHashes.has(hash);
  }

  /** True when the message a key names (`messageKey`) was read before (`has`). */
  hasKey(key: string, aDayAway = true): boolean {
    const k = parseKey(key);
    return k !== null && this.has(k.hash, { at: k.minute * 60_000, precision: k.precision }, aDayAway);
  }
}
