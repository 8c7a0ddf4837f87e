/**
 * Page helpers for the end-to-end tests. They select elements only through the
 * `data-testid` hooks listed in docs/test-hooks.md.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { type BadgeState, type Harness, waitFor } from './harness';

/** `[data-testid=<id>]`, with more attribute selectors appended as given. */
export const tid = (id: string, more = '') => `[data-testid="${id}"]${more}`;

/** Badge colours of the palette, `[r, g, b, a]`. */
export const PALETTE = {
  normal: [0x2e, 0x7d, 0x32, 255],
  warning: [0xf9, 0xa8, 0x25, 255],
  critical: [0xc6, 0x28, 0x28, 255],
  error: [0x61, 0x61, 0x61, 255],
  'login-required': [0x6a, 0x1b, 0x9a, 255],
  pending: [0x9e, 0x9e, 0x9e, 255],
} as const;

const DAY_MS = 86_400_000;

/** Today's date plus `offsetDays`, `YYYY-MM-DD`, in this machine's local time (the browser's too). */
export function localIsoDate(offsetDays = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `isoDate` plus `days` calendar days, `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Waits for an element matching `selector` and returns it. */
export async function find(page: Page | ElementHandle, selector: string, timeout = 10_000): Promise<ElementHandle> {
  return waitFor(() => page.$(selector), { timeout, message: selector });
}

/** Attribute of the first element matching `selector` (waited for). */
export async function attr(scope: Page | ElementHandle, selector: string, name: string): Promise<string | null> {
  const el = await find(scope, selector);
  return el.evaluate((node, n) => node.getAttribute(n), name);
}

/** Current `value` of the form control matching `selector` (waited for). */
export async function value(scope: Page | ElementHandle, selector: string): Promise<string> {
  const el = await find(scope, selector);
  return el.evaluate((node) => (node as HTMLInputElement).value);
}

/** Text content of the first element matching `selector` (waited for), trimmed. */
export async function text(scope: Page | ElementHandle, selector: string): Promise<string> {
  const el = await find(scope, selector);
  return el.evaluate((node) => (node.textContent ?? '').trim());
}

/**
 * Brings the element's tab to the front: headless Chromium does not paint background tabs,
 * so a click there would wait forever for the element to become clickable.
 */
async function toFront(el: ElementHandle): Promise<void> {
  await el.frame.page().bringToFront();
}

/**
 * Waits until the element stays in place for two frames: a banner appearing above it (a save
 * message) moves it, and a mouse click aimed at its old place lands on something else.
 */
async function settled(el: ElementHandle): Promise<void> {
  await el.evaluate(
    (node) =>
      new Promise<void>((done) => {
        let last = '';
        let same = 0;
        const check = () => {
          const box = node.getBoundingClientRect();
          const now = `${box.x},${box.y},${box.width},${box.height}`;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 2) done();
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Clicks the element matching `selector` once it is there and has stopped moving. */
export async function click(scope: Page | ElementHandle, selector: string): Promise<void> {
  const el = await find(scope, selector);
  await toFront(el);
  await el.scrollIntoView();
  await settled(el);
  await el.click();
}

/**
 * Sets a form control's value as a user would leave it: selects pick an option, checkboxes are
 * (un)ticked by clicking, date inputs are set directly (typing into them depends on the locale),
 * other inputs are cleared and typed into. Fires `input` and `change`.
 */
export async function fill(scope: Page | ElementHandle, selector: string, value: string | boolean): Promise<void> {
  const el = await find(scope, selector);
  await toFront(el);
  const kind = await el.evaluate((node) =>
    node instanceof HTMLSelectElement ? 'select' : node instanceof HTMLInputElement ? node.type : 'other',
  );
  if (kind === 'checkbox') {
    const checked = await el.evaluate((node) => (node as HTMLInputElement).checked);
    if (checked !== Boolean(value)) await el.click();
    return;
  }
  if (typeof value !== 'string') throw new Error(`${selector} is not a checkbox`);
  if (kind === 'select') {
    await el.evaluate((node, v) => {
      const select = node as HTMLSelectElement;
      if (![...select.options].some((o) => o.value === v)) throw new Error(`no option ${v}`);
      select.value = v;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
    return;
  }
  // Clear it the way a user would see it, then type the new value (dates are set whole).
  await el.evaluate(
    (node, v, whole) => {
      const input = node as HTMLInputElement;
      input.focus();
      input.value = whole ? v : '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (whole) input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
    kind === 'date',
  );
  if (kind !== 'date') {
    await el.type(value);
    await el.evaluate((node) => node.dispatchEvent(new Event('change', { bubbles: true })));
  }
}

/**
 * `data-account-id` of every option row, in order, once the list is on the page (its
 * `add-account` button is shown with it), so a page still loading never reads as "no accounts".
 */
export async function optionRowIds(page: Page): Promise<string[]> {
  await find(page, tid('add-account'));
  return page.$$eval(tid('account-row'), (rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
}

/** The id of the one account row a fresh profile's options page shows: the demo account seeded on install. */
export async function demoAccountId(page: Page): Promise<string> {
  const [id] = await waitFor(
    async () => {
      const ids = await optionRowIds(page);
      return ids.length === 1 ? (ids as [string]) : null;
    },
    { message: 'the demo account row' },
  );
  return id;
}

/** `data-account-id` of every popup card, in order. */
export async function popupCardIds(page: Page): Promise<string[]> {
  return page.$$eval(tid('account'), (cards) => cards.map((c) => c.getAttribute('data-account-id') ?? ''));
}

/**
 * Removes an account from the options list: clicks `remove-account`, confirms when the page asks
 * (in-page `confirm-remove`; a native dialog is accepted by the harness), waits for the row to go.
 */
export async function removeAccountRow(page: Page, id: string): Promise<void> {
  const row = tid('account-row', `[data-account-id="${id}"]`);
  await click(page, `${row} ${tid('remove-account')}`);
  await waitFor(
    async () => {
      const confirm = await page.$(`${row} ${tid('confirm-remove')}`);
      if (confirm) await confirm.click();
      return (await page.$(row)) === null;
    },
    { message: `account row ${id} to be removed` },
  );
}

/** A quota typed into the manual account form. */
export interface QuotaInput {
  label: string;
  kind: 'data' | 'voice' | 'sms' | 'other';
  remaining: string;
  total?: string;
  unit: string;
}

/** A manual account as typed into the options form; unset fields are left as the form has them. */
export interface ManualAccountInput {
  name: string;
  preset?: 'generic' | 'axis';
  currency?: string;
  credit?: string;
  validUntil?: string;
  graceDays?: string;
  warnDays?: string;
  primary?: boolean;
  quotas?: QuotaInput[];
}

/**
 * Adds a manual account through the options page form and returns its id
 * (the one row that was not there before). Fails with the page's inline errors if saving fails.
 */
export async function addManualAccount(page: Page, input: ManualAccountInput): Promise<string> {
  const before = await optionRowIds(page);
  await click(page, tid('add-account'));
  const form = await find(page, `form${tid('account-form')}`);
  await fill(form, tid('field-source'), 'manual');
  // Manual-only fields appear once the source is manual.
  await find(form, tid('field-credit'));
  if (input.preset) await fill(form, tid('field-preset'), input.preset);
  await fill(form, tid('field-name'), input.name);
  if (input.currency !== undefined) await fill(form, tid('field-currency'), input.currency);
  if (input.credit !== undefined) await fill(form, tid('field-credit'), input.credit);
  if (input.validUntil !== undefined) await fill(form, tid('field-valid-until'), input.validUntil);
  if (input.graceDays !== undefined) await fill(form, tid('field-grace-days'), input.graceDays);
  if (input.warnDays !== undefined) await fill(form, tid('field-warn-days'), input.warnDays);
  if (input.primary !== undefined) await fill(form, tid('field-primary'), input.primary);
  for (const [i, quota] of (input.quotas ?? []).entries()) {
    await click(form, tid('add-quota'));
    const row = await waitFor(async () => (await form.$$(tid('quota-row')))[i], { message: `quota row ${i}` });
    await fill(row, tid('quota-label'), quota.label);
    await fill(row, tid('quota-kind'), quota.kind);
    await fill(row, tid('quota-remaining'), quota.remaining);
    if (quota.total !== undefined) await fill(row, tid('quota-total'), quota.total);
    await fill(row, tid('quota-unit'), quota.unit);
  }
  await click(form, tid('save-account'));
  await waitFor(
    async () => {
      const errors = await page.$$eval(tid('field-error'), (els) =>
        els.map((e) => `${e.getAttribute('data-field')}: ${e.textContent}`).filter((s) => !s.endsWith(': ')),
      );
      if (errors.length > 0) throw new Error(`the form shows errors: ${errors.join('; ')}`);
      return (await page.$(tid('save-result', '[data-ok="true"]'))) !== null;
    },
    { message: 'save-result data-ok=true' },
  ).catch(async (error: Error) => {
    const result = await page.$eval(tid('save-result'), (e) => e.outerHTML).catch(() => 'no save-result');
    throw new Error(`${error.message}; ${result}`);
  });
  const ids = await waitFor(
    async () => {
      const now = await optionRowIds(page);
      return now.length === before.length + 1 ? now : null;
    },
    { message: 'one more account row' },
  );
  const added = ids.filter((id) => !before.includes(id));
  if (added.length !== 1 || !added[0]) throw new Error(`expected one new account row, got ${JSON.stringify(ids)}`);
  return added[0];
}

/** Waits until the popup shows a card for `id` with the given status, and returns the card. */
export async function popupCard(page: Page, id: string, status = 'ok', timeout = 15_000): Promise<ElementHandle> {
  return waitFor(() => page.$(tid('account', `[data-account-id="${id}"][data-status="${status}"]`)), {
    timeout,
    message: `popup card ${id} with status ${status}`,
  });
}

/** Waits until the badge satisfies `check`, then returns it; the error shows the last badge seen. */
export async function waitForBadge(
  h: Pick<Harness, 'badge'>,
  check: (badge: BadgeState) => boolean,
  message: string,
  timeout = 15_000,
): Promise<BadgeState> {
  let last: unknown;
  try {
    return await waitFor(
      async () => {
        const badge = await h.badge();
        last = badge;
        return check(badge) ? badge : null;
      },
      { timeout, message },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last badge: ${JSON.stringify(last)}`);
  }
}

