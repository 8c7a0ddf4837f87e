import { describe, expect, it } from 'vitest';
import { alertsToForm, validateAlerts } from '@/entrypoints/options/alerts/alerts-form-values';
import { linePath, thin } from '@/components/chart-geometry';
import { testAccount } from './helpers';

describe('chart thinning', () => {
  it('keeps at most first, lowest, highest and last per column, so a dip or top-up survives', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ at: i, value: i === 500 ? -100 : i === 501 ? 900 : 10 }));
    const kept = thin(points, 0, 999, 10);
    expect(kept.length).toBeLessThanOrEqual(40);
    expect(kept.some((p) => p.value === -100)).toBe(true);
    expect(kept.some((p) => p.value === 900)).toBe(true);
    expect(kept[0]?.at).toBe(0);
    expect(kept[kept.length - 1]?.at).toBe(999);
  });

  it('draws a path inside the box and nothing without points', () => {
    const d = linePath(
      [
        { at: 0, value: 0 },
        { at: 10, value: 5 },
      ],
      0,
      10,
      { width: 100, height: 20, pad: 2 },
    );
    expect(d).toBe('M0 18 L100 2');
    expect(linePath([], 0, 10, { width: 100, height: 20 })).toBe('');
  });
});

describe('alerts form', () => {
  it('starts from the defaults and saves what was typed', () => {
    const account = testAccount({ source: { kind: 'manual' } });
    const form = alertsToForm(account);
    expect(form).toMatchObject({ lowCredit: true, endingDays: '7, 3, 1', dataBelowPercent: '10', failingHours: '6', topUpAbove: '0' });
    const result = validateAlerts({ ...form, lowCreditBelow: '5.000', endingDays: '1 14 3 3', topUp: false }, 'IDR');
    expect(result).toEqual({
      ok: true,
      alerts: {
        lowCredit: true,
        lowCreditBelow: 5000,
        ending: true,
        endingDays: [14, 3, 1],
        ended: true,
        dataLow: true,
        dataBelowPercent: 10,
        failing: true,
        failingHours: 6,
        topUp: false,
        topUpAbove: 0,
      },
    });
  });

  it('names every field that is wrong', () => {
    const form = alertsToForm(testAccount({ source: { kind: 'manual' } }));
    const result = validateAlerts(
      { ...form, lowCreditBelow: 'lots', endingDays: '1, 2, 3, 4, 5, 6', dataBelowPercent: '100', failingHours: '0', topUpAbove: '-5' },
      'IDR',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'data-percent',
        'ending-days',
        'failing-hours',
        'low-credit-below',
        'top-up-above',
      ]);
  });
});
