// The newest-balance rule and de-duplication across reads of a message list.
import { describe, expect, it } from 'vitest';
import { freshMessages, type MessageReading, messageKey, newestBalance, readMessageList } from '@/utils/core/message-list';
import { instantAt } from '@/utils/core/message-time';
import { MAX_MESSAGE_KEYS } from '@/utils/model';
import { CONVERSATION } from '../../server/messages-pages';

const NOW = Date.UTC(2026, 11, 4, 15, 0);
const options = { accountId: 'axis', currency: 'IDR', now: NOW, timeZone: 'UTC' };
const scans = CONVERSATION.map((m) => ({ text: m.text, label: m.time, day: m.day }));

const one = (at: number, amount: number, from: MessageReading['from'] = 'page'): MessageReading => {
  const reading = { accountId: 'a', at, credit: { amount, currency: 'IDR' } };
  return { reading, key: messageKey(reading, from), from };
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
    const seen = freshMessages([one(300, 3)]).keys;
    const result = freshMessages([one(100, 1), one(300, 3)], seen);
    expect(result.current).toBeUndefined();
    expect(result.history.map((r) => r.credit?.amount)).toEqual([1]);
  });

  it('keys hold time and values, not the text', () => {
    const a = one(100, 1).key;
    expect(one(100, 1).key).toBe(a);
    expect(one(101, 1).key).not.toBe(a);
    expect(one(100, 2).key).not.toBe(a);
    expect(one(100, 1, 'seen').key).toBe(one(999, 1, 'seen').key);
    expect(a).toMatch(/^[0-9a-z]{1,12}$/);
  });

  it('keeps at most MAX_MESSAGE_KEYS keys, the newest', () => {
    const seen = Array.from({ length: MAX_MESSAGE_KEYS }, (_, i) => `k${i}`);
    const result = freshMessages([one(5, 5)], seen);
    expect(result.keys).toHaveLength(MAX_MESSAGE_KEYS);
    expect(result.keys.at(-1)).toBe(one(5, 5).key);
    expect(result.keys[0]).toBe('k1');
  });

  it('stops at the deadline and stores nothing', () => {
    let clock = 0;
    const read = readMessageList(scans, { ...options, deadline: 10, clock: () => (clock += 100) });
    expect(read).toBe('outOfTime');
  });
});
