// The newest-balance rule and de-duplication across reads of a message list.
import { describe, expect, it } from 'vitest';
import { freshMessages, mayHoldBalance, type MessageReading, newestBalance, readMessageList } from '@/utils/core/message-list';
import { messageKey, type Precision, textHash } from '@/utils/core/message-key';
import { instantAt } from '@/utils/core/message-time';
import { MAX_MESSAGE_KEYS } from '@/utils/model';
import { CONVERSATION } from '../../server/messages-pages';

const NOW = Date.UTC(2026, 11, 4, 15, 0);
const MINUTE = 60_000;
const options = { accountId: 'axis', currency: 'IDR', now: NOW, timeZone: 'UTC' };
const scans = CONVERSATION.map((m) => ({ text: m.text, label: m.time, day: m.day }));

const one = (at: number, amount: number, precision: Precision = 'minute'): MessageReading => {
  const reading = { accountId: 'a', at, credit: { amount, currency: 'IDR' } };
  return { reading, key: messageKey(textHash(`Sisa pulsa Rp ${amount}`), { at, precision }) };
};

describe('the newest balance', () => {
  it('is the newest message holding a value, whatever comes after it', () => {
    const read = readMessageList(scans, options);
    if (read === 'outOfTime') throw new Error('out of time');
    expect(read.current?.credit?.amount).toBe(35_000);
    expect(read.current?.at).toBe(instantAt('2026-12-04', 1, 'UTC'));
    expect(read.history.map((r) => [r.credit?.amount, r.at])).toEqual([
      [50_000, instantAt('2026-11-30', 555, 'UTC')],
      [42_500, instantAt('2026-12-03', 510, 'UTC')],
    ]);
    expect(read.found).toBe(3);
  });

  it('orders by time, then by place on the page', () => {
    expect(newestBalance([one(200, 1), one(100, 2)])?.reading.credit?.amount).toBe(1);
    expect(newestBalance([one(100, 1), one(100, 2)])?.reading.credit?.amount).toBe(2);
    expect(newestBalance([])).toBeUndefined();
  });
});

describe('de-duplication across reads', () => {
  it('adds nothing when the same page is read again', () => {
    const first = readMessageList(scans, options);
    if (first === 'outOfTime') throw new Error('out of time');
    const again = readMessageList(scans, { ...options, now: NOW + 60_000 }, first.keys);
    expect(again).toEqual({ history: [], keys: first.keys, found: 3 });
  });

  it('reads a message appended later, and a first-seen one only once', () => {
    const first = readMessageList(scans, options);
    if (first === 'outOfTime') throw new Error('out of time');
    const later = [...scans, { text: 'Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.', label: 'Now', day: 'Today' }];
    const second = readMessageList(later, { ...options, now: NOW + 1000 }, first.keys);
    if (second === 'outOfTime') throw new Error('out of time');
    expect(second.current?.credit?.amount).toBe(30_000);
    expect(second.current?.at).toBe(NOW + 1000);
    expect(second.history).toEqual([]);
    // A first-seen message has no time of its own: read again later, it is still the same message.
    expect(readMessageList(later, { ...options, now: NOW + 99_000 }, second.keys)).toEqual({ history: [], keys: second.keys, found: 4 });
  });

  it('stores an older message found later in the history, not as the current reading', () => {
    const seen = freshMessages([one(300 * MINUTE, 3)]).keys;
    const result = freshMessages([one(100 * MINUTE, 1), one(300 * MINUTE, 3)], seen);
    expect(result.current).toBeUndefined();
    expect(result.history.map((r) => r.credit?.amount)).toEqual([1]);
  });

  it('keys hold a hash of the text and the minute, never the text', () => {
    const a = one(100 * MINUTE, 1).key;
    expect(one(100 * MINUTE, 1).key).toBe(a);
    expect(one(101 * MINUTE, 1).key).not.toBe(a);
    expect(one(100 * MINUTE, 2).key).not.toBe(a);
    expect(a).toMatch(/^[0-9a-z]{1,12}\.[0-9a-z]+\.m$/);
    const read = readMessageList(scans, options);
    if (read === 'outOfTime') throw new Error('out of time');
    // Each key is a hash, a minute and a precision: nothing else of the message. A message that holds no
    // value (the promotion, the code) leaves its text's hash alone.
    expect(read.keys.filter((key) => /^[0-9a-z]{1,12}\.[0-9a-z]+\.[mdnts]$/.test(key))).toHaveLength(3);
    expect(read.keys.filter((key) => /^[0-9a-z]{1,12}\.x$/.test(key))).toHaveLength(scans.length - 3);
    expect(read.keys).toHaveLength(scans.length);
  });

  it('keeps at most MAX_MESSAGE_KEYS keys, the newest, and drops keys of another format', () => {
    const seen = Array.from({ length: MAX_MESSAGE_KEYS }, (_, i) => one(i * MINUTE, 1000 + i).key);
    const result = freshMessages([one(MAX_MESSAGE_KEYS * MINUTE, 5)], seen);
    expect(result.keys).toHaveLength(MAX_MESSAGE_KEYS);
    expect(result.keys.at(-1)).toBe(one(MAX_MESSAGE_KEYS * MINUTE, 5).key);
    expect(result.keys[0]).toBe(seen[1]);
    expect(freshMessages([], ['old-format-key', seen[0] as string]).keys).toEqual([seen[0]]);
  });

  it('stops at the deadline and stores nothing', () => {
    let clock = 0;
    const read = readMessageList(scans, { ...options, deadline: 10, clock: () => (clock += 100) });
    expect(read).toBe('outOfTime');
  });
});

