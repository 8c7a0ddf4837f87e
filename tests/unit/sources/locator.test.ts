// Picked locators (utils/sources/locator.ts): made on one build of a page, found again on the next, whose
// generated class names and surroundings have changed; and the fallback when they no longer match.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PickedLocator } from '@/utils/model';
import { isPickedLocator } from '@/utils/model/field-locator';
import { WebPageSourceSchema } from '@/utils/model/schemas';
import { labelAnchor, locatorFor, looksGenerated, resolveLocator, stableSelector } from '@/utils/sources/locator';
import { readingFromScan } from '@/utils/sources/page-reading';
import { scanDocument } from '@/utils/sources/page-scan';
import { parseDocument } from './dom';

const NOW = Date.UTC(2026, 5, 15, 12);
const options = (currency: string) => ({ accountId: 'a', at: NOW, host: 'carrier.test', currency, now: NOW, timeZone: 'UTC' });

/** A build's class name for `name`: another hash on every build, as CSS-in-JS makes them. */
const builds = {
  a: (name: string) => `css-${name.length}x9k2q sc-aBcD`,
  b: (name: string) => `css-q7${name.length}zz1 sc-kFzQx`,
};
type Build = (name: string) => string;

/** The same account page in three languages and layouts; `extra` is what a later build put before the values. */
const PAGES: Record<string, (c: Build, extra?: string) => string> = {
  indonesian: (c, extra = '') =>
    `<main><nav class="${c('nav')}"><a>Beranda</a><a>Masa Aktif Paket</a></nav>${extra}<table class="${c('table')}">` +
    `<tr><th class="${c('th')}">Sisa Pulsa</th><td class="${c('td')}"><span>Rp</span> <b>25.750</b></td></tr>` +
    `<tr><th class="${c('th')}">Masa Aktif</th><td class="${c('td')}">31 Desember 2026</td></tr>` +
    `<tr><th class="${c('th')}">Masa Tenggang</th><td class="${c('td')}">30 Januari 2027</td></tr></table></main>`,
  english: (c, extra = '') =>
    `<div class="${c('app')}">${extra}<dl class="${c('dl')}"><dt class="${c('dt')}">Balance</dt><dd class="${c('dd')}">$4.50</dd>` +
    `<dt class="${c('dt')}">Active until</dt><dd class="${c('dd')}">December 31, 2026</dd>` +
    `<dt class="${c('dt')}">Data left</dt><dd class="${c('dd')}">1.5 GB</dd></dl></div>`,
  chinese: (c, extra = '') =>
    `<section class="${c('card')}">${extra}<div class="${c('row')}"><span class="${c('k')}">账户余额</span><span class="${c('v')}">¥18.90</span></div>` +
    `<div class="${c('row')}"><span class="${c('k')}">有效期至</span><span class="${c('v')}">2026年12月31日</span></div>` +
    `<div class="${c('row')}"><p class="${c('line')}">剩余流量：2.5 GB</p></div></section>`,
};
const doc = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);

/** The element whose own text is exactly `text`. */
function elementWith(d: Document, text: string): Element {
  const found = [...d.body.querySelectorAll('*')].find((el) =>
    [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() === text),
  );
  if (!found) throw new Error(`no element with ${text}`);
  return found;
}

describe('generated class names', () => {
  it.each([
    'css-1x2y3z',
    'sc-aBcD',
    'sc-bdfBwQ',
    '_a1b2c3',
    'jsx-2783419',
    'emotion-0',
    'Card_value__3xYz1',
    'a9f3c2e1',
    'x1y2z3',
    'kFzQx',
    'tw-8k2',
  ])('%s looks generated', (name) => expect(looksGenerated(name)).toBe(true));

  it.each(['balance', 'value', 'card-title', 'masa-aktif', 'sisaPulsa', 'row', 'btnPrimary', 'data-left', 'h2'])(
    '%s is a name a person wrote',
    (name) => expect(looksGenerated(name)).toBe(false),
  );
});

