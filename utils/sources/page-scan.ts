/**
 * Reading an account page's DOM into plain data: its text in reading order with each label next to
 * its value (table rows, `dt`/`dd`, label/value spans), what each CSS selector matches, and the signs
 * of a sign-in form or a page drawn by JavaScript. Runs wherever a DOM is: the offscreen document
 * (Chrome), the background page (Firefox) and the capture content script. No extension APIs here.
 */
import type { FieldLocator, SourceField } from '@/utils/model';
import { MAX_EXTRACT_CHARS } from '@/utils/extract';
import type { MessageScan } from '@/utils/core/message-time';
import { type MessageLocators, scanMessages } from '@/utils/sources/message-scan';
import { resolveLocator } from '@/utils/sources/locator';

/** CSS selectors or picked locators by field, as an account's `fields`. */
export type Selectors = Partial<Record<SourceField, FieldLocator>>;

/** A page, read. Plain data, so it crosses extension messaging. */
export interface PageScan {
  /** Visible text in reading order, one block per line, a row's cells joined by `: `. */
  text: string;
  /** Text matched by each selector or picked locator; null when it matched nothing or is not a valid selector. */
  selected: Partial<Record<SourceField, string | null>>;
  /** An `<input type=password>` is on the page: a sign-in form, not the account. */
  hasPassword: boolean;
  /** Number of `<script>` elements; with little text, a sign the page is drawn by JavaScript. */
  scripts: number;
  /** Characters of visible text. */
  textLength: number;
  /** A message-list page: each message as read, oldest first (`utils/sources/message-scan.ts`). The page's `text` is then empty. */
  messages?: MessageScan[];
}

/** Longest text kept from one page: what the engine reads (`MAX_EXTRACT_CHARS`); the values are near the top of any real account page. */
export const MAX_SCAN_TEXT = MAX_EXTRACT_CHARS;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON']);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The text a reader sees in `el`: `textContent` without scripts, styles and hidden parts. */
function visibleText(el: Element): string {
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const inner = child as Element;
      if (!SKIP.has(inner.tagName.toUpperCase()) && !isHidden(inner)) text += visibleText(inner);
    }
  }
  return text;
}
const visibleCells = (row: Element) => [...row.children].filter((c) => !isHidden(c));

/**
 * The column headers of the table `row` is in, when its first row is all `th` (two or more), so
 * "Paket | Sisa | Berlaku s.d." puts each label before its value in the rows below it; else none.
 */
function columnHeaders(row: Element, cache: Map<Element, string[] | null>): string[] | null {
  const table = row.closest('table');
  if (!table) return null;
  let headers = cache.get(table);
  if (headers === undefined) {
    const first = table.querySelector('tr');
    const cells = first ? visibleCells(first) : [];
    headers = cells.length >= 2 && cells.every((c) => c.tagName.toUpperCase() === 'TH') ? cells.map((c) => squash(visibleText(c))) : null;
    cache.set(table, headers);
  }
  return headers && table.querySelector('tr') !== row ? headers : null;
}

/** The visible text of a page in reading order, labels on the same line as their values. */
export function readingOrderText(root: Element, max = MAX_SCAN_TEXT): string {
  const lines: string[] = [];
  const headerCache = new Map<Element, string[] | null>();
  let line = '';
  let length = 0;
  const flush = () => {
    const s = squash(line);
    if (s) {
      lines.push(s);
      length += s.length + 1;
    }
    line = '';
  };
  const walk = (node: Node) => {
    if (length > max) return;
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(el)) return;
    if (tag === 'BR') return flush();
    if (tag === 'TR') {
      flush();
      // One row is one line: "Sisa Pulsa: Rp 25.750"; under column headers each value after the
      // first (the row's name) follows its header: "Kuota Video: Sisa 4 GB: Berlaku s.d. 08 Des 2026".
      const headers = columnHeaders(el, headerCache);
      const cells = visibleCells(el).map((c) => squash(visibleText(c)));
      const labelled =
        headers?.length === cells.length ? cells.map((c, i) => (i > 0 && c && headers[i] ? `${headers[i]} ${c}` : c)) : cells;
      line = labelled.filter(Boolean).join(': ');
      return flush();
    }
    if (tag === 'DD' && el.previousElementSibling?.tagName.toUpperCase() === 'DT') {
      // "dt: dd" on one line, so the label is right before its value.
      line = `${lines.pop() ?? ''}: `;
      for (const child of el.childNodes) walk(child);
      return flush();
    }
    if (tag === 'INPUT') {
      const input = el as HTMLInputElement;
      // Read-only fields some portals show values in.
      if (input.readOnly && input.type !== 'hidden' && input.value) line += ` ${input.value} `;
      return;
    }
    const block = BLOCK.has(tag) || tag === 'TD' || tag === 'TH';
    if (block) flush();
    else line += ' ';
    for (const child of el.childNodes) walk(child);
    if (block) flush();
    else line += ' ';
  };
  walk(root);
  flush();
  return lines.join('\n').slice(0, max);
}

/** Text matched by a typed CSS `selector`, or null when nothing (or an invalid selector) matched. */
function selectText(doc: Document, selector: string): string | null {
  try {
    const el = doc.querySelector(selector);
    if (!el) return null;
    const value = el.tagName.toUpperCase() === 'INPUT' ? (el as HTMLInputElement).value : visibleText(el);
    return squash(value ?? '').slice(0, MAX_SCAN_TEXT) || null;
  } catch {
    return null;
  }
}

/** Reads a parsed (or live) document; with `messages`, each message of the list on its own instead of the page's text. */
export function scanDocument(doc: Document, selectors: Selectors = {}, messages?: MessageLocators): PageScan {
  const root = doc.body ?? doc.documentElement;
  const text = root && !messages ? readingOrderText(root) : '';
  const selected: PageScan['selected'] = {};
  for (const [field, locator] of Object.entries(selectors) as [SourceField, FieldLocator][]) {
    if (typeof locator === 'string') selected[field] = locator ? selectText(doc, locator) : null;
    else if (locator) selected[field] = resolveLocator(doc, locator)?.slice(0, MAX_SCAN_TEXT) || null;
  }
  return {
    text,
    selected,
    hasPassword: [...doc.querySelectorAll('input')].some((input) => (input.getAttribute('type') ?? '').toLowerCase() === 'password'),
    scripts: doc.querySelectorAll('script').length,
    textLength: text.length,
    ...(messages ? { messages: scanMessages(doc, messages, readingOrderText) } : {}),
  };
}
