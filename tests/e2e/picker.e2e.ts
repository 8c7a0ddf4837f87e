// Pick by pointing (issue 12, part 2): the account's page opens in a tab with the picker; the values are
// picked by clicking them, confirmed, and read again on every load although the page's class names change
// each time. Esc cancels and saves nothing; a page reloaded mid-pick keeps nothing; a redesigned page falls
// back to the labels and the card says the page changed, and its Pick action saves new picks once confirmed.
// With SCREENSHOTS=1 the Chromium run writes docs/screenshots/picker.png and picker-form.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { CONVERSATION } from '../server/messages-pages';
import { PICKER_VALUES, pickerPage } from '../server/picker-page';
import { startTestServer, type TestServer } from '../server/server';
import { type AnyHarness, browsers } from './browser';
import { waitFor } from './harness';
import { attr, backupAccount, backupText, click, find, importBackup, popupCard, text, tid, value } from './pages';
import { popupCardShows, storedAccounts } from './state';

const ID = 'picker1';
const PATH = '/picker/akun';
const deep = (id: string) => `>>> [data-testid="${id}"]`;

describe.each(browsers())('$name: pick on the page', ({ name, launch }) => {
  let h: AnyHarness;
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer();
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-picker-'));
    const file = join(dir, 'backup.json');
    writeFileSync(
      file,
      backupText({
        accounts: [backupAccount({ id: ID, name: 'Akun Saya', source: { kind: 'web-page', url: server.url(PATH) }, primary: true })],
      }),
    );
    h = await launch();
    const options = await h.openOptions();
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const sourceFields = async () => (await storedAccounts(h)).find((a) => a.id === ID)?.source as { fields?: Record<string, unknown> };

  /** Opens the account's form, presses Pick on the page, and returns the form and the tab with the picker in it. */
  async function startPick(): Promise<{ options: Page; page: Page }> {
    const options = await h.openOptions(`/edit/${ID}`);
    await click(options, tid('pick-on-page'));
    const page = await h.waitForPage((href) => href.startsWith(server.url(PATH)), { message: 'the account page', timeout: 30_000 });
    await find(page, deep('picker-panel'), 30_000);
    return { options, page };
  }

  /** Clicks the page element showing `shown` for the picker's `field` and returns the picker's preview. */
  async function pickValue(page: Page, field: string, shown: string): Promise<string> {
    await (await find(page, deep(`picker-target-${field}`))).click();
    await waitFor(async () => (await attr(page, deep(`picker-target-${field}`), 'aria-pressed')) === 'true', {
      message: `${field} chosen in the picker`,
    });
    const value = await find(page, `::-p-xpath(//b[normalize-space(text())="${shown}"] | //td[normalize-space(text())="${shown}"])`);
    await value.click();
    return waitFor(
      async () => {
        const preview = await text(page, deep(`picker-value-${field}`));
        return preview.includes(':') ? preview : null;
      },
      { message: `the picker's preview of ${field}` },
    );
  }

  /** Presses Save picks; the tab closes under the click, so its last input event may find no page left. */
  async function confirmPicks(page: Page): Promise<void> {
    const button = await find(page, deep('picker-confirm'));
    await button.click().catch((error: unknown) => {
      if (!page.isClosed() && !/closed/i.test(String(error))) throw error;
    });
  }

  it('picks the values by clicking them, shows each as it will be stored, and reads them again after every load', async () => {
    // Two loads, two sets of class names: the locators must not depend on them.
    const first = await (await fetch(server.url(PATH))).text();
    const second = await (await fetch(server.url(PATH))).text();
    expect(first.match(/class="[^"]+"/g)).not.toEqual(second.match(/class="[^"]+"/g));

    const { options, page } = await startPick();
    expect(await pickValue(page, 'credit', PICKER_VALUES.credit)).toMatch(/48[,.]250/);
    expect(await pickValue(page, 'validUntil', PICKER_VALUES.validUntil)).toMatch(/2027/);
    expect(await pickValue(page, 'graceUntil', PICKER_VALUES.graceUntil)).toMatch(/2027/);
    expect(await pickValue(page, 'quotaRemaining', PICKER_VALUES.quotaRemaining)).toMatch(/3[.,]5\s*GB/);
    expect(await pickValue(page, 'quotaTotal', PICKER_VALUES.quotaTotal)).toMatch(/10\s*GB/);
    // The page's own button did not run: the picker takes the clicks it uses.
    expect(await page.title()).toBe('Akun Saya');
    if (name === 'chromium' && process.env.SCREENSHOTS === '1') {
      const shots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
      mkdirSync(shots, { recursive: true });
      await page.setViewport({ width: 900, height: 560 });
      await page.screenshot({ path: `${shots}picker.png` });
    }
    await confirmPicks(page);

    // The tab closes and the picks come back to the form, not saved until the form is.
    await find(options, tid('pick-result', '[data-reason="picked"]'), 30_000);
    expect(await text(options, tid('picked-validUntil'))).toContain('Masa Aktif');
    expect(await sourceFields()).not.toHaveProperty('fields');
    if (name === 'chromium' && process.env.SCREENSHOTS === '1') {
      const shots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
      await options.setViewport({ width: 900, height: 700 });
      await (await find(options, tid('pick-on-page'))).scrollIntoView();
      await options.screenshot({ path: `${shots}picker-form.png` });
    }
    await click(options, tid('save-account'));
    await waitFor(async () => (await sourceFields())?.fields !== undefined, { message: 'the picks saved' });
    const fields = (await sourceFields()).fields as Record<string, { label?: string; css?: string }>;
    expect(fields.validUntil?.label).toBe('Masa Aktif');
    expect(fields.credit?.label).toBe('Sisa Pulsa');
    for (const locator of Object.values(fields)) expect(locator.css ?? '').not.toMatch(/css-|sc-/);
    await options.close();

    // Each refresh fetches the page again, with new class names: the picked values still read.
    for (let round = 0; round < 2; round++) {
      const before = server.requests(PATH).length;
      const popup = await h.openPopup();
      await click(popup, tid('refresh'));
      await waitFor(() => server.requests(PATH).length > before, { message: 'the page fetched again' });
      const card = await popupCard(popup, ID, 'ok', 30_000);
      await waitFor(async () => (await attr(card, tid('credit'), 'data-amount')) === '48250', { message: 'credit read', timeout: 30_000 });
      expect(await attr(card, `time${tid('valid-until')}`, 'datetime')).toBe('2027-01-15');
      expect(await attr(card, `time${tid('grace-until')}`, 'datetime')).toBe('2027-02-14');
      expect(await popup.$(tid('status-message'))).toBeNull();
      await popup.close();
    }
  }, 240_000);

  it('cancels with Esc and saves nothing; a page reloaded mid-pick keeps nothing and says so', async () => {
    const stored = JSON.stringify(await sourceFields());
    const { options, page } = await startPick();
    await pickValue(page, 'credit', PICKER_VALUES.credit);
    // Esc ends the pick at once and the tab closes under the key: its key-up may find no page left.
    await page.keyboard.down('Escape').catch(() => undefined);
    await find(options, tid('pick-result', '[data-reason="cancelled"]'), 30_000);
    await waitFor(async () => !(await h.browser.pages()).includes(page), { message: 'the picker tab closed' });
    expect(await options.$(tid('picked-credit'))).not.toBeNull();
    expect(JSON.stringify(await sourceFields())).toBe(stored);
    await options.close();

    const again = await startPick();
    await pickValue(again.page, 'credit', PICKER_VALUES.credit);
    // The page reloads under the picker: the pick ends, nothing is kept, and the form says why.
    await again.page.evaluate(() => location.reload());
    await find(again.options, tid('pick-result', '[data-reason="reloaded"]'), 30_000);
    expect(await text(again.options, tid('pick-result'))).toMatch(/reload/i);
    expect(JSON.stringify(await sourceFields())).toBe(stored);
    await again.options.close();
  }, 240_000);

  it('falls back to the labels when the page is redesigned, says the page changed, and the card picks again', async () => {
    server.setMode('picker', 'changed');
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    const card = await popupCard(popup, ID, 'ok', 30_000);
    // The labels still give the values, and the card says the page changed (its status stays ok).
    const notice = await find(card, tid('status-message', '[data-kind="page-changed"]'), 30_000);
    expect(await notice.evaluate((n) => n.textContent ?? '')).toMatch(/changed/i);
    expect(await attr(card, tid('credit'), 'data-amount')).toBe('48250');

    // The card's Pick action: the form opens and picks at once; the confirmed picks are saved.
    await click(card, tid('action-pick'));
    const options = await h.waitForPage((href) => href.includes(`#/edit/${ID}/pick`), { message: 'the form picking', timeout: 30_000 });
    const page = await h.waitForPage((href) => href.startsWith(server.url(PATH)), { message: 'the redesigned page', timeout: 30_000 });
    await find(page, deep('picker-panel'), 30_000);
    await pickValue(page, 'credit', PICKER_VALUES.credit);
    await pickValue(page, 'validUntil', PICKER_VALUES.validUntil);
    await confirmPicks(page);
    await waitFor(async () => ((await sourceFields()).fields?.credit as { label?: string } | undefined)?.label === 'Pulsa Anda', {
      message: 'the new picks saved',
      timeout: 30_000,
    });
    // They replace the picks the redesign lost.
    expect(Object.keys((await sourceFields()).fields ?? {}).sort()).toEqual(['credit', 'validUntil']);
    await options.close();
    const after = await h.openPopup();
    await click(after, tid('refresh'));
    const fresh = await popupCard(after, ID, 'ok', 30_000);
    await waitFor(async () => (await fresh.$(tid('status-message'))) === null, {
      message: 'the page-changed notice gone',
      timeout: 30_000,
    });
    await after.close();
    await popup.close().catch(() => {});
    server.setMode('picker', 'ok');
    // The test page itself: new class names on every load.
    expect(pickerPage('normal')).not.toBe(pickerPage('normal'));
  }, 240_000);
});

