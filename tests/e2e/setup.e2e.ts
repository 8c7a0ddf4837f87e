// Guided setup (options.html#/setup), in Chromium and in Firefox, each path from its own fresh install
// (a new profile whose install opens setup, with the demo account standing in):
// - the dial path makes a manual AXIS account (the demo leaves), a pasted *888# reply gives its card
//   values, and the card offers the code, a tel: link and a QR code; Back then Forward from the last
//   screen shows it again and never makes a second account; the empty popup opens setup;
// - the website path, not yet signed in to the test server's single-page portal, makes a rendered web page
//   account whose card is login-required; the last screen opens the portal, the user signs in there, and
//   capture on visit gives the card its values;
// - the messages path reads the fixture conversation (Messages for web's markup) as a message list;
// - "Another line" saved through the account form takes the badge and the demo leaves; a travel eSIM opens
//   the form prefilled; "Skip" changes nothing; "Show me a demo first" adds the demo beside the user's line
//   without taking the badge.
// Each last screen's summary says what is refreshed, how often and what may be read.
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
import { type AnyHarness, type BrowserEntry, browsers } from './browser';
import { EXTENSION_DIR, type Harness, launch as launchChromium, waitFor } from './harness';
import { attr, click, fill, find, localIsoDate, optionRowIds, popupCard, signInToPortal, tid, waitForBadge } from './pages';
import { popupCardShows, popupCardWith, storedAccounts } from './state';

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

/** The summary's three rows (what is refreshed, how often, what may be read), as shown. */
async function summaryRows(page: Page): Promise<string[]> {
  return page.$$eval(`${tid('setup-summary')} dd`, (els) => els.map((e) => e.textContent?.trim() ?? ''));
}

/** A browser fresh from install, the setup tab its install opened, and the test server, for one describe block. */
function freshInstall(launch: BrowserEntry['launch']) {
  const fresh = {} as { h: AnyHarness; server: TestServer; setup: Page };
  beforeAll(async () => {
    fresh.server = await startTestServer();
    fresh.h = await launch();
    fresh.setup = await fresh.h.waitForPage((href) => href.endsWith('/options.html#/setup'), {
      message: 'the setup tab the install opens',
      timeout: 30_000,
    });
    await find(fresh.setup, tid('setup'), 20_000);
    // The demo the install seeds stands in until a line is chosen, on the badge.
    const seeded = await waitFor(
      async () => {
        const accounts = await storedAccounts(fresh.h);
        return accounts.length === 1 ? accounts : null;
      },
      { message: 'the demo account seeded on install', timeout: 20_000 },
    );
    expect(seeded.map((a) => [a.source.kind, a.primary, a.enabled])).toEqual([['demo', true, true]]);
  }, 90_000);
  afterAll(async () => {
    await fresh.h?.close();
    await fresh.server?.close();
  });
  return fresh;
}

/** Waits until the background has registered the capture script of account `id` (it does once it sees the saved account). */
const captureRegistered = (h: AnyHarness, id: string) =>
  waitFor(
    () =>
      h.evalInExtension(async (scriptId) => {
        const g = globalThis as unknown as Record<string, { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }>;
        const api = g.browser ?? g.chrome;
        return (await api?.scripting.getRegisteredContentScripts())?.some((script) => script.id === scriptId) ?? false;
      }, `capture-${id}`),
    { message: 'the capture script registration', timeout: 20_000 },
  );

/** Open tabs whose URL starts with `prefix` (read by the extension: the site was granted). */
const tabsOn = (h: AnyHarness, prefix: string) =>
  h.evalInExtension(async (start: string) => {
    const g = globalThis as unknown as Record<string, { tabs: { query(q: object): Promise<{ url?: string }[]> } }>;
    const api = g.browser ?? g.chrome;
    return ((await api?.tabs.query({})) ?? []).filter((t) => t.url?.startsWith(start)).length;
  }, prefix);

