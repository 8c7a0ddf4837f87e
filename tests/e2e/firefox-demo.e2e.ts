// Firefox, fresh profile: the add-on installs as an MV3 event page, the demo account appears and
// refreshes, and the badge agrees with the popup.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactNumber } from '@/utils/core/badge';
import { type FirefoxExtensionGlobal, type FirefoxHarness, launchFirefox } from './firefox-harness';
import { waitFor } from './harness';
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

describe('Firefox: fresh profile with the demo account', () => {
  let h: FirefoxHarness;
  let popup: Page;
  let demoId: string;

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('installs as an MV3 add-on with an event page and opens the options page on install', async () => {
    expect(await h.href(h.installPage)).toBe(h.url('options.html'));
    const manifest = await h.evalInExtension(() => {
      const { browser } = globalThis as unknown as FirefoxExtensionGlobal;
      return browser.runtime.getManifest();
    });
    expect(manifest.manifest_version).toBe(3);
    // Firefox reports the background's scripts as full URLs, and no service worker.
    expect(manifest.background?.scripts).toEqual([h.url('background.js')]);
    expect(manifest.background?.service_worker ?? null).toBeNull();
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

    // The reading the popup shows was written to IndexedDB by the event page.
    const amount = Number(await attr(card, tid('credit'), 'data-amount'));
    expect(Number.isFinite(amount)).toBe(true);
    expect(amount).toBeGreaterThanOrEqual(0);
    expect(await attr(card, tid('credit'), 'data-currency')).toBe('IDR');

    const validUntil = (await attr(card, `time${tid('valid-until')}`, 'datetime')) ?? '';
    expect(validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const days = Number(await attr(card, tid('days-left'), 'data-days'));
    expect([daysBetween(localIsoDate(), validUntil), daysBetween(localIsoDate(-1), validUntil)]).toContain(days);
    expect(days).toBeGreaterThanOrEqual(0);

    const bytes = Number(await attr(card, tid('quota', '[data-kind="data"]'), 'data-remaining-bytes'));
    expect(Number.isInteger(bytes)).toBe(true);
    expect(bytes).toBeGreaterThan(0);

    const updatedAt = (await attr(card, `time${tid('updated-at')}`, 'datetime')) ?? '';
    expect(Number.isNaN(Date.parse(updatedAt))).toBe(false);
    expect(await card.$(tid('status-message'))).toBeNull();
  });

  it('has the alarms the event page scheduled: a refresh for the demo and the badge tick', async () => {
    const alarms = await h.evalInExtension(async () => {
      const { browser } = globalThis as unknown as FirefoxExtensionGlobal;
      return (await browser.alarms.getAll()).map((a) => ({ name: a.name, period: a.periodInMinutes }));
    });
    const names = alarms.map((a) => a.name);
    expect(names).toContain(`refresh:${demoId}`);
    expect(names).toContain('badge-tick');
    expect(alarms.find((a) => a.name === `refresh:${demoId}`)?.period).toBeGreaterThan(0);
  });

  it('grants the e2e build its local test hosts, as in Chromium', async () => {
    const granted = await h.evalInExtension(() => {
      const { browser } = globalThis as unknown as FirefoxExtensionGlobal;
      return browser.permissions.contains({ origins: ['http://127.0.0.1/*', 'http://localhost/*'] });
    });
    expect(granted).toBe(true);
  });

  it('shows the demo credit on the badge, in the colour of the card', async () => {
    const card = await popupCard(popup, demoId);
    const amount = Number(await attr(card, tid('credit'), 'data-amount'));
    const days = Number(await attr(card, tid('days-left'), 'data-days'));
    const level = await card.evaluate((c) => c.getAttribute('data-level'));
    expect(['normal', 'warning', 'critical']).toContain(level);

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
    await waitFor(
      async () => {
        await h.reload(options);
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
    await find(popup, tid('refresh-result', '[data-ok="true"]'));
  });

  it('shows the empty state once the last account is removed, and "Try the demo" brings one back', async () => {
    const options = await h.openOptions();
    await removeAccountRow(options, demoId);
    await options.close();

    const page = await h.openPopup();
    await find(page, tid('empty'));
    expect(await popupCardIds(page)).toEqual([]);
    await click(page, `${tid('empty')} ${tid('try-demo')}`);
    const card = await waitFor(() => page.$(tid('account', '[data-status="ok"]')), { message: 'a new demo card, ok' });
    expect(await card.evaluate((c) => c.getAttribute('data-account-id'))).not.toBe(demoId);
    expect(await page.$(tid('empty'))).toBeNull();
    await waitForBadge(h, (b) => b.text !== '', 'a badge for the new demo account');
  });
});
