// A backup with 90 days of hourly readings: the popup draws a sparkline and a forecast, and the
// history page charts them with the top-up marked and lists them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyHarness, browsers } from './browser';
import { type Harness, launch, waitFor } from './harness';
import {
  addManualAccount,
  attr,
  backupAccount,
  backupText,
  click,
  demoAccountId,
  find,
  importBackup,
  localIsoDate,
  optionRowIds,
  popupCard,
  tid,
} from './pages';
import { openOptionsHome } from './state';

const HOUR = 3_600_000;
const GB = 1024 ** 3;
const ID = 'history90';

/**
 * 90 days of hourly readings up to `now`: credit falls 1200 a day (50 an hour) with a top-up of
 * about 60 000 45 days ago; data falls 0.25 GB a day and resets every 30 days; 2.1 GB left now.
 */
function backupWithHistory(now: number): string {
  const readings = [];
  for (let h = 90 * 24; h >= 0; h--) {
    const credit = 24_600 + 50 * h - (h > 45 * 24 ? 60_000 : 0);
    const data = Math.round((2.1 + (0.25 * (h % (30 * 24))) / 24) * GB);
    readings.push({
      accountId: ID,
      at: new Date(now - h * HOUR).toISOString(),
      credit: { amount: credit, currency: 'IDR' },
      validUntil: localIsoDate(30),
      quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: data, total: 10 * GB, unit: 'B' }],
    });
  }
  return backupText(
    {
      settings: { badgeShows: 'credit' },
      accounts: [
        backupAccount({ id: ID, name: 'AXIS with history', source: { kind: 'manual', preset: 'axis', graceDays: 30 }, primary: true }),
      ],
      readings,
    },
    now,
  );
}

const rowCount = (page: Page) => page.$$eval(tid('history-row'), (rows) => rows.length);

/** Clicks `selector` on `page` and returns the tab it opens at `path`, once its chart is drawn. */
async function clickToNewTab(h: Harness, page: Page, selector: string, path: string): Promise<Page> {
  const opened = h.browser.waitForTarget((t) => t.type() === 'page' && t.url() === h.url(path), { timeout: 15_000 });
  await click(page, selector);
  const tab = await (await opened).page();
  if (!tab) throw new Error(`no page for ${path}`);
  await find(tab, tid('history-chart'), 15_000);
  return tab;
}

