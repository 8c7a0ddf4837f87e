/**
 * The balance query from a render tab, the page's side: once the render has read the conversation
 * (`readUntilSettled`), type the query into the compose box, send it, and keep reading the page until a
 * balance message that was not there at the send has arrived, or the wait is over. Runs in the tab as the
 * injected `render-reader.js`; the background claimed the send first (`utils/background/query-claim.ts`)
 * and reads the scan it answers with again before anything is stored.
 */
import { QUERY_REPLY_WAIT_MS, QUERY_SEND_WAIT_MS, RENDER_MARGIN_MS } from '@/utils/model/constants';
import { arrivedSince, type QueryOutcome, replyStep } from '@/utils/core/query-reply';
import { SEND_ENABLE_MS, sendInCompose } from '@/utils/sources/compose-send';
import { readingFromScan } from '@/utils/sources/page-reading';
import { type PageScan, scanDocument } from '@/utils/sources/page-scan';
import { quiet, type RenderRequest, valuesKey } from '@/utils/sources/render-read';

/** What the background adds to a render request when this render sends the query (plain data). */
export interface QuerySend {
  text: string;
  /** The compose box and its send button, from the account's recipe. */
  box: string;
  button: string;
}

/** The page as last read, and how the query went. */
export type QueryAnswer = PageScan & { query: QueryOutcome };

/**
 * Sends `send` from `doc`'s compose box (looking again as the page changes, for `QUERY_SEND_WAIT_MS` at
 * most) and reads the page until the reply is in (`replied`), for `QUERY_REPLY_WAIT_MS` after the send and
 * never past the request's deadline (`pending`: the page as read last). `not-sent`: the page as it was.
 */
export async function sendAndAwaitReply(
  doc: Document,
  request: RenderRequest & { send: QuerySend },
  wait: (doc: Document, until: number) => Promise<void> = quiet,
  now: () => number = Date.now,
): Promise<QueryAnswer> {
  const { read, send } = request;
  const deadline = (read.deadline ?? now() + QUERY_REPLY_WAIT_MS) - RENDER_MARGIN_MS;
  const scan = () => scanDocument(doc, read.selectors, request.messages);
  const sendUntil = Math.min(deadline, now() + QUERY_SEND_WAIT_MS);
  // The wait for a send button the page enables late is part of the send's own time.
  const trySend = () => sendInCompose(doc, send.text, send.box, send.button, Math.max(0, Math.min(SEND_ENABLE_MS, sendUntil - now())));
  let before = scan();
  let sent = await trySend();
  while (!sent && now() < sendUntil) {
    await wait(doc, sendUntil);
    before = scan();
    sent = await trySend();
  }
  if (!sent) return { ...before, query: 'not-sent' };
  const until = Math.min(deadline, now() + QUERY_REPLY_WAIT_MS);
  for (;;) {
    await wait(doc, until);
    const after = scan();
    const fresh = arrivedSince(before.messages ?? [], after.messages ?? []);
    // A reply is a new message that holds a balance (not the user's own `CEK`, nor a promotion); the engine
    // stops at the refresh's deadline (wall-clock).
    const replied = fresh.length > 0 && valuesKey(readingFromScan({ ...after, messages: fresh }, read)) !== undefined;
    const step = replyStep(replied, now(), until);
    if (step !== 'wait') return { ...after, query: step };
  }
}
