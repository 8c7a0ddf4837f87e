// The popup as a user opens it: the URL the background set with action.setPopup carries a snapshot of
// the cards, and the first paint shows their values before the app module runs; the app then takes
// the same DOM over without removing a card, and works.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';
import { click, demoAccountId, localIsoDate, tid } from './pages';

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
  removedCards: number;
}

/** The extension APIs these pages call, typed as far as used. */
interface Chrome {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
  action: { getPopup(details: object): Promise<string> };
}

/** The popup URL the background set, as the toolbar button would open it. */
const popupUrl = (h: Harness) => h.evalInWorker(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getPopup({}));

/**
 * Opens `url` in a popup-sized tab, noting the cards at the moment the first one appears. The mutation
 * callback runs right after the script that drew it; `__k` is the property Preact's build (its mangled
 * `_children`) puts on the element it rendered into, so it tells whether the app drew that card.
 */
async function openWatched(h: Harness, url: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport({ width: 380, height: 600 });
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __firstPaint: FirstPaint };
    w.__firstPaint = { removedCards: 0 };
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

describe('popup first paint from the snapshot in its URL', () => {
  let h: Harness;
  let options: Page;
  const validUntil = localIsoDate(25);
  let demoId = '';

  beforeAll(async () => {
    h = await launch();
    options = await h.openOptions();
    demoId = await demoAccountId(options);
    // A manual line next to the demo, and its typed reading, through the background's message table.
    await options.evaluate(
      async (credit: number, until: string, bytes: number) => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const { accounts } = (await c.storage.local.get('accounts')) as { accounts: object[] };
        const line = {
          id: 'axis1',
          name: 'AXIS first paint',
          currency: 'IDR',
          source: { kind: 'manual', preset: 'axis', graceDays: 30 },
          intervalMinutes: 60,
          thresholds: { warnDays: 7 },
          primary: false,
          enabled: true,
        };
        await c.storage.local.set({ accounts: [...accounts, line] });
        await c.runtime.sendMessage({ type: 'balance-badge', name: 'accountsChanged', payload: {} });
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
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sets the popup URL to popup.html with a snapshot that holds the cards', async () => {
    const popup = await waitFor(
      async () => {
        const url = await popupUrl(h);
        return decodeURIComponent(url).includes(String(CREDIT)) ? url : null;
      },
      { message: 'a popup URL with the new reading' },
    );
    expect(popup.startsWith(h.url('popup.html#'))).toBe(true);
  });

  it('paints the card values from the snapshot before the app runs, and the app takes over without removing a card', async () => {
    const page = await openWatched(h, await popupUrl(h));
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

    // The cards the app drew are the ones the first paint drew, and its buttons work.
    const after = await page.$$eval('[data-testid=account]', (cards) => cards.map((c) => c.getAttribute('data-account-id')));
    expect(after).toEqual([demoId, 'axis1']);
    await page.click(tid('refresh'));
    await page.waitForSelector(tid('refresh-result', '[data-ok="true"]'), { timeout: 15_000 });
    await page.close();
  });

  it('falls back to the app reading storage when the popup is opened without a snapshot', async () => {
    const page = await openWatched(h, h.url('popup.html'));
    await page.waitForSelector(`${tid('account', '[data-account-id="axis1"]')} ${tid('credit', `[data-amount="${CREDIT}"]`)}`, {
      timeout: 15_000,
    });
    const seen = await firstPaint(page);
    expect(seen.appRan).toBe(true);
    expect(seen.cards?.[1]?.amount).toBe(String(CREDIT));
    await page.close();
  });

  it('drops a cleared history from the snapshot, so the popup never paints a reading that is gone', async () => {
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