describe('history from a backup with 90 days of readings', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
    const dir = mkdtempSync(join(tmpdir(), 'balance-badge-history-'));
    const file = join(dir, 'history-backup.json');
    writeFileSync(file, backupWithHistory(Date.now()));
    const options = await h.openOptions();
    await demoAccountId(options);
    const result = await importBackup(options, file);
    expect(result).toMatchObject({ ok: 'true' });
    await waitFor(async () => JSON.stringify(await optionRowIds(options)) === JSON.stringify([ID]), { message: 'the imported account' });
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a sparkline and a forecast with the run-out dates on the popup card', async () => {
    const popup = await h.openPopup();
    const card = await popupCard(popup, ID);
    const sparkline = await find(card, tid('sparkline'));
    const series = await sparkline.$$eval('path', (paths) =>
      paths.map((p) => [p.getAttribute('data-series'), (p.getAttribute('d') ?? '').length]),
    );
    expect(series.map(([name]) => name)).toEqual(['credit', 'data']);
    for (const [, length] of series) expect(Number(length)).toBeGreaterThan(50);
    // Credit: 24 600 left at 1 200 a day lasts 20 days; data: 2.1 GB at 0.25 GB a day lasts 8.
    expect(await attr(card, tid('forecast-credit'), 'data-runs-out')).toBe(localIsoDate(20));
    expect(await attr(card, tid('forecast-data'), 'data-runs-out')).toBe(localIsoDate(8));
    expect(await attr(card, tid('forecast'), 'data-runs-out')).toBe(localIsoDate(8));
    const words = await card.$eval(tid('forecast'), (e) => e.textContent ?? '');
    expect(words).toContain('lasts about 20 days');
    expect(words).toContain('10 days before the plan ends');
    expect(words).toContain('22 days before the plan ends');
    await popup.close();
  });

  it('charts and lists the readings on the history page, per range, with the top-up marked', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.url(`history.html#${ID}`), { waitUntil: 'load' });
    await find(page, tid('history-chart'));
    // 30 days by default: 720 or 721 rows, shown 200 at a time.
    await waitFor(async () => (await rowCount(page)) === 200, { message: '200 rows of the 30-day range' });
    expect(await page.$eval(tid('history-count'), (e) => e.textContent ?? '')).toMatch(/^200 of 72[01] readings/);

    await click(page, tid('history-range', '[data-range="7d"]'));
    await waitFor(async () => [168, 169].includes(await rowCount(page)), { message: 'a week of hourly rows' });
    expect(await page.$$(tid('history-topup'))).toHaveLength(0);

    await click(page, tid('history-range', '[data-range="all"]'));
    await waitFor(async () => (await page.$$(tid('history-topup'))).length === 1, { message: 'one top-up marked on the chart' });
    const label = await page.$eval(tid('history-topup'), (e) => e.textContent ?? '');
    expect(label).toMatch(/Top-up \+/);
    // The top-up's row, 45 days back, is marked too.
    for (let i = 0; i < 10 && !(await page.$(tid('history-row', '[data-top-up="true"]'))); i++) await click(page, tid('history-more'));
    const topUpRow = await find(page, tid('history-row', '[data-top-up="true"]'));
    expect(await topUpRow.evaluate((e) => e.textContent ?? '')).toContain('Top-up');
    await page.close();
  });

  it('opens the account’s history page from the popup card’s History button', async () => {
    const popup = await h.openPopup();
    const card = await popupCard(popup, ID);
    await find(card, tid('open-history'));
    const tab = await clickToNewTab(
      h,
      popup,
      `${tid('account', `[data-account-id="${ID}"]`)} ${tid('open-history')}`,
      `history.html#${ID}`,
    );
    expect(await tab.$eval(tid('history-account'), (e) => (e as HTMLSelectElement).value)).toBe(ID);
    await tab.close();
    await popup.close();
  });

  it('opens the account’s history page from the options page’s View history', async () => {
    const options = await h.openOptions();
    const tab = await clickToNewTab(
      h,
      options,
      `${tid('history-account-row', `[data-account-id="${ID}"]`)} ${tid('view-history')}`,
      `history.html#${ID}`,
    );
    expect(await tab.$eval(tid('history-account'), (e) => (e as HTMLSelectElement).value)).toBe(ID);
    await tab.close();
    await options.close();
  });
});

describe.each(browsers())('$name: history of an account with one reading', ({ launch: launchBrowser }) => {
  let h: AnyHarness;

  beforeAll(async () => {
    h = await launchBrowser();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the one reading as a dot with its value, not an empty frame scaled around it', async () => {
    const options = await openOptionsHome(h);
    const id = await addManualAccount(options, { name: 'AXIS one reading', preset: 'axis', credit: '40500', validUntil: localIsoDate(10) });
    await options.close();
    const page = await h.openPage(`history.html#${id}`);
    const point = await find(page, `${tid('history-chart')} ${tid('history-point', '[data-series="credit"]')}`, 15_000);
    expect(await point.evaluate((e) => [e.getAttribute('data-value'), (e.textContent ?? '').replace(/\s/g, ' ')])).toEqual([
      '40500',
      'IDR 40,500',
    ]);
    expect(await page.$$(`${tid('history-chart')} path[data-series="credit"]`)).toHaveLength(0);
    // The frame is labelled by the range's dates only: no "IDR 40,501" / "IDR 40,499".
    const axis = await page.$$eval(`${tid('history-chart')} text.axis`, (els) => els.map((e) => e.textContent ?? ''));
    expect(axis.some((t) => t.includes('IDR'))).toBe(false);
    expect(await page.$$(tid('history-row'))).toHaveLength(1);
    await page.close();
  });
});
