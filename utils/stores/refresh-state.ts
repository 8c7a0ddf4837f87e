/** The one owner of per-account refresh bookkeeping (last attempt, last error, failures, in progress). */
import type { RefreshState } from '@/utils/model';
import { serial } from '@/utils/core/serial';
import { localItem } from '@/utils/stores/storage-item';

/** Refresh bookkeeping of every account, by account id. */
export const refreshStateItem = localItem<Record<string, RefreshState>>('refreshState', {});

export async function getRefreshStates(): Promise<Record<string, RefreshState>> {
  return refreshStateItem.getValue();
}

const queue = serial();

/** Runs `job` on every account's state after the jobs queued before it, so no update is lost. */
function queued<T>(job: (all: Readonly<Record<string, RefreshState>>) => Promise<T>): Promise<T> {
  return queue(async () => job(await refreshStateItem.getValue()));
}

/** Applies `change` to one account's state (undefined drops it). */
export function updateRefreshState(
  accountId: string,
  change: (state: RefreshState) => RefreshState | undefined,
): Promise<RefreshState | undefined> {
  return queued(async (all) => {
    const next = change(all[accountId] ?? { failures: 0 });
    // A change that returns the stored state as it is writes nothing.
    if (next !== undefined && next === all[accountId]) return next;
    const others = Object.entries(all).filter(([id]) => id !== accountId);
    await refreshStateItem.setValue(Object.fromEntries(next ? [...others, [accountId, next]] : others));
    return next;
  });
}

/**
 * Forgets every "in progress" mark. Called as the worker starts: a refresh lives in the worker's
 * memory, so a mark found then was left by a worker the browser stopped mid-refresh.
 */
export function clearAbandonedRefreshes(): Promise<void> {
  return queued(async (all) => {
    const left = Object.values(all).filter((s) => s.inProgressSince !== undefined);
    for (const s of left) delete s.inProgressSince;
    if (left.length) await refreshStateItem.setValue(all);
  });
}

/** Drops the state of accounts that no longer exist. */
export function pruneRefreshStates(keepIds: readonly string[]): Promise<void> {
  return queued(async (all) => {
    const kept = Object.fromEntries(Object.entries(all).filter(([id]) => keepIds.includes(id)));
    if (Object.keys(kept).length !== Object.keys(all).length) await refreshStateItem.setValue(kept);
  });
}

export function watchRefreshStates(cb: (states: Record<string, RefreshState>) => void): () => void {
  return refreshStateItem.watch((value) => cb(value ?? {}));
}
