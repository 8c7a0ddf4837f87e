// The balance query sent by a rendered refresh: which messages arrived after the send, when the wait for the
// reply ends (pure, taking now), what the refresh does after, and the page's side over the fixture conversation.
import { describe, expect, it } from 'vitest';
import { arrivedSince, queryAftermath, replyStep } from '@/utils/core/query-reply';
import { QUERY_FOLLOW_UP_MS, QUERY_REPLY_WAIT_MS, QUERY_SEND_WAIT_MS, RENDER_MARGIN_MS } from '@/utils/model/constants';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { sendAndAwaitReply } from '@/utils/sources/render-query';
import { CONVERSATION, QUERY_REPLY, conversationMarkup } from '../../server/messages-pages';
import { parseDocument } from '../sources/dom';

const NOW = Date.UTC(2026, 11, 4, 12);
const m = (text: string) => ({ text });

describe('messages that arrived after the send', () => {
  it.each([
    ['nothing new', ['a', 'b'], ['a', 'b'], []],
    ['a reply below', ['a', 'b'], ['a', 'b', 'c'], ['c']],
    ['a reply word for word like an older message', ['a', 'b'], ['a', 'b', 'a'], ['a']],
    ['older messages scrolled out of a long list', ['a', 'b', 'c'], ['b', 'c'], []],
    ['scrolled out and a reply', ['a', 'b', 'c'], ['c', 'd'], ['d']],
  ])('%s', (_name, before, after, fresh) => {
    expect(arrivedSince(before.map(m), after.map(m))).toEqual(fresh.map(m));
  });
});

describe('the wait for the reply', () => {
  it.each([
    ['the reply is in', true, NOW, NOW + 1, 'replied'],
    ['the reply is in at the last moment', true, NOW + 1, NOW + 1, 'replied'],
    ['no reply yet, time left', false, NOW, NOW + 1, 'wait'],
    ['no reply, time up', false, NOW + 1, NOW + 1, 'pending'],
  ] as const)('%s → %s', (_name, replied, now, until, step) => {
    expect(replyStep(replied, now, until)).toBe(step);
  });

  it('a late reply is read again a few minutes later; a query not sent says so on the card; a reply read needs nothing', () => {
    expect(queryAftermath('pending', 'sms.test')).toEqual({ followUpMs: QUERY_FOLLOW_UP_MS });
    expect(QUERY_FOLLOW_UP_MS).toBeGreaterThanOrEqual(60_000);
    expect(queryAftermath('not-sent', 'sms.test')).toEqual({ notice: { key: 'source.queryNotSent', args: ['sms.test'] } });
    expect(queryAftermath('replied', 'sms.test')).toEqual({});
    expect(queryAftermath(undefined, 'sms.test')).toEqual({});
  });
});

