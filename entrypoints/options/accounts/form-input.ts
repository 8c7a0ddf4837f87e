/** Reading numbers as people type them into the options page's forms. */

// Rupiah amounts have no decimals, so `25.750` and `25,750` both mean twenty-five thousand.
const WHOLE_UNIT_CURRENCIES = new Set(['IDR', 'JPY', 'KRW', 'VND']);

/**
 * Reads an amount typed as `25750`, `25.750`, `25,750`, `4.5` or `4,5`; undefined when it is not one.
 * Groups of three after a separator are thousands for whole-unit currencies or when several appear.
 */
export function parseAmount(input: string, currency = ''): number | undefined {
  const s = input.replace(/[\s_\u00a0]/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  const whole = WHOLE_UNIT_CURRENCIES.has(currency.toUpperCase());
  if (whole && /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  if (/^\d+[.,]\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return undefined;
}

/** Reads a whole number within bounds; undefined when it is not one. */
export function parseInteger(input: string, min: number, max: number): number | undefined {
  const s = input.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}
