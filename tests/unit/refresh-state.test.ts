import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAbandonedRefreshes, getRefreshStates, pruneRefreshStates, updateRefreshState } from '@/utils/stores/refresh-state';

const T0 = Date.UTC(2026, 10, 25, 5, 0);

describe('refresh state', () => {
  it('a worker that starts clears the "in progress" marks a stopped worker left, and keeps the rest', async () => {
    await updateRefreshState('a', () => ({ failures: 2, lastSuccessAt: T0 - 60_000, inProgressSince: T0 }));
    await updateRefreshState('b', () => ({ failures: 0, lastSuccessAt: T0 }));
    await clearAbandonedRefreshes();
    expect(await getRefreshStates()).toEqual({ a: { failures: 2, lastSuccessAt: T0 - 60_000 }, b: { failures: 0, lastSuccessAt: T0 } });
  });

  it('writes nothing when no mark is left', async () => {
    await updateRefreshState('b', () => ({ failures: 0, lastSuccessAt: T0 }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await clearAbandonedRefreshes();
    expect(set).not.toHaveBeenCalled();
  });

  it('runs in order with updates: a refresh this worker starts after it keeps its mark', async () => {
    await updateRefreshState('a', () => ({ failures: 0, inProgressSince: T0 }));
    const cleared = clearAbandonedRefreshes();
    const started = updateRefreshState('a', (s) => ({ ...s, inProgressSince: T0 + 5 }));
    await Promise.all([cleared, started]);
    expect((await getRefreshStates()).a?.inProgressSince).toBe(T0 + 5);
  });

  it("an update to one account never loses another account's update made at the same time", async () => {
    await Promise.all([
      updateRefreshState('a', (s) => ({ ...s, failures: s.failures + 1 })),
      updateRefreshState('b', (s) => ({ ...s, failures: s.failures + 2 })),
      updateRefreshState('a', (s) => ({ ...s, failures: s.failures + 1 })),
    ]);
    expect(await getRefreshStates()).toEqual({ a: { failures: 2 }, b: { failures: 2 } });
    await updateRefreshState('b', () => undefined);
    await pruneRefreshStates(['b']);
    expect(await getRefreshStates()).toEqual({});
  });
});
