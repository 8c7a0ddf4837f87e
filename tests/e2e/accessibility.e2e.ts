// axe-core on every page in light and dark: the popup (empty, demo, stale, error, sign-in needed,
// pending), the options page (list, the account form of each source with its errors, the paste tool
// with a preview, the alerts form, the guided setup), and the history page, in Chromium; the guided
// setup in Firefox too. Serious or critical violations fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/server';
import { axeViolations, backgroundLuminance, blocking, describeViolations, emulateScheme, SCHEMES, type Scheme } from './axe';
import { browsers } from './browser';
import { type Harness, launch, waitFor } from './harness';
import {
  backupAccount,
  backupText,
  click,
  demoAccountId,
  fill,
  find,
  importBackup,
  localIsoDate,
  optionRowIds,
  popupCard,
  removeAccountRow,
  tid,
} from './pages';

const DAY = 86_400_000;
const GB = 1024 ** 3;
const STALE_ID = 'a11ystale';
const ERROR_ID = 'a11yerror';
const LOGIN_ID = 'a11ylogin';
const PENDING_ID = 'a11ypending';

/**
 * Checks `page` as drawn now, in `scheme`, with axe: the reports of a background that does not follow
 * the scheme and of serious or critical violations (minor ones are logged).
 */
async function schemeReports(page: Page, where: string, scheme: Scheme): Promise<string[]> {
  const reports: string[] = [];
  // The page follows the system scheme: a light background in light, a dark one in dark.
  const luminance = await backgroundLuminance(page);
  if (scheme === 'light' ? luminance < 0.8 : luminance > 0.05)
    reports.push(`${where} (${scheme}): background luminance ${luminance.toFixed(3)}`);
  const found = await axeViolations(page);
  const minor = found.filter((v) => !blocking([v]).length);
  if (minor.length > 0) console.info(describeViolations(`${where} (${scheme}, minor)`, minor));
  const serious = blocking(found);
  if (serious.length > 0) reports.push(describeViolations(`${where} (${scheme})`, serious));
  return reports;
}

/**
 * Checks `page` with axe in the light and the dark scheme and fails on any serious or critical
 * violation, with each one's id, impact, help and targets in the message.
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const reports: string[] = [];
  for (const scheme of SCHEMES) {
    await emulateScheme(page, scheme);
    reports.push(...(await schemeReports(page, where, scheme)));
  }
  expect(reports.join('\n'), `axe on ${where}`).toBe('');
}

/** Walks the guided setup from screen 1 to the dial path's last screen with its QR code, checking each screen. */
async function checkSetupScreens(options: Page, check: (where: string) => Promise<void>): Promise<void> {
  await find(options, tid('setup-choice', '[data-choice="esim"]'));
  await check('setup, which line');
  await click(options, tid('setup-choice', '[data-choice="prepaid"]'));
  await find(options, tid('setup-choice', '[data-choice="dial"]'));
  await check('setup, how you check');
  await click(options, tid('setup-choice', '[data-choice="website"]'));
  await fill(options, tid('setup-url'), 'not an address');
  await click(options, tid('setup-save'));
  await find(options, tid('field-error', '[data-field="url"]'));
  await check('setup, website, refused address');
  await click(options, tid('setup-back'));
  await click(options, tid('setup-choice', '[data-choice="dial"]'));
  await click(options, tid('setup-save'));
  await find(options, tid('setup-done'));
  await click(options, tid('dial-show-qr'));
  await find(options, tid('dial-qr'));
  await check('setup, done (dial)');
}

