// The popup as a user opens it, in Chromium and in Firefox: the URL the background set with
// action.setPopup carries a snapshot of the cards, and the popup opened from it shows them and hands
// them over to the app, which works. In Chromium also: the first paint shows the values before the
// app module runs, and the app takes the same DOM over without removing a card. Every test seeds the
// manual line and its reading itself (`beforeEach`), so none depends on what an earlier one left.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AnyHarness, browsers, type ExtensionBrowser } from './browser';
import { type Harness, waitFor } from './harness';
import { click, find, localIsoDate, tid } from './pages';
import { onlyDemo, openOptionsHome, storedAccounts } from './state';

const CREDIT = 48_250;
const GIB = 1024 ** 3;

/** What the page saw when the first card appeared, and how many cards were ever removed. */
interface FirstPaint {
  cards?: {
    id: string | null;
    status: string | null;
    amount?: string | null;
    days?: string | null;
    validUntil?: string | null;
    quotaBytes?: string | null;
  }[];
  /** Whether Preact had rendered into `#app` when the first card appeared. */
  appRan?: boolean;
  /** Whether the dialled line's card had its "check on your phone" line then, and its height. */
  dialLine?: boolean;
  dialCardHeight?: number;
  removedCards: number;
  /** Layout shift summed over the page's life so far. */
  shift: number;
}

/** The extension APIs these tests call (`browser` in Firefox, `chrome` in Chromium), typed as far as used. */
interface Api {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
  action: { getPopup(details: object): Promise<string> };
}

/** The popup URL the background set, as the toolbar button would open it. */
const popupUrl = (h: ExtensionBrowser) =>
  h.evalInExtension(() => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((g.browser ?? g.chrome) as Api).action.getPopup({});
  });

/** The snapshot a popup URL carries after its `#`, as far as these tests read it. */
function snapshotOf(url: string): { accounts: { id: string }[]; readings: Record<string, { credit?: { amount: number } }> } | null {
  const hash = url.indexOf('#');
  if (hash < 0) return null;
  try {
    return JSON.parse(decodeURIComponent(url.slice(hash + 1))) as ReturnType<typeof snapshotOf>;
  } catch {
    return null;
  }
}

/**
 * Chromium only (Firefox over BiDi may not navigate to extension pages, nor run a script before
 * one's own): opens `url` in a popup-sized tab, noting the cards at the moment the first one appears. The mutation
 * callback runs right after the script that drew it; `__k` is the property Preact's build (its mangled
 * `_children`) puts on the element it rendered into, so it tells whether the app drew that card.
 */
