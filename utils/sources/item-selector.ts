/**
 * The message item of a message-list page (`source.messages.item`), picked by pointing at one message: a
 * selector of stable marks (a custom element's name, a meaningful class, `data-` attribute or role, never a
 * generated class or a position) that finds that message and each of its siblings, one element per message.
 */
import { ownSelectors } from '@/utils/sources/locator';

/** How far up from the clicked element a message's own element is looked for. */
const MAX_LEVELS = 12;
/** More matches than a conversation shows is not a message list. */
const MAX_ITEMS = 5_000;

/** An item selector and how many messages it finds on the page. */
export interface ItemSelector {
  css: string;
  count: number;
}

const matches = (doc: Document, selector: string): Element[] | undefined => {
  try {
    const all = [...doc.querySelectorAll(selector)];
    return all.length >= 2 && all.length <= MAX_ITEMS ? all : undefined;
  } catch {
    return undefined;
  }
};

/** Selectors for `el` as one of many alike: its stable marks, its name when it is a custom element, its role. */
function candidates(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out = ownSelectors(el).filter((s) => !s.startsWith('#'));
  // A custom element's name is the app's own word for the thing (`mws-message-wrapper`), stable across builds.
  if (tag.includes('-')) out.unshift(tag);
  const role = el.getAttribute('role');
  if (role && /^[a-z]+$/.test(role)) out.push(`${tag}[role="${role}"]`);
  if (['li', 'article'].includes(tag)) out.push(tag);
  return out;
}

/** The nearest ancestor of `el` (not `el` itself) in `set`. Linear in depth, so a list of thousands stays quick. */
function enclosing(el: Element, set: ReadonlySet<Element>): Element | undefined {
  for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return up;
  return undefined;
}

/** The first selector for `el` that finds it and at least one more element, none inside another: one per message. */
function repeating(doc: Document, el: Element): { css: string; all: Element[] } | undefined {
  for (const css of candidates(el)) {
    const all = matches(doc, css);
    if (!all?.includes(el)) continue;
    const set = new Set(all);
    if (all.some((a) => enclosing(a, set))) continue;
    return { css, all };
  }
  return undefined;
}

/** True when some element of `items` holds more than one of `anchors`. */
function holdsSeveral(items: readonly Element[], anchors: readonly Element[]): boolean {
  const set = new Set(items);
  const seen = new Set<Element>();
  for (const anchor of anchors) {
    const item = set.has(anchor) ? anchor : enclosing(anchor, set);
    if (!item) continue;
    if (seen.has(item)) return true;
    seen.add(item);
  }
  return false;
}

/**
 * The item selector for the message the user pointed at (`el`, or inside it). The innermost repeating element
 * (a message's text, say) anchors it; the selector chosen is that of the outermost ancestor still holding one
 * anchor per match, so the item also holds the message's time and not a whole day's group; undefined when no
 * ancestor repeats.
 */
export function itemSelectorFor(doc: Document, el: Element): ItemSelector | undefined {
  let inner: Element[] | undefined;
  let best: { css: string; all: Element[] } | undefined;
  let at: Element | null = el;
  for (let level = 0; at && at !== doc.body && at !== doc.documentElement && level < MAX_LEVELS; level++, at = at.parentElement) {
    const found = repeating(doc, at);
    if (!found) continue;
    inner ??= found.all;
    // A match holding two messages' anchors is a group of messages, not one.
    if (holdsSeveral(found.all, inner)) break;
    best = found;
  }
  return best ? { css: best.css, count: best.all.length } : undefined;
}