/** A backup with one account in each state the popup can show, with a reading where one is needed. */
function statesBackup(server: TestServer, now: number): string {
  const reading = (accountId: string, at: number) => ({
    accountId,
    at: new Date(at).toISOString(),
    credit: { amount: 3_500, currency: 'IDR' },
    validUntil: localIsoDate(2),
    graceUntil: localIsoDate(32),
    quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: Math.round(0.4 * GB), total: 10 * GB, unit: 'B' }],
  });
  const history = Array.from({ length: 20 }, (_, i) => reading(STALE_ID, now - (30 - i) * DAY)).map((r, i) => ({
    ...r,
    credit: { amount: 30_000 - i * 1_000 + (i === 10 ? 20_000 : 0), currency: 'IDR' },
  }));
  return backupText(
    {
      accounts: [
        backupAccount({
          id: STALE_ID,
          name: 'Stale manual line',
          source: { kind: 'manual', preset: 'axis', graceDays: 30 },
          primary: true,
          thresholds: { warnDays: 7, lowCredit: 5_000 },
        }),
        backupAccount({
          id: ERROR_ID,
          name: 'Broken API',
          currency: 'USD',
          source: { kind: 'json-api', url: server.url('/switch/broken'), fields: { credit: '$.balance' } },
        }),
        backupAccount({ id: LOGIN_ID, name: 'Signed-out page', source: { kind: 'web-page', url: server.url('/switch/signin') } }),
        backupAccount({ id: PENDING_ID, name: 'Not yet typed', source: { kind: 'manual' } }),
        backupAccount({ id: 'demo', name: 'Demo', source: { kind: 'demo' } }),
      ],
      readings: [...history, reading(ERROR_ID, now - DAY), reading(LOGIN_ID, now - DAY)],
    },
    now,
  );
}

