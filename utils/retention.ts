/** Retention: keeps every reading for 90 days, then one per local day (with its min and max) for ever. */
import { readingsStore } from './db';
import { retentionCutoff } from './history';
import { getAccounts } from './settings';

/**
 * Folds old readings of every account into one per day. Idempotent and cheap once done (the
 * folded past is one reading per day), so it runs on every badge tick rather than on its own alarm.
 * Returns how many readings were removed.
 */
export async function runRetention(now = Date.now(), timeZone?: string): Promise<number> {
  const cutoff = retentionCutoff(now);
  let removed = 0;
  for (const account of await getAccounts()) removed += await readingsStore.compact(account.id, cutoff, timeZone);
  return removed;
}
