/** Saving a validated account form: store the account, record typed values, tell the background. */
import { sendMessage } from '@/utils/background/messages';
import type { Account, Reading } from '@/utils/model';
import { hasManualValues, type ManualInput, manualReading, sameValues } from '@/utils/core/presets';
import { upsertAccount } from '@/utils/stores/settings';

/** Outcome of a save, for the `save-result` message. */
export type SaveOutcome = { ok: true } | { ok: false; stage: 'account' | 'reading'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Stores `account`; for a manual account also records what the user typed as a reading when it
 * differs from `latest`; then asks the background to refresh it and redraw the badge.
 */
export async function saveAccount(
  account: Account,
  manual: ManualInput | undefined,
  latest: Reading | undefined,
  now: number,
): Promise<SaveOutcome> {
  try {
    await upsertAccount(account);
  } catch (error) {
    return { ok: false, stage: 'account', message: messageOf(error) };
  }
  let outcome: SaveOutcome = { ok: true };
  try {
    if (manual && hasManualValues(manual)) {
      const reading = manualReading(manual, account.id, now);
      if (!sameValues(latest, reading)) {
        const recorded = await sendMessage('recordReading', { reading });
        if (!recorded.ok) outcome = { ok: false, stage: 'reading', message: recorded.message };
      }
    }
  } catch (error) {
    outcome = { ok: false, stage: 'reading', message: messageOf(error) };
  }
  return outcome;
}
