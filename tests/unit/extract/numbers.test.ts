import { describe, expect, it } from 'vitest';
import { documentDecimal, parseNumber, type NumberContext } from '@/utils/extract/numbers';

describe('parseNumber', () => {
  it.each<[string, NumberContext, number | null, boolean]>([
    ['25750', {}, 25750, false],
    ['25.750', { minorDigits: 0 }, 25750, false],
    ['25.750,00', {}, 25750, false],
    ['25,750.00', {}, 25750, false],
    ['1.234.567', {}, 1234567, false],
    ['1,234,567.891', {}, 1234567.891, false],
    ['4.50', {}, 4.5, false],
    ['7,20', {}, 7.2, false],
    ['2,5', {}, 2.5, false],
    ['0.500', {}, 0.5, false],
    // One separator before three digits: money is never written with three minor digits.
    ['1.500', { minorDigits: 2 }, 1500, false],
    ['1,500', { minorDigits: 2 }, 1500, false],
    ['1.500', { minorDigits: 3 }, 1.5, false],
    // Then the document decides, then the locale, else it is a guess (thousands).
    ['1,024', { documentDecimal: ',' }, 1.024, false],
    ['1,024', { documentDecimal: '.' }, 1024, false],
    ['1.234', { locale: 'en-US' }, 1.234, false],
    ['1.234', { locale: 'de-DE' }, 1234, false],
    ['1,024', {}, 1024, true],
    // Space and apostrophe groups make the dot or comma decimal.
    ['1\u202f234,5', {}, 1234.5, false],
    ["1'234.50", {}, 1234.5, false],
    ['12,34,567', {}, 1234567, false],
    ['31.12.2026', {}, null, false],
    ['1.2.3', {}, null, false],
    ['1,234.5,6', {}, null, false],
  ])('%s with %o → %s', (text, ctx, value, ambiguous) => {
    const parsed = parseNumber(text, ctx);
    if (value === null) expect(parsed).toBeNull();
    else expect(parsed).toEqual({ value, ambiguous });
  });
});

describe('documentDecimal', () => {
  it.each<[string, '.' | ',' | undefined]>([
    ['Kuota 2,5GB dan 750MB', ','],
    ['Balance $4.50, data 1.2 GB', '.'],
    ['Rp 25.750 dan $4.50 dan 2,5GB', undefined],
    ['Rp 25.750', undefined],
    ['31/12/26, 23.59 WIB', undefined],
  ])('%s → %s', (text, expected) => expect(documentDecimal(text)).toBe(expected));
});
