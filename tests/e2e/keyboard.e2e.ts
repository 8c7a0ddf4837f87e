// The popup, the options page and the history page with the keyboard alone: every stop shows its
// focus, Tab reaches each control without a trap, and focus lands on the new heading or the message
// after a route change, a refused form or a save. Results are said in live regions.
// The guided setup runs in Chromium and in Firefox; the rest in Chromium.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyHarness, browsers } from './browser';
import { type Harness, launch, waitFor } from './harness';
import { attr, demoAccountId, find, optionRowIds, popupCard, tid } from './pages';

/** What has the keyboard focus, and whether it is drawn. */
interface FocusStop {
  /** `data-testid`, else tag and id or text: enough to read a failure. */
  name: string;
  /** An outline or a box shadow is drawn on it (`:focus-visible`, or `:focus` for date and time inputs). */
  visible: boolean;
  /** Inside an `aria-live` region, `role=status` or `role=alert`. */
  live: boolean;
}

async function focused(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { name: 'BODY', visible: false, live: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const testid = el.getAttribute('data-testid');
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    return {
      name: testid ?? label,
      visible: outline || shadow,
      live: el.closest('[aria-live], [role=status], [role=alert]') !== null,
    };
  });
}

/** Whether the active element matches `selector`. */
const activeMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * Presses Tab until the focused element matches `selector` and returns the stops on the way; fails if
 * a stop shows no focus, focus falls to the page itself, or `selector` is not reached in `max` presses.
 * With `wrap`, focus may leave the page once past its last control (to the browser), as Tab does.
 */
async function tabTo(page: Page, selector: string, max = 60, key: 'Tab' | 'Shift+Tab' = 'Tab', wrap = false): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  let wrapped = false;
  for (let i = 0; i < max; i++) {
    if (key === 'Tab') await page.keyboard.press('Tab');
    else {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    }
    const stop = await focused(page);
    stops.push(stop);
    if (stop.name === 'BODY' && wrap && !wrapped) {
      wrapped = true;
      continue;
    }
    if (stop.name === 'BODY' || !stop.visible) {
      throw new Error(
        `focus ${stop.name === 'BODY' ? 'was lost' : `is not visible on ${stop.name}`} after ${stops.map((s) => s.name).join(' → ')}`,
      );
    }
    if (await activeMatches(page, selector)) return stops;
  }
  throw new Error(`${selector} not reached with ${key} in ${max} presses: ${stops.map((s) => s.name).join(' → ')}`);
}

/** Selects the focused text field's content and types `text` over it. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

/** The page of the next tab whose URL matches, once it has loaded. */
async function nextTab(h: Harness, match: (url: string) => boolean): Promise<Page> {
  const target = await h.browser.waitForTarget((t) => t.type() === 'page' && match(t.url()), { timeout: 10_000 });
  const page = await target.page();
  if (!page) throw new Error(`no page for ${target.url()}`);
  await page.bringToFront();
  return page;
}