describe('label anchors survive a rebuild, in three languages', () => {
  it.each([
    ['indonesian', 'Rp 25.750', 'Sisa Pulsa', 'Rp 25.750'],
    ['indonesian', '31 Desember 2026', 'Masa Aktif', '31 Desember 2026'],
    ['indonesian', '30 Januari 2027', 'Masa Tenggang', '30 Januari 2027'],
    ['english', '$4.50', 'Balance', '$4.50'],
    ['english', 'December 31, 2026', 'Active until', 'December 31, 2026'],
    ['english', '1.5 GB', 'Data left', '1.5 GB'],
    ['chinese', '¥18.90', '账户余额', '¥18.90'],
    ['chinese', '2026年12月31日', '有效期至', '2026年12月31日'],
    ['chinese', '剩余流量：2.5 GB', '剩余流量', '2.5 GB'],
  ])('%s: %s is found by its label %s', (page, shown, label, value) => {
    const build = PAGES[page] as (c: Build, extra?: string) => string;
    const first = doc(build(builds.a));
    const target = shown === 'Rp 25.750' ? (elementWith(first, 'Rp').parentElement as Element) : elementWith(first, shown);
    const locator = locatorFor(first, target) as PickedLocator;
    expect(locator.label).toBe(label);
    // No selector built from generated class names, ever.
    expect(locator.css ?? '').not.toMatch(/css-|sc-/);
    // The next build: every class name changed, and a banner with the same words came before the values.
    const next = doc(build(builds.b, `<div class="${builds.b('banner')}"><p>Cek ${label} kamu</p></div>`));
    expect(resolveLocator(next, locator)).toBe(value);
  });

  it('takes the nearest label before the value, not an earlier one', () => {
    const d = doc(
      '<div><h2>Akun</h2><div><span>Sisa Pulsa</span><span>Rp 1.000</span></div><div><span>Masa Aktif</span><span>1 Jan 2027</span></div></div>',
    );
    expect(labelAnchor(d, elementWith(d, '1 Jan 2027'))).toEqual({ label: 'Masa Aktif', up: 1, next: 1 });
  });

  it('reads a row clicked as a whole: its first child is the label', () => {
    const d = doc('<ul><li class="row"><span>Masa Aktif</span> <span>20 Des 2026</span></li></ul>');
    const locator = locatorFor(d, d.querySelector('li') as Element) as PickedLocator;
    expect(locator.label).toBe('Masa Aktif');
    expect(resolveLocator(d, locator)).toBe('20 Des 2026');
  });

  it('gives no label anchor when the nearest text is another value, or nothing is before it', () => {
    const d = doc('<div><span>Rp 1.000</span><span>Rp 2.000</span></div>');
    expect(labelAnchor(d, elementWith(d, 'Rp 2.000'))).toBeUndefined();
    expect(locatorFor(d, elementWith(d, 'Rp 2.000'))).toBeUndefined();
  });
});

describe('stable attributes', () => {
  it.each([
    ['<p><span id="credit-value">Rp 5.000</span></p>', '#credit-value'],
    ['<p><span data-testid="balance">Rp 5.000</span></p>', 'span[data-testid="balance"]'],
    ['<p><span aria-label="Sisa pulsa">Rp 5.000</span></p>', 'span[aria-label="Sisa pulsa"]'],
    ['<form><input name="pulsa" value="Rp 5.000" readonly></form>', 'input[name="pulsa"]'],
    ['<p><span class="css-1x2y3z balance">Rp 5.000</span></p>', 'span.balance'],
  ])('%s is found by %s', (html, selector) => {
    const d = doc(html);
    const el = d.querySelector('span, input') as Element;
    expect(stableSelector(d, el)).toBe(selector);
    expect(resolveLocator(d, { css: selector })).toBe('Rp 5.000');
  });

  it('never uses a generated id, class or data value', () => {
    const d = doc('<p><span id="r-1a2b3c" class="sc-aBcD css-9x8y7z" data-key="a9f3c2e1d4">Rp 5.000</span></p>');
    expect(stableSelector(d, d.querySelector('span') as Element)).toBeUndefined();
  });

  it('uses a marked ancestor and a short path, never a long nth-child chain', () => {
    const d = doc('<div id="saldo"><div><span>x</span><span>Rp 5.000</span></div></div>');
    const selector = stableSelector(d, elementWith(d, 'Rp 5.000')) as string;
    expect(selector).toBe('#saldo > div > span:nth-of-type(2)');
    const deep = doc('<div id="saldo"><div><div><div><div><span>Rp 5.000</span></div></div></div></div></div>');
    expect(stableSelector(deep, elementWith(deep, 'Rp 5.000'))).toBeUndefined();
  });
});

