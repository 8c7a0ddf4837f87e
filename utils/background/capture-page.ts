/**
 * The capture content script's logic: ask which capture accounts this page belongs to, read the
 * page, and send what it shows to the background; a page still drawing is read again as it changes.
 * A message-list page (`source.messages`) is watched for as long as it is open: each new message is
 * read as it arrives.
 */
import { sendMessage } from '@/utils/background/messages';
import { scanDocument } from '@/utils/sources/page-scan';
import { sendInCompose } from '@/utils/sources/compose-send';

/** Stop watching a page that never shows values after this long (a message list is watched while open). */
export const CAPTURE_WATCH_MS = 60_000;
/** How long a balance query waits for the page to draw its compose box before the card says it was not sent. */
export const SEND_WAIT_MS = 20_000;
const SETTLE_MS = 400;

/** Reads the page for every capture account it belongs to until each has recorded a reading. */
export async function capturePage(doc: Document = document): Promise<void> {
  const accounts = await sendMessage('captureConfig', {});
  if (!accounts || accounts.length === 0) return;
  const pending = new Map(accounts.map((a) => [a.accountId, a]));
  // What a message list last sent, so a page that changed elsewhere (a typing mark) is not read again.
  const lastSent = new Map<string, string>();
  let busy = false;
  let again = false;
  const tryAll = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        for (const account of [...pending.values()]) {
          const scan = scanDocument(doc, account.selectors, account.messages);
          const signature = account.messages ? JSON.stringify(scan.messages) : '';
          if (account.messages && lastSent.get(account.accountId) === signature) continue;
          const answer = await sendMessage('recordCapture', { accountId: account.accountId, scan });
          if (account.messages) lastSent.set(account.accountId, signature);
          else if (!answer.ok || answer.found) pending.delete(account.accountId);
        }
      } while (again);
    } finally {
      busy = false;
    }
  };
  // The balance queries the worker says are due now: sent once the compose box is drawn, or reported as not sent.
  const sends = new Map(accounts.filter((a) => a.send && a.messages?.query).map((a) => [a.accountId, a]));
  // An app that switches conversation without a reload: the query goes only from the page it was claimed for.
  const claimedOn = doc.location?.pathname;
  const trySends = () => {
    if (doc.location?.pathname !== claimedOn) return;
    for (const [id, a] of sends) {
      const q = a.messages?.query;
      if (q && sendInCompose(doc, a.send as string, q.box, q.button)) sends.delete(id);
    }
  };
  await tryAll();
  trySends();
  if (sends.size > 0)
    setTimeout(() => {
      for (const id of sends.keys()) void sendMessage('recordCapture', { accountId: id, scan: scanDocument(doc), notSent: true });
      sends.clear();
    }, SEND_WAIT_MS);
  if (pending.size === 0) return;
  // Portals draw the balance after load: read again once the page has been still for a moment.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      trySends();
      void tryAll().then(() => {
        if (pending.size === 0) observer.disconnect();
      });
    }, SETTLE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  if (accounts.every((a) => !a.messages)) setTimeout(() => observer.disconnect(), CAPTURE_WATCH_MS);
}
