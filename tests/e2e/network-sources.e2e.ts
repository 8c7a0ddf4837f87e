// JSON API and web page accounts against the local test server: imported from a backup, refreshed
// through the popup, shown on popup and badge; sign-out and each failure keep the last good value;
// capture on visit records a reading when the user opens a page drawn by JavaScript.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Mode, type TestServer } from '../server/server';
import { type Harness, launch, waitFor } from './harness';
import {
  attr,
  backupAccount,
  backupText,
  click,
  fill,
  find,
  importBackup,
  networkAccounts,
  optionRowIds,
  popupCard,
  tid,
  waitForBadge,
} from './pages';

const PAGE_ID = 'webpage1';
const API_ID = 'jsonapi1';
const CAPTURE_ID = 'capture1';
/** The `Retry-After` of the 429 case, seconds: long enough for one more click, then waited out. */
const RETRY_AFTER_S = '10';
const API_ANSWER = { data: { balance: { remaining: 4.5 }, expired_at: '2030-12-31T10:00:00Z' } };

interface ScriptingGlobal {
  chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };
}

describe('network sources', () => {
  let h: Harness;
  let server: TestServer;
  let dir: string;

  /** Opens the popup, presses Refresh, waits for its result, and returns the popup. */
  async function refreshFromPopup(): Promise<Page> {
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await find(popup, tid('refresh-result'), 20_000);
    return popup;
  }

  /** The card's credit as the popup shows it. */
  async function creditOf(popup: Page, id: string): Promise<string | null> {
    return attr(popup, tid('account', `[data-account-id="${id}"] ${tid('credit')}`), 'data-amount');
  }

  /**
   * Waits until no account is held by a `Retry-After`: the stored refresh state's `notBefore` is
   * re-read until none is in the future (no fixed sleep; a hold the product moves or clears is followed).
   */
  async function waitOutRetryAfter(): Promise<void> {
    const held = async () => {
      const states = await h.evalInWorker(async () => {
        const stored = await (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
        ).chrome.storage.local.get('refreshState');
        return (stored.refreshState ?? {}) as Record<string, { notBefore?: number }>;
      });
      return Math.max(0, ...Object.values(states).map((s) => s.notBefore ?? 0)) - Date.now();
    };
    await waitFor(async () => (await held()) < 0, {
      timeout: Math.max(0, await held()) + 10_000,
      message: 'every Retry-After hold to pass',
    });
  }

  beforeAll(async () => {
    server = await startTestServer();
    server.setMode('page', 'ok');
    server.setMode('api', 'ok', { json: API_ANSWER });
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-net-'));
    const backup = backupText({
      accounts: [
        ...networkAccounts((path) => server.url(path), { page: PAGE_ID, api: API_ID }),
        backupAccount({
          id: CAPTURE_ID,
          name: 'Drawn by script',
          source: { kind: 'web-page', url: server.url('/js/account'), capture: true },
        }),
      ],
    });
    const file = join(dir, 'network-backup.json');
    writeFileSync(file, backup);
    h = await launch();
    const options = await h.openOptions();
    const result = await importBackup(options, file);
    expect(result.ok).toBe('true');
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refreshes both kinds through the popup and shows their values on popup and badge', async () => {
    const popup = await refreshFromPopup();
    await popupCard(popup, PAGE_ID);
    await popupCard(popup, API_ID);
    expect(await creditOf(popup, PAGE_ID)).toBe('25750');
    expect(await attr(popup, tid('account', `[data-account-id="${PAGE_ID}"] ${tid('credit')}`), 'data-currency')).toBe('IDR');
    expect(await creditOf(popup, API_ID)).toBe('4.5');
    expect(await attr(popup, tid('account', `[data-account-id="${API_ID}"] time${tid('valid-until')}`), 'datetime')).toBe('2030-12-31');
    await popup.close();
    const badge = await waitForBadge(h, (b) => b.text === '25k', 'the badge showing 25k');
    expect(badge.title).toContain('Carrier page');
    // The token went to the API, as a header.
    expect(server.requests('/switch/api').at(-1)?.headers.authorization).toBe('Bearer e2e-token');
  });

  const failures: [string, Mode, Mode, 'error' | 'login-required', RegExp, RegExp][] = [
    // A JSON API has no page to sign in to: its card asks for a new token or headers instead.
    [
      'a sign-out (redirect to the sign-in page)',
      'signed-out',
      'signed-out',
      'login-required',
      /signed out/i,
      /refused access.*token or headers/i,
    ],
    ['HTTP 401', '401', '401', 'login-required', /signed out/i, /refused access.*token or headers/i],
    [
      'a page with a password field',
      'password-page',
      'password-page',
      'login-required',
      /sign-in form/i,
      /refused access.*token or headers/i,
    ],
    ['HTTP 500', '500', '500', 'error', /HTTP 500/, /HTTP 500/],
    ['HTTP 429 with Retry-After', '429', '429', 'error', /429\); next try after \S/, /429\); next try after \S/],
    ['an unparseable answer / a changed layout', 'changed', 'malformed', 'error', /no balance, date or quota/i, /not valid JSON/],
    ['a changed API answer', 'ok', 'changed', 'error', /.*/, /\$\.data\.balance\.remaining.*changed/],
  ];

  it.each(failures)('%s keeps the last good value and shows the status', async (_name, pageMode, apiMode, status, pageText, apiText) => {
    // A short Retry-After, waited out below so the next case fetches again.
    server.setMode('page', pageMode, { retryAfter: RETRY_AFTER_S });
    server.setMode('api', apiMode, { json: API_ANSWER, retryAfter: RETRY_AFTER_S });
    const popup = await refreshFromPopup();
    const apiCard = await popupCard(popup, API_ID, status, 20_000);
    expect(await creditOf(popup, API_ID)).toBe('4.5');
    const apiMessage = await apiCard.$eval(tid('status-message'), (e) => e.textContent ?? '');
    expect(apiMessage).toMatch(apiText);
    if (status === 'login-required') {
      expect(await apiCard.$(tid('action-update-token'))).not.toBeNull();
      expect(await apiCard.$(tid('action-sign-in'))).toBeNull();
    }
    if (pageMode !== 'ok') {
      const pageCard = await popupCard(popup, PAGE_ID, status, 20_000);
      expect(await creditOf(popup, PAGE_ID)).toBe('25750');
      expect(await pageCard.$eval(tid('status-message'), (e) => e.textContent ?? '')).toMatch(pageText);
      if (status === 'login-required') {
        // The popup offers to sign in on the site itself.
        expect(await pageCard.$(tid('action-sign-in'))).not.toBeNull();
        await waitForBadge(h, (b) => b.text === '🔒', 'the badge showing sign-in needed');
      } else {
        await waitForBadge(h, (b) => b.text.endsWith('!'), 'the badge showing a failed refresh');
      }
    }
    await popup.close();
    if (apiMode === '429') {
      // Until then a click on Refresh asks nothing, and the card keeps saying until when.
      const asked = server.requests('/switch/api').length;
      const held = await refreshFromPopup();
      expect(server.requests('/switch/api')).toHaveLength(asked);
      expect(await (await popupCard(held, API_ID, 'error')).$eval(tid('status-message'), (e) => e.textContent ?? '')).toMatch(apiText);
      await held.close();
      await waitOutRetryAfter();
    }
  });

  it('a JSON API that refuses its token: "Update token" opens the account\'s form with its headers', async () => {
    server.setMode('api', '401', { json: API_ANSWER });
    const popup = await refreshFromPopup();
    const apiCard = await popupCard(popup, API_ID, 'login-required', 20_000);
    expect(await apiCard.$eval(tid('action-update-token'), (e) => e.textContent)).toBe('Update token');
    const opened = h.browser.waitForTarget((t) => t.type() === 'page' && t.url().endsWith(`options.html#/edit/${API_ID}`), {
      timeout: 10_000,
    });
    await click(apiCard, tid('action-update-token'));
    const options = await (await opened).page();
    if (!options) throw new Error('no page for the options tab');
    expect(await find(options, tid('field-headers'))).not.toBeNull();
    await options.close();
    await popup.close();
  });

  it('recovers when the site answers again', async () => {
    server.setMode('page', 'ok');
    server.setMode('api', 'ok', { json: API_ANSWER });
    const popup = await refreshFromPopup();
    await popupCard(popup, PAGE_ID, 'ok', 20_000);
    await popupCard(popup, API_ID, 'ok', 20_000);
    await popup.close();
    await waitForBadge(h, (b) => b.text === '25k', 'the badge back at 25k');
  });

  it('captures a page drawn by JavaScript when the user opens it', async () => {
    // The import registered the capture script for that page only.
    const scripts = await waitFor(
      async () => {
        const list = await h.evalInWorker(() => (globalThis as unknown as ScriptingGlobal).chrome.scripting.getRegisteredContentScripts());
        return list.find((s) => s.id === `capture-${CAPTURE_ID}`) ? list : null;
      },
      { message: 'the capture script registration' },
    );
    expect(scripts.find((s) => s.id === `capture-${CAPTURE_ID}`)?.matches).toEqual([
      'http://127.0.0.1/js/account',
      'http://127.0.0.1/js/account?*',
    ]);

    const tab = await h.browser.newPage();
    await tab.goto(server.url('/js/account'), { waitUntil: 'load' });
    const popup = await h.openPopup();
    // A page load, the content script and the offscreen reader in a row: the slowest path on a busy machine.
    const card = await popupCard(popup, CAPTURE_ID, 'ok', 45_000);
    expect(await card.$eval(tid('credit'), (e) => e.getAttribute('data-amount'))).toBe('12345');
    expect(await card.$eval(`time${tid('valid-until')}`, (e) => e.getAttribute('datetime'))).toBe('2026-12-15');
    await popup.close();
    await tab.close();
  });

  it('the options page tests a web page before saving, and offers capture for a page drawn by JavaScript', async () => {
    const options = await h.openOptions('/add');
    const form = await find(options, `form${tid('account-form')}`);
    await fill(form, tid('field-name'), 'Tested page');
    await fill(form, tid('field-source'), 'web-page');
    await fill(form, tid('field-currency'), 'IDR');
    await fill(form, tid('field-url'), 'javascript:alert(1)');
    await click(form, tid('test-source'));
    await find(options, tid('field-error', '[data-field="url"]'));

    await fill(form, tid('field-url'), server.url('/js/account'));
    await click(form, tid('test-source'));
    await find(options, tid('test-result', '[data-ok="false"]'), 20_000);
    await find(options, tid('test-scripted'));
    await click(options, tid('enable-capture'));
    await waitFor(async () => options.$eval(tid('field-capture'), (e) => (e as HTMLInputElement).checked), { message: 'capture ticked' });

    await fill(form, tid('field-capture'), false);
    await fill(form, tid('field-url'), server.url('/en/account'));
    await fill(form, tid('field-currency'), 'USD');
    await click(form, tid('test-source'));
    await find(options, tid('test-result', '[data-ok="true"]'), 20_000);
    expect(await attr(options, tid('test-credit'), 'data-amount')).toBe('4.5');

    // An ordinary app shell (long menu, footer, cookie banner) drawn by a script is offered capture too.
    await fill(form, tid('field-url'), server.url('/js/shell'));
    await click(form, tid('test-source'));
    await find(options, tid('test-result', '[data-ok="false"]'), 20_000);
    await find(options, tid('test-scripted'));
    await fill(form, tid('field-url'), server.url('/en/account'));

    await click(form, tid('save-account'));
    await find(options, tid('save-result', '[data-ok="true"]'), 20_000);
    // The three imported accounts and this one.
    await waitFor(async () => (await optionRowIds(options)).length === 4, { message: 'a fourth account row' });
    await options.close();
  });
});
