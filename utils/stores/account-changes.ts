/**
 * What a change of the stored accounts or settings asks of the background (pure): whether it re-plans,
 * and which accounts it reads now. Pages only write storage; the background reads the change itself.
 */
import type { Account } from '@/utils/model';
import { canonical } from '@/utils/stores/sync-merge';

/** One key's change, as `storage.onChanged` gives it (the fake browser says `null` for "none"). */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** The background's work for one change of `storage.local`. */
export interface ChangePlan {
  /** Alarms, capture scripts and the badge follow the accounts and settings. */
  replan: boolean;
  /** Accounts to read now: new, enabled again, or whose source (kind, URL, configuration) or currency changed. */
  refreshIds: string[];
  /** Accounts kept whose source or currency changed: what they found before may read otherwise now. */
  reconfiguredIds: string[];
}

const accountsIn = (value: unknown): Account[] =>
  Array.isArray(value) ? value.filter((a): a is Account => typeof a === 'object' && a !== null && typeof a.id === 'string') : [];

/** What a change of `storage.local` asks: nothing unless accounts or settings really changed. */
export function planForChange(changes: Readonly<Record<string, StorageChange | undefined>>): ChangePlan {
  const changed = (key: string) => {
    const change = changes[key];
    return change !== undefined && canonical(change.oldValue ?? null) !== canonical(change.newValue ?? null);
  };
  if (!changed('accounts') && !changed('settings')) return { replan: false, refreshIds: [], reconfiguredIds: [] };
  if (!changed('accounts')) return { replan: true, refreshIds: [], reconfiguredIds: [] };
  const before = new Map(accountsIn(changes.accounts?.oldValue).map((a) => [a.id, a]));
  const reconfigured = (a: Account, was: Account | undefined) =>
    was !== undefined && (canonical(was.source) !== canonical(a.source) || was.currency !== a.currency);
  // A name, the order, thresholds or alerts change what is shown, not what a source would read.
  const refreshIds = accountsIn(changes.accounts?.newValue)
    .filter((a) => {
      const was = before.get(a.id);
      // A network source reads its values in the account's currency.
      return a.enabled && (!was || !was.enabled || canonical(was.source) !== canonical(a.source) || was.currency !== a.currency);
    })
    .map((a) => a.id);
  const reconfiguredIds = accountsIn(changes.accounts?.newValue)
    .filter((a) => reconfigured(a, before.get(a.id)))
    .map((a) => a.id);
  return { replan: true, refreshIds, reconfiguredIds };
}
