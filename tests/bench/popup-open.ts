/**
 * Measures (does not assert) how long the popup takes to open with three accounts, first with one
 * reading each, then with a year of 15-minute readings each (35 040 per account, every one
 * different, as if de-duplication never applied and retention had not run yet).
 *
 * Run: `npm run build:e2e && npm run bench:popup` (needs Chromium, like the e2e tests).
 * In the page, a MutationObserver notes `performance.now()` (from navigation start) when the
 * first account card appears and when every card's sparkline has appeared; median of 15 opens.
 */
import { launch, waitFor } from '../e2e/harness';

const RUNS = 15;
const ACCOUNTS = ['bench-a', 'bench-b', 'bench-c'];
const PER_ACCOUNT = 365 * 96;

interface Marks {
  cards?: number;
  sparklines?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const h = await launch();
  try {
    const now = Date.now();
    // The worker creates the database on install; seeding waits until it is there.
    await waitFor(
      () =>
        h.evalInWorker(
          () =>
            new Promise<boolean>((resolve) => {
              const req = indexedDB.open('balance-badge');
              req.onsuccess = () => {
                resolve(req.result.objectStoreNames.contains('readings'));
                req.result.close();
              };
              req.onerror = () => resolve(false);
            }),
        ),
      { timeout: 20_000, message: 'the readings store' },
    );
    await h.evalInWorker(
      async (ids: string[], at: number) => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await c.storage.local.set({
          accounts: ids.map((id, i) => ({
            id,
            name: `Bench ${i + 1}`,
            currency: 'IDR',
            source: { kind: 'manual', preset: 'axis', graceDays: 30 },
            intervalMinutes: 60,
            thresholds: { warnDays: 7 },
            primary: i === 0,
            enabled: true,
          })),
        });
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('balance-badge');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const tx = db.transaction('readings', 'readwrite');
        tx.objectStore('readings').clear();
        for (const id of ids) tx.objectStore('readings').put({ accountId: id, at, credit: { amount: 50_000, currency: 'IDR' } });
        await new Promise((done) => (tx.oncomplete = done));
        db.close();
      },
      ACCOUNTS,
      now,
    );

    const measure = async (label: string) => {
      const cards: number[] = [];
      const sparks: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await h.browser.newPage();
        await page.evaluateOnNewDocument((count: number) => {
          const w = window as unknown as { __marks: Marks };
          w.__marks = {};
          new MutationObserver(() => {
            if (w.__marks.cards === undefined && document.querySelector('[data-testid=account]')) w.__marks.cards = performance.now();
            if (w.__marks.sparklines === undefined && document.querySelectorAll('[data-testid=sparkline]').length >= count) {
              w.__marks.sparklines = performance.now();
            }
          }).observe(document, { childList: true, subtree: true });
        }, ACCOUNTS.length);
        await page.goto(h.url('popup.html'), { waitUntil: 'load' });
        const marks = (await page
          .waitForFunction(
            () => {
              const m = (window as unknown as { __marks: Marks }).__marks;
              return m.cards !== undefined && m.sparklines !== undefined ? m : null;
            },
            { timeout: 30_000, polling: 50 },
          )
          .then((handle) => handle.jsonValue())) as Marks;
        if (i > 0) {
          // The first open warms the browser's caches; it is left out.
          cards.push(marks.cards ?? NaN);
          sparks.push(marks.sparklines ?? NaN);
        }
        await page.close();
      }
      console.log(
        `${label}: cards painted ${median(cards).toFixed(0)} ms (min ${Math.min(...cards).toFixed(0)}, max ${Math.max(...cards).toFixed(0)}); ` +
          `sparklines and forecasts ${median(sparks).toFixed(0)} ms (min ${Math.min(...sparks).toFixed(0)}, max ${Math.max(...sparks).toFixed(0)})`,
      );
    };

    // Baseline: one reading per account. No sparkline without history, so add a second reading a day earlier.
    await h.evalInWorker(
      async (ids: string[], at: number) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const req = indexedDB.open('balance-badge');
          req.onsuccess = () => resolve(req.result);
        });
        const tx = db.transaction('readings', 'readwrite');
        for (const id of ids)
          tx.objectStore('readings').put({ accountId: id, at: at - 86_400_000, credit: { amount: 51_000, currency: 'IDR' } });
        await new Promise((done) => (tx.oncomplete = done));
        db.close();
      },
      ACCOUNTS,
      now,
    );
    await measure('3 accounts, 2 readings each');

    const started = Date.now();
    await h.evalInWorker(
      async (ids: string[], at: number, per: number) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const req = indexedDB.open('balance-badge');
          req.onsuccess = () => resolve(req.result);
        });
        const GB = 1024 ** 3;
        for (const id of ids) {
          const tx = db.transaction('readings', 'readwrite');
          const store = tx.objectStore('readings');
          for (let i = per; i >= 0; i--) {
            store.put({
              accountId: id,
              at: at - i * 900_000,
              credit: { amount: 20_000 + i * 3, currency: 'IDR' },
              validUntil: '2099-12-31',
              quotas: [
                { label: 'Kuota Utama', kind: 'data', remaining: Math.round(2 * GB + (i % 2880) * 2_000_000), total: 10 * GB, unit: 'B' },
              ],
            });
          }
          await new Promise((done) => (tx.oncomplete = done));
        }
        db.close();
      },
      ACCOUNTS,
      now,
      PER_ACCOUNT,
    );
    console.log(`seeded ${ACCOUNTS.length} × ${PER_ACCOUNT + 1} readings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await measure(`3 accounts, a year of 15-minute readings each (${ACCOUNTS.length * (PER_ACCOUNT + 1)} readings)`);
  } finally {
    await h.close();
  }
}

await main();