// The card's Pick action when the values are missing (#12 part 2): a refresh that found no values (`parse`), and
// one whose picked values and labels are both gone (`layout-changed`), make the card an error with `action-pick`;
// it opens the form picking at once, the confirmed picks are saved, and the next refresh reads the values.
describe.each(browsers())('$name: the card picks the values when they are missing', ({ launch }) => {
  const MISSING_ID = 'picker-missing';
  let h: AnyHarness;
  let server: TestServer;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    server = await startTestServer();
    // Served as `/switch/missing`: first a page without the values (`changed` is a page with none).
    server.setMode('missing', 'changed');
    url = server.url('/switch/missing');
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-pick-missing-'));
    const file = join(dir, 'backup.json');
    writeFileSync(
      file,
      backupText({
        accounts: [backupAccount({ id: MISSING_ID, name: 'Akun Saya', primary: true, source: { kind: 'web-page', url } })],
      }),
    );
    h = await launch();
    const options = await h.openOptions();
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const storedFields = async () =>
    ((await storedAccounts(h)).find((a) => a.id === MISSING_ID)?.source as { fields?: Record<string, { label?: string }> }).fields;

  /** Refreshes from the popup and returns it with the card once it has `status`. */
  async function refreshTo(status: string): Promise<{ popup: Page; card: Awaited<ReturnType<typeof popupCard>> }> {
    const before = server.requests('/switch/missing').length;
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await waitFor(() => server.requests('/switch/missing').length > before, { message: 'the page fetched again', timeout: 30_000 });
    return { popup, card: await popupCard(popup, MISSING_ID, status, 30_000) };
  }

  /** Presses the card's Pick, picks credit and active-until on the page the tab shows, and confirms. */
  async function pickFromCard(card: Awaited<ReturnType<typeof popupCard>>, labels: { credit: string; validUntil: string }) {
    await click(card, tid('action-pick'));
    const options = await h.waitForPage((href) => href.includes(`#/edit/${MISSING_ID}/pick`), {
      message: 'the form picking',
      timeout: 30_000,
    });
    const page = await h.waitForPage((href) => href.startsWith(url), { message: 'the account page', timeout: 30_000 });
    await find(page, deep('picker-panel'), 30_000);
    for (const field of ['credit', 'validUntil'] as const) {
      await (await find(page, deep(`picker-target-${field}`))).click();
      await waitFor(async () => (await attr(page, deep(`picker-target-${field}`), 'aria-pressed')) === 'true', {
        message: `${field} chosen in the picker`,
      });
      const shown = PICKER_VALUES[field];
      await (await find(page, `::-p-xpath(//b[normalize-space(text())="${shown}"] | //td[normalize-space(text())="${shown}"])`)).click();
      await waitFor(async () => (await text(page, deep(`picker-value-${field}`))).includes(':') || null, {
        message: `the picker's preview of ${field}`,
      });
    }
    const button = await find(page, deep('picker-confirm'));
    // The tab closes under the click.
    await button.click().catch((error: unknown) => {
      if (!page.isClosed() && !/closed/i.test(String(error))) throw error;
    });
    await waitFor(async () => (await storedFields())?.credit?.label === labels.credit, { message: 'the picks saved', timeout: 30_000 });
    expect((await storedFields())?.validUntil?.label).toBe(labels.validUntil);
    await options.close();
  }

  it('a page without its values: the card is an error with Pick, and the picks it saves read the values', async () => {
    // The fetched page shows no values: `parse`, an error card whose action is Pick.
    const missing = await refreshTo('error');
    const notice = await find(missing.card, tid('status-message', '[data-kind="error"]'), 30_000);
    expect(await notice.evaluate((n) => n.textContent ?? '')).not.toBe('');
    expect(await missing.card.$(tid('action-retry'))).toBeNull();
    // The page shows its values again (in a browser they may come with sign-in or a script): picked there.
    server.setMode('missing', 'ok', { html: pickerPage('normal') });
    await pickFromCard(missing.card, { credit: 'Sisa Pulsa', validUntil: 'Masa Aktif' });
    await missing.popup.close().catch(() => undefined);
    const read = await refreshTo('ok');
    await waitFor(async () => (await attr(read.card, tid('credit'), 'data-amount')) === '48250', {
      message: 'credit read',
      timeout: 30_000,
    });
    expect(await attr(read.card, `time${tid('valid-until')}`, 'datetime')).toBe('2027-01-15');
    expect(await read.card.$(tid('status-message'))).toBeNull();
    await read.popup.close();

    // Later the picked values and every label are gone (`layout-changed`): the card is an error with Pick again.
    server.setMode('missing', 'changed');
    const gone = await refreshTo('error');
    await find(gone.card, tid('status-message', '[data-kind="error"]'), 30_000);
    // The last good value stays on the card.
    expect(await attr(gone.card, tid('credit'), 'data-amount')).toBe('48250');
    server.setMode('missing', 'ok', { html: pickerPage('changed') });
    await pickFromCard(gone.card, { credit: 'Pulsa Anda', validUntil: 'Aktif hingga' });
    await gone.popup.close().catch(() => undefined);
    const again = await refreshTo('ok');
    await waitFor(async () => (await again.card.$(tid('status-message'))) === null, { message: 'no notice', timeout: 30_000 });
    expect(await attr(again.card, tid('credit'), 'data-amount')).toBe('48250');
    await again.popup.close();
  }, 300_000);
});

