import { describe, expect, it } from 'vitest';
import { CANDIDATE_CAP, CONFIDENT, extract, type Extraction } from '@/utils/extract';
import { MAX_QUOTAS } from '@/utils/model';

const now = Date.UTC(2026, 7, 1, 3);
const id = { currency: 'IDR', locale: 'id-ID', now, timeZone: 'Asia/Jakarta' };

function allFound(x: Extraction) {
  return [
    x.credit,
    x.validUntil,
    x.graceUntil,
    ...x.quotas,
    ...x.candidates.credit,
    ...x.candidates.validUntil,
    ...x.candidates.graceUntil,
  ].filter((f) => f !== undefined);
}

describe('extract', () => {
  it('reads an AXIS *888# reply, with spans into the input', () => {
    const text = 'Sisa Pulsa Rp12.500. Aktif s.d 15-08-2026. Kuota: 1,2GB s.d 10-08-2026.';
    const x = extract(text, id);
    expect(x.credit?.value).toEqual({ amount: 12500, currency: 'IDR' });
    expect(text.slice(...(x.credit?.span ?? [0, 0]))).toBe('Rp12.500');
    expect(x.validUntil?.value).toBe('2026-08-15');
    expect(text.slice(...(x.validUntil?.span ?? [0, 0]))).toBe('15-08-2026');
    expect(x.quotas.map((q) => q.value)).toEqual([{ label: 'Kuota', kind: 'data', remaining: 1.2, unit: 'GB', expiresAt: '2026-08-10' }]);
  });

  it('keeps spans on the input even when full-width characters were normalised', () => {
    const text = '您的话费余额为１２．３０元';
    const x = extract(text, { currency: 'CNY', now });
    expect(x.credit?.value.amount).toBe(12.3);
    expect(text.slice(...(x.credit?.span ?? [0, 0]))).toBe('１２．３０元');
  });

  it('states values only at or above CONFIDENT, and caps candidates below it', () => {
    for (const text of ['Rp 25.750', 'Sisa pulsa Rp 5.000 aktif s.d 31/12/2026', 'Rp 5.000 31/12/2026 Rp 7.000']) {
      const x = extract(text, id);
      for (const f of [x.credit, x.validUntil, x.graceUntil, ...x.quotas]) if (f) expect(f.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      for (const c of [...x.candidates.credit, ...x.candidates.validUntil]) expect(c.confidence).toBeLessThanOrEqual(CANDIDATE_CAP);
    }
  });

  it('offers an amount without a credit word as a candidate, never as the credit', () => {
    const x = extract('Rp 25.750', id);
    expect(x.credit).toBeUndefined();
    expect(x.candidates.credit.map((c) => c.value.amount)).toEqual([25750]);
  });

  it.each([
    ['a bonus before the credit word', 'Selamat! Anda mendapat bonus pulsa Rp5.000', 5000],
    ['a top-up verb after the amount', 'Pulsa Rp 50.000 telah berhasil ditambahkan ke nomor Anda', 50000],
    ['a limit before the credit word', 'A minimum balance of $5 is required.', 5],
  ])('offers %s as a low-confidence candidate, not the credit', (_, text, amount) => {
    const x = extract(text, text.includes('$') ? { currency: 'USD', locale: 'en-US', now } : id);
    expect(x.credit).toBeUndefined();
    expect(x.candidates.credit.map((c) => c.value.amount)).toEqual([amount]);
  });

  it('lets the balance win over the transaction beside it', () => {
    const x = extract('Isi ulang Rp 50.000 berhasil. Sisa pulsa Anda Rp 62.300', id);
    expect(x.credit?.value).toEqual({ amount: 62300, currency: 'IDR' });
  });

  it('keeps a balance whose verb belongs to another clause or subject', () => {
    const x = extract('Pulsa Rp 50.000 telah ditambahkan, sisa pulsa Anda kini Rp 51.200', id);
    expect(x.credit?.value.amount).toBe(51200);
    const us = { currency: 'USD', locale: 'en-US', now };
    expect(extract('Your balance is $25.00 and your plan was added on 07/01/2026', us).credit?.value.amount).toBe(25);
  });

  it('gives one "unlimited" to every kind joined after it, not to the item before the comma', () => {
    const x = extract('Your goodybag: 15.2GB data, unlimited UK mins & texts left until 19/08/2026.', {
      currency: 'GBP',
      locale: 'en-GB',
      now,
    });
    expect(x.quotas.map((q) => [q.value.kind, q.value.unlimited ?? false, q.value.expiresAt])).toEqual([
      ['data', false, '2026-08-19'],
      ['voice', true, '2026-08-19'],
      ['sms', true, '2026-08-19'],
    ]);
  });

  it('reads later items of a "remaining" list as remaining, not as a plan size', () => {
    const x = extract('Pack remaining: 312MB data, 58 mins, unlimited texts.', { currency: 'GBP', locale: 'en-GB', now });
    expect(x.quotas.map((q) => [q.value.kind, q.value.remaining])).toEqual([
      ['data', 312],
      ['voice', 58],
      ['sms', 0],
    ]);
  });

  it('gives a "berlaku hingga" line to the quota above it when the card validity is stated elsewhere', () => {
    const page = 'Masa Aktif\n23 Agu 2026\nKuota Reguler 3.2 GB\nberlaku hingga 06 Agu 2026';
    const x = extract(page, id);
    expect(x.validUntil?.value).toBe('2026-08-23');
    expect(x.quotas.map((q) => q.value.expiresAt)).toEqual(['2026-08-06']);
    // With nothing else stating the card's validity, the same line is the line's validity, as before.
    const alone = extract('Kuota Reguler 3.2 GB\nberlaku hingga 06 Agu 2026', id);
    expect(alone.validUntil?.value).toBe('2026-08-06');
    expect(alone.quotas[0]?.value.expiresAt).toBeUndefined();
  });

  it("counts a package length as the card's when it follows the balance, past a top-up before it", () => {
    const x = extract('Isi ulang Rp 20.000 BERHASIL. Pulsa Anda skrg Rp 23.400, masa aktif berlaku 30 hari.', id);
    expect(x.validUntil?.value).toBe('2026-08-31');
    expect(extract('Isi ulang Rp 20.000 BERHASIL. Paket aktif, berlaku 30 hari.', id).validUntil).toBeUndefined();
  });

  it('leaves the label empty when the text names none, for the display to translate the kind', () => {
    const x = extract('Remaining: 2.5 GB, 300 menit, unlimited SMS', id);
    expect(x.quotas.map((q) => [q.value.kind, q.value.label])).toEqual([
      ['data', ''],
      ['voice', ''],
      ['sms', ''],
    ]);
    expect(extract('Kuota Utama 2GB', id).quotas[0]?.value.label).toBe('Kuota Utama');
  });

  it('refuses to choose between two equally credible balances', () => {
    const x = extract('Pulsa Rp 10.000\nPulsa Rp 12.000', id);
    expect(x.credit).toBeUndefined();
    expect(x.candidates.credit.map((c) => c.value.amount).sort()).toEqual([10000, 12000]);
  });

  it.each([
    ['a promotion', 'Beli paket 10GB Rp50.000 berlaku 30 hari. Promo s.d 31/08/2026'],
    ['a one-time code', 'Kode OTP Anda 482913. Berlaku 5 menit.'],
    ['a top-up receipt', 'Isi ulang Rp 50.000 berhasil pada 01/08/2026.'],
    ['a phone number', 'Hubungi 0812-3456-7890 atau +62 812 3456 7890'],
    ['a low-balance threshold', '余额不足5元，请及时充值。'],
    ['a USSD menu', '1.Paket Internet 2GB Rp10rb\n2.Paket Nelpon 60 menit Rp5rb\n3.Cek Pulsa'],
  ])('states nothing for %s', (_, text) => {
    const x = extract(text, id);
    expect(x.credit).toBeUndefined();
    expect(x.validUntil).toBeUndefined();
    expect(x.graceUntil).toBeUndefined();
    expect(x.quotas).toEqual([]);
  });

  it('resolves relative dates against now in the hinted time zone', () => {
    const text = 'Sisa pulsa Rp 1.250, masa aktif 3 hari lagi';
    expect(extract(text, id).validUntil?.value).toBe('2026-08-04');
    expect(extract(text, { ...id, timeZone: 'America/New_York' }).validUntil?.value).toBe('2026-08-03');
    expect(extract(text, { ...id, now: Date.UTC(2026, 11, 30) }).validUntil?.value).toBe('2027-01-02');
  });

  it('adds a grace length to the validity', () => {
    const x = extract('Masa aktif s.d 31/12/2026, masa tenggang 30 hari', id);
    expect(x.validUntil?.value).toBe('2026-12-31');
    expect(x.graceUntil?.value).toBe('2027-01-30');
  });

  it('reads used-of-total as what is left, with the total', () => {
    const [q] = extract('Data used: 1.2 GB / 10 GB', { now }).quotas;
    expect(q?.value).toMatchObject({ kind: 'data', remaining: 8.8, total: 10, unit: 'GB' });
  });

  it('reports unlimited quotas without an amount', () => {
    const [q] = extract('Unlimited data · Valid until 20 Aug 2026', { now }).quotas;
    expect(q?.value).toMatchObject({ kind: 'data', unlimited: true });
  });

  it('is deterministic and does not read the clock', () => {
    const text = 'Saldo Rp 5.000, berlaku 30 hari';
    expect(extract(text, id)).toEqual(extract(text, id));
    expect(extract(text, { ...id, now: Date.UTC(2030, 0, 1) }).validUntil?.value).not.toBe(extract(text, id).validUntil?.value);
  });

  it('returns the empty shape for empty and odd input', () => {
    for (const text of ['', '   ', '\n\n', '🙂', '%%%', '*888#']) {
      expect(extract(text, id)).toEqual({ quotas: [], candidates: { credit: [], validUntil: [], graceUntil: [] } });
    }
  });

  it('keeps every span inside the text and every confidence within 0..1', () => {
    const text = 'Pulsa Rp 5.000 | Aktif 31/12/2026 | Kuota 2GB | 余额12.30元 | 剩余1.5G | Beli 10GB Rp50rb';
    for (const f of allFound(extract(text, id))) {
      expect(f.span[0]).toBeGreaterThanOrEqual(0);
      expect(f.span[1]).toBeLessThanOrEqual(text.length);
      expect(f.span[0]).toBeLessThan(f.span[1]);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('pathological input', () => {
  // Shape only: timings belong to the benchmark, not to tests.
  it.each([
    ['digits', '1'.repeat(200_000)],
    ['digits and separators', '1.2,3.4,5'.repeat(25_000)],
    ['separators only', '.,.,'.repeat(50_000)],
    ['date-like runs', '12/12/12/'.repeat(25_000)],
    ['currency signs and digits', 'Rp1.'.repeat(50_000)],
    ['keywords and digits', 'sisa pulsa 1 '.repeat(16_000)],
  ])('survives 200 KB of %s', (_, text) => {
    expect(text.length).toBeGreaterThanOrEqual(190_000);
    const x = extract(text, id);
    expect(Array.isArray(x.quotas)).toBe(true);
    expect(Array.isArray(x.candidates.credit)).toBe(true);
    expect(x.candidates.credit.length).toBeLessThanOrEqual(5);
  });
});

describe('extract: bounded output', () => {
  it('keeps at most MAX_QUOTAS quotas however many a page lists (a price table once gave 2,527)', () => {
    const words = ['Utama', 'Malam', 'Lokal', 'Chat', 'Game', 'Musik', 'Video', 'Sosmed', 'Nasional', 'Bonus', 'Extra', 'Streaming'];
    const text = Array.from({ length: 300 }, (_, i) => `Sisa Kuota ${words[i % words.length]}: ${i + 1} GB`).join('\n');
    const x = extract(text, id);
    expect(x.quotas).toHaveLength(MAX_QUOTAS);
    expect(x.quotas[0]?.value).toMatchObject({ remaining: 1, unit: 'GB' });
  });
});
