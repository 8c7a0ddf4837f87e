/**
 * Sends a text from a message page's compose box: types it in and clicks the send button, only when
 * both are where the locators say. A site may keep its send button disabled while the box is empty:
 * after typing, the send waits (at most `SEND_ENABLE_MS`) for the page to enable it, and takes the text
 * back out when it does not. Runs in the capture content script; no extension APIs here.
 */

/** How long a send waits for the page to enable its send button once the text is typed. */
export const SEND_ENABLE_MS = 5_000;

type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

function find<T extends Element>(doc: Document, selector: string): T | null {
  try {
    return doc.querySelector<T>(selector);
  } catch {
    return null;
  }
}

const isDisabled = (el: Element) => (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
const valueOf = (field: Field) => String(('value' in field ? field.value : field.textContent) ?? '');

/** Sets what the box holds and tells the page, as typing would. */
function type(doc: Document, field: Field, text: string): void {
  if ('value' in field) field.value = text;
  else field.textContent = text;
  // Apps follow what is typed through input events, not through the value.
  // The page's own Event: a content script's global differs from the page's in Firefox.
  const PageEvent = (doc.defaultView as (Window & typeof globalThis) | null)?.Event ?? Event;
  field.dispatchEvent(new PageEvent('input', { bubbles: true }));
}

/** Resolves with the enabled send button once the page enables one (it may draw a new one), or null after `ms`. */
function enabledButton(doc: Document, button: string, ms: number): Promise<HTMLElement | null> {
  const now = find<HTMLElement>(doc, button);
  if (now && !isDisabled(now)) return Promise.resolve(now);
  // The content script's own; a test's DOM brings its own.
  const Observer = globalThis.MutationObserver ?? (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  if (!Observer) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (found: HTMLElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const observer = new Observer(() => {
      const el = find<HTMLElement>(doc, button);
      if (el && !isDisabled(el)) done(el);
    });
    observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
    const timer = setTimeout(() => done(null), ms);
  });
}

/**
 * True when the text was typed and send clicked; false (nothing left typed) when the box or the button
 * is missing, the box holds a draft, or the button stayed disabled.
 */
export async function sendInCompose(doc: Document, text: string, box: string, button: string, waitMs = SEND_ENABLE_MS): Promise<boolean> {
  const field = find<Field>(doc, box);
  if (!field || !find(doc, button)) return false;
  // A draft the user is typing is theirs: never replaced.
  if (valueOf(field).trim()) return false;
  field.focus();
  type(doc, field, text);
  const send = await enabledButton(doc, button, waitMs);
  // The user may have typed meanwhile: only our own text is sent, or taken back.
  if (valueOf(field) !== text) return false;
  if (!send) {
    type(doc, field, '');
    return false;
  }
  send.click();
  return true;
}
