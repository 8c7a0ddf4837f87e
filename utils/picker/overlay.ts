/**
 * The picker drawn over an account page: a panel with one row per target and an outline that follows
 * the pointer (or the arrow keys). A click (or Enter) assigns the outlined element to the chosen target,
 * showing the value as it will be stored; Save returns the picks, Esc or Cancel returns nothing. It lives
 * in a shadow root, so the page's styles cannot reach it, stops the page's own handlers for the clicks it
 * takes, and removes every trace of itself when done.
 */
import type { PickedLocator } from '@/utils/model';
import type { PickerAnswer, PickerOptions, PickTarget } from '@/utils/model/picker';
import { itemSelectorFor } from '@/utils/sources/item-selector';
import { elementText, locatorFor, resolveLocator } from '@/utils/sources/locator';
import { PREVIEWS, type PreviewContext } from '@/utils/picker/targets';

const HOST_TAG = 'balance-badge-picker';
const fill = (template: string, value: string) => template.replace('$1', value);

const STYLE = `
:host { all: initial; }
.outline { position: fixed; pointer-events: none; border: 2px solid #1a73e8; background: rgba(26,115,232,.12); border-radius: 3px; z-index: 2147483646; display: none; }
.panel { position: fixed; right: 16px; bottom: 16px; width: 340px; max-height: 80vh; overflow: auto; z-index: 2147483647;
  font: 14px/1.4 system-ui, sans-serif; color: #202124; background: #fff; border: 1px solid #9aa0a6; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px; }
h2 { font-size: 15px; margin: 0 0 4px; }
p { margin: 0 0 8px; }
.targets { list-style: none; margin: 0 0 8px; padding: 0; }
.target { display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: #f1f3f4; border: 1px solid transparent;
  border-radius: 6px; padding: 6px 8px; margin: 0 0 4px; cursor: pointer; }
.target[aria-pressed="true"] { border-color: #1a73e8; background: #e8f0fe; }
.target .value { display: block; color: #3c4043; font-size: 13px; }
.message { color: #b3261e; min-height: 1.4em; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
.actions button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #5f6368; background: #fff; color: #202124; cursor: pointer; }
.actions .confirm { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.actions .confirm:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 3px solid #f9ab00; outline-offset: 1px; }
`;

