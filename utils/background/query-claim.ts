/**
 * The worker's step of the optional balance query of a message-list account: decide, once per
 * interval and only in the browser the query names, that a conversation page sends it now. Two paths ask:
 * `captureConfig` (utils/background/capture.ts) for a conversation the user opened, and a rendered refresh
 * (`readWebPage` through the refresh's `claimQuery`) for its background tab, where the capture script is
 * told nothing to send. The claim is written before the page is told, so a restart, a second tab of the
 * conversation or both paths at once never send twice within the interval.
 */
import { installIdItem, querySentItem } from '@/utils/stores/message-log';
import { queryDue } from '@/utils/core/message-query';
import { serial } from '@/utils/core/serial';
import type { AccountOf } from '@/utils/sources/types';

// Two tabs of one conversation ask at once: one claim after the other.
const oneClaim = serial();

/** The query text when this browser may send it now (and the send is then counted as done), else undefined. */
export const claimQuery = ({ id, source }: AccountOf<'web-page'>, now = Date.now()) =>
  oneClaim(async () => {
    const query = source.messages?.query;
    const sent = querySentItem(id);
    if (!queryDue(query, await installIdItem.getValue(), await sent.getValue(), now)) return undefined;
    await sent.setValue(now);
    return query?.text;
  });