// The message item of a message list, picked by pointing at one message (#13): a conversation whose site
// changed its markup (the stored item finds nothing) is repaired from the form without an update.
describe.each(browsers())('$name: pick one message of a message list', ({ launch }) => {
  const LIST_ID = 'picker-list';
  let h: AnyHarness;
  let server: TestServer;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    server = await startTestServer();
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-pick-item-'));
    const recipe = messagesForWeb(server.origin);
    url = recipe.conversationUrl('repair1');
    const file = join(dir, 'backup.json');
    writeFileSync(
      file,
      backupText({
        accounts: [
          backupAccount({
            id: LIST_ID,
            name: 'AXIS SMS',
            primary: true,
            intervalMinutes: 1440,
            // The item of an older markup: it finds no message on today's page.
            source: { kind: 'web-page', url, capture: true, messages: { ...recipe.list, item: 'div.old-message-bubble' } },
          }),
        ],
      }),
    );
    h = await launch();
    const options = await h.openOptions();
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const storedItem = async () =>
    ((await storedAccounts(h)).find((a) => a.id === LIST_ID)?.source as { messages?: { item?: string } }).messages?.item;

  it('makes the item from one clicked message, shows how many it finds, and reads the conversation with it once saved', async () => {
    const options = await h.openOptions(`/edit/${LIST_ID}`);
    await click(options, tid('pick-message-item'));
    const page = await h.waitForPage((href) => href.startsWith(url), { message: 'the conversation', timeout: 30_000 });
    await find(page, deep('picker-panel'), 30_000);
    expect(await attr(page, deep('picker-target-messageItem'), 'aria-pressed')).toBe('true');
    // Any part of one message will do: here its text.
    await (await find(page, 'mws-message-wrapper .text-msg')).click();
    const preview = await waitFor(
      async () => {
        const shown = await text(page, deep('picker-value-messageItem'));
        return shown.includes(String(CONVERSATION.length)) ? shown : null;
      },
      { message: 'the count of messages the item finds', timeout: 30_000 },
    );
    expect(preview).toContain(String(CONVERSATION.length));
    await confirmItem(page);

    await find(options, tid('pick-message-item-result', '[data-reason="picked"]'), 30_000);
    expect(await value(options, tid('field-messages-item'))).toBe('mws-message-wrapper');
    // Not saved until the form is.
    expect(await storedItem()).toBe('div.old-message-bubble');
    await click(options, tid('save-account'));
    await find(options, tid('save-result', '[data-ok="true"]'), 30_000);
    expect(await storedItem()).toBe('mws-message-wrapper');
    await options.close();

    // Opening the conversation reads it with the repaired item: the newest balance is the card's.
    const newest = [...CONVERSATION].reverse().find((m) => m.credit !== undefined)?.credit;
    const tab = await h.browser.newPage();
    try {
      await tab.goto(url, { waitUntil: 'load' });
      await popupCardShows(h, LIST_ID, newest as number);
    } finally {
      await tab.close();
    }
  }, 240_000);

  it('says so when the click is on no list of messages, and keeps nothing after Esc', async () => {
    const options = await h.openOptions(`/edit/${LIST_ID}`);
    const before = await value(options, tid('field-messages-item'));
    await click(options, tid('pick-message-item'));
    const page = await h.waitForPage((href) => href.startsWith(url), { message: 'the conversation', timeout: 30_000 });
    await find(page, deep('picker-panel'), 30_000);
    // The compose box is one of a kind: no message repeats around it.
    await (await find(page, 'mws-message-compose textarea')).click();
    await waitFor(async () => (await text(page, deep('picker-message'))).length > 0 || null, {
      message: 'the picker saying this is no message',
      timeout: 30_000,
    });
    expect(await attr(page, deep('picker-confirm'), 'disabled')).not.toBeNull();
    // The tab closes under the key: its key-up may find no page left.
    await page.keyboard.down('Escape').catch(() => undefined);
    await find(options, tid('pick-message-item-result', '[data-reason="cancelled"]'), 30_000);
    expect(await value(options, tid('field-messages-item'))).toBe(before);
    await options.close();
  }, 180_000);

  /** Presses Save picks; the tab closes under the click. */
  async function confirmItem(page: Page): Promise<void> {
    const button = await find(page, deep('picker-confirm'));
    await button.click().catch((error: unknown) => {
      if (!page.isClosed() && !/closed/i.test(String(error))) throw error;
    });
  }
});
