/**
 * `npm run bench` part `render`: rendered refresh (issue 12) of the test server's single-page portal
 * (tests/server/portal.ts). The time from a `refresh` message to its answer (the page opened in a background
 * tab, drawn, read until two reads agree, the tab closed, the reading stored), against the portal's own
 * drawing time in a visible tab; then 200 rendered refreshes in a row: tabs left, the browser's tab count,
 * and the worker's heap (forced GC) before and after, also split by heap snapshots into compiled code and the rest.
 */
import type { Page } from 'puppeteer-core';
import { launch, waitFor } from '../e2e/harness';
import { startTestServer } from '../server/server';
import { heapSplit } from './heap-snapshot';
import { describeSummary, summarize } from './stats';

type Row = (what: string, result: string, budget?: string, ok?: boolean) => void;
type Api = {
  chrome: {
    runtime: { sendMessage(message: object): Promise<{ ok: boolean }[]> };
    storage: { local: { set(items: object): Promise<void> }; session: { get(key: string): Promise<Record<string, unknown>> } };
    tabs: { query(q: object): Promise<unknown[]> };
  };
};

const ID = 'benchrender';
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One refresh of the render account through the message table, timed in the page: ms and whether it stored a reading. */
function refresh(options: Page): Promise<{ ms: number; ok: boolean }> {
  return options.evaluate(async (id: string) => {
    const started = performance.now();
    const [outcome] = await (globalThis as unknown as Api).chrome.runtime.sendMessage({
      type: 'balance-badge',
      name: 'refresh',
      payload: { accountIds: [id] },
    });
    return { ms: performance.now() - started, ok: outcome?.ok === true };
  }, ID);
}

export async function benchRender(
  dir: string,
  row: Row,
  runs: number,
  optionsPage: (h: Awaited<ReturnType<typeof launch>>) => Promise<Page>,
): Promise<void> {
  const server = await startTestServer();
  // A fixed drawing time, so each run draws alike: 1 s after the JSON arrives, then the dates 200 ms later.
  server.portal.setDrawDelay(1000);
  const h = await launch({ extensionDir: dir });
  try {
    const options = await optionsPage(h);
    // Signed in once in a visible tab, as the user would; the same tab measures the portal's own drawing time.
    const page = await h.browser.newPage();
    await page.goto(server.url('/portal/signin?next=/portal/account'));
    await page.type('input[name=phone]', '0812');
    await page.type('input[name=password]', 'bench');
    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    await page.waitForSelector('body[data-drawn]', { timeout: 30_000 });
    const drawn: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.reload();
      await page.waitForSelector('body[data-drawn]', { timeout: 30_000 });
      // performance.now() when the last value was drawn: from navigation start, in the page's own clock.
      drawn.push(Number(await page.$eval('body', (b) => b.getAttribute('data-drawn'))));
    }
    await page.close();

    await options.evaluate(
      async (id: string, url: string) => {
        const account = {
          id,
          name: 'Local portal',
          currency: 'IDR',
          source: { kind: 'web-page', url, render: true },
          intervalMinutes: 60,
          thresholds: { warnDays: 7 },
          primary: true,
          enabled: true,
        };
        await (globalThis as unknown as Api).chrome.storage.local.set({ accounts: [account] });
      },
      ID,
      server.url('/portal/account'),
    );
    // The save itself refreshes the new account; this one joins or follows it, and warms up.
    if (!(await refresh(options)).ok) throw new Error('the first rendered refresh failed');

    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await refresh(options);
      if (!r.ok) throw new Error(`rendered refresh ${i + 1} failed`);
      times.push(r.ms);
    }
    const render = summarize(times);
    const draw = summarize(drawn);
    row('Rendered refresh of the local portal (message to reading stored)', describeSummary(render));
    row("Portal's own drawing time in a visible tab (navigation to last value drawn)", describeSummary(draw));
    const beyond = render.median - draw.median;
    row('Rendered refresh beyond the portal’s drawing time (medians)', `${beyond.toFixed(0)} ms`, '≤ 1,500 ms', beyond <= 1500);

    // 200 in a row, drawn 100 ms after load so the run stays short: tabs and heap before and after.
    server.portal.setDrawDelay(100);
    const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url() === h.url('background.js'));
    const session = await target.createCDPSession();
    const heap = async () => {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    };
    const tabs = () => h.evalInWorker(async () => (await (globalThis as unknown as Api).chrome.tabs.query({})).length);
    await refresh(options);
    const tabsBefore = await tabs();
    const splitBefore = await heapSplit(session);
    const heapBefore = await heap();
    const samples = [heapBefore];
    const count = Number(process.env.BENCH_RENDERS ?? 200);
    let failed = 0;
    for (let i = 1; i <= count; i++) {
      if (!(await refresh(options)).ok) failed += 1;
      if (i % 50 === 0) samples.push(await heap());
    }
    const heapAfter = samples.at(-1) as number;
    const splitAfter = await heapSplit(session);
    const tabsAfter = await tabs();
    const left = await h.evalInWorker(
      async () => (await (globalThis as unknown as Api).chrome.storage.session.get('renderTabs')).renderTabs,
    );
    await waitFor(async () => (await tabs()) === tabsBefore, { message: 'the tab count back', timeout: 10_000 }).catch(() => undefined);
    row(
      `${count} rendered refreshes in a row: tabs`,
      `${tabsBefore} before, ${tabsAfter} after; render tab recorded after: ${String(left)}; failed refreshes: ${failed}`,
      'no tab left, count back',
      tabsAfter === tabsBefore && left === -1 && failed === 0,
    );
    const spread = Math.max(...samples) - Math.min(...samples);
    row(
      `${count} rendered refreshes in a row: worker heap (forced GC every 50)`,
      `${KB(heapBefore)} → ${KB(heapAfter)}; samples ${samples.map(KB).join(', ')}`,
      'no growth beyond noise',
      heapAfter - heapBefore <= Math.max(spread / 2, 64 * 1024),
    );
    // The same growth split by heap snapshots: compiled code grows as functions warm up (and stops with them);
    // a leak is what else stays, in bytes and in objects.
    const grown = { code: splitAfter.code - splitBefore.code, rest: splitAfter.rest - splitBefore.rest };
    const restNodes = splitAfter.restNodes - splitBefore.restNodes;
    row(
      `${count} rendered refreshes in a row: worker heap without compiled code (heap snapshots)`,
      `everything but compiled code ${KB(splitBefore.rest)} → ${KB(splitAfter.rest)} (${restNodes >= 0 ? '+' : ''}${restNodes} objects); compiled code ${grown.code >= 0 ? '+' : ''}${KB(grown.code)}`,
      'less than 64 KB and one object per refresh',
      grown.rest < 64 * 1024 && restNodes < count,
    );
  } finally {
    await h.close();
    await server.close();
  }
}
