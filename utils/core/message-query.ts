/**
 * The send cap of a message-list account's balance query (`source.messages.query`): sent only by the
 * browser it names, at most once per interval (never under `MIN_QUERY_HOURS`). Pure: `now` is a parameter.
 */
import { MIN_QUERY_HOURS } from '@/utils/model';

/**
 * True when this browser (`installId`) may send the query now, its last send having been at `sentAt`
 * (0: never). A last send in the future (the clock was set back) holds for one interval at most.
 */
export function queryDue(
  query: { everyHours: number; sender: string } | undefined,
  installId: string,
  sentAt: number,
  now: number,
): boolean {
  if (!query || !installId || query.sender !== installId) return false;
  const every = Math.max(query.everyHours, MIN_QUERY_HOURS) * 3_600_000;
  return now - sentAt >= every || sentAt - now > every;
}
