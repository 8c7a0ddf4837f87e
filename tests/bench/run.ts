/**
 * `npm run bench`: measures the production build in headless Chromium and writes docs/PERFORMANCE.md.
 * Timings are medians of repeated runs, with min and max; where there is a natural reference it is
 * measured side by side in the same run and given as a ratio. Nothing here is a test: budgets that
 * fail are reported, not asserted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { type Harness, launch, waitFor } from '../e2e/harness';
import { BUDGETS, measureBundle } from './bundle-size';
import { BENCH_SIZES, benchText, timeExtract } from './extract-input';
import { describeSummary, type Summary, summarize } from './stats';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(ROOT, '.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const DAY = 86_400_000;
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Row {
  what: string;
  result: string;
  budget: string;
  verdict: string;
}
const rows: Row[] = [];
const notes: string[] = [];
const row = (what: string, result: string, budget = '—', ok?: boolean) =>
  rows.push({ what, result, budget, verdict: ok === undefined ? '' : ok ? 'met' : '**over**' });

/** A copy of the production build with one empty page, the floor no popup can beat. */
function buildWithEmptyPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'balance-badge-bench-'));
  cpSync(BUILD, dir, { recursive: true });
  writeFileSync(
    join(dir, 'empty.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>empty</title></head><body><main id="content">x</main></body></html>\n',
  );
  return dir;
}

