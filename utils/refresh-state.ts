/** The one owner of per-account refresh bookkeeping (last attempt, last error, failures, in progress). */
import type { RefreshState } from './model';
import { localItem } from './storage-item';

/** Refresh bookkeeping of every account, by account id. */
export const refreshStateItem = localItem<Record<string, RefreshState>>('refreshState', {});

export async function getRefreshStates(): Promise<Record<string, RefreshState>> {
  return refreshStateItem.getValue();
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies `change` to one account's state; updates run one after another so none is lost. */
export function updateRefreshState(
  accountId: string,
  change: (state: RefreshState) => RefreshState | undefined,
): Promise<RefreshState | undefined> {
  const run = queue.then(async () => {
    const all = await refreshStateItem.getValue();
    const next = change(all[accountId] ?? { failures: 0 });
    const others = Object.entries(all).filter(([id]) => id !== accountId);
    await refreshStateItem.setValue(Object.fromEntries(next ? [...others, [accountId, next]] : others));
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Drops the state of accounts that no longer exist. */
export function pruneRefreshStates(keepIds: readonly string[]): Promise<void> {
  const run = queue.then(async () => {
    const all = await refreshStateItem.getValue();
    const kept = Object.fromEntries(Object.entries(all).filter(([id]) => keepIds.includes(id)));
    if (Object.keys(kept).length !== Object.keys(all).length) await refreshStateItem.setValue(kept);
  });
  queue = run.catch(() => undefined);
  return run;
}

export function watchRefreshStates(cb: (states: Record<string, RefreshState>) => void): () => void {
  return refreshStateItem.watch((value) => cb(value ?? {}));
}
