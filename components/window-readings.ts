/** Loads what the popup's sparkline and the history page draw: a time window of readings and the one before. */
import { readingsStore } from '@/utils/stores/db';
import type { Reading } from '@/utils/model';

/**
 * An account's readings from `from` on, oldest first, led by the last one taken before `from`:
 * a reading taken earlier and confirmed since still holds inside the window.
 */
export async function windowReadings(accountId: string, from: number): Promise<Reading[]> {
  const [before, inside] = await Promise.all([
    readingsStore.before(accountId, from),
    readingsStore.range(accountId, from, Number.MAX_SAFE_INTEGER),
  ]);
  return before ? [before, ...inside] : inside;
}
