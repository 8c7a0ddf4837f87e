/** Retention: keeps every reading for 90 days, then one per local day (with its min and max) for ever. */
import { compactReadings, recordReading, recordReadings } from '@/utils/stores/db';
import { retentionCutoff } from '@/utils/core/readings';
import type { Reading, SourceResult } from '@/utils/model';
import { getAccounts } from '@/utils/stores/settings';
import { sourceFailure } from '@/utils/core/source-messages';

/** When the disk is full, readings older than this are folded to one a day to make room. */
export const FULL_DISK_DETAIL_MS = 7 * 86_400_000;

/**
 * Folds old readings of every account into one per day. Idempotent and cheap once done (the
 * folded past is one reading per day), so it runs on every badge tick rather than on its own alarm.
 * Returns how many readings were removed.
 */
export async function runRetention(now = Date.now(), timeZone?: string, cutoff = retentionCutoff(now)): Promise<number> {
  let removed = 0;
  for (const account of await getAccounts()) removed += await compactReadings(account.id, cutoff, timeZone);
  return removed;
}

/**
 * Stores a reading. When the browser says the disk is full (`QuotaExceededError`), folds every
 * account's readings older than a week into one a day and tries once more. A reading that still
 * cannot be stored is a failure, never a half-written one; settings (`storage.local`) are not touched.
 */
export async function recordMakingRoom(reading: Reading, now: number, timeZone?: string): Promise<SourceResult> {
  try {
    await recordReading(reading).catch(async (error: unknown) => {
      if ((error as Error | undefined)?.name !== 'QuotaExceededError') throw error;
      await runRetention(now, timeZone, now - FULL_DISK_DETAIL_MS);
      await recordReading(reading);
    });
    return { ok: true, reading };
  } catch {
    return { ok: false, code: 'not-saved', ...sourceFailure('source.notSaved') };
  }
}

/** Stores many readings in one transaction (`recordReadings`), making room as `recordMakingRoom` does; false when they could not be stored. */
export async function recordManyMakingRoom(readings: readonly Reading[], now: number, timeZone?: string): Promise<boolean> {
  try {
    await recordReadings(readings).catch(async (error: unknown) => {
      if ((error as Error | undefined)?.name !== 'QuotaExceededError') throw error;
      await runRetention(now, timeZone, now - FULL_DISK_DETAIL_MS);
      await recordReadings(readings);
    });
    return true;
  } catch {
    return false;
  }
}
