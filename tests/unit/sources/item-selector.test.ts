// The message item picked by pointing at one message (utils/sources/item-selector.ts): a selector of stable
// marks that finds every message of the list, one element each, whatever part of the message was clicked.
import { describe, expect, it } from 'vitest';
import { itemSelectorFor } from '@/utils/sources/item-selector';
import { CONVERSATION, GENERIC_LIST_PAGE, conversationMarkup } from '../../server/messages-pages';
import { parseDocument } from './dom';

const doc = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);
const first = (d: Document, selector: string) => {
  const el = d.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};

describe('itemSelectorFor', () => {
  it('gives the message wrapper of the Messages for web markup, from its text or its time', () => {
    const d = parseDocument(conversationMarkup());
    for (const clicked of ['.text-msg', 'mws-relative-timestamp', 'mws-message-wrapper']) {
      expect(itemSelectorFor(d, first(d, clicked))).toEqual({ css: 'mws-message-wrapper', count: CONVERSATION.length });
    }
  });

  it('gives one element per message on a plain list, leaving the day headers out', () => {
    const d = parseDocument(GENERIC_LIST_PAGE);
    const found = itemSelectorFor(d, first(d, 'li.msg p'));
    expect(found?.css).toBe('li.msg');
    expect(found?.count).toBe(d.querySelectorAll('li.msg').length);
  });

  it('never uses a generated class name or a position', () => {
    const rows = ['Sisa pulsa Rp 1.000', 'Sisa pulsa Rp 2.000', 'Promo'].map(
      (t) => `<div class="css-1x9k2q"><div class="bubble sc-aBcD"><span>${t}</span></div></div>`,
    );
    const d = doc(`<main>${rows.join('')}</main>`);
    const found = itemSelectorFor(d, first(d, 'span'));
    expect(found).toEqual({ css: 'div.bubble', count: 3 });
  });

  it('stops below a group that holds several messages (a day of them)', () => {
    const day = (n: number) =>
      `<section class="day-group"><h3>Day ${n}</h3><div class="message"><p>A ${n}</p></div><div class="message"><p>B ${n}</p></div></section>`;
    const d = doc(`<main>${day(1)}${day(2)}</main>`);
    expect(itemSelectorFor(d, first(d, 'p'))).toEqual({ css: 'div.message', count: 4 });
  });

  it('finds nothing where no ancestor repeats', () => {
    const d = doc('<main><div class="balance"><b>Rp 5.000</b></div></main>');
    expect(itemSelectorFor(d, first(d, 'b'))).toBeUndefined();
  });

  it('finds every message of a conversation of 2,000', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ day: 'Today', time: `${i}`, text: `Message ${i}` }));
    const d = parseDocument(conversationMarkup(many));
    expect(itemSelectorFor(d, first(d, '.text-msg'))).toEqual({ css: 'mws-message-wrapper', count: 2_000 });
  });
});