/** Element helper for the panel. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Elements worth outlining from the keyboard: visible ones with their own short text. */
function keyboardCandidates(root: Element, host: Element): Element[] {
  return [...root.querySelectorAll('body *')].filter((node) => {
    if (node === host || host.contains(node)) return false;
    const own = [...node.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
    if (!own) return false;
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
}

/** The picker's element, with the way to end it (kept on the element: every injection of the script sees it). */
type PickerHost = HTMLElement & { endPicker?: () => void };

/** Shows the picker on `doc` until the user saves or cancels. Only one picker at a time. */
export function showPicker(options: PickerOptions, doc: Document = document): Promise<PickerAnswer> {
  // A picker already shown (also by an earlier injection of this script) ends as cancelled, its listeners with it.
  const previous = doc.querySelector<PickerHost>(HOST_TAG);
  if (previous?.endPicker) previous.endPicker();
  else previous?.remove();
  const { texts } = options;
  const context: PreviewContext = { ...options, host: doc.location?.hostname ?? '' };
  const host: PickerHost = doc.createElement(HOST_TAG);
  host.setAttribute('data-testid', 'picker');
  const shadow = host.attachShadow({ mode: 'open' });
  const outline = el('div', { class: 'outline', 'data-testid': 'picker-outline' });
  const message = el('p', { class: 'message', role: 'alert', 'data-testid': 'picker-message' });
  const confirm = el('button', { type: 'button', class: 'confirm', 'data-testid': 'picker-confirm', disabled: '' }, texts.confirm);
  const cancel = el('button', { type: 'button', class: 'cancel', 'data-testid': 'picker-cancel' }, texts.cancel);
  const picks: Partial<Record<PickTarget, PickedLocator>> = {};
  let active: PickTarget = options.targets[0] ?? 'credit';
  let outlined: Element | undefined;

  const rows = new Map<PickTarget, { button: HTMLButtonElement; value: HTMLElement }>();
  const list = el('ul', { class: 'targets' });
  for (const field of options.targets) {
    const value = el('span', { class: 'value', 'data-testid': `picker-value-${field}` }, texts.notPicked);
    const button = el(
      'button',
      { type: 'button', class: 'target', 'data-testid': `picker-target-${field}`, 'aria-pressed': 'false' },
      el('strong', {}, texts.fieldNames[field]),
      value,
    );
    button.addEventListener('click', () => choose(field));
    rows.set(field, { button, value });
    list.append(el('li', {}, button));
  }
  const panel = el(
    'div',
    { class: 'panel', role: 'dialog', 'aria-label': texts.title, 'data-testid': 'picker-panel' },
    el('h2', {}, texts.title),
    el('p', {}, texts.intro),
    list,
    message,
    el('div', { class: 'actions' }, cancel, confirm),
  );
  const style = el('style', {}, STYLE);
  shadow.append(style, outline, panel);

  function choose(field: PickTarget) {
    active = field;
    for (const [f, row] of rows) row.button.setAttribute('aria-pressed', String(f === field));
    message.textContent = '';
  }

  function show(target: Element | undefined) {
    outlined = target;
    if (!target) {
      outline.style.display = 'none';
      return;
    }
    const box = target.getBoundingClientRect();
    Object.assign(outline.style, {
      display: 'block',
      left: `${box.left - 2}px`,
      top: `${box.top - 2}px`,
      width: `${box.width + 4}px`,
      height: `${box.height + 4}px`,
    });
  }

  /** The locator and preview of `target` for the active field; a message when it cannot be that field. */
  function locate(target: Element): { locator: PickedLocator; shown: string } | string {
    if (active === 'messageItem') {
      const item = itemSelectorFor(doc, target);
      return item ? { locator: { css: item.css }, shown: fill(texts.itemCount, String(item.count)) } : texts.noItem;
    }
    const locator = locatorFor(doc, target);
    if (!locator) return texts.noAnchor;
    const text = resolveLocator(doc, locator) ?? elementText(target);
    const shown = PREVIEWS[active](text, locator, context);
    return shown === undefined ? fill(texts.unreadable, texts.fieldNames[active]) : { locator, shown: fill(texts.storedAs, shown) };
  }

  /** Assigns `target` to the active field once its value reads as that field. */
  function pick(target: Element) {
    const found = locate(target);
    if (typeof found === 'string') {
      message.textContent = found;
      return;
    }
    const { locator, shown } = found;
    picks[active] = locator;
    message.textContent = '';
    const row = rows.get(active);
    if (row) row.value.textContent = shown;
    confirm.removeAttribute('disabled');
    // On to the next target not picked yet, so a page is picked in one pass.
    const next = options.targets.find((f) => picks[f] === undefined);
    if (next) choose(next);
  }

  const ours = (event: Event) => event.composedPath().includes(host);
  return new Promise<PickerAnswer>((resolve) => {
    const finish = (answer: PickerAnswer) => {
      for (const [type, handler] of listeners) doc.defaultView?.removeEventListener(type, handler, true);
      host.remove();
      resolve(answer);
    };
    const swallow = (event: Event) => {
      if (ours(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const listeners: [string, (event: Event) => void][] = [
      [
        'mousemove',
        (event) => {
          if (!ours(event)) show(event.target instanceof Element ? event.target : undefined);
        },
      ],
      [
        'click',
        (event) => {
          if (ours(event)) return;
          swallow(event);
          if (event.target instanceof Element) pick(event.target);
        },
      ],
      ['mousedown', swallow],
      ['mouseup', swallow],
      ['pointerdown', swallow],
      ['pointerup', swallow],
      ['submit', swallow],
      [
        'keydown',
        (event) => {
          const key = (event as KeyboardEvent).key;
          if (key === 'Escape') {
            swallow(event);
            finish({ done: 'cancelled' });
            return;
          }
          if (key === 'ArrowDown' || key === 'ArrowUp') {
            swallow(event);
            // The arrows leave the panel for the page, so Enter then picks the outlined element.
            (shadow.activeElement as HTMLElement | null)?.blur();
            const all = keyboardCandidates(doc.documentElement, host);
            const at = outlined ? all.indexOf(outlined) : -1;
            const next = all[key === 'ArrowDown' ? at + 1 : at <= 0 ? all.length - 1 : at - 1] ?? all[0];
            next?.scrollIntoView?.({ block: 'nearest' });
            show(next);
          } else if (key === 'Enter' && outlined && shadow.activeElement === null) {
            swallow(event);
            pick(outlined);
          }
        },
      ],
    ];
    for (const [type, handler] of listeners) doc.defaultView?.addEventListener(type, handler, true);
    host.endPicker = () => finish({ done: 'cancelled' });
    confirm.addEventListener('click', () => {
      if (Object.keys(picks).length > 0) finish({ done: 'confirmed', picked: { ...picks } });
    });
    cancel.addEventListener('click', () => finish({ done: 'cancelled' }));
    doc.documentElement.append(host);
    choose(active);
    (rows.get(active)?.button ?? cancel).focus();
  });
}
