/**
 * The worker's step of the optional balance query of a message-list account: decide, once per
 * interval and only in the browser the query names, that the conversation page open now sends it.
 * `captureConfig` (utils/background/capture.ts) answers `send` with what this returns; the claim is written
 * before the page is told, so a restart or a second tab of the conversation never sends twice within
 * the interval. Sent only from a conversation open in a tab (capture on visit), never from a render tab.
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
