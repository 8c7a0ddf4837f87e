// Guided setup (options.html#/setup), in Chromium and in Firefox: a fresh install opens it; the dial
// path makes a manual AXIS account (the demo leaves), a pasted *888# reply gives its card values, and
// the card offers the code, a tel: link and a QR code; the website path, signed in to the test server's
// single-page portal, makes a rendered web page account whose first refresh gives its card values; the
// messages path reads the fixture conversation (Messages for web's markup) as a message list.
// With SCREENSHOTS=1 the Chromium run also writes each setup screen in three languages to docs/screenshots/<lang>/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES_URL_HINT } from '@/entrypoints/options/setup/setup-accounts';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { LATER_REPLY } from '../server/messages-pages';
import { PORTAL_VALUES } from '../server/portal';
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

  /** Waits until the background has registered the capture script of account `id` (it does once it sees the saved account). */
  const captureRegistered = (id: string) =>
    waitFor(
      () =>
        h.evalInExtension(async (scriptId) => {
          const g = globalThis as unknown as Record<string, { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }>;
          const api = g.browser ?? g.chrome;
          return (await api?.scripting.getRegisteredContentScripts())?.some((script) => script.id === scriptId) ?? false;
        }, `capture-${id}`),
      { message: 'the capture script registration', timeout: 20_000 },
    );

  /** Waits until the popup card of `id` shows `amount` as its credit, in any status; returns the card's status. */
  async function cardCredit(id: string, amount: number, timeout = 60_000): Promise<string | null> {
    const popup = await h.openPopup();
    try {
      const card = await waitFor(
        () => popup.$(`${tid('account', `[data-account-id="${id}"]`)}:has(${tid('credit')}[data-amount="${amount}"])`),
        {
          message: `the card of ${id} showing ${amount}`,
          timeout,
        },
      );
      return await card.evaluate((e) => e.getAttribute('data-status'));
    } finally {
      await popup.close();
    }
  }

  it('the website path: signed in to the single-page portal, saving the account renders it and the card shows its values', async () => {
    // The user is signed in to the carrier's portal in this browser, as they are when they check it today.
    const portalTab = await h.browser.newPage();
    await portalTab.goto(server.url('/portal/signin?next=/portal/account'));
    await portalTab.waitForSelector('input[type=password]', { timeout: 15_000 });
    await portalTab.type('input[name=phone]', '0812 3456 7890');
    await portalTab.type('input[name=password]', 'rahasia');
    await portalTab.evaluate(() => document.querySelector('form')?.requestSubmit());
    await portalTab.waitForSelector('body[data-drawn]', { timeout: 15_000 });
    await portalTab.close();

    const page = await h.openOptions('/setup');
    await choosePrepaid(page, 'website');
    // An address that is not one is refused beside the field, and nothing is saved.
    await fill(page, tid('setup-url'), 'my.carrier.test');
    await click(page, tid('setup-save'));
    await find(page, tid('field-error', '[data-field="url"]'));
    expect((await storedAccounts(h)).length).toBe(1);

    const url = server.url('/portal/account');
    await fill(page, tid('setup-url'), url);
    await fill(page, tid('setup-name'), 'Portal line');
    await click(page, tid('setup-save'));
    const id = await doneAccountId(page);
    const stored = (await storedAccounts(h)).find((a) => a.id === id);
    expect(stored?.source).toEqual({ kind: 'web-page', url, capture: true, render: true });
    expect(stored?.primary).toBe(true);
    await page.close();

    // The save refreshes the new account: the portal is drawn in a background tab, and its values read.
    const popup = await h.openPopup();
    // A render in a tab (the portal draws 1–3 s after load): the slowest path on a busy machine.
    const card = await popupCard(popup, id, 'ok', 60_000);
    expect(await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))).toBe(String(PORTAL_VALUES.credit));
    expect(await card.$eval(`time${tid('valid-until')}`, (e) => e.getAttribute('datetime'))).toBe(PORTAL_VALUES.activeUntil);
    await popup.close();
  }, 120_000);

  it('the messages path: the fixture conversation is read as a message list; the card shows the newest balance', async () => {
    const recipe = messagesForWeb(server.origin);
    const page = await h.openOptions('/setup');
    await choosePrepaid(page, 'messages');
    // The field starts at Messages for web's conversations.
    expect(await page.$eval(tid('setup-url'), (e) => (e as HTMLInputElement).value)).toBe(MESSAGES_URL_HINT);
    // A page that is not a conversation is refused beside the field, and nothing is saved.
    const before = (await storedAccounts(h)).length;
    await fill(page, tid('setup-url'), server.url('/portal/account'));
    await click(page, tid('setup-save'));
    await find(page, tid('field-error', '[data-field="url"]'));
    expect((await storedAccounts(h)).length).toBe(before);

    const url = recipe.conversationUrl('axis123');
    await fill(page, tid('setup-url'), url);
    await fill(page, tid('setup-name'), 'AXIS SMS');
    await click(page, tid('setup-save'));
    const id = await doneAccountId(page);
    const stored = (await storedAccounts(h)).find((a) => a.id === id);
    expect(stored?.source).toEqual({ kind: 'web-page', url, capture: true, render: true, messages: recipe.list });
    expect(stored?.primary).toBe(true);
    await page.close();

    // The save refreshes the new account: the conversation is drawn in a background tab and its newest
    // balance reply read (its status depends on how old that reply is by now: it came early today).
    await cardCredit(id, 35_000);
    // Opening the conversation reads it on visit; a reply that arrives while it is open is the newest balance.
    await captureRegistered(id);
    const tab = await h.browser.newPage();
    await tab.goto(`${url}?later=1`, { waitUntil: 'load' });
    const popup = await h.openPopup();
    await waitFor(
      async () => {
        const card = await popup.$(tid('account', `[data-account-id="${id}"][data-status="ok"]`));
        return card && (await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))) === String(LATER_REPLY.credit) ? card : null;
      },
      { message: 'the card showing the reply that arrived while the conversation was open', timeout: 60_000 },
    );
    await popup.close();
    await tab.close();
  }, 150_000);

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
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
      h = await launchChromium();
    });
    afterAll(async () => {
      await h?.close();
      await server?.close();
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
        // The last screen of each path, after its save.
        const urls = {
          dial: '',
          website: server.url('/portal/account'),
          messages: messagesForWeb(server.origin).conversationUrl('axis123'),
        };
        for (const path of ['dial', 'website', 'messages'] as const) {
          const page = await h.openOptions(`/setup/prepaid/${path}`);
          await page.setViewport({ width: 800, height: 200 });
          if (urls[path]) await fill(page, tid('setup-url'), urls[path]);
          await click(page, tid('setup-save'));
          await find(page, tid('setup-done'), 20_000);
          if (path === 'dial') {
            await click(page, tid('dial-show-qr'));
            await find(page, tid('dial-qr'));
          }
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          await page.screenshot({ path: `${dir}setup-done-${path}.png`, fullPage: true });
          await page.close();
        }
      }
      await choose('auto');
    });
  });
}