describe('keyboard only', () => {
  let h: Harness;
  let demoId: string;

  beforeAll(async () => {
    h = await launch();
    // The guided setup tab the install opened is closed, as a user who skips it would: the settings
    // button must then open an options tab of its own (Chrome would bring an open one forward instead).
    const setup = await h.waitForPage((href) => href.endsWith('/options.html#/setup'), { message: 'the setup tab of the install' });
    await setup.close();
    const options = await h.openOptions();
    demoId = await demoAccountId(options);
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('popup: Tab reaches every control with visible focus and comes round again', async () => {
    const popup = await h.openPopup();
    await popupCard(popup, demoId);
    await find(popup, tid('open-history'));
    const first = await tabTo(popup, tid('refresh'), 1);
    // Round the page: every stop drawn, and back to Refresh (no trap, nothing unreachable).
    const round = await tabTo(popup, tid('refresh'), 20, 'Tab', true);
    const names = [...first, ...round].map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['refresh', 'open-paste', 'open-options', 'open-history']));
    expect(names.indexOf('open-paste')).toBeLessThan(names.indexOf('open-history'));
    // Backwards too.
    await tabTo(popup, tid('open-options'), 20, 'Shift+Tab', true);
    await popup.close();
  });

  it('popup: Enter refreshes, focus stays on Refresh and the result is said in a live region', async () => {
    const popup = await h.openPopup();
    await popupCard(popup, demoId);
    await tabTo(popup, tid('refresh'), 1);
    await popup.keyboard.press('Enter');
    const result = await find(popup, tid('refresh-result', '[data-ok="true"]'), 20_000);
    expect(await result.evaluate((e) => e.closest('[aria-live], [role=status]') !== null)).toBe(true);
    expect(await result.evaluate((e) => (e.textContent ?? '').trim().length > 0)).toBe(true);
    // The card's status line is a live region too, so a status that a refresh changes is said.
    const card = await popupCard(popup, demoId);
    expect(await card.evaluate((c) => c.querySelector('[aria-live], [role=status]') !== null)).toBe(true);
    expect(await activeMatches(popup, tid('refresh'))).toBe(true);
    expect((await focused(popup)).visible).toBe(true);
    await popup.close();
  });

  it('popup: Enter on Paste opens the paste tool with focus on its heading; Space on settings opens options', async () => {
    const popup = await h.openPopup();
    await popupCard(popup, demoId);
    await tabTo(popup, tid('open-paste'), 3);
    await popup.keyboard.press('Enter');
    const paste = await nextTab(h, (url) => url.endsWith('options.html#/paste'));
    await waitFor(() => activeMatches(paste, '#paste-heading'), { message: 'focus on the paste heading' });
    await paste.keyboard.press('Tab');
    expect((await focused(paste)).visible).toBe(true);
    await paste.close();

    await popup.bringToFront();
    await tabTo(popup, tid('open-options'), 3);
    await popup.keyboard.press('Space');
    const options = await nextTab(h, (url) => /options\.html(#\/?)?$/.test(url));
    await find(options, tid('add-account'));
    await options.close();
    await popup.close();
  });

  it('options: adds a manual account with the keyboard, errors first, and lands on the message', async () => {
    const page = await h.openOptions();
    await find(page, tid('add-account'));
    await tabTo(page, tid('add-account'));
    await page.keyboard.press('Enter');
    await waitFor(() => activeMatches(page, `form${tid('account-form')} h2`), { message: 'focus on the form heading' });

    // Saving with no name: focus goes to the name field, and the refusal is said.
    await tabTo(page, tid('save-account'));
    await page.keyboard.press('Enter');
    await waitFor(() => activeMatches(page, tid('field-name')), { message: 'focus on the invalid name field' });
    expect(await attr(page, tid('field-name'), 'aria-invalid')).toBe('true');
    const refused = await find(page, tid('save-result', '[data-ok="false"]'));
    expect(await refused.evaluate((e) => e.closest('[aria-live]') !== null)).toBe(true);

    await page.keyboard.type('Keyboard line');
    await tabTo(page, tid('field-credit'));
    await typeOver(page, '15000');
    await tabTo(page, tid('save-account'));
    await page.keyboard.press('Enter');
    await waitFor(() => activeMatches(page, tid('save-result', '[data-ok="true"]')), { message: 'focus on the saved message' }).catch(
      async (error: Error) => {
        throw new Error(
          `${error.message}; focus on ${(await focused(page)).name}, at ${page.url()}, message: ${await page.$eval(tid('save-result'), (e) => e.outerHTML).catch(() => 'none')}`,
        );
      },
    );
    const stop = await focused(page);
    expect(stop).toMatchObject({ live: true });
    expect(await page.$eval(tid('save-result'), (e) => e.textContent)).toContain('Keyboard line');
    expect(await optionRowIds(page)).toHaveLength(2);
    await page.close();
  });

  it('options: saves the settings with the keyboard and keeps focus on the button', async () => {
    const page = await h.openOptions();
    await find(page, tid('setting-interval'));
    await tabTo(page, tid('setting-interval'), 80);
    await typeOver(page, '45');
    await tabTo(page, tid('save-settings'));
    await page.keyboard.press('Space');
    const saved = await find(page, tid('save-result', '[data-ok="true"]'));
    expect(await saved.evaluate((e) => e.closest('[aria-live]') !== null)).toBe(true);
    expect(await activeMatches(page, tid('save-settings'))).toBe(true);
    expect(
      await h.evalInWorker(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, { defaultIntervalMinutes?: number }>> } } };
        };
        return (await chrome.storage.local.get('settings')).settings?.defaultIntervalMinutes;
      }),
    ).toBe(45);
    await page.close();
  });

  it('history: the account select, the ranges and CSV export with the keyboard', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.url(`history.html#${demoId}`), { waitUntil: 'load' });
    await find(page, tid('history-chart'));
    // Keys go to the focused tab: another tab (the options page opened on install) may hold focus.
    await page.bringToFront();
    await tabTo(page, tid('history-account'), 1);
    const before = await page.evaluate(() => location.hash);
    await page.keyboard.press('ArrowDown');
    await waitFor(async () => (await page.evaluate(() => location.hash)) !== before, {
      message: 'the next account chosen with an arrow key',
    });
    expect(await activeMatches(page, tid('history-account'))).toBe(true);
    await tabTo(page, tid('history-range', '[data-range="7d"]'), 2);
    await page.keyboard.press('Enter');
    await waitFor(async () => (await attr(page, tid('history-range', '[data-range="7d"]'), 'aria-pressed')) === 'true', {
      message: '7d pressed',
    });
    expect(await activeMatches(page, tid('history-range', '[data-range="7d"]'))).toBe(true);
    await tabTo(page, tid('history-range', '[data-range="all"]'), 3);
    await page.keyboard.press('Space');
    await waitFor(async () => (await attr(page, tid('history-range', '[data-range="all"]'), 'aria-pressed')) === 'true', {
      message: 'all pressed',
    });
    // Export is disabled (out of the Tab order) while the range's readings load, as a user sees it.
    await waitFor(async () => (await page.$eval(tid('export-csv'), (b) => (b as HTMLButtonElement).disabled)) === false, {
      message: 'the range loaded',
    });
    await tabTo(page, tid('export-csv'), 2);
    await page.close();
  });
});

