// Firefox: the event page keeps the popup snapshot with action.setPopup too, and the popup opened from
// that URL shows the cards and hands them over to the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxExtensionGlobal, type FirefoxHarness, launchFirefox } from './firefox-harness';
import { waitFor } from './harness';
import { tid } from './pages';

describe('Firefox: popup first paint from the snapshot in its URL', () => {
  let h: FirefoxHarness;

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sets a popup URL that carries the demo card, and the popup opened from it shows it', async () => {
    const popupUrl = await waitFor(
      async () => {
        const url = await h.evalInExtension(() => {
          const { browser } = globalThis as unknown as FirefoxExtensionGlobal & {
            browser: { action: { getPopup(d: object): Promise<string> } };
          };
          return browser.action.getPopup({});
        });
        return url.includes('#') && decodeURIComponent(url).includes('"amount"') ? url : null;
      },
      { timeout: 20_000, message: 'a popup URL with the demo reading' },
    );
    expect(popupUrl.startsWith(h.url('popup.html#'))).toBe(true);
    const snapshot = JSON.parse(decodeURIComponent(popupUrl.slice(popupUrl.indexOf('#') + 1))) as {
      accounts: { id: string }[];
      readings: Record<string, { credit?: { amount: number } }>;
    };
    const id = snapshot.accounts[0]?.id ?? '';
    const amount = snapshot.readings[id]?.credit?.amount;
    expect(amount).toBeTypeOf('number');

    const popup = await (async () => {
      const path = popupUrl.slice(h.url('').length);
      const before = new Set(await h.browser.pages());
      await h.evalInExtension(async (u: string) => {
        const { browser } = globalThis as unknown as FirefoxExtensionGlobal;
        await browser.tabs.create({ url: u, active: true });
      }, h.url(path));
      return waitFor(async () => (await h.browser.pages()).find((p) => !before.has(p)), { message: 'the popup tab' });
    })();
    const card = await waitFor(() => popup.$(tid('account', `[data-account-id="${id}"]`)), { timeout: 15_000, message: 'the demo card' });
    const shown = await waitFor(() => card.$eval(tid('credit'), (c) => c.getAttribute('data-amount')).catch(() => null), {
      message: 'its credit',
    });
    expect(Number(shown)).toBeGreaterThanOrEqual(0);
    // The app took over: its refresh button works.
    await popup.click(tid('refresh'));
    await waitFor(() => popup.$(tid('refresh-result', '[data-ok="true"]')), { timeout: 15_000, message: 'the refresh result' });
  });
});