describe.each(browsers())('$name: guided setup', ({ launch }) => {
  describe('the dial path, from a fresh install', () => {
    const fresh = freshInstall(launch);
    let dialId: string;

    it('the install opens setup, and the dial path ends on a card with values after pasting the reply', async () => {
      const { h, setup: page } = fresh;
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
      await find(page, tid('setup-summary'));
      // What is refreshed: the *888# reply; how often: when pasted, a reminder after 7 days; what is read: no website.
      const [refreshed, often, reads] = await summaryRows(page);
      expect(refreshed).toContain('*888#');
      expect(often).toMatch(/\b7\b/);
      expect(reads).not.toMatch(/https?:|\.com/);
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
    }, 90_000);

    it('the card of a line checked by dialling shows the code, a tel: link and, on request, its QR code', async () => {
      const popup = await fresh.h.openPopup();
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

    it('Back then Forward from the last screen shows that screen again, never a form that makes a second account', async () => {
      const { h } = fresh;
      const page = await h.openOptions('/setup');
      await choosePrepaid(page, 'dial');
      await fill(page, tid('setup-name'), 'Second SIM');
      await click(page, tid('setup-save'));
      const id = await doneAccountId(page);
      const ids = (await storedAccounts(h)).map((a) => a.id);
      expect(ids).toEqual([dialId, id]);
      await page.evaluate(() => history.back());
      await find(page, tid('setup-choice', '[data-choice="dial"]'));
      await page.evaluate(() => history.forward());
      expect(await doneAccountId(page)).toBe(id);
      expect(await page.$(tid('setup-save'))).toBeNull();
      // A reload of the last screen shows it too.
      await h.reload(page);
      expect(await doneAccountId(page)).toBe(id);
      expect(await page.$(tid('setup-save'))).toBeNull();
      expect((await storedAccounts(h)).map((a) => a.id)).toEqual(ids);
      await page.close();
    });

    it('the empty popup opens guided setup', async () => {
      const { h } = fresh;
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
      const setup = await h.waitForPage((href) => href.endsWith('/options.html#/setup'), {
        message: 'setup opened from the popup',
        exclude: [fresh.setup],
      });
      await find(setup, tid('setup'));
      await empty.close().catch(() => undefined);
    });
  });

  describe('the website path, from a fresh install, not yet signed in to the portal', () => {
    const fresh = freshInstall(launch);

    it('saving makes a login-required card; the last screen opens the portal, and signing in there gives the card its values', async () => {
      const { h, server, setup: page } = fresh;
      await choosePrepaid(page, 'website');
      // An address that is not one is refused beside the field, and nothing is saved.
      await fill(page, tid('setup-url'), 'my.carrier.test');
      await click(page, tid('setup-save'));
      await find(page, tid('field-error', '[data-field="url"]'));
      expect((await storedAccounts(h)).map((a) => a.source.kind)).toEqual(['demo']);

      const url = server.url('/portal/account');
      await fill(page, tid('setup-url'), url);
      await fill(page, tid('setup-name'), 'Portal line');
      // What is read: that site only; how often: on a visit and every 60 minutes (the default interval).
      const host = new URL(url).host;
      await waitFor(async () => (await summaryRows(page))[2]?.includes(host), { message: 'the summary naming the site' });
      const [refreshed, often] = await summaryRows(page);
      expect(refreshed).not.toBe('');
      expect(often).toMatch(/\b60\b/);
      await click(page, tid('setup-save'));
      const id = await doneAccountId(page);
      const stored = await storedAccounts(h);
      expect(stored.map((a) => [a.id, a.source.kind, a.primary])).toEqual([[id, 'web-page', true]]);
      expect(stored[0]?.source).toEqual({ kind: 'web-page', url, capture: true, render: true });

      // The save refreshes the new account in a background tab: the portal's script sends it to sign in.
      // That first refresh must say so: any other error before it is a failure, named with what was seen.
      const seen = new Set<string>();
      await waitFor(
        async () => {
          const state = ((await h.storage.get('refreshState')).refreshState as Record<string, { error?: { code: string } }> | undefined)?.[
            id
          ];
          if (state?.error) seen.add(JSON.stringify(state.error));
          return state?.error !== undefined;
        },
        { message: 'the new account refreshed with an error', timeout: 90_000 },
      );
      expect(
        [...seen].map((e) => (JSON.parse(e) as { code: string }).code),
        `errors seen: ${[...seen].join(' | ')}`,
      ).toEqual(['login-required']);
      const popup = await h.openPopup();
      const card = await popupCard(popup, id, 'login-required');
      expect(await card.$(tid('action-sign-in'))).not.toBeNull();
      await popup.close();
      await waitFor(async () => (await tabsOn(h, `${server.origin}/portal/`)) === 0, {
        message: 'the render tab closed',
        timeout: 30_000,
      });

      // The last screen's button opens the portal where the user can see it; they sign in there.
      await click(page, tid('setup-open-site'));
      const visible = await h.waitForPage((href) => href.includes('/portal/signin'), {
        message: 'the sign-in page',
        exclude: [page],
        timeout: 20_000,
      });
      expect(await visible.evaluate(() => document.visibilityState)).toBe('visible');
      // Signed in, the portal sends the browser on to the account page; capture on visit reads what it draws.
      await signInToPortal(visible);
      await popupCardShows(h, id, PORTAL_VALUES.credit, { timeout: 60_000 });
      const after = await h.openPopup();
      const ok = await popupCard(after, id, 'ok');
      expect(await ok.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))).toBe(String(PORTAL_VALUES.credit));
      expect(await ok.$eval(`time${tid('valid-until')}`, (e) => e.getAttribute('datetime'))).toBe(PORTAL_VALUES.activeUntil);
      await after.close();
      await waitForBadge(h, (b) => b.text === '48k', 'the badge showing the portal credit', 30_000);
      await visible.close();
    }, 200_000);
  });

  describe('the messages path, from a fresh install', () => {
    const fresh = freshInstall(launch);

    it('the fixture conversation is read as a message list; the card shows the newest balance', async () => {
      const { h, server, setup: page } = fresh;
      const recipe = messagesForWeb(server.origin);
      await choosePrepaid(page, 'messages');
      // The field starts at Messages for web's conversations.
      expect(await page.$eval(tid('setup-url'), (e) => (e as HTMLInputElement).value)).toBe(MESSAGES_URL_HINT);
      // A page that is not a conversation is refused beside the field, and nothing is saved.
      await fill(page, tid('setup-url'), server.url('/portal/account'));
      await click(page, tid('setup-save'));
      await find(page, tid('field-error', '[data-field="url"]'));
      expect((await storedAccounts(h)).map((a) => a.source.kind)).toEqual(['demo']);

      const url = recipe.conversationUrl('axis123');
      await fill(page, tid('setup-url'), url);
      await fill(page, tid('setup-name'), 'AXIS SMS');
      // What is read: that conversation's site only; how often: on a visit and every 60 minutes.
      const host = new URL(url).host;
      await waitFor(async () => (await summaryRows(page))[2]?.includes(host), { message: 'the summary naming the site' });
      const [refreshed, often, reads] = await summaryRows(page);
      expect(refreshed).toMatch(/SMS/);
      expect(often).toMatch(/\b60\b/);
      expect(reads).not.toContain('messages.google.com');
      await click(page, tid('setup-save'));
      const id = await doneAccountId(page);
      const stored = await storedAccounts(h);
      expect(stored.map((a) => [a.id, a.source.kind, a.primary])).toEqual([[id, 'web-page', true]]);
      expect(stored[0]?.source).toEqual({ kind: 'web-page', url, capture: true, render: true, messages: recipe.list });

      // The save refreshes the new account: the conversation is drawn in a background tab and its newest
      // balance reply read (its status depends on how old that reply is by now: it came early today).
      await popupCardWith(h, id, 35_000, { timeout: 60_000 });
      // Opening the conversation reads it on visit; a reply that arrives while it is open is the newest balance.
      await captureRegistered(h, id);
      const tab = await h.browser.newPage();
      await tab.goto(`${url}?later=1`, { waitUntil: 'load' });
      const popup = await h.openPopup();
      await waitFor(
        async () => {
          const card = await popup.$(tid('account', `[data-account-id="${id}"][data-status="ok"]`));
          return card && (await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))) === String(LATER_REPLY.credit)
            ? card
            : null;
        },
        { message: 'the card showing the reply that arrived while the conversation was open', timeout: 60_000 },
      );
      await popup.close();
      await tab.close();
    }, 150_000);
  });

  describe('other lines, skip and the demo, from a fresh install', () => {
    const fresh = freshInstall(launch);

    it('Skip goes to the settings and changes nothing', async () => {
      const { h, setup: page } = fresh;
      const before = await storedAccounts(h);
      await click(page, tid('setup-skip'));
      await find(page, tid('add-account'));
      expect(await h.href(page)).toMatch(/options\.html#\/$/);
      expect(await optionRowIds(page)).toEqual(before.map((a) => a.id));
      expect(await storedAccounts(h)).toEqual(before);
    });

    it('a travel eSIM opens the account form prefilled, on the badge while only the demo is there', async () => {
      const page = await fresh.h.openOptions('/setup');
      await click(page, tid('setup-choice', '[data-choice="esim"]'));
      const form = await find(page, `form${tid('account-form')}`);
      expect(await form.$eval(tid('field-source'), (e) => (e as HTMLSelectElement).value)).toBe('json-api');
      expect(await form.$eval(tid('field-currency'), (e) => (e as HTMLInputElement).value)).toBe('USD');
      expect(await form.$eval(tid('field-primary'), (e) => (e as HTMLInputElement).checked)).toBe(true);
      await page.close();
    });

    it('another line saved through the form takes the badge, and the demo leaves', async () => {
      const { h } = fresh;
      const page = await h.openOptions('/setup');
      await click(page, tid('setup-choice', '[data-choice="other"]'));
      const form = await find(page, `form${tid('account-form')}`);
      expect(await form.$eval(tid('field-source'), (e) => (e as HTMLSelectElement).value)).toBe('manual');
      expect(await form.$eval(tid('field-primary'), (e) => (e as HTMLInputElement).checked)).toBe(true);
      // The form says beforehand that saving removes the demo.
      expect(await page.$eval(tid('form-demo-leaves'), (e) => e.textContent)).toContain('removes the demo');
      await fill(form, tid('field-name'), 'Office line');
      await fill(form, tid('field-credit'), '12345');
      await click(form, tid('save-account'));
      await find(page, tid('save-result', '[data-ok="true"]'), 20_000);
      const accounts = await storedAccounts(h);
      expect(accounts.map((a) => [a.name, a.source.kind, a.primary])).toEqual([['Office line', 'manual', true]]);
      const id = accounts[0]?.id ?? '';
      await popupCardWith(h, id, 12_345, { timeout: 60_000 });
      await waitForBadge(h, (b) => b.text === '12k', 'the badge showing the new line');
      await page.close();
    });

    it('"Show me a demo first" beside the user’s line adds the demo without taking the badge, and lands on its card', async () => {
      const { h } = fresh;
      const [mine] = await storedAccounts(h);
      const page = await h.openOptions('/setup');
      await click(page, tid('setup-demo'));
      // It goes to the settings, where the demo is listed beside the line.
      await find(page, tid('add-account'));
      const accounts = await waitFor(
        async () => {
          const all = await storedAccounts(h);
          return all.length === 2 ? all : null;
        },
        { message: 'the demo added' },
      );
      expect(accounts.map((a) => [a.source.kind, a.primary])).toEqual([
        ['manual', true],
        ['demo', false],
      ]);
      const demoId = accounts[1]?.id ?? '';
      await waitFor(async () => (await optionRowIds(page)).includes(demoId), { message: 'the demo row' });
      // The demo's card has values; the user's line keeps the badge and the first card.
      const popup = await h.openPopup();
      const card = await popupCard(popup, demoId, 'ok', 30_000);
      expect(await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))).toMatch(/^\d+$/);
      expect(await popup.$$eval(tid('account'), (els) => els.map((e) => e.getAttribute('data-account-id')))).toEqual([mine?.id, demoId]);
      await popup.close();
      await waitForBadge(h, (b) => b.text === '12k', 'the badge still showing the user’s line');
      // A second click keeps the one demo.
      const again = await h.openOptions('/setup');
      await click(again, tid('setup-demo'));
      await find(again, tid('add-account'));
      expect((await storedAccounts(h)).map((a) => a.source.kind)).toEqual(['manual', 'demo']);
      await again.close();
      await page.close();
    }, 60_000);
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
