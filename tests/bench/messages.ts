/**
 * The message-list budget (issue 13): a conversation of 2,000 messages read, de-duplicated and
 * recorded in at most 300 ms of our own work. Measured in Node on the fixture's markup (parsed with
 * linkedom, whose parsing is not ours and is not counted): the page reader (`scanDocument` with the
 * Messages for web locators), every message through the extraction engine (`readMessageList`), the
 * keys of a first read, and the new readings written to IndexedDB (fake-indexeddb) in one transaction
 * with the store's own de-duplication. A second read of the same page, which finds every message seen,
 * and a read of the page with one new reply are timed too.
 */
import 'fake-indexeddb/auto';
import { DOMParser } from 'linkedom';
import { readMessageList } from '@/utils/core/message-list';
import { closeBalanceDb, clearReadings, recentReadings, recordReadings } from '@/utils/stores/db';
import { scanDocument } from '@/utils/sources/page-scan';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { CONVERSATION, conversationMarkup } from '../server/messages-pages';
import { type Summary, summarize } from './stats';

export const BENCH_MESSAGES = 2000;
export const MESSAGES_BUDGET_MS = 300;

/** 2,000 messages over 40 days: every fourth a balance reply (its amount changing), the rest promotions, codes and chat. */
function bigConversation() {
  const chat = CONVERSATION.filter((m) => m.credit === undefined).map((m) => m.text);
  return Array.from({ length: BENCH_MESSAGES }, (_, i) => {
    const day = `${1 + Math.floor(i / 50)} November 2026`;
    const time = `${String(8 + Math.floor((i % 50) / 5)).padStart(2, '0')}:${String((i % 5) * 10).padStart(2, '0')}`;
    const text =
      i % 4 === 0
        ? `Sisa pulsa Anda Rp ${(100_000 - i * 10).toLocaleString('id-ID')}. Masa aktif s/d 31-12-2026.`
        : (chat[i % chat.length] ?? 'ok');
    return {
      day: day.replace(/^(\d+) November/, (_m, d: string) => (Number(d) > 30 ? `${Number(d) - 30} December` : `${d} November`)),
      time,
      text,
    };
  });
}

export interface MessagesBench {
  first: Summary;
  again: Summary;
  /** The same page with one new balance reply at the end. */
  one: Summary;
  balances: number;
}

/**
 * Times `runs` first reads (scan, engine, keys, IndexedDB writes in one transaction, as the worker's
 * `messageLog` stores them), second reads of the same page (every message known by its key: nothing is
 * extracted nor written) and reads of the page with one new reply. Checks, untimed, that IndexedDB holds
 * one reading per balance message after the first read and gains only the new one after the others.
 */
export async function benchMessages(runs: number): Promise<MessagesBench> {
  const messages = bigConversation();
  const parse = (list: typeof messages) => new DOMParser().parseFromString(conversationMarkup(list), 'text/html') as unknown as Document;
  const doc = parse(messages);
  const newer = parse([
    ...messages,
    { day: '10 December 2026', time: '18:30', text: 'Sisa pulsa Anda Rp 12.345. Masa aktif s/d 31-12-2026.' },
  ]);
  const { list } = messagesForWeb();
  const now = Date.UTC(2026, 11, 11, 12);
  const options = { accountId: 'bench', currency: 'IDR', now, timeZone: 'UTC' };
  const stored = async () => (await recentReadings('bench', 10 * BENCH_MESSAGES)).length;
  const first: number[] = [];
  const again: number[] = [];
  const one: number[] = [];
  let balances = 0;
  for (let run = 0; run < runs; run++) {
    await clearReadings('bench');
    const t0 = performance.now();
    const read = readMessageList(scanDocument(doc, {}, list).messages ?? [], options);
    if (read === 'outOfTime') throw new Error('out of time');
    await recordReadings([...read.history, ...(read.current ? [read.current] : [])]);
    first.push(performance.now() - t0);
    balances = read.found;
    if ((await stored()) !== balances) throw new Error('the first read did not store one reading per balance message');
    const t1 = performance.now();
    const second = readMessageList(scanDocument(doc, {}, list).messages ?? [], options, read.keys);
    if (second === 'outOfTime' || second.history.length > 0 || second.current) throw new Error('a second read found new messages');
    await recordReadings(second.history);
    again.push(performance.now() - t1);
    const t2 = performance.now();
    const third = readMessageList(scanDocument(newer, {}, list).messages ?? [], { ...options, now: now + 60_000 }, read.keys);
    if (third === 'outOfTime' || third.history.length > 0 || third.current?.credit?.amount !== 12_345)
      throw new Error('the new reply was not read');
    await recordReadings([third.current]);
    one.push(performance.now() - t2);
    if ((await stored()) !== balances + 1) throw new Error('IndexedDB gained more than the new reading');
  }
  await closeBalanceDb();
  return { first: summarize(first), again: summarize(again), one: summarize(one), balances };
}