/** Installs, before the page's own scripts, a timer that stops at the frame after `selector` appears. */
async function timeToContent(h: Harness, path: string, selector: string): Promise<number> {
  const page = await h.browser.newPage();
  try {
    await page.setViewport({ width: 380, height: 600 });
    await page.evaluateOnNewDocument((sel: string) => {
      const w = window as unknown as { __ttc?: number };
      const done = () => requestAnimationFrame(() => (w.__ttc ??= performance.now()));
      const check = () => {
        if (document.querySelector(sel)) {
          observer.disconnect();
          done();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(h.url(path), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => (window as unknown as { __ttc?: number }).__ttc !== undefined, { timeout: 20_000 });
    return await page.evaluate(() => (window as unknown as { __ttc: number }).__ttc);
  } finally {
    await page.close();
  }
}

/** Accounts and readings written straight into the profile, as the extension itself stores them. */
async function seed(page: Page, accounts: number, readingsPerAccount: number): Promise<void> {
  await page.evaluate(
    async (count: number, perAccount: number, day: number) => {
      const now = Date.now();
      const ids = Array.from({ length: count }, (_v, i) => `bench${i}`);
      const accountList = ids.map((id, i) => ({
        id,
        name: `Line ${i + 1}`,
        currency: 'IDR',
        source: { kind: 'manual', preset: 'axis', graceDays: 30, remindAfterDays: 365 },
        intervalMinutes: 60,
        thresholds: { warnDays: 7 },
        primary: i === 0,
        enabled: true,
      }));
      const g = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await g.chrome.storage.local.set({ accounts: accountList });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('balance-badge');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const validUntil = new Date(now + 40 * day).toISOString().slice(0, 10);
      for (const id of ids) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('readings', 'readwrite');
          const store = tx.objectStore('readings');
          for (let k = 0; k < perAccount; k++) {
            const at = now - (perAccount - 1 - k) * 15 * 60_000;
            store.put({ accountId: id, at, credit: { amount: 50_000 + k * 25, currency: 'IDR' }, validUntil });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    accounts,
    readingsPerAccount,
    DAY,
  );
}

/** Popup time to its first card with values, against the empty page, alternating runs. */
async function popupVsEmpty(h: Harness): Promise<{ popup: Summary; empty: Summary }> {
  const popup: number[] = [];
  const empty: number[] = [];
  // One warm-up of each, so neither pays for the first disk read of the build.
  await timeToContent(h, 'popup.html', '[data-testid=account] [data-testid=credit]');
  await timeToContent(h, 'empty.html', '#content');
  for (let i = 0; i < RUNS; i++) {
    popup.push(await timeToContent(h, 'popup.html', '[data-testid=account] [data-testid=credit]'));
    empty.push(await timeToContent(h, 'empty.html', '#content'));
  }
  return { popup: summarize(popup), empty: summarize(empty) };
}

async function benchPopup(): Promise<void> {
  const dir = buildWithEmptyPage();
  const h = await launch({ extensionDir: dir });
  try {
    const options = await waitFor(async () => (await h.browser.pages()).find((p) => p.url().includes('options.html')), {
      message: 'the options page opened on install',
    });
    await seed(options, 3, 1);
    const small = await popupVsEmpty(h);
    const ratio = small.popup.median / small.empty.median;
    row('Popup time to content, 3 accounts', describeSummary(small.popup), '≤ 1.10× empty page', ratio <= 1.1);
    row('Empty extension page, same run', describeSummary(small.empty));
    row('Ratio popup / empty (3 accounts)', `${ratio.toFixed(2)}×`, '≤ 1.10×', ratio <= 1.1);

    // A year of 15-minute readings for each of the three accounts.
    const perAccount = 365 * 96;
    await seed(options, 3, perAccount);
    const big = await popupVsEmpty(h);
    const bigRatio = big.popup.median / big.empty.median;
    row(`Popup time to content, 3 × ${perAccount.toLocaleString('en')} readings`, describeSummary(big.popup), '≤ 1.15× empty page', bigRatio <= 1.15);
    row('Empty extension page, same run', describeSummary(big.empty));
    row('Ratio popup / empty (a year of readings)', `${bigRatio.toFixed(2)}×`, '≤ 1.15×', bigRatio <= 1.15);
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How long the service worker lives after a refresh once nothing talks to it. */
async function benchIdle(): Promise<void> {
  const h = await launch({ extensionDir: BUILD });
  try {
    const workerUrl = h.url('background.js');
    const alive = () => h.browser.targets().some((t) => t.type() === 'service_worker' && t.url() === workerUrl);
    const options = await waitFor(async () => (await h.browser.pages()).find((p) => p.url().includes('options.html')), {
      message: 'the options page',
    });
    // A refresh through the message table, then every extension page closed.
    await options.evaluate(async () => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
      await g.chrome.runtime.sendMessage({ type: 'balance-badge', name: 'refresh', payload: {} });
    });
    await options.close();
    const start = performance.now();
    const stopped = await waitFor(() => (alive() ? null : performance.now() - start), {
      timeout: 120_000,
      interval: 250,
      message: 'the service worker to stop',
    }).catch(() => undefined);
    row(
      'Service worker idle after a refresh, until stopped',
      stopped === undefined ? 'still running after 120 s' : `${(stopped / 1000).toFixed(1)} s`,
      'stops by itself (Chrome: ~30 s idle)',
      stopped !== undefined,
    );
  } finally {
    await h.close();
  }
}

/** Background heap after many refresh cycles, against the heap after a short warm-up. */
async function benchMemory(): Promise<void> {
  const h = await launch({ extensionDir: BUILD });
  const cycles = Number(process.env.BENCH_CYCLES ?? 1000);
  try {
    const options = await waitFor(async () => (await h.browser.pages()).find((p) => p.url().includes('options.html')), {
      message: 'the options page',
    });
    const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url() === h.url('background.js'));
    const session = await target.createCDPSession();
    const heap = async () => {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    };
    const refresh = (n: number) =>
      options.evaluate(async (count: number) => {
        const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
        for (let i = 0; i < count; i++) await g.chrome.runtime.sendMessage({ type: 'balance-badge', name: 'refresh', payload: {} });
      }, n);
    await refresh(50);
    const before = await heap();
    const started = performance.now();
    await refresh(cycles);
    const perRefresh = (performance.now() - started) / cycles;
    const after = await heap();
    const growth = after - before;
    row(`Background heap after ${cycles} refresh cycles (demo source)`, `${KB(before)} → ${KB(after)} (${growth >= 0 ? '+' : ''}${KB(growth)})`, 'no growth beyond noise', growth < 256 * 1024);
    row('Refresh round trip from a page (demo source, mean)', `${perRefresh.toFixed(2)} ms`);
  } finally {
    await h.close();
  }
}

function benchBundle(): void {
  for (const e of measureBundle(BUILD)) {
    const budget = e.entry === 'popup' ? BUDGETS.popup : e.entry === 'background' ? BUDGETS.background : undefined;
    row(
      `Bundle: ${e.entry} (first paint: ${e.files.length} files)`,
      `${KB(e.raw)} raw, ${KB(e.gzip)} gzip`,
      budget ? `≤ ${KB(budget)} gzip` : '—',
      budget ? e.gzip <= budget : undefined,
    );
  }
}

function benchExtraction(): void {
  for (const { name, bytes } of BENCH_SIZES) {
    row(`Extraction, ${name} of carrier text`, describeSummary(summarize(timeExtract(benchText(bytes), RUNS))));
  }
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const want = (name: string) => only.size === 0 || only.has(name);
  const probe = await launch({ extensionDir: BUILD });
  const browserVersion = await probe.browser.version();
  await probe.close();
  if (want('bundle')) benchBundle();
  if (want('popup')) await benchPopup();
  if (want('idle')) await benchIdle();
  if (want('memory')) await benchMemory();
  if (want('extract')) benchExtraction();
  notes.push('Refresh cost against a local JSON source and history queries at scale arrive with those features.');

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform}/${process.arch}, Node ${process.version}`;
  const table = ['| measure | result | budget | verdict |', '|---|---|---|---|', ...rows.map((r) => `| ${r.what} | ${r.result} | ${r.budget} | ${r.verdict} |`)];
  const section = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; browser ${browserVersion}; ${RUNS} runs per timing.`,
    '',
    ...table,
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  console.log(section);
  if (only.size === 0) {
    const docPath = join(ROOT, 'docs/PERFORMANCE.md');
    const doc = readFileSync(docPath, 'utf8');
    const marker = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    writeFileSync(docPath, doc.replace(marker, `<!-- bench:start -->\n${section}\n<!-- bench:end -->`));
    console.log(`\nWritten to ${docPath}`);
  }
}

await main();