describe('a locator that no longer matches', () => {
  const picked = { label: 'Masa Aktif', up: 1, next: 1, css: '#active' } satisfies PickedLocator;

  it('uses its stable selector when the label is gone', () => {
    const d = doc('<div><span>Berlaku sampai</span><span id="active">31 Des 2026</span></div>');
    expect(resolveLocator(d, picked)).toBe('31 Des 2026');
  });

  it('falls back to the label reader, and says the page changed', () => {
    const d = doc('<table><tr><th>Aktif hingga</th><td>31 Desember 2026</td></tr><tr><th>Pulsa</th><td>Rp 9.000</td></tr></table>');
    const scan = scanDocument(d, { validUntil: picked });
    expect(scan.selected.validUntil).toBeNull();
    const result = readingFromScan(scan, { ...options('IDR'), selectors: { validUntil: picked } });
    expect(result).toMatchObject({ ok: true, notice: { key: 'source.pageChanged', args: ['carrier.test'] } });
    expect(result.ok && result.reading).toMatchObject({ validUntil: '2026-12-31', credit: { amount: 9000, currency: 'IDR' } });
  });

  it('is a layout change in words when the labels find nothing either', () => {
    const scan = scanDocument(doc('<p>Selamat datang</p>'), { credit: picked });
    expect(readingFromScan(scan, { ...options('IDR'), selectors: { credit: picked } })).toMatchObject({
      ok: false,
      code: 'layout-changed',
      text: { key: 'source.pickedGone' },
    });
  });

  it('reads picked values that match as the values they are', () => {
    const page = doc(PAGES.indonesian?.(builds.b) ?? '');
    const selectors = { credit: { label: 'Sisa Pulsa', up: 1, next: 1 }, validUntil: { label: 'Masa Aktif', up: 1, next: 1 } };
    const result = readingFromScan(scanDocument(page, selectors), { ...options('IDR'), selectors });
    expect(result).toEqual({
      ok: true,
      reading: { accountId: 'a', at: NOW, credit: { amount: 25750, currency: 'IDR' }, validUntil: '2026-12-31' },
    });
  });

  it('keeps typed CSS selectors as they were: nothing found is the old layout change', () => {
    const scan = scanDocument(doc('<p>x</p>'), { credit: '#gone' });
    expect(readingFromScan(scan, { ...options('IDR'), selectors: { credit: '#gone' } })).toMatchObject({
      ok: false,
      code: 'layout-changed',
      text: { key: 'source.missingSelector' },
    });
  });
});

describe('stored locators', () => {
  it('keep older definitions with CSS selector strings valid, and accept picked ones beside them', () => {
    const source = {
      kind: 'web-page',
      url: 'https://my.carrier.test/akun',
      fields: { credit: '#pulsa', validUntil: { label: 'Masa Aktif', up: 1, next: 1 } },
    };
    expect(v.parse(WebPageSourceSchema, source)).toEqual(source);
  });

  it.each([
    // Neither label nor selector finds nothing, and the page is then read by its labels: valid, if useless.
    [{}, true],
    [{ label: 'Masa Aktif', up: 1, next: 1 }, true],
    [{ css: '#pulsa' }, true],
    [{ label: 'x', up: 9, next: 1 }, false],
    [{ css: 'a{color:red}' }, false],
    [{ label: 'x'.repeat(101) }, false],
    [{ label: 'x', extra: 1 }, false],
    [{ label: 'Sisa "Pulsa" \\ ok', css: 'span[data-testid="balance"]', up: 6, next: 0 }, true],
    [{ up: -1 }, false],
    [{ next: 1.5 }, false],
    [{ css: '' }, false],
    [[], false],
    [null, false],
  ])('%j is a picked locator: %s', (locator, valid) => {
    expect(isPickedLocator(locator)).toBe(valid);
    // Stored fields take only locators of this shape (a synced or imported account of another is refused).
    const source = { kind: 'web-page', url: 'https://my.carrier.test/akun', fields: { credit: locator } };
    expect(v.safeParse(WebPageSourceSchema, source).success).toBe(valid);
    if (!valid) expect(resolveLocator(doc('<p>Masa Aktif: 1 Jan 2027</p>'), locator as PickedLocator)).toBeNull();
  });

  it('keeps stored fields small: a selector of at most 300 characters without braces, a picked locator of the known shape', () => {
    const source = (credit: unknown) => ({ kind: 'web-page', url: 'https://my.carrier.test/akun', fields: { credit } });
    expect(v.safeParse(WebPageSourceSchema, source({ label: 'x'.repeat(600) })).success).toBe(false);
    expect(v.safeParse(WebPageSourceSchema, source('a{b}')).success).toBe(false);
    expect(v.safeParse(WebPageSourceSchema, source('x'.repeat(301))).success).toBe(false);
    expect(v.safeParse(WebPageSourceSchema, source(42)).success).toBe(false);
  });
});
