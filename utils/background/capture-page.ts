/**
 * The capture content script's logic: ask which capture accounts this page belongs to, read the
 * page, and send what it shows to the background; a page still drawing is read again as it changes.
 * A message-list page (`source.messages`) is watched for as long as it is open: each read sends the
 * worker only the messages it has not sent before (new ones, or ones whose time label changed), at most
 * one read every `WATCH_GAP_MS`; past `MAX_WATCH_READS` reads in an hour, one every `WATCH_SLOW_GAP_MS` until
 * the hour ends (the budget starts again each hour: a tab open for days is still read as messages arrive).
 */
import { sendMessage } from '@/utils/background/messages';
import { scanDocument } from '@/utils/sources/page-scan';
import { sendInCompose } from '@/utils/sources/compose-send';
import { textHash } from '@/utils/core/message-key';
import type { MessageScan } from '@/utils/core/message-time';
import { MAX_MESSAGES } from '@/utils/model';

/** Stop watching a page that never shows values after this long (a message list is watched while open). */
export const CAPTURE_WATCH_MS = 60_000;
/** How long a balance query waits for the page to draw its compose box before the card says it was not sent. */
export const SEND_WAIT_MS = 20_000;
/** A page that keeps changing is read at most once in this long. */
export const WATCH_GAP_MS = 2_000;
/** A page that keeps changing is read this many times in `WATCH_BUDGET_MS` at the full pace, then slower. */
export const MAX_WATCH_READS = 900;
/** The gap between reads once an hour's budget is spent. */
export const WATCH_SLOW_GAP_MS = 30_000;
/** The span `MAX_WATCH_READS` counts over. */
export const WATCH_BUDGET_MS = 3_600_000;
const SETTLE_MS = 400;

/** A message as the page shows it now: a hash of its text with its time labels (a relabelled one is sent again). */
const shown = (m: MessageScan) => `${textHash(m.text)}|${m.stamp ?? ''}|${m.label ?? ''}|${m.day ?? ''}`;

/** Reads the page for every capture account it belongs to until each has recorded a reading. */
export async function capturePage(doc: Document = document): Promise<void> {
  const accounts = await sendMessage('captureConfig', {});
  if (!accounts || accounts.length === 0) return;
  const pending = new Map(accounts.map((a) => [a.accountId, a]));
  // The messages each message list has sent the worker (and it read), as `shown` gives them.
  const sent = new Map<string, Set<string>>();
  let busy = false;
  let again = false;
  let reads = 0;
  const tryAll = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        reads++;
        for (const account of [...pending.values()]) {
          const scan = scanDocument(doc, account.selectors, account.messages);
          if (!account.messages) {
            const answer = await sendMessage('recordCapture', { accountId: account.accountId, scan });
            if (!answer.ok || answer.found) pending.delete(account.accountId);
            continue;
          }
          const known = sent.get(account.accountId) ?? new Set<string>();
          const all = scan.messages ?? [];
          const isNew = all.map((m) => !known.has(shown(m)));
          if (!isNew.includes(true)) continue;
          // With each new message go the others of the same text, so the worker tells a daily identical SMS
          // from one it read yesterday (`readMessageList`).
          const texts = new Set(all.filter((_, i) => isNew[i]).map((m) => textHash(m.text)));
          const fresh = all.filter((m, i) => isNew[i] || texts.has(textHash(m.text)));
          const answer = await sendMessage('recordCapture', { accountId: account.accountId, scan: { ...scan, messages: fresh } });
          // Not read (the worker ran out of time): sent again with the next change.
          if (!answer.ok) continue;
          // Bounded: past twice a page's worth, only what the page shows now is remembered.
          const now = known.size + fresh.length > 2 * MAX_MESSAGES ? new Set((scan.messages ?? []).map(shown)) : known;
          for (const m of fresh) now.add(shown(m));
          sent.set(account.accountId, now);
        }
      } while (again);
    } finally {
      busy = false;
    }
  };
  // The balance queries the worker says are due now: sent once the compose box is drawn, or reported as not sent.
  const sends = new Map(accounts.filter((a) => a.send && a.messages?.query).map((a) => [a.accountId, a]));
  const sending = new Set<string>();
  let expired = false;
  const notSent = (id: string) => void sendMessage('recordCapture', { accountId: id, scan: scanDocument(doc), notSent: true });
  // An app that switches conversation without a reload: the query goes only from the page it was claimed for.
  const claimedOn = doc.location?.pathname;
  const trySends = () => {
    if (doc.location?.pathname !== claimedOn || expired) return;
    for (const [id, a] of sends) {
      const q = a.messages?.query;
      if (!q || sending.has(id)) continue;
      sending.add(id);
      void sendInCompose(doc, a.send as string, q.box, q.button).then((done) => {
        sending.delete(id);
        if (!done && !expired) return;
        sends.delete(id);
        if (!done) notSent(id);
      });
    }
  };
  await tryAll();
  trySends();
  if (sends.size > 0)
    setTimeout(() => {
      expired = true;
      // One still typing answers for itself when it ends.
      for (const id of [...sends.keys()]) {
        if (sending.has(id)) continue;
        sends.delete(id);
        notSent(id);
      }
    }, SEND_WAIT_MS);
  if (pending.size === 0) return;
  // Portals draw the balance after load: read again once the page has been still for a moment. A message
  // list never stops changing (new messages, ticking time labels): read at most once every WATCH_GAP_MS.
  const watchList = accounts.some((a) => a.messages);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  let budgetFrom = Date.now();
  const read = () => {
    timer = undefined;
    last = Date.now();
    if (last - budgetFrom >= WATCH_BUDGET_MS) {
      budgetFrom = last;
      reads = 0;
    }
    trySends();
    void tryAll().then(() => {
      if (pending.size === 0) observer.disconnect();
    });
  };
  // The content script's own; a test's DOM brings its own.
  const Observer = globalThis.MutationObserver ?? (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  const observer = new Observer(() => {
    if (!watchList) clearTimeout(timer);
    else if (timer !== undefined) return;
    // Over the hour's budget: read slower until the hour ends, never stop.
    const spent = reads >= MAX_WATCH_READS && Date.now() - budgetFrom < WATCH_BUDGET_MS;
    const gap = spent ? WATCH_SLOW_GAP_MS : WATCH_GAP_MS;
    timer = setTimeout(read, watchList ? Math.max(SETTLE_MS, last + gap - Date.now()) : SETTLE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  if (!watchList) setTimeout(() => observer.disconnect(), CAPTURE_WATCH_MS);
}
