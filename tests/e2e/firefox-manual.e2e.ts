// Firefox: a manual account typed into the options form shows on the popup, and takes the badge
// once primary. The event page is let go after one idle second here (Firefox waits 30 s), so the
// options page's messages keep waking a suspended background, as they do for a user between clicks.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactNumber } from '@/utils/core/badge';
import { type FirefoxHarness, launchFirefox } from './firefox-harness';
import { waitFor } from './harness';
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
  waitForBadge,
} from './pages';

const NAME = 'AXIS 0838';
const CREDIT = 125750;
const DAYS = 20;
const GIB = 1024 ** 3;

describe('Firefox: a manual account added through the options page', () => {
  let h: FirefoxHarness;
  let options: Page;
  let demoId: string;
  let axisId: string;
  const validUntil = localIsoDate(DAYS);

  beforeAll(async () => {
    h = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
    options = await h.openOptions();
    demoId = await demoAccountId(options);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is saved from the form, with the AXIS preset', async () => {
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
    expect(Number(await attr(card, tid('days-left'), 'data-days'))).toBe(daysBetween(localIsoDate(), validUntil));
    expect(await attr(card, `time${tid('grace-until')}`, 'datetime')).toBe(addDays(validUntil, 30));
    expect(Number(await attr(card, tid('quota', '[data-kind="data"]'), 'data-remaining-bytes'))).toBe(2.5 * GIB);
    expect(await card.evaluate((c) => c.getAttribute('data-level'))).toBe('normal');
    expect(await popupCardIds(popup)).toEqual([demoId, axisId]);
    await popup.close();
  });

  it('is in the badge tooltip but not the badge text while the demo is primary', async () => {
    const badge = await waitForBadge(h, (b) => b.title.includes(NAME), `badge title naming ${NAME}`);
    expect(badge.text).not.toBe(compactNumber(CREDIT));
  });

  it('becomes the badge when marked primary, waking the suspended event page', async () => {
    // Nothing has happened for a while: Firefox has unloaded the event page.
    await waitFor(async () => !(await h.backgroundAwake()), { message: 'the event page to be unloaded when idle' });
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
});
