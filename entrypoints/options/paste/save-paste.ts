/** Saving a pasted reading: into its account, creating a new manual account first when asked. */
import type { Account, ManualPreset } from '@/utils/model';
import { pastedReading, type PasteValues } from '@/utils/core/paste';
import { presetInfo } from '@/utils/core/presets';
import { sendMessage } from '@/utils/background/messages';
import { getSettings, newAccount, upsertAccount } from '@/utils/stores/settings';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';

/** Where the reading goes: an existing account, or a new one to create. */
export type PasteTarget = { account: Account } | { name: string; preset: ManualPreset; currency: string; primary: boolean };

/** The outcome, in words for `paste-result`, with the account that got the reading. */
export type PasteSaved = { ok: true; text: string; account: Account } | { ok: false; text: string };

/** Stores a new account when asked (writing storage is all the background needs), then records the reading. */
export async function savePaste(target: PasteTarget, values: PasteValues, now: number): Promise<PasteSaved> {
  try {
    let account: Account;
    if ('account' in target) account = target.account;
    else {
      const preset = presetInfo(target.preset);
      account = newAccount(
        await getSettings(),
        { kind: 'manual', preset: target.preset, ...(preset.graceDays === undefined ? {} : { graceDays: preset.graceDays }) },
        // A new account counts in the currency of the credit it starts with.
        { name: target.name.trim(), currency: values.credit?.currency ?? target.currency, primary: target.primary },
      );
      await upsertAccount(account);
    }
    const source = account.source;
    const graceDays = source.kind === 'manual' ? (source.graceDays ?? presetInfo(source.preset).graceDays) : undefined;
    const answer = await sendMessage('recordReading', { reading: pastedReading(account.id, now, values, graceDays) });
    if (!answer.ok) return { ok: false, text: strings.saveFailed(answer.message) };
    return { ok: true, text: strings.saved(account.name), account };
  } catch (error) {
    return { ok: false, text: strings.saveFailed(error instanceof Error ? error.message : String(error)) };
  }
}
