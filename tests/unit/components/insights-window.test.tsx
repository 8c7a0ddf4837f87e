// The popup's sparkline and forecast cover the whole 30-day window, also when the reading that
// holds at its start was taken before it (a de-duplicated reading only moves its confirmed-at),
// and every card gets its forecast state and history button, with or without readings.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInsights } from '@/entrypoints/popup/use-insights';
import { CardInsights } from '@/components/card-insights';
import { readingsStore } from '@/utils/stores/db';
import { addDays, localDate } from '@/utils/core/days-left';
import type { Reading } from '@/utils/model';
import { useDom } from './dom';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 20, 12).getTime();
const dom = useDom('root');

/** Renders each account's insights the way the popup card does. */
function Cards({ ids }: { ids: string[] }) {
  const insights = useInsights(ids, 'readings');
  if (insights.size === 0) return null;
  return (
    <>
      {ids.map((id) => {
        const insight = insights.get(id);
        return (
          <section key={id} data-account-id={id}>
            {insight && <CardInsights insight={insight} onOpenHistory={() => undefined} locale="en-US" />}
          </section>
        );
      })}
    </>
  );
}

const reading = (accountId: string, at: number, amount: number): Reading => ({
  accountId,
  at,
  credit: { amount, currency: 'IDR' },
  validUntil: addDays(localDate(NOW), 60),
});

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  // linkedom has no frames; the hook waits for one before it reads.
  Object.assign(globalThis, {
    requestAnimationFrame: (done: () => void) => setTimeout(done, 0),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
});

async function show(ids: string[]): Promise<HTMLElement> {
  act(() => {
    render(<Cards ids={ids} />, dom('root'));
  });
  await vi.waitFor(() => expect(dom('root').querySelectorAll('[data-testid="forecast"]')).toHaveLength(ids.length));
  return dom('root');
}

const card = (root: HTMLElement, id: string) => root.querySelector(`[data-account-id="${id}"]`) as HTMLElement;

describe('popup insights over the 30-day window', () => {
  it('draws and forecasts from a reading taken 40 days ago and confirmed until yesterday, then one now', async () => {
    // A: 50 000 first taken 40 days ago, the same values again yesterday (de-duplicated: confirmed-at moves).
    await readingsStore.record(reading('a', NOW - 40 * DAY, 50_000));
    expect((await readingsStore.record(reading('a', NOW - DAY, 50_000))).stored).toBe('confirmed');
    // B: 43 500 now.
    await readingsStore.record(reading('a', NOW, 43_500));

    const root = await show(['a']);
    const a = card(root, 'a');
    // The credit line starts at the window's left edge, flat at A's value until yesterday, then falls to B.
    const d = a.querySelector('[data-series="credit"]')?.getAttribute('d') ?? '';
    const points = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toHaveLength(3);
    expect(points[0]?.[0]).toBe(0);
    expect(points[1]?.[1]).toBe(points[0]?.[1]);
    expect(points[2]?.[0]).toBe(120);
    expect(points[2]?.[1]).toBeGreaterThan(points[1]?.[1] ?? Infinity);
    // 6 500 spent over the last 7 days: about 929 a day, so 43 500 lasts 46 days.
    const forecast = a.querySelector('[data-testid="forecast"]') as HTMLElement;
    expect(forecast.getAttribute('data-state')).toBe('ok');
    expect(forecast.getAttribute('data-runs-out')).toBe(addDays(localDate(NOW), 46));
    expect(forecast.textContent).toContain('46 days');
    expect(a.querySelector('[data-testid="open-history"]')).not.toBeNull();
  });

  it('shows the forecast state and the history button for an account without readings in the window', async () => {
    // Unchanged for 45 days and not confirmed lately: nothing inside the window but the value held.
    await readingsStore.record(reading('quiet', NOW - 45 * DAY, 20_000));
    const root = await show(['quiet', 'none']);
    for (const id of ['quiet', 'none']) {
      const forecast = card(root, id).querySelector('[data-testid="forecast"]') as HTMLElement;
      expect(forecast.getAttribute('data-state')).toBe('too-little');
      expect(forecast.hasAttribute('data-runs-out')).toBe(false);
      expect(card(root, id).querySelector('[data-testid="open-history"]')).not.toBeNull();
    }
    // No readings at all: no line to draw.
    expect(card(root, 'none').querySelector('[data-testid="sparkline"]')).toBeNull();
  });
});
