// A manual account typed into the options form shows on the popup, and takes the badge once primary.
// With SCREENSHOTS=1 this run also writes docs/screenshot-popup.png and docs/screenshot-options.png.
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactNumber } from '@/utils/core/badge';
import { type Harness, launch, waitFor } from './harness';
import {
  addDays,
  addManualAccount,
  attr,
  click,
  daysBetween,
  demoAccountId,
  fill,
  find,
  localIsoDate,
  optionRowIds,
  PALETTE,
  popupCard,
  popupCardIds,
  tid,
  value,
  waitForBadge,
} from './pages';

const NAME = 'AXIS 0838';
const CREDIT = 125750;
const DAYS = 20;
const GIB = 1024 ** 3;

describe('a manual account added through the options page', () => {
  let h: Harness;
  let options: Page;
  let demoId: string;
  let axisId: string;
  const validUntil = localIsoDate(DAYS);

  beforeAll(async () => {
    h = await launch();
    options = await h.openOptions();
    // The demo account a fresh profile starts with.
    demoId = await demoAccountId(options);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is saved from the form, with the AXIS preset filling currency and grace days', async () => {
    await click(options, tid('add-account'));
    const form = await find(options, `form${tid('account-form')}`);
    await fill(form, tid('field-source'), 'manual');
    await fill(form, tid('field-preset'), 'axis');
    await waitFor(async () => (await value(form, tid('field-currency'))) === 'IDR', { message: 'preset currency IDR' });
    await waitFor(async () => (await value(form, tid('field-grace-days'))) === '30', { message: 'preset grace days 30' });
    // Start over on a fresh options page, through the shared helper that types every field.
    await options.close();
    options = await h.openOptions();
    axisId = await addManualAccount(options, {
      name: NAME,
      preset: 'axis',
      credit: String(CREDIT),
      validUntil,
      primary: false,
      quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: '2.5', total: '10', unit: 'GB' }],
    });
    expect(await optionRowIds(options)).toEqual([demoId, axisId]);
  });

  it('shows on the popup with the credit, days left and quota that were typed', async () => {
    const popup = await h.openPopup();
    const card = await popupCard(popup, axisId);
    expect(Number(await attr(card, tid('credit'), 'data-amount'))).toBe(CREDIT);
    expect(await attr(card, tid('credit'), 'data-currency')).toBe('IDR');
    expect(await attr(card, `time${tid('valid-until')}`, 'datetime')).toBe(validUntil);
    // Computed from today at the time of the check, so a run across midnight still agrees.
    expect(Number(await attr(card, tid('days-left'), 'data-days'))).toBe(daysBetween(localIsoDate(), validUntil));
    expect(await attr(card, `time${tid('grace-until')}`, 'datetime')).toBe(addDays(validUntil, 30));
    expect(Number(await attr(card, tid('quota', '[data-kind="data"]'), 'data-remaining-bytes'))).toBe(2.5 * GIB);
    expect(await card.evaluate((c) => c.getAttribute('data-level'))).toBe('normal');
    // Not primary yet: the demo stays first.
    expect(await popupCardIds(popup)).toEqual([demoId, axisId]);
    await popup.close();
  });

  it('is in the badge tooltip but not the badge text while the demo is primary', async () => {
    const badge = await waitForBadge(h, (b) => b.title.includes(NAME), `badge title naming ${NAME}`);
    expect(badge.text).not.toBe(compactNumber(CREDIT));
  });

  it('becomes the badge when marked primary', async () => {
    await click(options, tid('account-row', `[data-account-id="${axisId}"]`) + ` ${tid('edit-account')}`);
    const form = await find(options, `form${tid('account-form')}`);
    await fill(form, tid('field-primary'), true);
    await click(form, tid('save-account'));

    const badge = await waitForBadge(h, (b) => b.text === compactNumber(CREDIT), `badge text ${compactNumber(CREDIT)}`);
    expect(badge.text).toBe('125k');
    expect(badge.color).toEqual(PALETTE.normal);
    expect(badge.title).toContain(NAME);

    const popup = await h.openPopup();
    await popupCard(popup, axisId);
    expect(await popupCardIds(popup)).toEqual([axisId, demoId]);
    await popup.close();
  });

  it('gives the badge back to the demo with make-primary', async () => {
    await click(options, tid('account-row', `[data-account-id="${demoId}"]`) + ` ${tid('make-primary')}`);
    await waitForBadge(h, (b) => b.text !== compactNumber(CREDIT) && b.text !== '', 'the badge to leave the manual account');
    const popup = await h.openPopup();
    await waitFor(async () => (await popupCardIds(popup))[0] === demoId, { message: 'the demo card first' });
    await popup.close();
  });

  // Registered only when asked for, so a normal run neither counts nor silently skips it.
  if (process.env.SCREENSHOTS === '1') {
    it('saves screenshots for the README', async () => {
      const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
      await click(options, tid('account-row', `[data-account-id="${axisId}"]`) + ` ${tid('make-primary')}`);
      await waitForBadge(h, (b) => b.text === compactNumber(CREDIT), 'the AXIS account on the badge');

      // A short viewport: the full-page shot then ends where the cards end.
      const popup = await h.openPopup({ width: 380, height: 120 });
      await popupCard(popup, axisId);
      await popupCard(popup, demoId);
      await popup.evaluate(() => document.fonts.ready.then(() => undefined));
      await popup.screenshot({ path: `${docs}screenshot-popup.png`, fullPage: true });

      const page = await h.openOptions();
      await page.setViewport({ width: 1000, height: 200 });
      await find(page, tid('account-row', `[data-account-id="${axisId}"]`));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: `${docs}screenshot-options.png`, fullPage: true });
    });
  }
});
