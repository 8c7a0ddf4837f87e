/**
 * Picked locators: how a value the user pointed at is found again after the page is rebuilt. A label
 * anchor first (the label text a person reads next to the value, `Masa Aktif`, and where the value
 * sits from it), then a selector of stable attributes (`id`, `data-*`, `aria-label`, `name`, class
 * names a person wrote). Never a class name that looks generated (`css-1x2y3z`, `sc-aBcD`, `_a1b2c3`,
 * hashes) and never a long `nth-child` chain: those change on every build. Pure functions of a DOM.
 */
import type { FieldLocator, PickedLocator } from '@/utils/model';
import { isPickedLocator } from '@/utils/model/field-locator';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Longest label kept: a label is a few words, not a paragraph. */
const MAX_LABEL = 60;
/** Longest value text returned: a value is short. */
const MAX_VALUE = 500;
/** How far up from the label the row that holds label and value may be. */
const MAX_UP = 4;
/** How many siblings after the label's branch the value may be. */
const MAX_NEXT = 6;
/** How many text blocks before the value the label may be. */
const LABEL_LOOKBACK = 8;
/** Most elements a resolution looks at (a page is capped, but a label search must end quickly). */
const MAX_ELEMENTS = 20_000;

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** A label as compared: case and a trailing colon do not matter. */
const labelKey = (s: string) =>
  squash(s)
    .replace(/[:：]\s*$/, '')
    .toLowerCase();

/**
 * True for a class name or id a build tool generated: CSS-in-JS (`css-1x2y3z`, `sc-aBcD`, `jsx-123`, `emotion-0`),
 * CSS modules (`Card_value__3xYz1`, `_a1b2c3`) and hashes (`a9f3c2e1`). Such names change on every build.
 */
export function looksGenerated(name: string): boolean {
  if (name.length === 0 || name.length > 40) return true;
  if (/^(css|sc|jsx|emotion|styled|svelte|astro|tw|chakra|mui|makeStyles|jss)-/i.test(name)) return true;
  if (/__[A-Za-z0-9_-]{4,}$/.test(name)) return true;
  if (/^_/.test(name)) return true;
  if (/^[a-f0-9]{6,}$/i.test(name)) return true;
  // Mixed letters and digits in one short run (`x1y2z3`, `a9Bc3`), or a run of digits after a dash (`card-4821`).
  const runs = name.split(/[-_]/);
  return runs.some((run) => {
    const digits = (run.match(/[0-9]/g) ?? []).length;
    const switches = (run.match(/[a-z][0-9]|[0-9][a-z]|[A-Z][0-9]|[0-9][A-Z]/g) ?? []).length;
    // Lower-case then upper-case inside a short run that is not camelCase words (`aBcD`, `kFzQx`).
    const oddCase = /[a-z][A-Z][a-z]?[A-Z]/.test(run) && run.length <= 8;
    return switches >= 2 || (digits >= 3 && run.length <= 10) || oddCase;
  });
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The text a reader sees in `el`, squashed. */
export function elementText(el: Element): string {
  if (el.tagName.toUpperCase() === 'INPUT') return squash((el as HTMLInputElement).value ?? '').slice(0, MAX_VALUE);
  let text = '';
  const walk = (node: Node) => {
    if (text.length > MAX_VALUE * 2) return;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const inner = node as Element;
      if (SKIP.has(inner.tagName.toUpperCase()) || isHidden(inner)) return;
      text += ' ';
      for (const child of inner.childNodes) walk(child);
      text += ' ';
    }
  };
  walk(el);
  return squash(text).slice(0, MAX_VALUE);
}

/** The element's own text: its text nodes, not its children's. */
function ownText(el: Element): string {
  let text = '';
  for (const child of el.childNodes) if (child.nodeType === 3) text += ` ${child.nodeValue ?? ''}`;
  return squash(text);
}

/** A text that reads as a label: words, short, not itself a number, amount or date. */
export function looksLikeLabel(text: string): boolean {
  const s = squash(text).replace(/[:：]\s*$/, '');
  if (s.length < 2 || s.length > MAX_LABEL) return false;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  const digits = (s.match(/\d/g) ?? []).length;
  return letters >= 2 && digits <= letters / 3 && !/^(rp|idr|usd|\$|s\$|rm|€|£|¥)/i.test(s);
}

