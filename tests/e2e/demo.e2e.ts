// A fresh profile: the demo account appears, refreshes, and the badge agrees with the popup.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactNumber } from '@/utils/core/badge';
import { type Harness, launch, waitFor } from './harness';
import {
  attr,
  click,
  daysBetween,
  fill,
  find,
  localIsoDate,
  PALETTE,
  popupCard,
  popupCardIds,
  removeAccountRow,
  tid,
  value,
  waitForBadge,
} from './pages';

describe('fresh profile with the demo account', () => {
  let h: Harness;
  let popup: Page;
  let demoId: string;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the options page in its own tab on install', async () => {
    await waitFor(() => h.browser.targets().some((t) => t.type() === 'page' && t.url().startsWith(h.url('options.html'))), {
      message: 'an options.html tab opened by the install',
    });
  });

  it('shows one demo card that refreshes to ok', async () => {
    popup = await h.openPopup();
    const card = await waitFor(() => popup.$(tid('account', '[data-status="ok"]')), {
      timeout: 15_000,
      message: 'a card with data-status=ok',
    });
    demoId = (await card.evaluate((c) => c.getAttribute('data-account-id'))) ?? '';
    expect(demoId).not.toBe('');
    expect(await popupCardIds(popup)).toEqual([demoId]);
    expect(await popup.$(tid('empty'))).toBeNull();

    const amount = Number(await attr(card, tid('credit'), 'data-amount'));
    expect(Number.isFinite(amount)).toBe(true);
    expect(amount).toBeGreaterThanOrEqual(0);
    expect(await attr(card, tid('credit'), 'data-currency')).toBe('IDR');

    // Days left is the calendar distance from today to the valid-until date the card shows.
    const validUntil = (await attr(card, `time${tid('valid-until')}`, 'datetime')) ?? '';
    expect(validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const days = Number(await attr(card, tid('days-left'), 'data-days'));
    expect([daysBetween(localIsoDate(), validUntil), daysBetween(localIsoDate(-1), validUntil)]).toContain(days);
    expect(days).toBeGreaterThanOrEqual(0);

    const graceUntil = (await attr(card, `time${tid('grace-until')}`, 'datetime')) ?? '';
    expect(graceUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(daysBetween(validUntil, graceUntil)).toBeGreaterThan(0);

    const bytes = Number(await attr(card, tid('quota', '[data-kind="data"]'), 'data-remaining-bytes'));
    expect(Number.isInteger(bytes)).toBe(true);
    expect(bytes).toBeGreaterThan(0);

    const updatedAt = (await attr(card, `time${tid('updated-at')}`, 'datetime')) ?? '';
    expect(Number.isNaN(Date.parse(updatedAt))).toBe(false);
    expect(await card.$(tid('status-message'))).toBeNull();
  });

  it('shows the demo credit on the badge, in the colour of the card', async () => {
    const card = await popupCard(popup, demoId);
    const amount = Number(await attr(card, tid('credit'), 'data-amount'));
    const days = Number(await attr(card, tid('days-left'), 'data-days'));
    const level = await card.evaluate((c) => c.getAttribute('data-level'));
    expect(['normal', 'warning', 'critical']).toContain(level);

    // Credit mode shows the compacted credit, unless the days left are at or under the account's
    // warning days: then the days are the urgent fact. The warning days come from the account form.
    const options = await h.openOptions();
    await click(options, tid('account-row', `[data-account-id="${demoId}"]`) + ` ${tid('edit-account')}`);
    const warnDays = Number(await value(options, `form${tid('account-form')} ${tid('field-warn-days')}`));
    await options.close();
    expect(Number.isInteger(warnDays)).toBe(true);

    const expected = days <= warnDays ? `${days}d` : compactNumber(amount);
    const colour = PALETTE[level as 'normal' | 'warning' | 'critical'];
    const badge = await waitForBadge(h, (b) => b.text === expected, `badge text ${expected}`);
    expect(badge.text.length).toBeLessThanOrEqual(4);
    expect(badge.color).toEqual(colour);
    expect(badge.title).not.toBe('');
  });

  it('shows the days left when the badge is set to days', async () => {
    const card = await popupCard(popup, demoId);
    const days = Number(await attr(card, tid('days-left'), 'data-days'));
    const options = await h.openOptions();
    await fill(options, tid('setting-badge-shows'), 'days');
    await click(options, tid('save-settings'));
    await waitForBadge(h, (b) => b.text === `${days}d`, `badge text ${days}d`);
    await fill(options, tid('setting-badge-shows'), 'credit');
    await click(options, tid('save-settings'));
    // Back to credit for the tests that follow: wait until it is stored before closing the page.
    await waitFor(
      async () => {
        await options.reload();
        return (await value(options, tid('setting-badge-shows'))) === 'credit';
      },
      { message: 'badge shows credit stored' },
    );
    await options.close();
  });

  it('refreshes every account from the refresh button, and the open popup follows', async () => {
    const updatedAt = `${tid('account', `[data-account-id="${demoId}"]`)} time${tid('updated-at')}`;
    const before = Date.parse((await attr(popup, updatedAt, 'datetime')) ?? '');
    await click(popup, tid('refresh'));
    await waitFor(
      () =>
        popup.evaluate(
          (buttonSel, timeSel, then) => {
            const busy = document.querySelector(buttonSel)?.getAttribute('aria-busy');
            const at = Date.parse(document.querySelector(timeSel)?.getAttribute('datetime') ?? '');
            return busy !== 'true' && at > then;
          },
          tid('refresh'),
          updatedAt,
          before,
        ),
      { message: 'a newer updated-at after refresh, and the button no longer busy' },
    );
    await find(popup, tid('account', `[data-account-id="${demoId}"][data-status="ok"]`));
  });

  it('shows the empty state once the last account is removed, and "Try the demo" brings one back', async () => {
    const options = await h.openOptions();
    await removeAccountRow(options, demoId);
    await options.close();

    const page = await h.openPopup();
    await find(page, tid('empty'));
    expect(await popupCardIds(page)).toEqual([]);
    await find(page, `${tid('empty')} ${tid('add-account')}`);
    await click(page, `${tid('empty')} ${tid('try-demo')}`);
    const card = await waitFor(() => page.$(tid('account', '[data-status="ok"]')), { message: 'a new demo card, ok' });
    expect(await card.evaluate((c) => c.getAttribute('data-account-id'))).not.toBe(demoId);
    expect(await page.$(tid('empty'))).toBeNull();
    await waitForBadge(h, (b) => b.text !== '', 'a badge for the new demo account');
  });
});
