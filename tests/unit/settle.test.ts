// One settle per refresh (part 10): a batch of refreshes reads the state once, draws the badge once and
// touches storage.local at most four times per refresh.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDrawnBadge } from '@/utils/background/badge-renderer';
import { messageHandlers, onAlarm } from '@/utils/background/lifecycle';
import { updateBadge } from '@/utils/background/settle';
import { recordExternalReading } from '@/utils/background/refresh';
import { readingsStore } from '@/utils/stores/db';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { testAccount } from './helpers';

/** Counts storage.local reads and writes and badge draws from here on. */
function countCalls() {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  const draw = vi.spyOn(fakeBrowser.action, 'setBadgeText');
  return { reads: () => get.mock.calls.length, writes: () => set.mock.calls.length, draws: () => draw.mock.calls.length };
}

const accounts = ['a', 'b', 'c'].map((id, i) => testAccount({ id, name: `Line ${id}`, primary: i === 0 }));

describe('one settle per refresh', () => {
  it('an alarm refresh: one read of the state, two bookkeeping writes, one settle read, one badge draw', async () => {
    await saveAccounts(accounts);
    // The first refresh writes the alert state once (its episodes start empty); the second is the steady state.
    await onAlarm('refresh:a');
    // As a new worker: every button call is made once (an unchanged badge is otherwise left as it is).
    forgetDrawnBadge();
    const calls = countCalls();
    await onAlarm('refresh:a');
    expect(calls.draws()).toBe(1);
    expect({ reads: calls.reads(), writes: calls.writes() }).toEqual({ reads: 2, writes: 2 });
    expect((await getRefreshStates()).a).toMatchObject({ failures: 0 });
  });

  it('a batch of three refreshes from the message table draws the badge once', async () => {
    await saveAccounts(accounts);
    await messageHandlers.refresh({});
    forgetDrawnBadge();
    const calls = countCalls();
    const outcomes = await messageHandlers.refresh({});
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(calls.draws()).toBe(1);
    // Two reads for the batch (the accounts with their states, then the settle), two writes per account.
    expect({ reads: calls.reads(), writes: calls.writes() }).toEqual({ reads: 2, writes: 6 });
    for (const id of ['a', 'b', 'c']) expect(await readingsStore.latest(id)).toBeDefined();
  });

  it('a recorded reading ends in the same settle step: one draw', async () => {
    await saveAccounts([testAccount({ id: 'm', source: { kind: 'manual' } })]);
    const calls = countCalls();
    expect(await recordExternalReading({ accountId: 'm', at: Date.now(), credit: { amount: 7_000, currency: 'IDR' } })).toEqual({
      ok: true,
    });
    expect(calls.draws()).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7k');
  });

  it('a settle that changes nothing on the button calls nothing on it; a change sets only what changed', async () => {
    await saveAccounts([testAccount({ id: 'm', source: { kind: 'manual' } })]);
    await recordExternalReading({ accountId: 'm', at: Date.now(), credit: { amount: 7_000, currency: 'IDR' } });
    const setters = ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle', 'setPopup'] as const;
    const spies = setters.map((name) => vi.spyOn(fakeBrowser.action, name));
    // A minute after the reading's own settle: never the same instant, however fast the machine.
    const now = Date.now() + 60_000;
    await updateBadge(now);
    await updateBadge(now);
    // The first redraw sets the new snapshot (its instant); the second, at the same instant, nothing.
    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 1]);
    await recordExternalReading({ accountId: 'm', at: Date.now(), credit: { amount: 9_000, currency: 'IDR' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('9k');
    expect(spies[0]?.mock.calls.length).toBe(1);
  });
});
