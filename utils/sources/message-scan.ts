/**
 * Reading a message-list page (an SMS conversation) into plain data: each message's text and what the
 * page shows of its time (a `time[datetime]`, a time element's label, the day header above it). Runs
 * wherever a DOM is, like `page-scan.ts`; capped in count and size. No extension APIs here.
 */
import { MAX_MESSAGE_CHARS, MAX_MESSAGES, type MessageList } from '@/utils/model';
import type { MessageScan } from '@/utils/core/message-time';

/** Where a list's messages, their texts, times and day headers are (`source.messages`). */
export type MessageLocators = Pick<MessageList, 'item' | 'text' | 'time' | 'day'>;

/** Longest time label or day header kept: a date, not a message. */
export const MAX_TIME_LABEL = 100;

const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const short = (s: string | null | undefined) => {
  const text = squash(s);
  return text && text.length <= MAX_TIME_LABEL ? text : undefined;
};

function all(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** A label people read a time in: the element's `aria-label` or `title`, else (a time element) its text. */
function labelOf(el: Element, readText: (el: Element, max: number) => string, ownText: boolean): string | undefined {
  return (
    short(el.getAttribute('aria-label')) ??
    short(el.getAttribute('title')) ??
    (ownText ? short(readText(el, MAX_TIME_LABEL + 1)) : undefined)
  );
}

/**
 * The day header above each message: the last header before it in document order. One query for both
 * locators gives that order in one pass (comparing positions pair by pair walks the tree each time).
 */
function headersAbove(
  doc: ParentNode,
  locators: MessageLocators,
  every: readonly Element[],
  items: readonly Element[],
  readText: (el: Element, max: number) => string,
): (string | undefined)[] {
  const isItem = new Set(every);
  const wanted = new Set(items);
  const texts = new Map<Element, string | undefined>();
  const days = new Map<Element, string | undefined>();
  let header: Element | undefined;
  for (const el of all(doc, `${locators.item}, ${locators.day}`)) {
    if (!isItem.has(el)) header = el;
    else if (wanted.has(el) && header) {
      if (!texts.has(header)) texts.set(header, short(readText(header, MAX_TIME_LABEL + 1)));
      days.set(el, texts.get(header));
    }
  }
  return items.map((i) => days.get(i));
}

/** Without a header locator: the nearest short text among the siblings above a message that is not a message. */
function siblingHeaders(items: readonly Element[], readText: (el: Element, max: number) => string): (string | undefined)[] {
  const isItem = new Set(items);
  const days = new Map<Element, string | undefined>();
  for (const parent of new Set(items.map((i) => i.parentElement))) {
    if (!parent) continue;
    let day: string | undefined;
    for (const child of parent.children) {
      if (isItem.has(child)) days.set(child, day);
      else day = short(readText(child, MAX_TIME_LABEL + 1)) ?? day;
    }
  }
  return items.map((i) => days.get(i));
}

/**
 * What `selector` matches inside each of `items`, in document order: one query for the page rather than
 * one per message (a page of 2,000 messages is 2,000 selector matches otherwise), each match given to the
 * nearest message around it.
 */
function insideEach(doc: ParentNode, selector: string | undefined, items: readonly Element[]): Map<Element, Element[]> {
  const within = new Map<Element, Element[]>(items.map((i) => [i, []]));
  for (const el of all(doc, selector)) {
    let up = el.parentElement;
    while (up && !within.has(up)) up = up.parentElement;
    if (up) within.get(up)?.push(el);
  }
  return within;
}

/** The newest `MAX_MESSAGES` messages of a list page, oldest first, each capped to `MAX_MESSAGE_CHARS`. */
export function scanMessages(doc: Document, locators: MessageLocators, readText: (el: Element, max: number) => string): MessageScan[] {
  const every = all(doc, locators.item);
  const items = every.slice(-MAX_MESSAGES);
  const days = locators.day ? headersAbove(doc, locators, every, items, readText) : siblingHeaders(items, readText);
  const texts = locators.text ? insideEach(doc, locators.text, items) : undefined;
  const times = insideEach(doc, locators.time, items);
  const stamps = insideEach(doc, 'time[datetime]', items);
  return items.map((item, i) => {
    const parts = texts ? (texts.get(item) ?? []) : [item];
    const text = parts
      .map((p) => readText(p, MAX_MESSAGE_CHARS))
      .join('\n')
      .slice(0, MAX_MESSAGE_CHARS);
    const timeEl = times.get(item)?.[0] ?? stamps.get(item)?.[0];
    const stamp = short(timeEl?.getAttribute('datetime'));
    const label = timeEl ? labelOf(timeEl, readText, true) : labelOf(item, readText, false);
    const day = days[i];
    return { text, ...(stamp ? { stamp } : {}), ...(label ? { label } : {}), ...(day ? { day } : {}) };
  });
}
