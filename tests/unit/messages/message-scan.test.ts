// Reading message-list pages in the DOM: the fixture shaped like Messages for web, and a generic list.
import { describe, expect, it } from 'vitest';
import { scanDocument } from '@/utils/sources/page-scan';
import { readingFromScan } from '@/utils/sources/page-reading';
import { isPageScan } from '@/utils/sources/scan-check';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { MAX_MESSAGES } from '@/utils/model';
import { CONVERSATION, conversationMarkup, conversationPage, GENERIC_LIST_PAGE } from '../../server/messages-pages';
import { parseDocument } from '../sources/dom';

const NOW = Date.UTC(2026, 11, 4, 15, 0);
const options = { accountId: 'a', at: NOW, host: 'messages.test', currency: 'IDR', now: NOW, timeZone: 'UTC' };

describe('a conversation shaped like Messages for web', () => {
  const recipe = messagesForWeb('http://127.0.0.1:1234');
  const scan = scanDocument(parseDocument(conversationMarkup()), {}, recipe.list);

  it('reads each received message with its time and day header, not the page text', () => {
    expect(scan.text).toBe('');
    expect(scan.messages).toEqual(CONVERSATION.map((m) => ({ text: m.text, label: m.time, day: m.day })));
    expect(isPageScan(scan)).toBe(true);
  });

  it('gives the newest balance, older ones as history, promotion and code skipped', () => {
    const result = readingFromScan(scan, options);
    expect(result.ok && result.reading?.credit?.amount).toBe(35_000);
    expect(result.ok && result.messages?.history.map((r) => r.credit?.amount)).toEqual([50_000, 42_500]);
  });

  it('reads nothing new the second time', () => {
    const first = readingFromScan(scan, options);
    const again = readingFromScan(scan, { ...options, seen: first.ok ? first.messages?.keys : [] });
    expect(again).toMatchObject({ ok: true, reading: null, messages: { history: [] } });
  });

  it('serves a page whose HTML holds no message: the app draws them after load', () => {
    const fetched = scanDocument(parseDocument(conversationPage('c1')), {}, recipe.list);
    expect(fetched.messages).toEqual([]);
    expect(readingFromScan(fetched, options)).toMatchObject({ ok: false, code: 'parse', scripted: true });
  });

  it('recognises only conversation pages of its origin', () => {
    expect(recipe.isConversation('http://127.0.0.1:1234/web/conversations/c1')).toBe(true);
    expect(recipe.isConversation('http://127.0.0.1:1234/web/conversations')).toBe(false);
    expect(recipe.isConversation('https://messages.google.com/web/conversations/c1')).toBe(false);
    expect(messagesForWeb().isConversation('https://messages.google.com/web/conversations/c1')).toBe(true);
  });
});

describe('a generic message list', () => {
  const scan = scanDocument(parseDocument(GENERIC_LIST_PAGE), {}, { item: '.msg' });

  it('finds day headers among the siblings, time[datetime] and titles', () => {
    expect(scan.messages?.[0]).toMatchObject({ stamp: '2026-12-02T10:00:00Z', day: '2 December 2026' });
    expect(scan.messages?.[1]).toMatchObject({ label: '3 December 2026 09:00', day: 'Yesterday' });
    const result = readingFromScan(scan, options);
    expect(result.ok && result.reading).toMatchObject({ at: Date.UTC(2026, 11, 3, 9), credit: { amount: 15_000 } });
    expect(result.ok && result.messages?.history).toMatchObject([{ at: Date.UTC(2026, 11, 2, 10), credit: { amount: 20_000 } }]);
  });

  it('with no balance message, says so', () => {
    const none = scanDocument(parseDocument('<ul><li class="msg">hi</li></ul>'), {}, { item: '.msg' });
    expect(readingFromScan(none, options)).toMatchObject({ ok: false, code: 'parse' });
  });

  it('refuses a message list of the wrong shape or size where it is read', () => {
    const tooMany = { ...scan, messages: Array.from({ length: MAX_MESSAGES + 1 }, () => ({ text: 'x' })) };
    expect(isPageScan(tooMany)).toBe(false);
    const bad = { ...scan, messages: [{ text: 'x', extra: 'y' }] };
    expect(readingFromScan(bad as never, options)).toMatchObject({ ok: false });
  });
});
