// Guided setup (options.html#/setup), in Chromium and in Firefox: a fresh install opens it; the dial
// path makes a manual AXIS account (the demo leaves), a pasted *888# reply gives its card values, and
// the card offers the code, a tel: link and a QR code; the website path makes a web page account read
// on visit, and opening the test server's page drawn by JavaScript gives its card values.
// With SCREENSHOTS=1 the Chromium run also writes each setup screen in three languages to docs/screenshots/<lang>/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/server';
import { type AnyHarness, browsers } from './browser';
import { EXTENSION_DIR, type Harness, launch as launchChromium, waitFor } from './harness';
import { attr, click, fill, find, localIsoDate, popupCard, tid, waitForBadge } from './pages';
import { storedAccounts } from './state';

const dmy = (iso: string) => iso.split('-').reverse().join('-');
const UNTIL = localIsoDate(40);
const REPLY = `Sisa pulsa Anda Rp 25.750. Aktif s.d ${dmy(UNTIL)}. Info: *888#`;

/** The account `setup-done` names, once the last screen shows it. */
async function doneAccountId(page: Page): Promise<string> {
  const done = await find(page, tid('setup-done'), 20_000);
  const id = await done.evaluate((e) => e.getAttribute('data-account-id'));
  if (!id) throw new Error('setup-done without data-account-id');
  return id;
}

/** Walks screens 1 and 2 to the prepaid path `path`. */
async function choosePrepaid(page: Page, path: 'website' | 'messages' | 'dial'): Promise<void> {
  await click(page, tid('setup-choice', '[data-choice="prepaid"]'));
  await click(page, tid('setup-choice', `[data-choice="${path}"]`));
  await find(page, tid('setup-save'));
}

describe.each(browsers())('$name: guided setup', ({ launch }) => {
  let h: AnyHarness;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  let dialId: string;

  it('opens on install, and the dial path ends on a card with values after pasting the reply', async () => {
    const page = await h.waitForPage((href) => href.endsWith('/options.html#/setup'), {
      message: 'the setup tab the install opens',
      timeout: 20_000,
    });
    await find(page, tid('setup'));
    // Three lines on screen 1, three ways to check on screen 2.
    expect(await page.$$eval(tid('setup-choice'), (els) => els.map((e) => e.getAttribute('data-choice')))).toEqual([
      'prepaid',
      'esim',
      'other',
    ]);
    await click(page, tid('setup-choice', '[data-choice="prepaid"]'));
    await find(page, tid('setup-choice', '[data-choice="dial"]'));
    expect(await page.$$eval(tid('setup-choice'), (els) => els.map((e) => e.getAttribute('data-choice')))).toEqual([
      'website',
      'messages',
      'dial',
    ]);
    await click(page, tid('setup-choice', '[data-choice="dial"]'));
    const summary = await find(page, tid('setup-summary'));
    expect(await summary.evaluate((e) => e.textContent)).toContain('*888#');
    await click(page, tid('setup-save'));
    dialId = await doneAccountId(page);

    // The demo stood in until a line was chosen: the new account is the only one, and on the badge.
    const accounts = await storedAccounts(h);
    expect(accounts.map((a) => [a.id, a.source.kind, a.primary])).toEqual([[dialId, 'manual', true]]);
    expect(accounts[0]?.source).toMatchObject({ preset: 'axis', dialCode: '*888#' });
    expect(await attr(page, `${tid('setup-done')} ${tid('dial-link')}`, 'href')).toBe('tel:*888%23');

    // One click to the paste tool, with the new account picked.
    await click(page, tid('setup-paste'));
    await find(page, `textarea${tid('paste-input')}`);
    expect(await page.$eval(tid('paste-account'), (e) => (e as HTMLSelectElement).value)).toBe(dialId);
    await fill(page, tid('paste-input'), REPLY);
    await waitFor(async () => (await page.$(`${tid('paste-save')}:not([disabled])`)) !== null, { message: 'save enabled' });
    await click(page, tid('paste-save'));
    await find(page, tid('paste-result', '[data-ok="true"]'));

    const popup = await h.openPopup();
    const card = await popupCard(popup, dialId);
    expect(await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))).toBe('25750');
    expect(await card.$eval(`time${tid('valid-until')}`, (e) => e.getAttribute('datetime'))).toBe(UNTIL);
    await popup.close();
    await waitForBadge(h, (b) => b.text === '25k', 'the badge showing the pasted credit');
  });

  it('the card of a line checked by dialling shows the code, a tel: link and, on request, its QR code', async () => {
    const popup = await h.openPopup();
    const help = `${tid('account', `[data-account-id="${dialId}"]`)} ${tid('dial-help')}`;
    await find(popup, help);
    expect(await popup.$eval(help, (e) => e.textContent)).toContain('*888#');
    expect(await attr(popup, `${help} a${tid('dial-link')}`, 'href')).toBe('tel:*888%23');
    // The QR library loads when the code is asked for, not before.
    expect(await popup.$(`${help} ${tid('dial-qr')}`)).toBeNull();
    await click(popup, `${help} ${tid('dial-show-qr')}`);
    const qr = await find(popup, `${help} svg${tid('dial-qr')}`);
    expect(await qr.evaluate((e) => e.querySelector('path')?.getAttribute('d')?.length ?? 0)).toBeGreaterThan(100);
    expect(await attr(popup, `${help} ${tid('dial-show-qr')}`, 'aria-expanded')).toBe('true');
    await popup.close();
  });

  it('the website path makes a web page account read on visit; opening the page gives its card values', async () => {
    const page = await h.openOptions('/setup');
    await choosePrepaid(page, 'website');
    // An address that is not one is refused beside the field, and nothing is saved.
    await fill(page, tid('setup-url'), 'my.carrier.test');
    await click(page, tid('setup-save'));
    await find(page, tid('field-error', '[data-field="url"]'));
    expect((await storedAccounts(h)).length).toBe(1);

    const url = server.url('/js/account');
    await fill(page, tid('setup-url'), url);
    await fill(page, tid('setup-name'), 'Portal line');
    await click(page, tid('setup-save'));
    const id = await doneAccountId(page);
    const stored = (await storedAccounts(h)).find((a) => a.id === id);
    expect(stored?.source).toEqual({ kind: 'web-page', url, capture: true, render: true });
    expect(stored?.primary).toBe(true);
    await page.close();

    // The background registers the capture script for that page once it sees the saved account.
    await waitFor(
      () =>
        h.evalInExtension(async (scriptId) => {
          const g = globalThis as unknown as Record<string, { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }>;
          const api = g.browser ?? g.chrome;
          return (await api?.scripting.getRegisteredContentScripts())?.some((script) => script.id === scriptId) ?? false;
        }, `capture-${id}`),
      { message: 'the capture script registration', timeout: 20_000 },
    );
    const tab = await h.browser.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    const popup = await h.openPopup();
    // A page load, the content script and the reader in a row: the slowest path on a busy machine.
    const card = await popupCard(popup, id, 'ok', 45_000);
    expect(await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))).toBe('12345');
    expect(await card.$eval(`time${tid('valid-until')}`, (e) => e.getAttribute('datetime'))).toBe('2026-12-15');
    await popup.close();
    await tab.close();
  });

  it('a travel eSIM and another line open the account form, prefilled', async () => {
    const page = await h.openOptions('/setup');
    await click(page, tid('setup-choice', '[data-choice="esim"]'));
    const form = await find(page, `form${tid('account-form')}`);
    expect(await form.$eval(tid('field-source'), (e) => (e as HTMLSelectElement).value)).toBe('json-api');
    expect(await form.$eval(tid('field-currency'), (e) => (e as HTMLInputElement).value)).toBe('USD');
    await page.close();
    const again = await h.openOptions('/setup');
    await click(again, tid('setup-choice', '[data-choice="other"]'));
    const other = await find(again, `form${tid('account-form')}`);
    expect(await other.$eval(tid('field-source'), (e) => (e as HTMLSelectElement).value)).toBe('manual');
    await again.close();
  });

  it('the empty popup opens guided setup', async () => {
    // The popup is empty once no account is enabled.
    for (const account of await storedAccounts(h)) {
      const options = await h.openOptions();
      await click(options, tid('account-row', `[data-account-id="${account.id}"]`) + ` ${tid('toggle-enabled')}`);
      await waitFor(async () => (await storedAccounts(h)).find((a) => a.id === account.id)?.enabled === false, {
        message: 'the account disabled',
      });
      await options.close();
    }
    const empty = await h.openPopup();
    await click(empty, `${tid('empty')} ${tid('add-account')}`);
    const setup = await h.waitForPage((href) => href.endsWith('/options.html#/setup'), { message: 'setup opened from the popup' });
    await find(setup, tid('setup'));
    await empty.close().catch(() => undefined);
  });
});

