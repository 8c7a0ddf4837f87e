// A fresh profile, in Chromium and in Firefox: the demo account appears, refreshes, and the badge
// agrees with the popup. Every test sets up the accounts and settings it needs (`state.ts`), so none
// depends on what an earlier one left.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactNumber } from '@/utils/core/badge';
import { type AnyHarness, browsers } from './browser';
import type { FirefoxExtensionGlobal } from './firefox-harness';
import { waitFor } from './harness';
import {
  attr,
  click,
  daysBetween,
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
import { onlyDemo, openOptionsHome, saveBadgeShows } from './state';

/** The WebExtension API in `evalInExtension`: `browser` in Firefox, `chrome` in Chromium's worker. */
interface Api {
  alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> };
  permissions: { contains(permissions: { origins?: string[] }): Promise<boolean> };
}

describe.each(browsers())('$name: fresh profile with the demo account', ({ name, launch }) => {
  let h: AnyHarness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Leaves the demo as the one account and returns its id. */
  async function demo(): Promise<string> {
    const options = await openOptionsHome(h);
    try {
      return await onlyDemo(h, options);
    } finally {
      await options.close();
    }
  }

  it('opens guided setup in its own tab on install', async () => {
    await h.waitForPage((href) => href === h.url('options.html#/setup'), { message: 'the options.html#/setup tab opened by the install' });
  });

  // Firefox only: how Firefox runs an MV3 background (Chromium's is the service worker the harness waits for).
  if (name === 'firefox') {
    it('installs as an MV3 add-on with an event page', async () => {
      if (h.name !== 'firefox') throw new Error('Firefox only');
      // A newcomer's install opens guided setup.
      expect(await h.href(h.installPage)).toBe(h.url('options.html#/setup'));
      const manifest = await h.evalInExtension(() => {
        const { browser } = globalThis as unknown as FirefoxExtensionGlobal;
        return browser.runtime.getManifest();
      });
      expect(manifest.manifest_version).toBe(3);
      // Firefox reports the background's scripts as full URLs, and no service worker.
      expect(manifest.background?.scripts).toEqual([h.url('background.js')]);
      expect(manifest.background?.service_worker ?? null).toBeNull();
    });
  }

  it('shows one demo card that refreshes to ok', async () => {
    const demoId = await demo();
    const popup = await h.openPopup();
    const card = await waitFor(() => popup.$(tid('account', '[data-status="ok"]')), {
      timeout: 15_000,
      message: 'a card with data-status=ok',
    });
    expect(await card.evaluate((c) => c.getAttribute('data-account-id'))).toBe(demoId);
    expect(await popupCardIds(popup)).toEqual([demoId]);
    expect(await popup.$(tid('empty'))).toBeNull();

    // The reading the popup shows was written to IndexedDB by the background.
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
    await popup.close();
  });

  it('has the alarms the background scheduled: a refresh for the demo and the badge tick', async () => {
    const demoId = await demo();
    const alarms = await waitFor(
      async () => {
        const all = await h.evalInExtension(async () => {
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          const api = (g.browser ?? g.chrome) as Api;
          return (await api.alarms.getAll()).map((a) => ({ name: a.name, period: a.periodInMinutes }));
        });
        return all.some((a) => a.name === `refresh:${demoId}`) ? all : null;
      },
      { message: `the alarm refresh:${demoId}` },
    );
    const names = alarms.map((a) => a.name);
    expect(names).toContain(`refresh:${demoId}`);
    expect(names).toContain('badge-tick');
    expect(alarms.find((a) => a.name === `refresh:${demoId}`)?.period).toBeGreaterThan(0);
  });

  it('grants the e2e build its local test hosts', async () => {
    const granted = await h.evalInExtension(() => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return ((g.browser ?? g.chrome) as Api).permissions.contains({ origins: ['http://127.0.0.1/*', 'http://localhost/*'] });
    });
    expect(granted).toBe(true);
  });

  it('shows the demo credit on the badge, in the colour of the card', async () => {
    const demoId = await demo();
    const options = await openOptionsHome(h);
    await saveBadgeShows(h, options, 'credit');

    const popup = await h.openPopup();
    const card = await popupCard(popup, demoId);
    const amount = Number(await attr(card, tid('credit'), 'data-amount'));
    const days = Number(await attr(card, tid('days-left'), 'data-days'));
    const level = await card.evaluate((c) => c.getAttribute('data-level'));
    await popup.close();
    expect(['normal', 'warning', 'critical']).toContain(level);

    // Credit mode shows the compacted credit, unless the days left are at or under the account's
    // warning days: then the days are the urgent fact. The warning days come from the account form.
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
    const demoId = await demo();
    const popup = await h.openPopup();
    const days = Number(await attr(await popupCard(popup, demoId), tid('days-left'), 'data-days'));
    await popup.close();
    const options = await openOptionsHome(h);
    try {
      await saveBadgeShows(h, options, 'days');
      await waitForBadge(h, (b) => b.text === `${days}d`, `badge text ${days}d`);
    } finally {
      // Back to the default, as a courtesy: the other tests set what they need themselves.
      await saveBadgeShows(h, options, 'credit');
      await options.close();
    }
  });

  it('refreshes every account from the refresh button, and the open popup follows', async () => {
    const demoId = await demo();
    const popup: Page = await h.openPopup();
    await popupCard(popup, demoId);
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
    await popup.close();
  });

  it('shows the empty state once the last account is removed, and "Try the demo" brings one back', async () => {
    const demoId = await demo();
    const options = await openOptionsHome(h);
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
    await page.close();
  });
});
