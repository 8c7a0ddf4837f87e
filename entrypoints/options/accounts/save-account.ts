/** Saving a validated account form: store the account and record typed values; the background sees the stored change. */
import { sendMessage } from '@/utils/background/messages';
import type { Account, Reading } from '@/utils/model';
import { hasManualValues, type ManualInput, manualReading, sameValues } from '@/utils/core/presets';
import { getAccounts, saveAccounts, upsertAccount } from '@/utils/stores/settings';
import { accountsAfterSetup } from '@/entrypoints/options/setup/setup-accounts';

/** Outcome of a save, for the `save-result` message. */
export type SaveOutcome = { ok: true } | { ok: false; stage: 'account' | 'reading'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How an account is stored: `upsertAccount`, or `storeSetupAccount` for one guided setup started. */
export type StoreAccount = (account: Account) => Promise<unknown>;

/** Stores an account guided setup made or started: the demo leaves (`accountsAfterSetup`). */
export async function storeSetupAccount(account: Account): Promise<void> {
  await saveAccounts(accountsAfterSetup(await getAccounts(), account));
}

/**
 * Stores `account` (with `store`, `upsertAccount` unless told); for a manual account also records what
 * the user typed as a reading when it differs from `latest`. Writing storage is all it takes: the
 * background re-plans on `storage.onChanged`.
 */
export async function saveAccount(
  account: Account,
  manual: ManualInput | undefined,
  latest: Reading | undefined,
  now: number,
  store: StoreAccount = upsertAccount,
): Promise<SaveOutcome> {
  try {
    await store(account);
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
