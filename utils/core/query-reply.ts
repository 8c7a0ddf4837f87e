/**
 * The reply to a balance query sent by a rendered refresh (`utils/sources/render-query.ts`): which messages
 * arrived after the send, when to stop waiting, and what the refresh does after. Pure: `now` is a parameter.
 */
import type { MessageScan } from '@/utils/core/message-time';
import type { MessageRef } from '@/utils/i18n';
import { QUERY_FOLLOW_UP_MS } from '@/utils/model';

/** How a query in a render tab ended: its reply read, sent but no reply in time, or not sent (no compose box). */
export type QueryOutcome = 'replied' | 'pending' | 'not-sent';

/**
 * The messages in `after` that were not on the page in `before`, counted by text: a reply word for word
 * like an older message is still new, and a message that scrolled out of a long list is no new one.
 */
export function arrivedSince(before: readonly MessageScan[], after: readonly MessageScan[]): MessageScan[] {
  const left = new Map<string, number>();
  for (const m of before) left.set(m.text, (left.get(m.text) ?? 0) + 1);
  const fresh: MessageScan[] = [];
  for (const m of after) {
    const n = left.get(m.text) ?? 0;
    if (n > 0) left.set(m.text, n - 1);
    else fresh.push(m);
  }
  return fresh;
}

/** After a look at the page at `now`: the reply is in, time is up (`until`), or wait for the page to change. */
export function replyStep(replied: boolean, now: number, until: number): QueryOutcome | 'wait' {
  if (replied) return 'replied';
  return now >= until ? 'pending' : 'wait';
}

/** What the refresh adds to its result: a notice when nothing was sent, a follow-up read when the reply is late. */
export function queryAftermath(outcome: QueryOutcome | undefined, host: string): { notice?: MessageRef; followUpMs?: number } {
  if (outcome === 'not-sent') return { notice: { key: 'source.queryNotSent', args: [host] } };
  if (outcome === 'pending') return { followUpMs: QUERY_FOLLOW_UP_MS };
  return {};
}
