// The history page's chart with little data (#17 item 4): one reading is a dot with its value, not
// an empty frame scaled around it ("IDR 40,501" / "IDR 40,499"); two or more readings are lines.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { HistoryChart, type HistoryChartProps } from '@/entrypoints/history/history-chart';
import { useDom } from './dom';

const DAY = 86_400_000;
const TO = Date.UTC(2026, 10, 20, 12);
const FROM = TO - 30 * DAY;
const dom = useDom('root');

const props = (credit: HistoryChartProps['credit'], data: HistoryChartProps['data']): HistoryChartProps => ({
  credit,
  data,
  topUps: [],
  from: FROM,
  to: TO,
  label: 'chart',
  formatCredit: (n) => `IDR ${n.toLocaleString('en-US')}`,
  formatData: (n) => `${n / 1024 ** 3} GB`,
  formatTime: (at) => new Date(at).toISOString().slice(0, 10),
});

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('history chart', () => {
  it('draws one reading as a dot with its value, and no scale around it', () => {
    const root = dom('root');
    render(<HistoryChart {...props([{ at: TO - DAY, value: 40_500 }], [{ at: TO - DAY, value: 2 * 1024 ** 3 }])} />, root);
    const points = [...root.querySelectorAll('[data-testid="history-point"]')];
    expect(points.map((g) => [g.getAttribute('data-series'), g.getAttribute('data-value'), g.textContent])).toEqual([
      ['data', String(2 * 1024 ** 3), '2 GB'],
      ['credit', '40500', 'IDR 40,500'],
    ]);
    expect(root.querySelectorAll('path[data-series]')).toHaveLength(0);
    // Only the range's dates label the frame: no "IDR 40,501" / "IDR 40,499", no "2 GB ± 1 B".
    expect(texts(root, 'text.axis')).toEqual(['2026-10-21', '2026-11-20']);
    // The dot lies inside the plot, near its right end (the reading was a day ago).
    const x = Number(root.querySelector('[data-series="credit"] circle')?.getAttribute('cx'));
    expect(x).toBeGreaterThan(600);
    expect(x).toBeLessThanOrEqual(660);
  });

  it('draws a dot for the one series that has a single reading, a line for the other', () => {
    const root = dom('root');
    render(
      <HistoryChart
        {...props(
          [
            { at: TO - 2 * DAY, value: 41_000 },
            { at: TO - DAY, value: 40_500 },
          ],
          [{ at: TO - DAY, value: 1024 ** 3 }],
        )}
      />,
      root,
    );
    expect([...root.querySelectorAll('[data-testid="history-point"]')].map((g) => g.getAttribute('data-series'))).toEqual(['data']);
    expect(root.querySelector('path[data-series="credit"]')?.getAttribute('d')).toMatch(/^M\d/);
    expect(texts(root, 'text.axis')).toEqual(['IDR 41,000', 'IDR 40,500', '2026-10-21', '2026-11-20']);
  });

  it('draws two or more readings as lines with their scale, as before', () => {
    const root = dom('root');
    const credit = [
      { at: TO - 2 * DAY, value: 41_000 },
      { at: TO - DAY, value: 40_500 },
    ];
    render(<HistoryChart {...props(credit, [])} />, root);
    expect(root.querySelectorAll('[data-testid="history-point"]')).toHaveLength(0);
    expect(root.querySelector('path[data-series="credit"]')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ L/);
    expect(texts(root, 'text.axis')).toEqual(['IDR 41,000', 'IDR 40,500', '2026-10-21', '2026-11-20']);
  });
});
