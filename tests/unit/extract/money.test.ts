import { describe, expect, it } from 'vitest';
import { findMoney, minorDigits, parseMoney, type MoneyHints } from '@/utils/extract/money';

describe('parseMoney', () => {
  it.each<[string, MoneyHints, number, string]>([
    ['Rp25.750', {}, 25750, 'IDR'],
    ['Rp 25.750', {}, 25750, 'IDR'],
    ['Rp 25.750,00', {}, 25750, 'IDR'],
    ['Rp.25.750,-', {}, 25750, 'IDR'],
    ['IDR 25,750', {}, 25750, 'IDR'],
    ['25.750 rupiah', {}, 25750, 'IDR'],
    ['Rp1.500', {}, 1500, 'IDR'],
    ['Rp 50rb', {}, 50000, 'IDR'],
    ['Rp 1,5 jt', {}, 1500000, 'IDR'],
    ['$4.50', {}, 4.5, 'USD'],
    ['US$4.50', {}, 4.5, 'USD'],
    ['USD 4.50', {}, 4.5, 'USD'],
    ['4.50 USD', {}, 4.5, 'USD'],
    ['$1,500', {}, 1500, 'USD'],
    ['€7,20', {}, 7.2, 'EUR'],
    ['7,20 €', {}, 7.2, 'EUR'],
    ['€1.500', {}, 1500, 'EUR'],
    ['¥12.30', {}, 12.3, 'CNY'],
    ['¥1500', { currency: 'JPY' }, 1500, 'JPY'],
    ['12.30元', {}, 12.3, 'CNY'],
    ['150元', { currency: 'TWD' }, 150, 'TWD'],
    ['新台幣150元', {}, 150, 'TWD'],
    ['NT$230', {}, 230, 'TWD'],
    ['HK$88', {}, 88, 'HKD'],
    ['$88', { currency: 'HKD' }, 88, 'HKD'],
    ['$88', { locale: 'zh-HK' }, 88, 'HKD'],
    ['港幣88元', {}, 88, 'HKD'],
    ['RM 10.00', {}, 10, 'MYR'],
    ['S$5', {}, 5, 'SGD'],
    ['₱100', {}, 100, 'PHP'],
    ['P100.00', { currency: 'PHP' }, 100, 'PHP'],
    ['฿50', {}, 50, 'THB'],
    ['50.00 Baht', {}, 50, 'THB'],
    ['25.750 ₫', {}, 25750, 'VND'],
    ['-2.50元', {}, -2.5, 'CNY'],
    ['1.5万元', {}, 15000, 'CNY'],
  ])('%s (%o) → %d %s', (text, hints, amount, currency) => {
    expect(parseMoney(text, hints)).toEqual({ amount, currency });
  });

  it.each(['10GB', '2026-12-31', 'kode 482913', '5.000 - 10.000', 'Rp', 'Rp1.2.3'])('finds no money in %s', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('reads a range as two amounts, not a negative one', () => {
    expect(findMoney('Rp 5.000 - Rp 10.000').map((m) => m.money.amount)).toEqual([5000, 10000]);
  });

  it('marks a lone $ as an ambiguous currency and a multiplied amount as a price-like one', () => {
    const [dollar] = findMoney('$4.50');
    expect(dollar?.currencyAmbiguous).toBe(true);
    expect(findMoney('Rp 50rb')[0]?.multiplied).toBe(true);
  });

  it('gives spans into the text', () => {
    const text = 'Sisa pulsa Rp 25.750, aktif';
    const [m] = findMoney(text);
    expect(text.slice(m?.start, m?.end)).toBe('Rp 25.750');
  });
});

describe('minorDigits', () => {
  it.each([
    ['IDR', 0],
    ['VND', 0],
    ['JPY', 0],
    ['USD', 2],
    ['EUR', 2],
    ['KWD', 3],
  ])('%s → %d', (currency, digits) => expect(minorDigits(currency)).toBe(digits));
});
