// Account pages read by label (reading order + the extraction engine) or by CSS selector.
import { describe, expect, it } from 'vitest';
import { looksScripted, readingFromScan } from '@/utils/sources/page-reading';
import { readingOrderText, scanDocument } from '@/utils/sources/page-scan';
import {
  CHANGED_PAGE,
  CHINESE_PAGE,
  ENGLISH_PAGE,
  INDONESIAN_PAGE,
  SCRIPTED_PAGE,
  SCRIPTED_SHELL_PAGE,
  SIGN_IN_PAGE,
} from '../../server/pages';
import { parseDocument } from './dom';

const NOW = Date.UTC(2026, 5, 15, 12);
const GB = 1024 ** 3;
const options = (currency: string) => ({ accountId: 'a', at: NOW, host: 'carrier.test', currency, now: NOW, timeZone: 'UTC' });

describe('reading order', () => {
  it('puts each label on the line of its value: table rows, dt/dd, spans', () => {
    const text = readingOrderText(parseDocument(INDONESIAN_PAGE).body);
    expect(text).toContain('Sisa Pulsa: Rp 25.750');
    expect(text).toContain('Masa Aktif: 31 Desember 2026');
    expect(text).toContain('Kuota Utama 3,5 GB');
    expect(readingOrderText(parseDocument(ENGLISH_PAGE).body)).toContain('Account balance: $4.50');
    expect(readingOrderText(parseDocument(CHINESE_PAGE).body)).toContain('账户余额 ¥18.90');
  });

  it('leaves out scripts, styles and hidden elements', () => {
    const doc = parseDocument(
      '<!doctype html><html><head><style>p{}</style></head><body><p>Pulsa Rp 1.000</p><script>var x = "Rp 9.999"</script><p hidden>Rp 5</p><p style="display: none">Rp 6</p></body></html>',
    );
    expect(readingOrderText(doc.body)).toBe('Pulsa Rp 1.000');
  });
  it('leaves scripts, styles and hidden parts out of table cells and selected elements too', () => {
    const doc = parseDocument(
      '<!doctype html><html><body><table><tr><th>Sisa Pulsa</th><td>Rp 12.345<script>fetch("/x")</script><span hidden>99</span></td></tr></table>' +
        '<p id="v">Rp <b>7</b>.500<style>b{}</style></p></body></html>',
    );
    const scan = scanDocument(doc, { credit: '#v' });
    expect(scan.text).toContain('Sisa Pulsa: Rp 12.345');
    expect(scan.text).not.toContain('fetch');
    expect(scan.text).not.toContain('99');
    expect(scan.selected.credit).toBe('Rp 7.500');
  });
});

describe('readingFromScan, found by label', () => {
  it.each([
    ['Indonesian, next to a promotion and prices', INDONESIAN_PAGE, 'IDR', { amount: 25750, currency: 'IDR' }, '2026-12-31'],
    ['English, next to a price list', ENGLISH_PAGE, 'USD', { amount: 4.5, currency: 'USD' }, '2026-12-31'],
    ['Chinese, next to a package offer', CHINESE_PAGE, 'CNY', { amount: 18.9, currency: 'CNY' }, '2026-12-31'],
  ])('%s', (_name, html, currency, credit, validUntil) => {
    const result = readingFromScan(scanDocument(parseDocument(html)), options(currency));
    expect(result).toMatchObject({ ok: true, reading: { credit, validUntil } });
  });

  it('reads the grace period and the data quota of the Indonesian page', () => {
    const result = readingFromScan(scanDocument(parseDocument(INDONESIAN_PAGE)), options('IDR'));
    expect(result.ok && result.reading?.graceUntil).toBe('2027-01-30');
    expect(result.ok && result.reading?.quotas?.[0]).toMatchObject({ kind: 'data', remaining: 3.5, unit: 'GB' });
  });

  it('calls a page with a password field a sign-in page, never a reading', () => {
    const result = readingFromScan(scanDocument(parseDocument(SIGN_IN_PAGE)), options('IDR'));
    expect(result).toMatchObject({ ok: false, code: 'login-required' });
  });

  it('says a page drawn by JavaScript has no values in its HTML', () => {
    const scan = scanDocument(parseDocument(SCRIPTED_PAGE));
    expect(looksScripted(scan)).toBe(true);
    const result = readingFromScan(scan, options('IDR'));
    expect(result).toMatchObject({ ok: false, code: 'parse', scripted: true });
    expect(!result.ok && result.message).toMatch(/drawn by JavaScript/);
  });

  it('says an app shell with a long menu, footer and cookie banner may be drawn by JavaScript too', () => {
    const scan = scanDocument(parseDocument(SCRIPTED_SHELL_PAGE));
    expect(scan.textLength).toBeGreaterThan(400);
    const result = readingFromScan(scan, options('IDR'));
    expect(result).toMatchObject({ ok: false, code: 'parse', scripted: true });
    expect(!result.ok && result.message).toMatch(/drawn by JavaScript/);
  });

  it('finds nothing on a plain page without values, and does not blame JavaScript', () => {
    const result = readingFromScan(scanDocument(parseDocument(CHANGED_PAGE)), options('IDR'));
    expect(result).toMatchObject({ ok: false, code: 'parse', scripted: false });
  });
});

describe('readingFromScan, by selector', () => {
  const selectors = { credit: 'td.pulsa', validUntil: 'td.aktif', quotaRemaining: '.kuota .value' };

  it('reads each field at its selector', () => {
    const result = readingFromScan(scanDocument(parseDocument(INDONESIAN_PAGE), selectors), { ...options('IDR'), selectors });
    expect(result).toEqual({
      ok: true,
      reading: {
        accountId: 'a',
        at: NOW,
        credit: { amount: 25750, currency: 'IDR' },
        validUntil: '2026-12-31',
        quotas: [{ label: 'Data', kind: 'data', remaining: 3.5 * GB, unit: 'B' }],
      },
    });
  });

  it('reads dt/dd by id on the English page', () => {
    const sel = { credit: '#balance', validUntil: '#expires' };
    const result = readingFromScan(scanDocument(parseDocument(ENGLISH_PAGE), sel), { ...options('USD'), selectors: sel });
    expect(result.ok && result.reading).toMatchObject({ credit: { amount: 4.5, currency: 'USD' }, validUntil: '2026-12-31' });
  });

  it('says the layout changed when a selector matches nothing', () => {
    const result = readingFromScan(scanDocument(parseDocument(CHANGED_PAGE), selectors), { ...options('IDR'), selectors });
    expect(result).toMatchObject({ ok: false, code: 'layout-changed' });
    expect(!result.ok && result.message).toContain('td.pulsa');
  });

  it('says the layout changed when a selector matches text that is not the value', () => {
    const sel = { credit: 'th' };
    const result = readingFromScan(scanDocument(parseDocument(INDONESIAN_PAGE), sel), { ...options('IDR'), selectors: sel });
    expect(result).toMatchObject({ ok: false, code: 'layout-changed' });
  });
});

describe('time budget', () => {
  it('a page the engine could not finish in time is a timeout, not a reading', () => {
    const scan = scanDocument(parseDocument(INDONESIAN_PAGE));
    expect(readingFromScan(scan, { ...options('IDR'), deadline: 0 })).toMatchObject({ ok: false, code: 'timeout' });
    expect(readingFromScan(scan, { ...options('IDR'), deadline: Date.now() + 60_000 })).toMatchObject({ ok: true });
  });
});
