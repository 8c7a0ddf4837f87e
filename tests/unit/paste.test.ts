import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '@/utils/extract';
import { changeDraftKind, creditDraft, isCurrencyCode, quotaDraft, readCredit, readQuota } from '@/entrypoints/options/paste/paste-drafts';
import { hasPasteValues, highlightSegments, pastedReading, pasteValues } from '@/utils/core/paste';

const NOW = Date.UTC(2026, 10, 25, 5, 0);
const found = <T>(value: T, start: number, end: number, confidence = 0.9) => ({
  value,
  confidence,
  span: [start, end] as [number, number],
});

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
    expect(
      highlightSegments(text, real)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
    expect(pasteValues(real).credit).toEqual({ amount: 12_500, currency: 'IDR' });
  });
});

describe('edited quotas', () => {
  const edited = { label: 'Kuota Malam', kind: 'data' as const, remaining: 500, unit: 'MB', expiresAt: '2027-01-05' };

  it('replace the found quota in the values and lose their mark in the text', () => {
    expect(pasteValues(extraction, { quotas: { 0: edited } }).quotas).toEqual([edited]);
    expect(highlightSegments(TEXT, extraction, { quotas: { 0: edited } }).some((s) => s.field === 'quota')).toBe(false);
    // Removing wins over an edit of the same quota.
    expect(pasteValues(extraction, { quotas: { 0: edited }, removedQuotas: [0] }).quotas).toEqual([]);
  });
});

describe('credit drafts', () => {
  it('read an amount the way the account currency writes it, and a currency in any case', () => {
    expect(readCredit({ amount: '25.750', currency: 'IDR' })).toEqual({ ok: true, value: { amount: 25_750, currency: 'IDR' } });
    expect(readCredit({ amount: '4,50', currency: ' usd ' })).toEqual({ ok: true, value: { amount: 4.5, currency: 'USD' } });
    expect(readCredit({ amount: '', currency: 'IDR' })).toEqual({ ok: true, value: null });
  });

  it.each([
    [{ amount: '25750', currency: 'RP' }, ['currency']],
    [{ amount: '25750', currency: 'IDX' }, ['currency']],
    [{ amount: '25750', currency: '12$' }, ['currency']],
    [{ amount: 'abc', currency: 'IDR' }, ['amount']],
    [{ amount: '-5', currency: 'XX' }, ['currency', 'amount']],
  ])('refuse %j with an error per wrong field', (draft, fields) => {
    const read = readCredit(draft);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors).sort()).toEqual([...fields].sort());
    if (read.errors.currency) expect(read.errors.currency).toMatch(/ISO 4217/);
  });

  it('start from the credit shown, or empty in the account currency', () => {
    expect(creditDraft({ amount: 4.5, currency: 'USD' }, 'IDR')).toEqual({ amount: '4.5', currency: 'USD' });
    expect(creditDraft(undefined, 'IDR')).toEqual({ amount: '', currency: 'IDR' });
  });

  it('know ISO 4217 codes', () => {
    for (const code of ['IDR', 'USD', 'CNY', 'EUR', 'MYR', 'PHP', 'THB']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['idr', 'ID', 'IDRR', 'IDX', 'ABC']) expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('quota drafts', () => {
  const found = { label: '', kind: 'data' as const, remaining: 2.5, total: 10, unit: 'GB', expiresAt: '2026-12-20' };

  it('round-trip a quota unchanged', () => {
    expect(readQuota(quotaDraft(found), found)).toEqual({ ok: true, value: found });
    const unlimited = { label: 'Malam', kind: 'data' as const, remaining: 0, unit: 'GB', unlimited: true };
    expect(quotaDraft(unlimited).remaining).toBe('');
    expect(readQuota(quotaDraft(unlimited), unlimited)).toEqual({ ok: true, value: unlimited });
  });

  it('take edits; the total goes when the unit or kind changes, since it counted in the old one', () => {
    const draft = quotaDraft(found);
    expect(readQuota({ ...draft, remaining: '1,5', label: ' Kuota Utama ' }, found)).toEqual({
      ok: true,
      value: { ...found, remaining: 1.5, label: 'Kuota Utama' },
    });
    expect(readQuota({ ...draft, remaining: '750', unit: 'MB', expiresAt: '' }, found)).toEqual({
      ok: true,
      value: { label: '', kind: 'data', remaining: 750, unit: 'MB' },
    });
    const voice = changeDraftKind({ ...draft, remaining: '100' }, 'voice');
    expect(voice.unit).toBe('min');
    expect(readQuota(voice, found)).toEqual({
      ok: true,
      value: { label: '', kind: 'voice', remaining: 100, unit: 'min', expiresAt: '2026-12-20' },
    });
    expect(changeDraftKind(voice, 'data').unit).toBe('GB');
    expect(changeDraftKind({ ...draft, unit: 'paket' }, 'other').unit).toBe('paket');
  });

  it.each([
    [{ remaining: '' }, 'remaining'],
    [{ remaining: 'lots' }, 'remaining'],
    [{ unit: 'GiB' }, 'unit'],
    [{ kind: 'other' as const, unit: ' ' }, 'unit'],
    [{ expiresAt: '2026-02-30' }, 'expires'],
    [{ label: 'x'.repeat(81) }, 'label'],
  ])('refuse %j in the field %s', (change, field) => {
    const read = readQuota({ ...quotaDraft(found), ...change }, found);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(Object.keys(read.errors)).toEqual([field]);
  });
});
