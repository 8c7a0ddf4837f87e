// The language override: choosing Indonesian, then Chinese, in the options page changes the options
// page, the popup (also one already open) and the badge title; back to auto, all is English again.
// With SCREENSHOTS=1 it also writes docs/screenshots/<lang>/popup.png and options.png for the stores.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';
import { attr, fill, find, popupCard, tid, value, waitForBadge } from './pages';

/** What each language says on the pages, the badge title and in money. */
const WORDS = {
  en: {
    options: 'Balance Badge settings',
    refresh: 'Refresh',
    days: /^(\d+ days left|Ends today|Ends tomorrow)$/,
    title: / days left \(until /,
  },
  id: {
    options: 'Pengaturan Balance Badge',
    refresh: 'Perbarui',
    days: /^(Sisa \d+ hari|Berakhir hari ini|Berakhir besok)$/,
    title: /sisa \d+ hari \(sampai /,
  },
  zh_CN: { options: 'Balance Badge 设置', refresh: '刷新', days: /^(剩余 \d+ 天|今天到期|明天到期)$/, title: /剩余 \d+ 天（至 / },
} as const;
type Lang = keyof typeof WORDS;

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').trim()).catch(() => '');

describe('language override', () => {
  let h: Harness;
  let options: Page;
  let openPopup: Page;
  let demoId: string;

  beforeAll(async () => {
    h = await launch();
    options = await h.openOptions();
    openPopup = await h.openPopup();
    const card = await waitFor(() => openPopup.$(tid('account', '[data-status="ok"]')), { timeout: 15_000, message: 'the demo card, ok' });
    demoId = (await card.evaluate((c) => c.getAttribute('data-account-id'))) ?? '';
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Picks `lang` in the options page and waits until the page speaks it. */
  async function choose(setting: Lang | 'auto'): Promise<void> {
    await fill(options, tid('setting-language'), setting);
    const lang = setting === 'auto' ? 'en' : setting;
    await waitFor(async () => (await textOf(options, 'h1')) === WORDS[lang].options, { message: `options page heading in ${lang}` });
    expect(await value(options, tid('setting-language'))).toBe(setting);
  }

  /** The popup, opened now, speaks `lang`; money and dates are written its way, raw values unchanged. */
  async function popupSpeaks(lang: Lang): Promise<void> {
    const popup = await h.openPopup();
    const card = await popupCard(popup, demoId);
    expect(await textOf(popup, tid('refresh'))).toBe(`↻ ${WORDS[lang].refresh}`);
    expect(await card.$eval(tid('days-left'), (el) => (el.textContent ?? '').trim())).toMatch(WORDS[lang].days);
    const amount = Number(await attr(card, tid('credit'), 'data-amount'));
    expect(Number.isFinite(amount)).toBe(true);
    const shown = await card.$eval(tid('credit'), (el) => (el.textContent ?? '').replace(/\s/g, ' ').trim());
    const grouped = new Intl.NumberFormat(lang.replace('_', '-'), { maximumFractionDigits: 0 }).format(amount);
    expect(shown).toContain(grouped);
    // English keeps the browser's own tag (en-US); the others are ours.
    const tag = new RegExp(`^${lang.replace('_', '-')}`);
    await waitFor(async () => tag.test(await popup.evaluate(() => document.documentElement.lang)), { message: `<html lang> ${lang}` });
    await popup.close();
  }

  it('starts in the browser’s language, English, with the setting on auto', async () => {
    expect(await value(options, tid('setting-language'))).toBe('auto');
    expect(await textOf(options, 'h1')).toBe(WORDS.en.options);
    await popupSpeaks('en');
    await waitForBadge(h, (b) => WORDS.en.title.test(b.title), 'an English badge title');
  });

  it('Indonesian: the options page, a new popup, an open popup and the badge title', async () => {
    await choose('id');
    // Rupiah the Indonesian way: "Rp 25.750".
    await popupSpeaks('id');
    await waitFor(async () => (await textOf(openPopup, tid('refresh'))) === `↻ ${WORDS.id.refresh}`, {
      message: 'the open popup in Indonesian',
    });
    const badge = await waitForBadge(h, (b) => WORDS.id.title.test(b.title), 'an Indonesian badge title');
    expect(badge.title).toMatch(/Rp\s?\d{1,3}(\.\d{3})*/);
    expect(await options.$eval(tid('save-result'), (el) => (el.textContent ?? '').trim())).toContain('Pengaturan disimpan.');
  });

  it('Chinese: the same, and the choice survives a reload of the page', async () => {
    await choose('zh_CN');
    await popupSpeaks('zh_CN');
    await waitFor(async () => (await textOf(openPopup, tid('refresh'))) === `↻ ${WORDS.zh_CN.refresh}`, {
      message: 'the open popup in Chinese',
    });
    await waitForBadge(h, (b) => WORDS.zh_CN.title.test(b.title), 'a Chinese badge title');
    await h.reload(options);
    await waitFor(async () => (await textOf(options, 'h1')) === WORDS.zh_CN.options, { message: 'the reloaded options page in Chinese' });
    expect(await value(options, tid('setting-language'))).toBe('zh_CN');
  });

  if (process.env.SCREENSHOTS === '1') {
    it('saves store screenshots in each language', async () => {
      for (const lang of ['en', 'id', 'zh_CN'] as const) {
        const dir = fileURLToPath(new URL(`../../docs/screenshots/${lang}/`, import.meta.url));
        mkdirSync(dir, { recursive: true });
        await choose(lang);
        const popup = await h.openPopup({ width: 380, height: 120 });
        await popupCard(popup, demoId);
        await popup.evaluate(() => document.fonts.ready.then(() => undefined));
        await popup.screenshot({ path: `${dir}popup.png`, fullPage: true });
        await popup.close();
        const page = await h.openOptions();
        await page.setViewport({ width: 1000, height: 200 });
        await find(page, tid('account-row', `[data-account-id="${demoId}"]`));
        await waitFor(async () => (await textOf(page, 'h1')) === WORDS[lang].options, { message: `options in ${lang}` });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.screenshot({ path: `${dir}options.png`, fullPage: true });
        await page.close();
      }
    });
  }

  it('back to auto: English everywhere again', async () => {
    await choose('auto');
    await popupSpeaks('en');
    await waitFor(async () => (await textOf(openPopup, tid('refresh'))) === `↻ ${WORDS.en.refresh}`, {
      message: 'the open popup in English',
    });
    await waitForBadge(h, (b) => WORDS.en.title.test(b.title), 'an English badge title again');
  });
});
