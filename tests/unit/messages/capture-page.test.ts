// A message-list page watched while open (utils/background/capture-page.ts): each burst of page changes
// sends the worker only the messages it has not sent before, and a page that keeps changing is read at
// most once every WATCH_GAP_MS.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capturePage, MAX_WATCH_READS, WATCH_BUDGET_MS, WATCH_GAP_MS, WATCH_SLOW_GAP_MS } from '@/utils/background/capture-page';
import { sendMessage } from '@/utils/background/messages';
import type { MessageScan } from '@/utils/core/message-time';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { CONVERSATION, conversationMarkup } from '../../server/messages-pages';
import { parseDocument } from '../sources/dom';

vi.mock('@/utils/background/messages', () => ({ sendMessage: vi.fn() }));

const recipe = messagesForWeb('https://sms.test');
const received = (text: string, time = 'Now') =>
  `<mws-message-wrapper is-outgoing="false"><mws-text-message-part><div class="text-msg">${text}</div></mws-text-message-part><mws-relative-timestamp>${time}</mws-relative-timestamp></mws-message-wrapper>`;

/** What each `recordCapture` sent: the texts of its messages. */
let sent: string[][];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  sent = [];
  vi.mocked(sendMessage).mockImplementation((async (name: string, payload: { scan?: { messages?: MessageScan[] } }) => {
    if (name === 'captureConfig') return [{ accountId: 'sms', messages: recipe.list }];
    sent.push((payload.scan?.messages ?? []).map((m) => m.text));
    return { ok: true, found: false };
  }) as typeof sendMessage);
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(sendMessage).mockReset();
});

describe('a message list watched while open', () => {
  it('sends the whole list once, then only what is new', async () => {
    const doc = parseDocument(conversationMarkup());
    await capturePage(doc);
    expect(sent).toEqual([CONVERSATION.map((m) => m.text)]);
    doc.querySelector('mws-messages-list')?.insertAdjacentHTML('beforeend', received('Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.'));
    await vi.advanceTimersByTimeAsync(WATCH_GAP_MS);
    expect(sent).toEqual([CONVERSATION.map((m) => m.text), ['Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.']]);
    // A time label that changes ("Now" → "15:02") is sent again, alone: the worker knows it by its key.
    const stamp = [...doc.querySelectorAll('mws-relative-timestamp')].at(-1);
    if (stamp) stamp.textContent = '15:02';
    await vi.advanceTimersByTimeAsync(WATCH_GAP_MS);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual(['Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.']);
  });

  it('reads a page that keeps changing at most once every WATCH_GAP_MS, sending each new message once', async () => {
    const doc = parseDocument(conversationMarkup());
    await capturePage(doc);
    const list = doc.querySelector('mws-messages-list');
    const burst = async (i: number) => {
      list?.insertAdjacentHTML('beforeend', received(`Promo ${i}`));
      await vi.advanceTimersByTimeAsync(WATCH_GAP_MS / 10);
    };
    for (let i = 0; i < 30; i++) await burst(i);
    await vi.advanceTimersByTimeAsync(WATCH_GAP_MS);
    // 30 bursts over three gaps: at most one read a gap (and the first after it settles), never 30.
    expect(sent.length - 1).toBeGreaterThanOrEqual(2);
    expect(sent.length - 1).toBeLessThanOrEqual(4);
    expect(sent.slice(1).flat()).toEqual(Array.from({ length: 30 }, (_, i) => `Promo ${i}`));
  });

  it("sends with a new message the others of the same text, so the worker can tell a daily identical SMS from yesterday's", async () => {
    const daily = 'Sisa pulsa Rp 10.000, aktif s/d 31-12-2026.';
    const doc = parseDocument(conversationMarkup());
    const list = doc.querySelector('mws-messages-list');
    list?.insertAdjacentHTML('beforeend', received(daily, '08:00'));
    await capturePage(doc);
    expect(sent[0]?.filter((t) => t === daily)).toHaveLength(1);
    list?.insertAdjacentHTML('beforeend', received('Promo hari ini!') + received(daily, '08:01'));
    await vi.advanceTimersByTimeAsync(WATCH_GAP_MS);
    expect(sent[1]).toEqual([daily, 'Promo hari ini!', daily]);
  });

  it('does not send again what has not changed', async () => {
    const doc = parseDocument(conversationMarkup());
    await capturePage(doc);
    doc.body?.insertAdjacentHTML('beforeend', '<p>typing…</p>');
    await vi.advanceTimersByTimeAsync(WATCH_GAP_MS);
    expect(sent).toHaveLength(1);
  });

  it("keeps reading a page that changes all the time for hours: slower past the hour's budget, never stopped", async () => {
    const doc = parseDocument(conversationMarkup());
    await capturePage(doc);
    // A time label that ticks every second, for as long as the test runs.
    const label = doc.querySelector('mws-relative-timestamp');
    let tick = 0;
    const ticking = () => {
      if (label) label.textContent = `tick ${++tick}`;
      setTimeout(ticking, 1_000);
    };
    ticking();
    await vi.advanceTimersByTimeAsync(WATCH_BUDGET_MS);
    const firstHour = sent.length - 1;
    // The full pace until the budget is spent, then one read every WATCH_SLOW_GAP_MS.
    expect(firstHour).toBeGreaterThanOrEqual(MAX_WATCH_READS);
    expect(firstHour).toBeLessThanOrEqual(MAX_WATCH_READS + (WATCH_BUDGET_MS - MAX_WATCH_READS * WATCH_GAP_MS) / WATCH_SLOW_GAP_MS + 2);
    await vi.advanceTimersByTimeAsync(2 * WATCH_BUDGET_MS);
    // The budget starts again each hour: well past the old lifetime cap's hours, still read at the full pace first.
    expect(sent.length - 1 - firstHour).toBeGreaterThanOrEqual(2 * MAX_WATCH_READS);
    doc.querySelector('mws-messages-list')?.insertAdjacentHTML('beforeend', received('Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.'));
    await vi.advanceTimersByTimeAsync(WATCH_SLOW_GAP_MS);
    expect(sent.flat()).toContain('Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.');
  });
});
