import { describe, expect, it } from 'vitest';
import { daysLeft } from '@/utils/days-left';
import { ReadingSchema } from '@/utils/schemas';
import { DEMO_CYCLE_DAYS, demoReading } from '@/utils/sources/demo';
import * as v from 'valibot';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 5, 0);

describe('demoReading', () => {
  it('is a valid reading, pinned by the clock', () => {
    const r = demoReading('demo', T0, 'Asia/Jakarta');
    expect(v.is(ReadingSchema, r)).toBe(true);
    expect(demoReading('demo', T0, 'Asia/Jakarta')).toEqual(r);
    expect(r.credit?.currency).toBe('IDR');
    expect(r.quotas?.[0]?.kind).toBe('data');
  });

  it('spends credit and data over a day and keeps the valid-until date weeks ahead', () => {
    for (let day = 0; day < 2 * DEMO_CYCLE_DAYS; day++) {
      const now = T0 + day * DAY;
      const today = demoReading('demo', now, 'UTC');
      const left = daysLeft(today.validUntil ?? '', now, 'UTC');
      expect(left).toBeGreaterThanOrEqual(5);
      expect(left).toBeLessThanOrEqual(DEMO_CYCLE_DAYS + 5);
      expect(today.credit?.amount).toBeGreaterThan(0);
      const later = demoReading('demo', now + 6 * 3_600_000, 'UTC');
      if (later.validUntil === today.validUntil) {
        expect(later.credit?.amount).toBeLessThan(today.credit?.amount ?? 0);
      }
    }
  });
});
