// The history page (entrypoints/history/App.tsx) over the 30-day range: its line starts at the range's
// start from the reading before it, and top-ups are marked with the account's own threshold, also on
// the range's first reading (rendered into linkedom with the fake browser's storage and IndexedDB).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/history/App';
import { readingsStore } from '@/utils/stores/db';
import type { Reading } from '@/utils/model';
import { saveAccounts } from '@/utils/stores/settings';
import { testAccount } from '../helpers';
import { useDom } from './dom';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const dom = useDom('root');

const reading = (at: number, amount: number): Reading => ({ accountId: 'acct1', at, credit: { amount, currency: 'IDR' } });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  Object.assign(globalThis, { location: { hash: '#acct1' } });
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, 'location');
});

describe('history page', () => {
  it('marks top-ups over the account’s threshold, the range’s first reading too, and starts the line at the range’s start', async () => {
    await saveAccounts([testAccount({ source: { kind: 'manual' }, alerts: { topUpAbove: 10_000 } })]);
    // Before the 30-day range.
    await readingsStore.put(reading(NOW - 35 * DAY, 10_000));
    // The range's first reading: a top-up of 50 000 over the one before the range.
    await readingsStore.put(reading(NOW - 30 * DAY + 3_600_000, 60_000));
    await readingsStore.put(reading(NOW - 20 * DAY, 55_000));
    // A rise of 5 000: under the account's 10 000, so a change but no top-up.
    await readingsStore.put(reading(NOW - 10 * DAY, 60_000));
    await readingsStore.put(reading(NOW - DAY, 58_000));

    act(() => {
      render(<App />, dom('root'));
    });
    const root = dom('root');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="history-row"]')).toHaveLength(4));

    const marked = [...root.querySelectorAll('[data-testid="history-row"][data-top-up="true"]')].map((row) => row.getAttribute('data-at'));
    expect(marked).toEqual([new Date(NOW - 30 * DAY + 3_600_000).toISOString()]);
    expect(root.querySelectorAll('[data-testid="history-topup"]')).toHaveLength(1);
    const risen = root.querySelector(`[data-testid="history-row"][data-at="${new Date(NOW - 10 * DAY).toISOString()}"]`) as HTMLElement;
    expect(risen.textContent).toMatch(/\+IDR\s5,000/);
    expect(risen.textContent).not.toContain('Top-up');
    // The credit line begins at the left edge, on the way from 10 000 to 60 000.
    expect(root.querySelector('[data-testid="history-chart"] [data-series="credit"]')?.getAttribute('d')).toMatch(/^M0 /);
  });
});