describe('reading again costs no extraction', () => {
  /** Reads with a deadline on a clock that counts how often the engine looked at it (it looks while it reads). */
  const counted = (list: typeof scans, seen?: string[], now = NOW) => {
    let looks = 0;
    const read = readMessageList(list, { ...options, now, deadline: Infinity, clock: () => (looks++, 0) }, seen);
    if (read === 'outOfTime') throw new Error('out of time');
    return { read, looks };
  };
  const page = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      text:
        i % 3 === 0
          ? `Sisa pulsa Anda Rp ${(90_000 - i * 10).toLocaleString('id-ID')}. Masa aktif s/d 31-12-2026.`
          : `Promo ${i}! Paket 10GB Rp 25.000 s/d 10/12/2026.`,
      label: `${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      day: '1 December 2026',
    }));

  it('a page read before runs the engine on nothing', () => {
    const first = counted(page(91));
    expect(first.looks).toBeGreaterThan(0);
    expect(first.read.history).toHaveLength(30);
    const again = counted(page(91), first.read.keys, NOW + 60_000);
    expect(again.looks).toBe(0);
    expect(again.read).toEqual({ history: [], keys: first.read.keys, found: 31 });
  });

  it('nor on messages after the newest balance: a promotion leaves the hash of its text', () => {
    const first = counted(page(93));
    expect(counted(page(93).slice(91)).looks).toBeGreaterThan(0);
    const again = counted(page(93), first.read.keys, NOW + 60_000);
    expect(again.looks).toBe(0);
    expect(again.read).toEqual({ history: [], keys: first.read.keys, found: 31 });
  });

  it('keeps at most MAX_MESSAGE_KEYS hashes of messages that hold no value, beside the balance keys', () => {
    const promos = Array.from({ length: MAX_MESSAGE_KEYS + 5 }, (_, i) => ({
      text: `Promo ${i}! Paket 10GB Rp 25.000.`,
      label: '08:00',
      day: 'Today',
    }));
    const first = counted([...promos.slice(0, 10), ...page(4)]);
    const then = counted(promos, first.read.keys);
    const noValue = then.read.keys.filter((key) => key.endsWith('.x'));
    expect(noValue).toHaveLength(MAX_MESSAGE_KEYS);
    // The balance keys are all kept.
    expect(then.read.keys.filter((key) => !key.endsWith('.x'))).toEqual(first.read.keys.filter((key) => !key.endsWith('.x')));
  });

  it('only what arrived since is read: the newest balance is current', () => {
    const first = counted(page(91).slice(0, 61));
    const then = counted(page(91), first.read.keys, NOW + 60_000);
    expect(then.looks).toBe(counted(page(91).slice(61)).looks);
    expect(then.read.current?.credit?.amount).toBe(90_000 - 90 * 10);
    expect(then.read.history).toHaveLength(9);
  });

  it('older messages loaded since (the page scrolled up) are read into the history', () => {
    const first = counted(page(90).slice(45));
    const then = counted(page(90), first.read.keys, NOW + 60_000);
    expect(then.read.current).toBeUndefined();
    expect(then.read.history.map((r) => r.credit?.amount)).toEqual(Array.from({ length: 15 }, (_, k) => 90_000 - k * 3 * 10));
  });
});

describe('the prefilter', () => {
  it('skips codes and chat, never a balance reply of the fixture', () => {
    for (const m of CONVERSATION) expect(mayHoldBalance(m.text)).toBe(m.credit !== undefined || m.text.startsWith('Promo'));
    expect(mayHoldBalance('ok, thanks')).toBe(false);
  });
});

describe('the same text on another day', () => {
  const T = 'Sisa pulsa Rp 10.000, aktif s/d 31-12-2026.';
  const X = 'Sisa pulsa Rp 7.500, aktif s/d 31-12-2026.';
  const at = (day: string, minutes: number) => instantAt(day, minutes, 'UTC');
  const read = (list: { text: string; label: string; day: string }[], now: number, seen: string[] = []) => {
    const result = readMessageList(list, { ...options, now }, seen);
    if (result === 'outOfTime') throw new Error('out of time');
    return result;
  };

  it("reads every message between two of the same text, and the newer one as today's", () => {
    const first = read([{ text: T, label: '08:00', day: 'Kemarin' }], NOW);
    const second = read(
      [
        { text: T, label: '08:00', day: 'Kemarin' },
        { text: X, label: '09:00', day: 'Kemarin' },
        { text: T, label: '08:00', day: 'Hari ini' },
      ],
      NOW,
      first.keys,
    );
    expect(second.current?.credit?.amount).toBe(10_000);
    expect(second.current?.at).toBe(at('2026-12-04', 480));
    expect(second.history.map((r) => [r.credit?.amount, r.at])).toEqual([[7_500, at('2026-12-03', 540)]]);
    expect(second.found).toBe(3);
    // Read a third time: nothing new.
    expect(
      read(
        [
          { text: T, label: '08:00', day: 'Kemarin' },
          { text: X, label: '09:00', day: 'Kemarin' },
          { text: T, label: '08:00', day: 'Hari ini' },
        ],
        NOW + MINUTE,
        second.keys,
      ),
    ).toEqual({
      history: [],
      keys: second.keys,
      found: 3,
    });
  });

  it('records a daily identical SMS each day, yet a day header left stale past midnight is the same message', () => {
    const dayOne = Date.UTC(2026, 11, 3, 10, 0);
    const first = read([{ text: T, label: '08:00', day: 'Hari ini' }], dayOne);
    expect(first.current?.at).toBe(at('2026-12-03', 480));
    // The next morning, read before the page redrew its header: "Hari ini" now names the new day.
    const stale = read([{ text: T, label: '08:00', day: 'Hari ini' }], Date.UTC(2026, 11, 4, 0, 1), first.keys);
    expect(stale).toEqual({ history: [], keys: first.keys, found: 1 });
    // The same text arrives again at the same clock time: yesterday's is relabelled, today's is new.
    const dayTwo = read(
      [
        { text: T, label: '08:00', day: 'Kemarin' },
        { text: T, label: '08:00', day: 'Hari ini' },
      ],
      Date.UTC(2026, 11, 4, 10, 0),
      first.keys,
    );
    expect(dayTwo.current?.at).toBe(at('2026-12-04', 480));
    expect(dayTwo.history).toEqual([]);
    expect(dayTwo.keys).toHaveLength(2);
  });
});
