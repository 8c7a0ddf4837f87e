/**
 * Reading a message-list page (an SMS conversation) into plain data: each message's text and what the
 * page shows of its time (a `time[datetime]`, a time element's label, the day header above it). Runs
 * wherever a DOM is, like `page-scan.ts`; capped in count and size. No extension APIs here.
 */
import { MAX_MESSAGE_CHARS, MAX_MESSAGES, type MessageList } from '@/utils/model';
import type { MessageScan } from '@/utils/core/message-time';

/** Where a list's messages, their texts, times and day headers are (`source.messages`). */
export type MessageLocators = Pick<MessageList, 'item' | 'text' | 'time' | 'day'>;

/** `Node.DOCUMENT_POSITION_FOLLOWING` (no `Node` global outside a page). */
const FOLLOWING = 4;

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

/** The day header above each message: the last header before it in document order (both lists are). */
function headersAbove(
  items: readonly Element[],
  headers: readonly Element[],
  readText: (el: Element, max: number) => string,
): (string | undefined)[] {
  const days: (string | undefined)[] = [];
  let h = -1;
  for (const item of items) {
    while (h + 1 < headers.length && (headers[h + 1] as Element).compareDocumentPosition(item) & FOLLOWING) h++;
    days.push(h >= 0 ? short(readText(headers[h] as Element, MAX_TIME_LABEL + 1)) : undefined);
  }
  return days;
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

/** The newest `MAX_MESSAGES` messages of a list page, oldest first, each capped to `MAX_MESSAGE_CHARS`. */
export function scanMessages(doc: Document, locators: MessageLocators, readText: (el: Element, max: number) => string): MessageScan[] {
  const items = all(doc, locators.item).slice(-MAX_MESSAGES);
  const days = locators.day ? headersAbove(items, all(doc, locators.day), readText) : siblingHeaders(items, readText);
  return items.map((item, i) => {
    const parts = locators.text ? all(item, locators.text) : [item];
    const text = parts
      .map((p) => readText(p, MAX_MESSAGE_CHARS))
      .join('\n')
      .slice(0, MAX_MESSAGE_CHARS);
    const timeEl = all(item, locators.time)[0] ?? item.querySelector('time[datetime]');
    const stamp = short(timeEl?.getAttribute('datetime'));
    const label = timeEl ? labelOf(timeEl, readText, true) : labelOf(item, readText, false);
    const day = days[i];
    return { text, ...(stamp ? { stamp } : {}), ...(label ? { label } : {}), ...(day ? { day } : {}) };
  });
}
