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

// While a batch of refreshes runs, the worker (the only writer of `refreshState`) keeps what it last
// read or wrote, so the batch's bookkeeping writes without reading the whole object back each time.
let known: Record<string, RefreshState> | undefined;
let holders = 0;
let writes = 0;

/** Runs `job` on every account's state after the jobs queued before it, so no update is lost. */
function queued<T>(job: (all: Readonly<Record<string, RefreshState>>) => Promise<T>): Promise<T> {
  return queue(async () => {
    const all = known ?? (await refreshStateItem.getValue());
    if (holders > 0) known = all;
    return job(all);
  });
}

async function write(all: Record<string, RefreshState>): Promise<void> {
  writes++;
  if (holders > 0) known = all;
  await refreshStateItem.setValue(all);
}

/** A mark of this worker's writes: a read taken at mark `m` is current while `writesMark()` is still `m`. */
export function writesMark(): number {
  return writes;
}

/**
 * Runs `job` with the refresh states kept in memory between its updates (one read for the batch),
 * starting from `states` when they were read at `mark` and nothing was written since.
 */
export async function holdRefreshStates<T>(job: () => Promise<T>, states?: Record<string, RefreshState>, mark?: number): Promise<T> {
  holders++;
  if (!known && states && mark === writes) known = states;
  try {
    return await job();
  } finally {
    if (--holders === 0) known = undefined;
  }
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
    await write(Object.fromEntries(next ? [...others, [accountId, next]] : others));
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
    if (left.length) await write(Object.fromEntries(Object.entries(all).map(([id, s]) => [id, { ...s, inProgressSince: undefined }])));
  });
}

/** Drops the state of accounts that no longer exist. */
export function pruneRefreshStates(keepIds: readonly string[]): Promise<void> {
  return queued(async (all) => {
    const kept = Object.fromEntries(Object.entries(all).filter(([id]) => keepIds.includes(id)));
    if (Object.keys(kept).length !== Object.keys(all).length) await write(kept);
  });
}

export function watchRefreshStates(cb: (states: Record<string, RefreshState>) => void): () => void {
  return refreshStateItem.watch((value) => cb(value ?? {}));
}