describe('accessibility (axe-core, light and dark)', () => {
  let h: Harness;
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer();
    server.setMode('broken', '500');
    server.setMode('signin', '401');
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-a11y-'));
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('popup: empty state', async () => {
    const options = await h.openOptions();
    const demo = await demoAccountId(options);
    await removeAccountRow(options, demo as string);
    await options.close();
    const popup = await h.openPopup();
    await find(popup, tid('empty'));
    await expectAccessible(popup, 'popup, empty');
    await popup.close();
  });

  it('options: empty list', async () => {
    const options = await h.openOptions();
    await find(options, tid('add-account'));
    await expectAccessible(options, 'options, no accounts');
    await options.close();
  });

  it('popup: cards that are ok, stale, in error, signed out and pending, after a refresh', async () => {
    const file = join(dir, 'states.json');
    writeFileSync(file, statesBackup(server, Date.now()));
    const options = await h.openOptions();
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await find(popup, tid('refresh-result'), 20_000);
    await popupCard(popup, 'demo', 'ok');
    await popupCard(popup, STALE_ID, 'stale');
    await popupCard(popup, ERROR_ID, 'error');
    await popupCard(popup, LOGIN_ID, 'login-required');
    await popupCard(popup, PENDING_ID, 'pending');
    // Sparklines and forecasts are drawn after the cards.
    await find(popup, `${tid('account', `[data-account-id="${STALE_ID}"]`)} ${tid('sparkline')}`);
    await expectAccessible(popup, 'popup, every status');
    await popup.close();
  });

  it('popup: a card whose status changes on refresh says so in the live region it already had', async () => {
    server.setMode('signin', 'ok');
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    const card = await popupCard(popup, LOGIN_ID, 'ok', 20_000);
    const region = await find(card, '[role=status], [aria-live]');
    expect(await region.evaluate((e) => e.textContent)).toBe('');
    server.setMode('signin', '401');
    await find(popup, tid('refresh-result'), 20_000);
    await click(popup, tid('refresh'));
    await popupCard(popup, LOGIN_ID, 'login-required', 20_000);
    // The same element, in the page since the card was drawn, now holds the status in words.
    expect(await region.evaluate((e) => e.isConnected)).toBe(true);
    expect(await region.evaluate((e) => e.querySelector('[data-testid="status-message"]')?.textContent ?? '')).toMatch(/Sign-in needed/);
    await popup.close();
  });

  it('options: the account list, settings, history and backup panels', async () => {
    const options = await h.openOptions();
    await waitFor(async () => (await optionRowIds(options)).length === 5, { message: 'five account rows' });
    await find(options, tid('storage-used'));
    await expectAccessible(options, 'options, main');
    await options.close();
  });

  for (const kind of ['demo', 'manual', 'json-api', 'web-page'] as const) {
    it(`options: the account form for a ${kind} source, with its errors shown`, async () => {
      const options = await h.openOptions('/add');
      const form = await find(options, `form${tid('account-form')}`);
      await fill(form, tid('field-source'), kind);
      await expectAccessible(options, `account form (${kind})`);
      await fill(form, tid('field-name'), '');
      if (kind === 'manual') {
        await find(form, tid('field-credit'));
        await fill(form, tid('field-credit'), 'lots');
        await click(form, tid('add-quota'));
      }
      if (kind === 'json-api') await fill(form, tid('field-headers'), 'not a header line');
      await click(form, tid('save-account'));
      await find(options, tid('field-error', '[data-field="name"]'));
      await find(options, tid('save-result', '[data-ok="false"]'));
      await expectAccessible(options, `account form (${kind}) with errors`);
      await options.close();
    });
  }

  it('options: the paste tool with a preview', async () => {
    const options = await h.openOptions('/paste');
    await fill(
      options,
      tid('paste-input'),
      `Sisa pulsa Anda Rp 25.750. Aktif s.d ${localIsoDate(40).split('-').reverse().join('-')}. Kuota Utama 2,5GB. Info: *888#`,
    );
    await find(options, tid('preview-credit'));
    await expectAccessible(options, 'paste tool with a preview');
    await fill(options, tid('paste-input'), 'nothing to see here');
    await find(options, tid('paste-nothing'));
    await expectAccessible(options, 'paste tool, nothing found');
    await options.close();
  });

  it('options: the alerts form, with an error shown', async () => {
    const options = await h.openOptions(`/alerts/${STALE_ID}`);
    const form = await find(options, `form${tid('alerts-form')}`);
    await expectAccessible(options, 'alerts form');
    await fill(form, tid('alert-low-credit'), true);
    await fill(form, tid('alert-low-credit-below'), '-5');
    await click(form, tid('save-alerts'));
    await find(options, tid('field-error', '[data-field="low-credit-below"]'));
    await expectAccessible(options, 'alerts form with an error');
    await options.close();
  });

  it('guided setup: each screen, a refused address, and the last screen with the dial help and its QR code', async () => {
    const options = await h.openOptions('/setup');
    await checkSetupScreens(options, (where) => expectAccessible(options, where));
    await options.close();
  });

  it('history page: chart, legend, forecast and table', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.url(`history.html#${STALE_ID}`), { waitUntil: 'load' });
    await find(page, tid('history-chart'));
    await find(page, tid('history-row'));
    await expectAccessible(page, 'history page');
    await page.close();
  });
});

// The guided setup in Firefox too. Over WebDriver BiDi puppeteer cannot emulate the colour scheme
// (`emulateMediaFeatures` needs CDP), so each scheme is a Firefox of its own, set by Firefox's
// content override pref (0 dark, 1 light). The other pages above run in Chromium only.
describe.each(browsers().filter((b) => b.name === 'firefox'))('$name: guided setup (axe-core)', ({ launch: launchIn }) => {
  it.each(SCHEMES)('%s: each screen, a refused address, and the last screen with the dial help and its QR code', async (scheme) => {
    const ff = await launchIn({ firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } });
    try {
      const options = await ff.openOptions('/setup');
      const reports: string[] = [];
      await checkSetupScreens(options, async (where) => {
        reports.push(...(await schemeReports(options, where, scheme)));
      });
      expect(reports.join('\n'), 'axe on the guided setup').toBe('');
      await options.close();
    } finally {
      await ff.close();
    }
  });
});
