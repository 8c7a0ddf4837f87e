/**
 * The capture content script's logic: ask which capture accounts this page belongs to, read the
 * page, and send what it shows to the background; a page still drawing is read again as it changes.
 */
import { sendMessage } from '@/utils/background/messages';
import { scanDocument } from '@/utils/sources/page-scan';

/** Stop watching a page that never shows values after this long. */
export const CAPTURE_WATCH_MS = 60_000;
const SETTLE_MS = 400;

/** Reads the page for every capture account it belongs to until each has recorded a reading. */
export async function capturePage(doc: Document = document): Promise<void> {
  const accounts = await sendMessage('captureConfig', {});
  if (!accounts || accounts.length === 0) return;
  const pending = new Map(accounts.map((a) => [a.accountId, a]));
  let busy = false;
  const tryAll = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const account of [...pending.values()]) {
        const answer = await sendMessage('recordCapture', { accountId: account.accountId, scan: scanDocument(doc, account.selectors) });
        if (!answer.ok || answer.found) pending.delete(account.accountId);
      }
    } finally {
      busy = false;
    }
  };
  await tryAll();
  if (pending.size === 0) return;
  // Portals draw the balance after load: read again once the page has been still for a moment.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void tryAll().then(() => {
        if (pending.size === 0) observer.disconnect();
      });
    }, SETTLE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  setTimeout(() => observer.disconnect(), CAPTURE_WATCH_MS);
}