/** The text after `label` at the start of `text`, or '' when `text` does not start with it. */
function afterLabel(text: string, label: string): string {
  const s = squash(text);
  if (!s.toLowerCase().startsWith(label.toLowerCase())) return '';
  return s
    .slice(label.length)
    .replace(/^\s*[:：\-–]?\s*/, '')
    .trim();
}

/** The ancestor `levels` up, or undefined past the root. */
function upFrom(el: Element, levels: number): Element | undefined {
  let at: Element | null = el;
  for (let i = 0; i < levels && at; i++) at = at.parentElement;
  return at ?? undefined;
}

/** The child of `ancestor` that holds `el` (or is it). */
function branchOf(ancestor: Element, el: Element): Element | undefined {
  let at: Element | null = el;
  while (at && at.parentElement !== ancestor) at = at.parentElement;
  return at ?? undefined;
}

/** The value a label anchor points at from the label element `labelEl`, or '' when the layout does not hold. */
function valueFromLabel(labelEl: Element, locator: Required<Pick<PickedLocator, 'label' | 'up' | 'next'>>): string {
  const row = upFrom(labelEl, locator.up);
  if (!row) return '';
  if (locator.next === 0) return afterLabel(elementText(row), locator.label);
  const branch = locator.up === 0 ? undefined : branchOf(row, labelEl);
  if (!branch) return '';
  const siblings = [...row.children];
  const target = siblings[siblings.indexOf(branch) + locator.next];
  return target ? elementText(target) : '';
}

/** Elements in document order under `root`, visible ones only, at most `MAX_ELEMENTS`. */
function visibleElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    if (out.length >= MAX_ELEMENTS || SKIP.has(el.tagName.toUpperCase()) || isHidden(el)) return;
    out.push(el);
    for (const child of el.children) walk(child);
  };
  walk(root);
  return out;
}

/** The value a label anchor finds on the page, or null when no label with a value after it is there. */
export function resolveLabel(doc: Document, locator: PickedLocator): string | null {
  if (!locator.label) return null;
  const key = labelKey(locator.label);
  const anchor = { label: squash(locator.label), up: locator.up ?? 0, next: locator.next ?? 0 };
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  for (const el of visibleElements(root)) {
    const own = ownText(el);
    if (!own) continue;
    const ownKey = labelKey(own);
    // The label alone in its element, or followed by the value in the same text ("Masa Aktif: 20 Des 2026").
    const matches = anchor.next === 0 ? ownKey.startsWith(key) : ownKey === key;
    if (!matches) continue;
    const value = valueFromLabel(el, anchor);
    if (value) return value;
  }
  return null;
}

/** Text matched by a CSS selector, or null when nothing (or an invalid selector) matched. */
export function resolveCss(doc: Document, selector: string): string | null {
  try {
    const el = doc.querySelector(selector);
    return el ? elementText(el) || null : null;
  } catch {
    return null;
  }
}

/** What one field's locator finds: the text, and whether a picked locator had to give up its label for its selector. */
export function resolveLocator(doc: Document, locator: FieldLocator): string | null {
  if (typeof locator === 'string') return resolveCss(doc, locator);
  // Stored fields are checked lightly (utils/model/field-locator.ts): an object of another shape finds nothing.
  if (!isPickedLocator(locator)) return null;
  return resolveLabel(doc, locator) ?? (locator.css ? resolveCss(doc, locator.css) : null);
}

/** A CSS string literal. */
const quote = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
const cssEscape = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`).replace(/^(\d)/, '\\3$1 ');

/** Selectors for `el` from its own stable marks, best first. */
export function ownSelectors(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id)) out.push(`#${cssEscape(id)}`);
  for (const attr of el.getAttributeNames()) {
    if (!attr.startsWith('data-')) continue;
    const value = el.getAttribute(attr) ?? '';
    // Values are meaningful names (`data-testid="balance"`), not generated ids or the value itself.
    if (value.length > 0 && value.length <= 60 && !looksGenerated(value.replace(/[.:\s]/g, '-')) && !/\d{2}/.test(value))
      out.push(`${tag}[${attr}=${quote(value)}]`);
    else if (value === '' && !looksGenerated(attr.slice(5))) out.push(`${tag}[${attr}]`);
  }
  for (const attr of ['aria-label', 'name']) {
    const value = el.getAttribute(attr);
    if (value && value.length <= 60) out.push(`${tag}[${attr}=${quote(value)}]`);
  }
  for (const name of el.classList) if (!looksGenerated(name)) out.push(`${tag}.${cssEscape(name)}`);
  return out;
}

