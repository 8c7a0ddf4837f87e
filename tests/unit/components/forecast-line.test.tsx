// The popup card's forecast in words: each state says what it means, and `data-runs-out` is set
// exactly when a date is forecast (rendered into linkedom, in English as the test browser speaks).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ForecastLine, type Insight } from '@/components/card-insights';
import { buildInsight } from '@/utils/core/insight';
import type { Forecast, SeriesForecast } from '@/utils/core/forecast';
import { useDom } from './dom';

const dom = useDom('root');
const NOW = Date.UTC(2026, 10, 20, 12);

const insight = (forecast: Forecast): Insight => ({
  credit: [],
  data: [],
  from: NOW - 30 * 86_400_000,
  to: NOW,
  currency: 'IDR',
  forecast,
});

/** A credit forecast that runs out on 10 Dec 2026 after 20 days at 1 000 a day, against a plan ending on `endsOn`. */
const runsOut = (endsOn: string | undefined, daysBeforeEnd: number | undefined): SeriesForecast => ({
  kind: 'runs-out',
  pace: 1000,
  pace7: 1000,
  days: 20,
  runsOut: '2026-12-10',
  ...(endsOn === undefined ? {} : { endsOn, daysBeforeEnd }),
});

function show(value: Insight): HTMLElement {
  act(() => {
    render(<ForecastLine insight={value} locale="en-US" />, dom('root'));
  });
  return dom('root').querySelector('[data-testid="forecast"]') as HTMLElement;
}

const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('forecast wording', () => {
  it('says plainly that there is too little history, with no date', () => {
    // One reading: nothing to measure a pace from.
    const el = show(buildInsight([{ accountId: 'a', at: NOW, credit: { amount: 5000, currency: 'IDR' } }], NOW, 'UTC'));
    expect(el.getAttribute('data-state')).toBe('too-little');
    expect(el.hasAttribute('data-runs-out')).toBe(false);
    expect(words(el)).toBe('Too little history for a forecast yet.');
  });

  it('says no credit was spent lately, with no date', () => {
    const el = show(insight({ credit: { kind: 'steady', pace7: 0, pace30: 0 } }));
    expect(el.getAttribute('data-state')).toBe('ok');
    expect(el.hasAttribute('data-runs-out')).toBe(false);
    expect(words(el)).toBe('No credit spent lately.');
  });

  it('says how many days before the plan ends the credit runs out, with the date on the hooks', () => {
    const el = show(insight({ credit: runsOut('2026-12-20', 10), runsOut: '2026-12-10' }));
    expect(el.getAttribute('data-state')).toBe('ok');
    expect(el.getAttribute('data-runs-out')).toBe('2026-12-10');
    expect(el.querySelector('[data-testid="forecast-credit"]')?.getAttribute('data-runs-out')).toBe('2026-12-10');
    expect(words(el)).toBe('At this pace (IDR 1,000 a day) the credit lasts about 20 days, to Dec 10, 2026, 10 days before the plan ends.');
  });

  it('says when the credit lasts past the end of the plan', () => {
    const el = show(insight({ credit: runsOut('2026-11-25', -15), runsOut: '2026-12-10' }));
    expect(el.getAttribute('data-runs-out')).toBe('2026-12-10');
    expect(words(el)).toBe('At this pace (IDR 1,000 a day) the credit lasts about 20 days, to Dec 10, 2026, 15 days after the plan ends.');
  });

  it('says when it runs out on the very day the plan ends', () => {
    const el = show(insight({ credit: runsOut('2026-12-10', 0), runsOut: '2026-12-10' }));
    expect(words(el)).toBe('At this pace (IDR 1,000 a day) the credit lasts about 20 days, to Dec 10, 2026, the day the plan ends.');
  });

  it('words a data forecast too, and the first date is the card’s', () => {
    const data: SeriesForecast = {
      kind: 'runs-out',
      pace: 0.5 * 1024 ** 3,
      days: 4,
      runsOut: '2026-11-24',
      endsOn: '2026-11-28',
      daysBeforeEnd: 4,
    };
    const el = show(insight({ credit: runsOut('2026-12-20', 10), data, runsOut: '2026-11-24' }));
    expect(el.getAttribute('data-runs-out')).toBe('2026-11-24');
    const line = el.querySelector('[data-testid="forecast-data"]') as HTMLElement;
    expect(line.getAttribute('data-runs-out')).toBe('2026-11-24');
    expect(words(line)).toMatch(/^At this pace \(512 MB a day\) the data runs out on Nov 24, 2026, 4 days before the plan ends\.$/);
  });
});
