// Issue #12 part 3: the line's rows (Sisa Pulsa, Masa Aktif, Masa Tenggang and their English and
// Chinese equivalents) next to packages with their own end dates: each date goes to its owner.
import { describe, expect, it } from 'vitest';
import type { Quota } from '@/utils/model';
import { readingFromScan } from '@/utils/sources/page-reading';
import { readingOrderText, scanDocument } from '@/utils/sources/page-scan';
import { LABEL_ROW_DATES, LABEL_ROW_EXPECTED, LABEL_ROW_LAYOUTS, LABEL_ROWS_PAGES, LAYOUTS } from '../../server/pages';
import { CORPUS } from '../extract/corpus';
import { parseDocument } from './dom';

const NOW = Date.UTC(2026, 7, 1, 3);
const options = (currency: string, timeZone: string) => ({ accountId: 'a', at: NOW, host: 'carrier.test', currency, now: NOW, timeZone });

/** Label, amount and end date of each quota read. */
const ends = (quotas: Quota[] | undefined) => (quotas ?? []).map((q) => [q.label, `${q.remaining} ${q.unit}`, q.expiresAt]);

describe('label rows own their dates', () => {
  it('Indonesian: the active period from Masa Aktif, each package end to its quota (cards, spans, tables with row and column headers, a dl)', () => {
    const result = readingFromScan(scanDocument(parseDocument(LABEL_ROWS_PAGES.id)), options('IDR', 'Asia/Jakarta'));
    expect(result).toMatchObject({
      ok: true,
      reading: { credit: { amount: 25750, currency: 'IDR' }, validUntil: '2026-12-31', graceUntil: '2027-01-30' },
    });
    expect(ends(result.ok ? result.reading?.quotas : [])).toEqual([
      ['Kuota Internet', '8.5 GB', '2026-12-20'],
      ['Kuota Malam', '12 GB', '2026-12-15'],
      ['Kuota Lokal', '2.5 GB', '2026-12-10'],
      ['Kuota Video', '4 GB', '2026-12-08'],
      ['Kuota Musik', '750 MB', '2026-12-07'],
      ['Kuota Aplikasi', '1 GB', '2026-12-05'],
    ]);
  });

  it('reads a table under column headers with each header before its value, the row’s name first', () => {
    const text = readingOrderText(parseDocument(LABEL_ROWS_PAGES.id).body);
    expect(text).toContain(
      'Paket: Sisa: Berlaku s.d.\nKuota Video: Sisa 4 GB: Berlaku s.d. 08 Des 2026\nKuota Musik: Sisa 750 MB: Berlaku s.d. 07 Des 2026',
    );
    // Row headers (a `th` per row) stay as they were: "label: value".
    expect(text).toContain('Kuota Lokal: 2,5 GB: s.d. 10 Des 2026');
  });

  it('English: the active period from "Active until", the packs keep their own ends', () => {
    const result = readingFromScan(scanDocument(parseDocument(LABEL_ROWS_PAGES.en)), options('USD', 'America/New_York'));
    expect(result).toMatchObject({
      ok: true,
      reading: { credit: { amount: 4.5, currency: 'USD' }, validUntil: '2026-12-31', graceUntil: '2027-01-30' },
    });
    expect(ends(result.ok ? result.reading?.quotas : [])).toEqual([
      ['Data', '3.2 GB', '2026-12-20'],
      ['Weekend data', '1.5 GB', '2026-12-12'],
    ]);
  });

  it('Chinese: 有效期 of the number from its row, 有效期至 of a package to its 流量', () => {
    const result = readingFromScan(scanDocument(parseDocument(LABEL_ROWS_PAGES.zh)), options('CNY', 'Asia/Shanghai'));
    expect(result).toMatchObject({
      ok: true,
      reading: { credit: { amount: 18.9, currency: 'CNY' }, validUntil: '2026-12-31', graceUntil: '2027-01-30' },
    });
    expect(ends(result.ok ? result.reading?.quotas : [])).toEqual([
      ['国内通用流量', '5 GB', '2026-12-20'],
      ['夜间流量', '2 GB', '2026-12-15'],
    ]);
  });
});

// Each layout in each language (LABEL_ROW_LAYOUTS): the line's rows with one package between the active and the
// grace rows and one after them, each package with its own end date.
describe('label rows own their dates in every layout and language', () => {
  const cases = (['id', 'en', 'zh'] as const).flatMap((lang) => LAYOUTS.map((layout) => [lang, layout] as const));

  it.each(cases)('%s %s: the line’s dates from its rows, each package’s end to its own quota', (lang, layout) => {
    const expected = LABEL_ROW_EXPECTED[lang];
    const doc = parseDocument(LABEL_ROW_LAYOUTS[lang][layout]);
    const result = readingFromScan(scanDocument(doc), options(expected.currency, expected.timeZone));
    expect(result).toMatchObject({
      ok: true,
      reading: { credit: { amount: expected.credit, currency: expected.currency }, ...LABEL_ROW_DATES },
    });
    expect(ends(result.ok ? result.reading?.quotas : [])).toEqual(expected.quotas);
  });

  it.each(cases)('%s %s is in the extraction corpus as the page reader gives it', (lang, layout) => {
    const text = readingOrderText(parseDocument(LABEL_ROW_LAYOUTS[lang][layout]).body);
    const found = CORPUS.find((c) => c.id === `${lang}-layout-${layout}`);
    expect(found?.text).toBe(text);
    expect(found?.expect).toMatchObject(LABEL_ROW_DATES);
  });
});