async function openWatched(h: Harness, url: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport({ width: 380, height: 600 });
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __firstPaint: FirstPaint };
    w.__firstPaint = { removedCards: 0, shift: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__firstPaint.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    const read = () =>
      [...document.querySelectorAll('[data-testid=account]')].map((card) => ({
        id: card.getAttribute('data-account-id'),
        status: card.getAttribute('data-status'),
        amount: card.querySelector('[data-testid=credit]')?.getAttribute('data-amount'),
        days: card.querySelector('[data-testid=days-left]')?.getAttribute('data-days'),
        validUntil: card.querySelector('[data-testid=valid-until]')?.getAttribute('datetime'),
        quotaBytes: card.querySelector('[data-testid=quota]')?.getAttribute('data-remaining-bytes'),
      }));
    new MutationObserver((records) => {
      if (!w.__firstPaint.cards && document.querySelector('[data-testid=account]')) {
        w.__firstPaint.cards = read();
        w.__firstPaint.appRan = '__k' in (document.getElementById('app') ?? {});
        const dialled = document.querySelector('[data-testid=account][data-account-id="axis1"]');
        w.__firstPaint.dialLine = dialled?.querySelector('[data-testid=dial-help-placeholder]') !== null;
        w.__firstPaint.dialCardHeight = dialled?.getBoundingClientRect().height;
      }
      for (const r of records) {
        for (const n of r.removedNodes) {
          if (n instanceof Element && (n.matches('[data-testid=account]') || n.querySelector('[data-testid=account]')))
            w.__firstPaint.removedCards++;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

const firstPaint = (page: Page) => page.evaluate(() => (window as unknown as { __firstPaint: FirstPaint }).__firstPaint);

describe.each(browsers())('$name: popup first paint from the snapshot in its URL', ({ name, launch }) => {
  let h: AnyHarness;
  const validUntil = localIsoDate(25);
  let demoId = '';

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  // The demo, and next to it a manual line with a typed reading, through the background's message table.
  beforeEach(async () => {
    const options = await openOptionsHome(h);
    const accounts = await storedAccounts(h);
    const demo = accounts.find((a) => a.source.kind === 'demo');
    demoId = demo && accounts.every((a) => a === demo || a.id === 'axis1') ? demo.id : await onlyDemo(h, options);
    await options.evaluate(
      async (credit: number, until: string, bytes: number) => {
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const c = (g.browser ?? g.chrome) as Api;
        const { accounts } = (await c.storage.local.get('accounts')) as { accounts: { id: string }[] };
        const line = {
          id: 'axis1',
          name: 'AXIS first paint',
          currency: 'IDR',
          // Checked by dialling: its card has the "check on your phone" block.
          source: { kind: 'manual', preset: 'axis', graceDays: 30, dialCode: '*888#' },
          intervalMinutes: 60,
          thresholds: { warnDays: 7 },
          primary: false,
          enabled: true,
        };
        await c.storage.local.set({ accounts: [...accounts.filter((a) => a.id !== 'axis1'), line] });
        const reading = {
          accountId: 'axis1',
          at: Date.now(),
          credit: { amount: credit, currency: 'IDR' },
          validUntil: until,
          quotas: [{ label: 'Kuota Utama', kind: 'data', remaining: bytes, total: 10 * 1024 ** 3, unit: 'B' }],
        };
        const answer = await c.runtime.sendMessage({ type: 'balance-badge', name: 'recordReading', payload: { reading } });
        if (!(answer as { ok: boolean }).ok) throw new Error(JSON.stringify(answer));
      },
      CREDIT,
      validUntil,
      3 * GIB,
    );
    await options.close();
  });

  /** Waits for a popup URL whose snapshot holds the typed reading and the demo's, and returns it. */
  const snapshotUrl = () =>
    waitFor(
      async () => {
        const url = await popupUrl(h);
        const snapshot = snapshotOf(url);
        return snapshot?.readings.axis1?.credit?.amount === CREDIT && typeof snapshot.readings[demoId]?.credit?.amount === 'number'
          ? url
          : null;
      },
      { timeout: 20_000, message: 'a popup URL with the new reading and the demo reading' },
    );

  it('sets the popup URL to popup.html with a snapshot that holds the cards', async () => {
    const url = await snapshotUrl();
    expect(url.startsWith(h.url('popup.html#'))).toBe(true);
    expect(decodeURIComponent(url)).toContain(String(CREDIT));
    const snapshot = snapshotOf(url);
    expect(snapshot?.accounts.map((a) => a.id)).toEqual([demoId, 'axis1']);
    expect(snapshot?.readings[demoId]?.credit?.amount).toBeTypeOf('number');
  });

  // Chromium only: watching the first paint needs a script that runs before the page's own (see openWatched).
  if (name === 'chromium') {
    it('paints the card values from the snapshot before the app runs, and the app takes over without removing a card', async () => {
      if (h.name !== 'chromium') throw new Error('Chromium only');
      const page = await openWatched(h, await snapshotUrl());
      // The app has taken over once the insights it loads after the paint are there.
      await page.waitForSelector(`${tid('account', '[data-account-id="axis1"]')} ${tid('forecast')}`, { timeout: 15_000 });
      const seen = await firstPaint(page);
      expect(seen.appRan).toBe(false);
      expect(seen.cards?.map((c) => c.id)).toEqual([demoId, 'axis1']);
      expect(seen.cards?.[1]).toEqual({
        id: 'axis1',
        status: 'ok',
        amount: String(CREDIT),
        days: '25',
        validUntil,
        quotaBytes: String(3 * GIB),
      });
      expect(seen.cards?.[0]?.amount).toMatch(/^\d+$/);
      expect(seen.removedCards).toBe(0);

      // The dialled card had its line at first paint; the block that replaces it takes the same room: nothing moved.
      expect(seen.dialLine).toBe(true);
      const dialled = tid('account', '[data-account-id="axis1"]');
      await page.waitForSelector(`${dialled} ${tid('dial-help')} ${tid('dial-link')}`, { timeout: 15_000 });
      // Two frames, so layout-shift entries of the last change have been reported.
      const settled = await page.evaluate(async (selector: string) => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const w = window as unknown as { __firstPaint: FirstPaint };
        return { shift: w.__firstPaint.shift, height: document.querySelector(selector)?.getBoundingClientRect().height };
      }, dialled);
      expect(settled.height).toBe(seen.dialCardHeight);
      expect(settled.shift).toBe(0);

      // The cards the app drew are the ones the first paint drew, and its buttons work.
      const after = await page.$$eval('[data-testid=account]', (cards) => cards.map((c) => c.getAttribute('data-account-id')));
      expect(after).toEqual([demoId, 'axis1']);
      await page.click(tid('refresh'));
      await page.waitForSelector(tid('refresh-result', '[data-ok="true"]'), { timeout: 15_000 });
      await page.close();
    });
  }

  it('shows the cards of the popup opened from that URL, and the app takes them over', async () => {
    const url = await snapshotUrl();
    const popup = await h.openPage(url.slice(h.url('').length), { width: 380, height: 600 });
    const card = await find(popup, tid('account', `[data-account-id="${demoId}"]`), 15_000);
    const shown = await waitFor(() => card.$eval(tid('credit'), (c) => c.getAttribute('data-amount')).catch(() => null), {
      message: 'its credit',
    });
    expect(Number(shown)).toBeGreaterThanOrEqual(0);
    await find(popup, `${tid('account', '[data-account-id="axis1"]')} ${tid('credit', `[data-amount="${CREDIT}"]`)}`);
    // The app took over: its refresh button works.
    await click(popup, tid('refresh'));
    await find(popup, tid('refresh-result', '[data-ok="true"]'), 15_000);
    await popup.close();
  });

  it('falls back to the app reading storage when the popup is opened without a snapshot', async () => {
    // Chromium also sees that the app, not the first paint, drew the cards.
    const page: Page = h.name === 'chromium' ? await openWatched(h, h.url('popup.html')) : await h.openPopup();
    await find(page, `${tid('account', '[data-account-id="axis1"]')} ${tid('credit', `[data-amount="${CREDIT}"]`)}`, 15_000);
    if (h.name === 'chromium') {
      const seen = await firstPaint(page);
      expect(seen.appRan).toBe(true);
      expect(seen.cards?.[1]?.amount).toBe(String(CREDIT));
    }
    await page.close();
  });

  it('drops a cleared history from the snapshot, so the popup never paints a reading that is gone', async () => {
    await snapshotUrl();
    const page = await h.openOptions();
    const row = tid('history-account-row', '[data-account-id="axis1"]');
    await click(page, `${row} ${tid('clear-history')}`);
    await click(page, `${row} ${tid('confirm-clear-history')}`);
    await waitFor(
      async () => {
        const url = await popupUrl(h);
        return url.includes('#') && !decodeURIComponent(url).includes(String(CREDIT)) ? url : null;
      },
      { message: 'a popup snapshot without the cleared reading' },
    );
    await page.close();
  });
});
