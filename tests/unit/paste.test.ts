import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '@/utils/extract';
import { hasPasteValues, highlightSegments, pastedReading, pasteValues } from '@/utils/paste';

const NOW = Date.UTC(2026, 10, 25, 5, 0);
const found = <T>(value: T, start: number, end: number, confidence = 0.9) => ({ value, confidence, span: [start, end] as [number, number] });

const TEXT = 'Sisa pulsa Rp25.750 aktif s.d 31/12/2026. Kuota 2GB.';
const extraction: Extraction = {
  credit: found({ amount: 25_750, currency: 'IDR' }, 11, 19),
  validUntil: found('2026-12-31', 30, 40),
  quotas: [found({ label: 'Kuota', kind: 'data' as const, remaining: 2, unit: 'GB' }, 48, 51)],
  candidates: { credit: [found({ amount: 5, currency: 'IDR' }, 0, 1, 0.3)], validUntil: [], graceUntil: [] },
};

describe('pasteValues', () => {
  it('takes found values, never candidates', () => {
    expect(pasteValues(extraction)).toEqual({
      credit: { amount: 25_750, currency: 'IDR' },
      validUntil: '2026-12-31',
      quotas: [{ label: 'Kuota', kind: 'data', remaining: 2, unit: 'GB' }],
    });
    const unsure: Extraction = { ...extraction, credit: undefined };
    expect(pasteValues(unsure).credit).toBeUndefined();
  });

  it('applies edits: replace, remove, and removed quotas', () => {
    const values = pasteValues(extraction, {
      credit: { amount: 30_000, currency: 'IDR' },
      validUntil: null,
      graceUntil: '2027-01-30',
      removedQuotas: [0],
    });
    expect(values).toEqual({ credit: { amount: 30_000, currency: 'IDR' }, graceUntil: '2027-01-30', quotas: [] });
    expect(hasPasteValues(values)).toBe(true);
    expect(hasPasteValues(pasteValues(extraction, { credit: null, validUntil: null, removedQuotas: [0] }))).toBe(false);
  });
});

describe('pastedReading', () => {
  it('fills the grace period from the carrier grace length only when the text had none', () => {
    const values = pasteValues(extraction);
    expect(pastedReading('a', NOW, values, 30)).toMatchObject({ accountId: 'a', at: NOW, graceUntil: '2027-01-30' });
    expect(pastedReading('a', NOW, { ...values, graceUntil: '2027-01-15' }, 30).graceUntil).toBe('2027-01-15');
    expect(pastedReading('a', NOW, values).graceUntil).toBeUndefined();
    expect(pastedReading('a', NOW, { quotas: [] })).toEqual({ accountId: 'a', at: NOW });
  });
});

describe('highlightSegments', () => {
  it('cuts the text into plain and marked pieces that join back to the text', () => {
    const segments = highlightSegments(TEXT, extraction);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.field).map((s) => [s.field, s.text])).toEqual([
      ['credit', 'Rp25.750'],
      ['validUntil', '31/12/2026'],
      ['quota', '2GB'],
    ]);
  });

  it('drops marks of edited or removed values and survives overlapping spans', () => {
    const overlapping: Extraction = { ...extraction, validUntil: found('2026-12-31', 15, 40) };
    const segments = highlightSegments(TEXT, overlapping, { removedQuotas: [0] });
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.field === 'quota')).toHaveLength(0);
    expect(highlightSegments(TEXT, extraction, { credit: null }).some((s) => s.field === 'credit')).toBe(false);
  });

  it('works on what the engine really returns', () => {
    const text = 'Pulsa Rp 12.500, aktif s/d 05-01-2027.';
    const real = extract(text, { currency: 'IDR', now: NOW, timeZone: 'Asia/Jakarta' });
    expect(highlightSegments(text, real).map((s) => s.text).join('')).toBe(text);
    expect(pasteValues(real).credit).toEqual({ amount: 12_500, currency: 'IDR' });
  });
});
