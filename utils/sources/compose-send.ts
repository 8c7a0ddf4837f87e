/**
 * Sends a text from a message page's compose box: types it in and clicks the send button, only when
 * both are where the locators say. Runs in the capture content script; no extension APIs here.
 */

/** True when the text was typed and send clicked; false (nothing done) when the box or the button is missing, or the box holds a draft. */
export function sendInCompose(doc: Document, text: string, box: string, button: string): boolean {
  let field: HTMLTextAreaElement | HTMLInputElement | HTMLElement | null;
  let send: HTMLElement | null;
  try {
    field = doc.querySelector<HTMLElement>(box);
    send = doc.querySelector<HTMLElement>(button);
  } catch {
    return false;
  }
  if (!field || !send || (send as HTMLButtonElement).disabled) return false;
  // A draft the user is typing is theirs: never replaced.
  if (String(('value' in field ? field.value : field.textContent) ?? '').trim()) return false;
  field.focus();
  if ('value' in field) field.value = text;
  else field.textContent = text;
  // Apps follow what is typed through input events, not through the value.
  // The page's own Event: a content script's global differs from the page's in Firefox.
  const PageEvent = (doc.defaultView as (Window & typeof globalThis) | null)?.Event ?? Event;
  field.dispatchEvent(new PageEvent('input', { bubbles: true }));
  send.click();
  return true;
}
