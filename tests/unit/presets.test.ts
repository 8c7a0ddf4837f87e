import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MANUAL_PRESETS } from '@/utils/model';
import { ReadingSchema } from '@/utils/model/schemas';
import { hasManualValues, manualReading, PRESETS, presetInfo, sameValues } from '@/utils/core/presets';

const NOW = Date.UTC(2026, 5, 15, 8, 30);

describe('presets', () => {
  it('has one entry per manual preset of the model', () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...MANUAL_PRESETS].sort());
    for (const id of MANUAL_PRESETS) expect(PRESETS[id].id).toBe(id);
  });

  it('knows AXIS: IDR, 30 days of grace, *888# / *123#, SMS CEK to 123', () => {
    expect(PRESETS.axis).toEqual({
      id: 'axis',
      label: 'AXIS (Indonesia)',
      currency: 'IDR',
      graceDays: 30,
      checkCodes: ['*888#', '*123#'],
      checkSms: { text: 'CEK', to: '123' },
    });
  });

  it('falls back to generic', () => {
    expect(presetInfo(undefined)).toBe(PRESETS.generic);
    expect(presetInfo('generic').checkCodes).toEqual([]);
  });
});

describe('manualReading', () => {
  it('builds a full reading from what the user typed', () => {
    const reading = manualReading(
      {
        credit: 25750,
        currency: 'IDR',
        validUntil: '2026-07-31',
        graceDays: 30,
        quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: 3.5, total: 10, unit: 'GB' }],
      },
      'acc1',
      NOW,
    );
    expect(reading).toEqual({
      accountId: 'acc1',
      at: NOW,
      credit: { amount: 25750, currency: 'IDR' },
      validUntil: '2026-07-31',
      graceUntil: '2026-08-30',
      quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: 3.5, total: 10, unit: 'GB' }],
    });
    expect(v.safeParse(ReadingSchema, reading).success).toBe(true);
  });

  it.each([
    ['2026-02-20', 10, '2026-03-02'],
    ['2024-02-20', 10, '2024-03-01'],
    ['2026-12-15', 30, '2027-01-14'],
  ])('grace from %s plus %s days ends %s', (validUntil, graceDays, graceUntil) => {
    expect(manualReading({ currency: 'IDR', validUntil, graceDays }, 'a', NOW).graceUntil).toBe(graceUntil);
  });

  it('leaves out what the user did not type', () => {
    expect(manualReading({ currency: 'USD' }, 'a', NOW)).toEqual({ accountId: 'a', at: NOW });
    expect(manualReading({ currency: 'USD', credit: 0 }, 'a', NOW)).toEqual({
      accountId: 'a',
      at: NOW,
      credit: { amount: 0, currency: 'USD' },
    });
  });

  it('has no grace date without a valid-until date or with zero grace days', () => {
    expect(manualReading({ currency: 'IDR', graceDays: 30 }, 'a', NOW).graceUntil).toBeUndefined();
    expect(manualReading({ currency: 'IDR', validUntil: '2026-07-31', graceDays: 0 }, 'a', NOW).graceUntil).toBeUndefined();
    expect(manualReading({ currency: 'IDR', validUntil: '2026-07-31' }, 'a', NOW).graceUntil).toBeUndefined();
  });

  it('copies quotas instead of sharing them', () => {
    const quotas = [{ label: 'Data', kind: 'data' as const, remaining: 1, unit: 'GB' }];
    const reading = manualReading({ currency: 'IDR', quotas }, 'a', NOW);
    expect(reading.quotas?.[0]).not.toBe(quotas[0]);
    expect(manualReading({ currency: 'IDR', quotas: [] }, 'a', NOW).quotas).toBeUndefined();
  });
});

describe('hasManualValues', () => {
  it.each([
    [{ currency: 'IDR' }, false],
    [{ currency: 'IDR', graceDays: 30 }, false],
    [{ currency: 'IDR', credit: 0 }, true],
    [{ currency: 'IDR', validUntil: '2026-01-01' }, true],
    [{ currency: 'IDR', quotas: [{ label: 'x', kind: 'sms' as const, remaining: 1, unit: 'sms' }] }, true],
  ])('%o → %s', (input, expected) => {
    expect(hasManualValues(input)).toBe(expected);
  });
});

describe('sameValues', () => {
  const base = manualReading(
    {
      credit: 100,
      currency: 'IDR',
      validUntil: '2026-07-31',
      graceDays: 30,
      quotas: [{ label: 'D', kind: 'data', remaining: 1, unit: 'GB' }],
    },
    'a',
    NOW,
  );

  it('ignores the time and key order', () => {
    const later = { ...base, at: NOW + 1000, quotas: [{ unit: 'GB', remaining: 1, kind: 'data' as const, label: 'D' }] };
    expect(sameValues(base, later)).toBe(true);
  });

  it('sees any changed value', () => {
    expect(sameValues(undefined, base)).toBe(false);
    expect(sameValues(base, { ...base, credit: { amount: 101, currency: 'IDR' } })).toBe(false);
    expect(sameValues(base, { ...base, credit: { amount: 100, currency: 'USD' } })).toBe(false);
    expect(sameValues(base, { ...base, validUntil: '2026-08-01' })).toBe(false);
    expect(sameValues(base, { ...base, graceUntil: undefined })).toBe(false);
    expect(sameValues(base, { ...base, quotas: [] })).toBe(false);
  });
});