function unique(doc: Document, selector: string, el: Element): boolean {
  try {
    const all = doc.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

/** A selector of stable marks that finds `el` alone: its own, or a marked ancestor at most 3 levels up and a short path down. */
export function stableSelector(doc: Document, el: Element): string | undefined {
  const own = ownSelectors(el).find((s) => unique(doc, s, el));
  if (own) return own;
  let path = '';
  let child: Element = el;
  for (let depth = 1; depth <= 3; depth++) {
    const parent = child.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement) return undefined;
    const sameTag = [...parent.children].filter((c) => c.tagName === child.tagName);
    const step =
      sameTag.length === 1 ? child.tagName.toLowerCase() : `${child.tagName.toLowerCase()}:nth-of-type(${sameTag.indexOf(child) + 1})`;
    path = path ? `${step} > ${path}` : step;
    const found = ownSelectors(parent)
      .map((s) => `${s} > ${path}`)
      .find((s) => unique(doc, s, el));
    if (found) return found;
    child = parent;
  }
  return undefined;
}

/** The label nearest before `el` in reading order (or at the start of its own text), as an anchor that finds `el`'s value. */
export function labelAnchor(doc: Document, el: Element): Pick<PickedLocator, 'label' | 'up' | 'next'> | undefined {
  const value = elementText(el);
  if (!value) return undefined;
  const root = doc.body ?? doc.documentElement;
  if (!root) return undefined;
  // "Masa Aktif: 20 Des 2026" in one element: the label is its start.
  const own = ownText(el);
  const head = /^([^\d:：]{2,60})[:：]/.exec(own)?.[1];
  if (head && looksLikeLabel(head)) {
    const label = squash(head);
    const anchor = { label, up: 0, next: 0 };
    if (afterLabel(elementText(el), label) && firstMatchIs(doc, anchor, afterLabel(elementText(el), label))) return anchor;
  }
  // A row clicked as a whole: its first child is the label, the rest its value.
  const first = el.firstElementChild;
  if (first && !ownText(el) && looksLikeLabel(ownText(first))) {
    const label = squash(ownText(first)).replace(/[:：]\s*$/, '');
    const anchor = { label, up: 1, next: 0 };
    const rest = afterLabel(value, label);
    if (rest && firstMatchIs(doc, anchor, rest)) return anchor;
  }
  // Otherwise the nearest label-like text before the value, in document order.
  const all = visibleElements(root);
  const at = all.indexOf(el);
  let seen = 0;
  for (let i = at - 1; i >= 0 && seen < LABEL_LOOKBACK * 4; i--) {
    const candidate = all[i] as Element;
    if (candidate.contains(el)) continue;
    const text = ownText(candidate);
    if (!text) continue;
    seen++;
    if (!looksLikeLabel(text)) {
      if (seen >= LABEL_LOOKBACK) break;
      continue;
    }
    const label = squash(text).replace(/[:：]\s*$/, '');
    // The closest element holding both, and where the value's branch is from the label's.
    for (let up = 1; up <= MAX_UP; up++) {
      const row = upFrom(candidate, up);
      if (!row || !row.contains(el)) continue;
      const labelBranch = branchOf(row, candidate);
      const valueBranch = branchOf(row, el);
      if (!labelBranch || !valueBranch) break;
      const siblings = [...row.children];
      const next = siblings.indexOf(valueBranch) - siblings.indexOf(labelBranch);
      if (next < 1 || next > MAX_NEXT) break;
      const anchor = { label, up, next };
      // The value's branch must give the same text as the picked element, so the anchor finds this value.
      if (valueFromLabel(candidate, anchor) === value) return firstMatchIs(doc, anchor, value) ? anchor : undefined;
      break;
    }
    if (seen >= LABEL_LOOKBACK) break;
  }
  return undefined;
}

/** True when resolving `anchor` on the page finds `value` (an earlier element with the same label would win). */
function firstMatchIs(doc: Document, anchor: PickedLocator, value: string): boolean {
  return resolveLabel(doc, anchor) === value;
}

/**
 * The locator for a picked element: its label anchor and its stable selector, either or both; undefined
 * when the element has neither (the picker then asks for another element).
 */
export function locatorFor(doc: Document, el: Element): PickedLocator | undefined {
  const anchor = labelAnchor(doc, el);
  const css = stableSelector(doc, el);
  if (!anchor && !css) return undefined;
  return { ...anchor, ...(css ? { css } : {}) };
}