// Store and docs screenshots of every setup screen in each language (Chromium, SCREENSHOTS=1 only).
if (process.env.SCREENSHOTS === '1') {
  describe('chromium: setup screenshots', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launchChromium();
    });
    afterAll(async () => {
      await h?.close();
    });

    /** Picks `lang` on the options page and waits until its heading speaks it. */
    async function choose(lang: 'en' | 'id' | 'zh_CN' | 'auto'): Promise<void> {
      const options = await h.openOptions();
      await fill(options, tid('setting-language'), lang);
      const title = JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${lang === 'auto' ? 'en' : lang}/messages.json`), 'utf8'))
        .options_title.message as string;
      await waitFor(async () => (await options.$eval('h1', (e) => e.textContent?.trim())) === title, { message: `options in ${lang}` });
      await options.close();
    }

    async function shoot(hash: string, file: string, ready: string, dir: string): Promise<Page> {
      const page = await h.openOptions(hash);
      await page.setViewport({ width: 800, height: 200 });
      await find(page, ready);
      // The heading a route change focuses would show its focus ring in the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: `${dir}${file}`, fullPage: true });
      return page;
    }

    it('writes each setup screen in en, id and zh_CN', async () => {
      for (const lang of ['en', 'id', 'zh_CN'] as const) {
        const dir = fileURLToPath(new URL(`../../docs/screenshots/${lang}/`, import.meta.url));
        mkdirSync(dir, { recursive: true });
        await choose(lang);
        await (await shoot('/setup', 'setup-1-line.png', tid('setup-choice', '[data-choice="esim"]'), dir)).close();
        await (await shoot('/setup/prepaid', 'setup-2-how.png', tid('setup-choice', '[data-choice="dial"]'), dir)).close();
        for (const path of ['website', 'messages', 'dial'] as const) {
          await (await shoot(`/setup/prepaid/${path}`, `setup-3-${path}.png`, tid('setup-save'), dir)).close();
        }
        const page = await h.openOptions('/setup/prepaid/dial');
        await page.setViewport({ width: 800, height: 200 });
        await click(page, tid('setup-save'));
        await find(page, tid('setup-done'));
        await click(page, tid('dial-show-qr'));
        await find(page, tid('dial-qr'));
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.screenshot({ path: `${dir}setup-done-dial.png`, fullPage: true });
        await page.close();
      }
      await choose('auto');
    });
  });
}
