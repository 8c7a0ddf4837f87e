/**
 * Setting up and reading the extension's state for a test, through the product's own signals: the
 * stored value (the extension's `storage.local`, read as the extension reads it) and the options
 * page's hooks. Each test calls what it needs, so it holds whatever the tests before it left.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browser';
import { waitFor } from './harness';
import { click, demoAccountId, fill, find, optionRowIds, removeAccountRow, tid } from './pages';

/** An account as stored (`storage.local.accounts`), as far as the tests read it. */
export interface StoredAccount {
  id: string;
  name: string;
  primary: boolean;
  enabled: boolean;
  source: { kind: string } & Record<string, unknown>;
}

type Reader = Pick<ExtensionBrowser, 'storage'>;

/** The accounts as stored, in order. */
export async function storedAccounts(h: Reader): Promise<StoredAccount[]> {
  const { accounts } = await h.storage.get('accounts');
  return Array.isArray(accounts) ? (accounts as StoredAccount[]) : [];
}

/** The settings as stored (`storage.local.settings`); empty before the first save. */
export async function storedSettings(h: Reader): Promise<Record<string, unknown>> {
  const { settings } = await h.storage.get('settings');
  return (settings as Record<string, unknown> | undefined) ?? {};
}

/**
 * Sets what the badge shows on the options page (`page`, home route) and waits until the save has
 * finished: the value is stored, the page says so, and the save button is no longer busy (it is
 * `aria-disabled` until the write has finished). Never reloads: a reload could cut the save.
 */
export async function saveBadgeShows(h: Reader, page: Page, shows: 'credit' | 'days'): Promise<void> {
  await fill(page, tid('setting-badge-shows'), shows);
  await click(page, tid('save-settings'));
  await waitFor(
    async () =>
      (await storedSettings(h)).badgeShows === shows &&
      (await page.$(`${tid('save-settings')}[aria-disabled="true"]`)) === null &&
      (await page.$(tid('save-result', '[data-ok="true"]'))) !== null,
    { message: `badge shows ${shows} stored` },
  );
}

/**
 * Makes `id` the badge's account with its row's `make-primary` button (on `page`, home route),
 * unless it already is; waits until that is stored.
 */
export async function makePrimary(h: Reader, page: Page, id: string): Promise<void> {
  if ((await storedAccounts(h)).find((a) => a.id === id)?.primary) return;
  await click(page, `${tid('account-row', `[data-account-id="${id}"]`)} ${tid('make-primary')}`);
  await waitFor(async () => (await storedAccounts(h)).find((a) => a.id === id)?.primary === true, {
    message: `account ${id} primary in storage`,
  });
}

/**
 * Leaves exactly one account, the demo, on the options page (`page`, home route), and returns its
 * id: removes every other row, and adds a demo ("Try the demo") when there is none.
 */
export async function onlyDemo(h: Reader, page: Page): Promise<string> {
  // A fresh profile seeds the demo on install; wait for the list before judging it.
  await optionRowIds(page);
  const accounts = await storedAccounts(h);
  for (const account of accounts) {
    if (account.source.kind !== 'demo' || account !== accounts.find((a) => a.source.kind === 'demo')) {
      await removeAccountRow(page, account.id);
    }
  }
  if ((await optionRowIds(page)).length === 0) await click(page, tid('try-demo'));
  const id = await demoAccountId(page);
  await waitFor(async () => (await storedAccounts(h)).some((a) => a.id === id), { message: 'the demo account stored' });
  return id;
}

/** Opens the options page and waits for its accounts list (and with it the settings form). */
export async function openOptionsHome(h: Pick<ExtensionBrowser, 'openOptions'>): Promise<Page> {
  const page = await h.openOptions();
  await find(page, tid('add-account'));
  return page;
}

/**
 * Opens the popup once and waits until the card of `id` shows the credit `amount` (and `status`, when given):
 * the popup redraws on every refresh and every recorded reading. Gives the card's status and status message.
 */
export async function popupCardWith(
  h: Pick<ExtensionBrowser, 'openPopup'>,
  id: string,
  amount: number,
  { status, timeout = 90_000 }: { status?: string; timeout?: number } = {},
): Promise<{ status: string; message: string }> {
  const popup = await h.openPopup();
  try {
    const which = status === undefined ? '' : `[data-status="${status}"]`;
    const card = await waitFor(
      () => popup.$(`${tid('account', `[data-account-id="${id}"]${which}`)}:has(${tid('credit')}[data-amount="${amount}"])`),
      { message: `the card of ${id} to show ${amount}${status === undefined ? '' : ` (${status})`}`, timeout },
    );
    return card.evaluate((e) => ({
      status: e.getAttribute('data-status') ?? 'none',
      message: e.querySelector('[data-testid="status-message"]')?.textContent ?? '',
    }));
  } finally {
    await popup.close();
  }
}

/** `popupCardWith` for a card of `status` (default ok): its status message, or `ok` for a card in good standing. */
export async function popupCardShows(
  h: Pick<ExtensionBrowser, 'openPopup'>,
  id: string,
  amount: number,
  { status = 'ok', timeout = 90_000 }: { status?: string; timeout?: number } = {},
): Promise<string> {
  const card = await popupCardWith(h, id, amount, { status, timeout });
  return status === 'ok' ? 'ok' : card.message;
}