/** The parts of a backup file the tests look at. */
export interface Backup {
  format: unknown;
  version: unknown;
  exportedAt: unknown;
  settings: Record<string, unknown>;
  accounts: ({ id: string; name: string; currency: string; source: { kind: string } } & Record<string, unknown>)[];
}

/** Clicks `export` on the options page and returns the file it downloaded, parsed. */
export async function exportBackup(
  h: Pick<Harness, 'downloads'>,
  page: Page,
): Promise<{ path: string; fileName: string; text: string; backup: Backup }> {
  const before = h.downloads().length;
  await click(page, tid('export'));
  const download = await waitFor(() => h.downloads()[before], { message: 'the backup download to finish' });
  // Under the name the user would see, so importing it later is what a user would do.
  const path = join(dirname(download.path), `${before}-${download.suggestedFilename}`);
  copyFileSync(download.path, path);
  const text = readFileSync(path, 'utf8');
  return { path, fileName: download.suggestedFilename, text, backup: JSON.parse(text) as Backup };
}

/** Uploads a file through the import input; returns the result's `data-ok` and message once shown. Use on a freshly loaded page, so an earlier result is not read. */
export async function importBackup(page: Page, path: string): Promise<{ ok: string | null; message: string }> {
  const input = (await find(page, `input[type=file]${tid('import-file')}`)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  const result = await find(page, tid('import-result', '[data-ok]'));
  return result.evaluate((e) => ({ ok: e.getAttribute('data-ok'), message: (e.textContent ?? '').trim() }));
}

/** An account as a backup file holds it, with the defaults most tests take (IDR, hourly, 7 warning days). */
export function backupAccount(fields: { id: string; name: string; source: Record<string, unknown> } & Record<string, unknown>) {
  return { currency: 'IDR', intervalMinutes: 60, thresholds: { warnDays: 7 }, primary: false, enabled: true, ...fields };
}

/**
 * The two network accounts the network tests share, against the local test server's switchable
 * routes: a web page (`/switch/page`, primary) and a JSON API with a bearer token (`/switch/api`).
 */
export function networkAccounts(url: (path: string) => string, ids: { page: string; api: string }) {
  return [
    backupAccount({ id: ids.page, name: 'Carrier page', source: { kind: 'web-page', url: url('/switch/page') }, primary: true }),
    backupAccount({
      id: ids.api,
      name: 'eSIM API',
      currency: 'USD',
      source: {
        kind: 'json-api',
        url: url('/switch/api'),
        headers: { Authorization: 'Bearer e2e-token' },
        fields: { credit: '$.data.balance.remaining', validUntil: '$.data.expired_at' },
      },
    }),
  ];
}

/** The text of a backup file in the documented format (docs/backup-format.md), written at `now`. */
export function backupText(
  parts: { settings?: Record<string, unknown>; accounts: unknown[]; readings?: unknown[] },
  now = Date.now(),
): string {
  return JSON.stringify({
    format: 'balance-badge-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    settings: parts.settings ?? { badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 },
    accounts: parts.accounts,
    ...(parts.readings ? { readings: parts.readings } : {}),
  });
}

/** Signs in on a page of the test server's portal showing its sign-in form, and waits for the account page to draw. */
export async function signInToPortal(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('input[type=password]', { timeout });
  await page.type('input[name=phone]', '0812 3456 7890');
  await page.type('input[name=password]', 'rahasia');
  await page.evaluate(() => document.querySelector('form')?.requestSubmit());
  // The portal sends a signed-in browser on to the account page, which draws its values.
  await page.waitForSelector('body[data-drawn]', { timeout });
}
