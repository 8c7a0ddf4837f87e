/**
 * The storage.sync half of `utils/stores/settings.ts` (docs/sync.md): merges this browser's copy with sync and
 * writes what changed on either side. Runs in the background only, one merge at a time.
 */
import { browser } from 'wxt/browser';
import {
  accountsItem,
  getAccounts,
  getSettings,
  getSyncState,
  normalizePrimary,
  settingsItem,
  syncStateItem,
} from '@/utils/stores/settings';
import { canonical, mergeWithSync } from '@/utils/stores/sync-merge';
import { serial } from '@/utils/core/serial';

/** What a merge changed here: whether this browser's accounts or settings changed (the background re-plans from that write). */
export interface SyncOutcome {
  changed: boolean;
}

const oneMerge = serial();

/**
 * Brings this browser's accounts and settings and storage.sync together, when sync is on. `prefer`
 * is the side written last: `local` after a save here, `sync` when sync changed. Never throws: a failure
 * is kept in the sync state for the options page, and this browser's copy stays as it was.
 */
export function syncNow(prefer: 'local' | 'sync'): Promise<SyncOutcome> {
  return oneMerge(() => syncOnce(prefer));
}

async function syncOnce(prefer: 'local' | 'sync'): Promise<SyncOutcome> {
  const state = await getSyncState();
  const outcome: SyncOutcome = { changed: false };
  if (!state.enabled) return outcome;
  try {
    const { parseAccounts, parseSettings } = await import('@/utils/model/schemas');
    const [accounts, settings, sync] = await Promise.all([getAccounts(), getSettings(), browser.storage.sync.get(null)]);
    const result = mergeWithSync({
      accounts,
      settings,
      sync,
      base: state.base,
      prefer,
      parseAccount: (value) => attempt(() => parseAccounts([value])[0]),
      parseSettings: (value) => attempt(() => parseSettings(value)),
      normalize: normalizePrimary,
    });
    // This browser first: a sync write that fails must not lose what arrived.
    if (canonical(result.accounts) !== canonical(accounts)) {
      await accountsItem.setValue(result.accounts);
      outcome.changed = true;
    }
    if (canonical(result.settings) !== canonical(settings)) {
      await settingsItem.setValue(result.settings);
      outcome.changed = true;
    }
    // One set and one remove at most: sync allows 120 writes a minute and 1800 an hour.
    if (Object.keys(result.set).length > 0) await browser.storage.sync.set(result.set);
    if (result.remove.length > 0) await browser.storage.sync.remove(result.remove);
    const next = { enabled: true, base: result.base, localOnly: result.localOnly };
    // Turned off meanwhile: the switch wins.
    if (canonical(next) !== canonical(state) && (await getSyncState()).enabled) await syncStateItem.setValue(next);
  } catch (error) {
    // Quota or write rate exceeded, or sync unavailable: the agreement stays, so the next merge retries.
    const message = error instanceof Error ? error.message : String(error);
    const current = await getSyncState();
    if (current.enabled) await syncStateItem.setValue({ ...current, error: message });
  }
  return outcome;
}

function attempt<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}