describe('sending from the render tab and reading the reply', () => {
  const recipe = messagesForWeb('https://sms.test');
  const { box, button } = recipe.query('me');
  const COMPOSE =
    '<mws-message-compose><textarea></textarea><mws-message-send-button><button>Send</button></mws-message-send-button></mws-message-compose>';
  const page = (compose = true) => parseDocument(conversationMarkup().replace('</body>', `${compose ? COMPOSE : ''}</body>`));
  // The engine's deadline is wall-clock: the page's clock starts now.
  let start = 0;
  const request = (deadline: number) => ({
    url: recipe.conversationUrl('axis123'),
    read: { accountId: 'sms', at: NOW, host: 'sms.test', currency: 'IDR', now: NOW, timeZone: 'Asia/Jakarta', deadline },
    messages: recipe.list,
    send: { text: 'CEK', box, button },
  });
  const append = (doc: Document, html: string) => doc.querySelector('mws-messages-list')?.insertAdjacentHTML('beforeend', html);
  const received = (text: string) =>
    `<mws-message-wrapper is-outgoing="false"><mws-text-message-part><div class="text-msg">${text}</div></mws-text-message-part><mws-relative-timestamp>Now</mws-relative-timestamp></mws-message-wrapper>`;

  /** A clock that moves only when the page is waited on, by `step` each time; `onWait(n)` changes the page on the n-th wait. */
  function clock(step: number, onWait: (n: number) => void = () => {}) {
    start = Date.now();
    let t = start;
    let waits = 0;
    const until: number[] = [];
    return {
      now: () => t,
      until,
      wait: async (_doc: Document, u: number) => {
        until.push(u);
        waits += 1;
        t += step;
        onWait(waits);
      },
    };
  }

  it('sends once, skips the user’s own message and a promotion, and answers with the reply read', async () => {
    const doc = page();
    const sent: string[] = [];
    doc.querySelector('button')?.addEventListener('click', () => {
      const area = doc.querySelector('textarea') as HTMLTextAreaElement;
      sent.push(area.value);
      area.value = '';
      append(doc, '<mws-message-wrapper is-outgoing="true"><div class="text-msg">CEK</div></mws-message-wrapper>');
    });
    const c = clock(1000, (n) => {
      if (n === 2) append(doc, received('Promo! Beli paket 10GB hanya Rp 25.000.'));
      if (n === 4) append(doc, received(QUERY_REPLY.text));
    });
    const answer = await sendAndAwaitReply(doc, request(start + 120_000), c.wait, c.now);
    expect(sent).toEqual(['CEK']);
    expect(answer.query).toBe('replied');
    expect(answer.messages?.at(-1)?.text).toBe(QUERY_REPLY.text);
    expect(answer.messages?.length).toBe(CONVERSATION.length + 2);
  });

  it('stops waiting a bounded time after the send and answers the page as read last (the old balance)', async () => {
    const doc = page();
    let clicks = 0;
    doc.querySelector('button')?.addEventListener('click', () => clicks++);
    const c = clock(5000);
    const answer = await sendAndAwaitReply(doc, request(start + 10 * 60_000), c.wait, c.now);
    expect(clicks).toBe(1);
    expect(answer.query).toBe('pending');
    expect(answer.messages?.map((x) => x.text)).toEqual(CONVERSATION.map((x) => x.text));
    // Never past the wait's bound after the send.
    expect(Math.max(...c.until)).toBe(start + QUERY_REPLY_WAIT_MS);
    expect(c.now()).toBeLessThanOrEqual(start + QUERY_REPLY_WAIT_MS + 5000);
  });

  it('never waits past the refresh’s deadline (less the render margin)', async () => {
    const c = clock(1000);
    const deadline = start + 20_000;
    expect((await sendAndAwaitReply(page(), request(deadline), c.wait, c.now)).query).toBe('pending');
    expect(Math.max(...c.until)).toBe(deadline - RENDER_MARGIN_MS);
    expect(c.now()).toBe(deadline - RENDER_MARGIN_MS);
  });

  it('sends nothing when the compose box is not where the recipe expects it, and says so', async () => {
    const doc = page(false);
    const c = clock(1000);
    const answer = await sendAndAwaitReply(doc, request(start + 120_000), c.wait, c.now);
    expect(answer.query).toBe('not-sent');
    expect(c.now()).toBe(start + QUERY_SEND_WAIT_MS);
    expect(doc.querySelectorAll('mws-message-wrapper[is-outgoing="true"]')).toHaveLength(0);
  });

  it('sends once the compose box is drawn, a moment after the page read', async () => {
    const doc = page(false);
    let clicks = 0;
    const c = clock(1000, (n) => {
      if (n === 2) {
        doc.body.insertAdjacentHTML('beforeend', COMPOSE);
        doc.querySelector('button')?.addEventListener('click', () => {
          clicks++;
          append(doc, received(QUERY_REPLY.text));
        });
      }
    });
    const answer = await sendAndAwaitReply(doc, request(start + 120_000), c.wait, c.now);
    expect(clicks).toBe(1);
    expect(answer.query).toBe('replied');
  });
});
