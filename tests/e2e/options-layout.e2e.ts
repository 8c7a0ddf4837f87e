// The options page reads as sections a user scans (#17 item 3), in Chromium and in Firefox: accounts
// first, each row with its status and last reading, then alerts, appearance and language, sync, backup;
// and the quiet-hours fields sit on one row beside their label at the default options width.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyHarness, browsers } from './browser';
import { waitFor } from './harness';
import { demoAccountId, find, tid } from './pages';

/** What a section is, by the controls in it (hooks of docs/test-hooks.md). */
const SECTIONS = [
  { name: 'accounts', has: [tid('add-account'), tid('account-row')] },
  { name: 'alerts', has: [tid('setting-quiet'), tid('save-quiet')] },
  { name: 'appearance and language', has: [tid('setting-badge-shows'), tid('setting-language')] },
  { name: 'sync', has: [tid('setting-sync')] },
  { name: 'backup', has: [tid('export'), tid('import-file')] },
] as const;

/** The home page's sections top to bottom, each named by the controls it holds (or `?`). */
function sectionOrder(page: Page): Promise<string[]> {
  return page.evaluate(
    (sections) =>
      [...document.querySelectorAll('main section')]
        .filter((section) => section.parentElement?.closest('section') === null)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((section) => sections.find((s) => s.has.every((sel) => section.querySelector(sel)))?.name ?? '?'),
    SECTIONS.map((s) => ({ name: s.name, has: [...s.has] })),
  );
}

describe.each(browsers())('$name: options page layout', ({ launch }) => {
  let h: AnyHarness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sections in order: accounts (each row with status and last reading), alerts, appearance and language, sync, backup', async () => {
    const page = await h.openOptions();
    const demo = await demoAccountId(page);
    await find(page, tid('import-file'));
    expect(await sectionOrder(page)).toEqual(SECTIONS.map((s) => s.name));
    // The demo's first refresh gives its row a status and a last reading, in words.
    const status = await waitFor(
      async () => {
        const text = await page.$eval(`${tid('account-row')}[data-account-id="${demo}"] ${tid('account-status')}`, (e) => ({
          status: e.getAttribute('data-status'),
          text: e.textContent ?? '',
        }));
        return /last reading/.test(text.text) ? text : null;
      },
      { message: 'the demo row’s status with its last reading', timeout: 20_000 },
    );
    expect(status.status).toBe('ok');
    await page.close();
  });

  it('the quiet-hours label, its switch and both times sit on one row, in each language', async () => {
    const page = await h.openOptions();
    await find(page, tid('setting-quiet-end'));
    for (const lang of ['en', 'id', 'zh_CN']) {
      if (lang !== 'en') {
        const before = await page.$eval('fieldset.quiet-hours legend', (e) => e.textContent);
        await page.select(tid('setting-language'), lang);
        await waitFor(async () => (await page.$eval('fieldset.quiet-hours legend', (e) => e.textContent)) !== before, {
          message: `the page in ${lang}`,
        });
      }
      const boxes = await page.evaluate(() => {
        const box = (el: Element | null | undefined) => {
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, middle: (r.top + r.bottom) / 2 };
        };
        return {
          width: window.innerWidth,
          legend: box(document.querySelector('fieldset.quiet-hours legend')),
          on: box(document.querySelector('[data-testid="setting-quiet"]')),
          start: box(document.querySelector('[data-testid="setting-quiet-start"]')),
          end: box(document.querySelector('[data-testid="setting-quiet-end"]')),
        };
      });
      const { legend, on, start, end } = boxes;
      if (!legend || !on || !start || !end) throw new Error(`quiet-hours parts missing: ${JSON.stringify(boxes)}`);
      // One row: every part's middle within 6 px of the label's, so none has wrapped below it.
      const off = Object.fromEntries(
        Object.entries({ on, start, end }).map(([k, b]) => [k, Math.round(Math.abs(b.middle - legend.middle))]),
      );
      expect(
        Object.values(off).every((d) => d <= 6),
        `${lang}: middles off the label's by ${JSON.stringify(off)} at ${boxes.width} px`,
      ).toBe(true);
    }
    await page.close();
  });
});
