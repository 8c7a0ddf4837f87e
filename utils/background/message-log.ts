/**
 * The worker's side of message-list pages: which messages were read before, and storing the new
 * ones (older balance messages into the history at their own times) before their keys are kept.
 */
import * as v from 'valibot';
import { ReadingSchema } from '@/utils/model/schemas';
import { recordManyMakingRoom } from '@/utils/stores/retention';
import { messageKeysItem } from '@/utils/stores/message-log';
import type { MessageLog } from '@/utils/sources/types';

export const messageLog: MessageLog = async (id, list, read) => {
  const keys = messageKeysItem(id);
  const result = await read(list ? await keys.getValue() : undefined);
  const found = result.ok && result.messages;
  if (!found) return result;
  // The current reading too: the refresh storing it after this finds it there and adds nothing.
  const readings = found.history.concat(result.reading ?? []);
  // A key is kept only once its reading is stored: after a full disk the message is read again next time.
  if (!readings.every((r) => v.is(ReadingSchema, r)) || !(await recordManyMakingRoom(readings, Date.now()))) return result;
  await keys.setValue(found.keys);
  return result;
};