describe.each(browsers())('$name: guided setup with the keyboard only', ({ launch: launchIn }) => {
  let h: AnyHarness;

  beforeAll(async () => {
    h = await launchIn();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The setup screen shown: the `data-choice` of its choices, in order. */
  const choices = (page: Page) => page.$$eval(tid('setup-choice'), (els) => els.map((e) => e.getAttribute('data-choice')));
  /** Waits for the route `hash` and for focus on its screen's heading. */
  async function onScreen(page: Page, hash: string, what: string): Promise<void> {
    await waitFor(async () => (await page.evaluate(() => location.hash)) === hash, { message: `${what}: at ${hash}` });
    await waitFor(() => activeMatches(page, tid('setup', ' h2#setup-heading')), {
      message: `${what}: focus on the heading`,
      timeout: 15_000,
    }).catch(async (error: Error) => {
      throw new Error(`${error.message}; focus on ${(await focused(page)).name}`);
    });
  }

  it('Tab goes through the choices, Enter chooses, focus lands on each new heading, Back works', async () => {
    // The tab the install opened, as a new user meets it.
    const page = await h.waitForPage((href) => href.endsWith('/options.html#/setup'), {
      message: 'the setup tab of the install',
      timeout: 20_000,
    });
    await find(page, tid('setup-choice', '[data-choice="other"]'));
    await page.bringToFront();

    // Screen 1: the three lines in order, each a visible Tab stop, and back with Shift+Tab.
    await tabTo(page, tid('setup-choice', '[data-choice="prepaid"]'));
    await tabTo(page, tid('setup-choice', '[data-choice="esim"]'), 1);
    await tabTo(page, tid('setup-choice', '[data-choice="other"]'), 1);
    await tabTo(page, tid('setup-choice', '[data-choice="prepaid"]'), 2, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await onScreen(page, '#/setup/prepaid', 'screen 2');
    expect(await choices(page)).toEqual(['website', 'messages', 'dial']);

    // Screen 2: from the heading, Tab reaches the three ways in order; Enter on the last.
    await tabTo(page, tid('setup-choice', '[data-choice="website"]'), 1);
    await tabTo(page, tid('setup-choice', '[data-choice="messages"]'), 1);
    await tabTo(page, tid('setup-choice', '[data-choice="dial"]'), 1);
    await page.keyboard.press('Enter');
    await onScreen(page, '#/setup/prepaid/dial', 'screen 3 (dial)');
    await find(page, tid('setup-summary'));

    // Back by keyboard: screen 3 → screen 2 → screen 1, focus on each heading.
    await tabTo(page, tid('setup-back'), 10);
    await page.keyboard.press('Enter');
    await onScreen(page, '#/setup/prepaid', 'back to screen 2');
    expect(await choices(page)).toEqual(['website', 'messages', 'dial']);
    await tabTo(page, tid('setup-back'), 10);
    await page.keyboard.press('Enter');
    await onScreen(page, '#/setup', 'back to screen 1');
    expect(await choices(page)).toEqual(['prepaid', 'esim', 'other']);

    // And through to the end: the dial path's save, then focus on what it made.
    await tabTo(page, tid('setup-choice', '[data-choice="prepaid"]'), 1);
    await page.keyboard.press('Enter');
    await onScreen(page, '#/setup/prepaid', 'screen 2 again');
    await tabTo(page, tid('setup-choice', '[data-choice="dial"]'), 3);
    await page.keyboard.press('Enter');
    await onScreen(page, '#/setup/prepaid/dial', 'screen 3 again');
    await tabTo(page, tid('setup-save'), 10);
    await page.keyboard.press('Enter');
    await find(page, tid('setup-done'), 20_000);
    await waitFor(() => activeMatches(page, tid('setup-done', ' h2#setup-heading')), { message: 'focus on the done heading' });
    await page.close();
  });
});
