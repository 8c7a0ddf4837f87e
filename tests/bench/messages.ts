/**
 * The message-list budget (issue 13): a conversation of 2,000 messages read, de-duplicated and
 * recorded in at most 300 ms of our own work. Measured in Node on the fixture's markup (parsed with
 * linkedom, whose parsing is not ours and is not counted): the page reader (`scanDocument` with the
 * Messages for web locators), every message through the extraction engine (`readMessageList`), the
 * keys of a first read, and the new readings written to IndexedDB (fake-indexeddb) with the store's
 * own de-duplication. A second read of the same page, which finds every message seen, is timed too.
 */
import 'fake-indexeddb/auto';
import { DOMParser } from 'linkedom';
import { readMessageList } from '@/utils/core/message-list';
import { closeBalanceDb, clearReadings, recordReading } from '@/utils/stores/db';
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
  balances: number;
}

/** Times `runs` first reads (scan, engine, keys, IndexedDB writes) and second reads of the 2,000-message page. */
export async function benchMessages(runs: number): Promise<MessagesBench> {
  const doc = new DOMParser().parseFromString(conversationMarkup(bigConversation()), 'text/html') as unknown as Document;
  const { list } = messagesForWeb();
  const now = Date.UTC(2026, 11, 10, 12);
  const options = { accountId: 'bench', currency: 'IDR', now, timeZone: 'UTC' };
  const first: number[] = [];
  const again: number[] = [];
  let balances = 0;
  for (let run = 0; run < runs; run++) {
    await clearReadings('bench');
    const t0 = performance.now();
    const read = readMessageList(scanDocument(doc, {}, list).messages ?? [], options);
    if (read === 'outOfTime') throw new Error('out of time');
    for (const r of [...read.history, ...(read.current ? [read.current] : [])]) await recordReading(r);
    first.push(performance.now() - t0);
    balances = read.found;
    const t1 = performance.now();
    const second = readMessageList(scanDocument(doc, {}, list).messages ?? [], options, read.keys);
    if (second === 'outOfTime' || second.history.length > 0 || second.current) throw new Error('a second read found new messages');
    again.push(performance.now() - t1);
  }
  await closeBalanceDb();
  return { first: summarize(first), again: summarize(again), balances };
}
