// The balance query of a rendered refresh, the worker's side: the web page source hands the render a claim
// (only in a refresh, never in a Test), the claim moves the refresh's time limit on for the reply, and the
// query's outcome becomes a notice (not sent) or a follow-up read a few minutes later (no reply in time).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type RefreshDeps, refreshAccount, withTimeout } from '@/utils/background/refresh';
import { QUERY_FOLLOW_UP_MS, QUERY_REPLY_WAIT_MS, QUERY_SEND_WAIT_MS, RENDER_MARGIN_MS } from '@/utils/model/constants';
import type { SourceResult } from '@/utils/model';
import { readScanHere } from '@/utils/sources/platform';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import type { ClaimSend } from '@/utils/sources/render';
import type { RenderRequest } from '@/utils/sources/render-read';
import { scanDocument } from '@/utils/sources/page-scan';
import { webPageSource, readWebPage } from '@/utils/sources/web-page';
import type { AccountOf, SourceDeps } from '@/utils/sources/types';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { startTestServer, type TestServer } from '../../server/server';
import { conversationMarkup } from '../../server/messages-pages';
import { testAccount } from '../helpers';
import { parseDocument, parseWithLinkedom } from '../sources/dom';

const NOW = Date.UTC(2026, 11, 4, 12);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const account = () => {
  const recipe = messagesForWeb(server.origin);
  return testAccount({
    id: 'sms',
    source: {
      kind: 'web-page',
      url: recipe.conversationUrl('axis123'),
      render: true,
      capture: true,
      messages: { ...recipe.list, query: recipe.query('here', 24) },
    },
  }) as AccountOf<'web-page'>;
};
const SCAN = () => scanDocument(parseDocument(conversationMarkup()), {}, messagesForWeb(server.origin).list);

/** Reads the account with a render that calls the claim it is given and answers `outcome` beside the page. */
async function read(outcome: string | undefined, deps: Partial<SourceDeps>) {
  const claims: (Awaited<ReturnType<ClaimSend>> | 'none')[] = [];
  const render = async (_request: RenderRequest, claim?: ClaimSend) => {
    claims.push(claim ? await claim() : 'none');
    return { ...SCAN(), ...(outcome ? { query: outcome } : {}) };
  };
  const result = await readWebPage(
    account(),
    { now: NOW, timeZone: 'Asia/Jakarta', fetch: globalThis.fetch, signal: new AbortController().signal, ...deps },
    parseWithLinkedom,
    readScanHere,
    render,
  );
  return { result, claims };
}

describe('the web page source hands the render the query claim', () => {
  it('claims in a refresh, moving its time limit on for the send and the reply', async () => {
    const claimQuery = vi.fn(async () => 'CEK');
    const extend = vi.fn((ms: number) => 1_000 + ms);
    const { claims } = await read('replied', { claimQuery, extend });
    expect(claimQuery).toHaveBeenCalledTimes(1);
    expect(extend).toHaveBeenCalledWith(QUERY_SEND_WAIT_MS + QUERY_REPLY_WAIT_MS + RENDER_MARGIN_MS);
    const { box, button } = messagesForWeb(server.origin).query('here');
    expect(claims).toEqual([
      { send: { text: 'CEK', box, button }, deadline: 1_000 + QUERY_SEND_WAIT_MS + QUERY_REPLY_WAIT_MS + RENDER_MARGIN_MS },
    ]);
  });

  it('a claim not granted (sent within the interval, or another browser’s) sends nothing and moves no limit', async () => {
    const extend = vi.fn((ms: number) => ms);
    const { claims } = await read(undefined, { claimQuery: async () => undefined, extend });
    expect(claims).toEqual([undefined]);
    expect(extend).not.toHaveBeenCalled();
  });

  it('reads the page it answers with within the moved limit, not the one that passed while it waited for the reply', async () => {
    // The refresh's first limit is long gone by the time the reply is in; the claim moved it on.
    const { result } = await read('replied', {
      claimQuery: async () => 'CEK',
      deadline: Date.now() - 1,
      extend: (ms) => Date.now() + ms,
    });
    expect(result).toMatchObject({ ok: true, reading: { credit: { amount: 35_000 } } });
  });

  it('a Test (no claim in its deps) never sends', async () => {
    expect((await read(undefined, {})).claims).toEqual(['none']);
  });

  it.each([
    ['replied', () => ({})],
    ['pending', () => ({ followUpMs: QUERY_FOLLOW_UP_MS })],
    ['not-sent', () => ({ notice: { key: 'source.queryNotSent', args: [new URL(server.origin).host] } })],
  ])('a query %s: the reading, and what follows', async (outcome, extra) => {
    // `extend` answers the moved limit as an instant, as the refresh's does.
    const { result } = await read(outcome, { claimQuery: async () => 'CEK', extend: (ms) => Date.now() + ms });
    expect(result).toMatchObject({ ok: true, reading: { credit: { amount: 35_000 } }, ...extra() });
    if (outcome !== 'pending') expect(result).not.toHaveProperty('followUpMs');
    if (outcome !== 'not-sent') expect(result).not.toHaveProperty('notice');
  });
});

describe('the refresh around it', () => {
  const deps = (timeoutMs: number): RefreshDeps => ({ now: () => NOW, fetch: globalThis.fetch, timeoutMs, timeZone: 'Asia/Jakarta' });

  it('a source that moves the limit on is not timed out at the first limit, and the limit never moves back', async () => {
    vi.useFakeTimers();
    try {
      let finish = (_value: string) => {};
      const result = withTimeout(
        (d) => {
          const first = d.deadline as number;
          const moved = d.extend?.(200) as number;
          expect(moved).toBeGreaterThan(first);
          expect(d.extend?.(1)).toBe(moved);
          return new Promise<string>((resolve) => (finish = resolve));
        },
        deps(20),
        NOW,
        () => 'error',
        () => 'timeout',
      );
      // Past the first limit, before the moved one: the source still answers.
      await vi.advanceTimersByTimeAsync(100);
      finish('read');
      expect(await result).toBe('read');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a moved limit still stops a source that never answers', async () => {
    vi.useFakeTimers();
    try {
      const result = withTimeout(
        (d) => {
          d.extend?.(40);
          return new Promise<string>(() => undefined);
        },
        deps(10),
        NOW,
        () => 'error',
        () => 'timeout',
      );
      await vi.advanceTimersByTimeAsync(40);
      expect(await result).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a read waiting its turn stops the clock, and starts it again with the time that was left', async () => {
    vi.useFakeTimers();
    try {
      let resume: (() => number | undefined) | undefined;
      const result = withTimeout(
        (d) => {
          resume = d.hold?.();
          return new Promise<string>(() => undefined);
        },
        deps(1_000),
        NOW,
        () => 'error',
        () => 'timeout',
      );
      let settled = false;
      void result.then(() => (settled = true));
      // Far past its limit while held: not timed out.
      await vi.advanceTimersByTimeAsync(100_000);
      expect(settled).toBe(false);
      const deadline = resume?.();
      expect(deadline).toBe(Date.now() + 1_000);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await result).toBe('timeout');
      // Its turn after the refresh ended: nothing may start.
      expect(resume?.()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a reply not in time: the reading is stored and the account is read again on a one-shot alarm', async () => {
    const a = account();
    await saveAccounts([a]);
    vi.spyOn(webPageSource, 'read').mockResolvedValueOnce({
      ok: true,
      reading: { accountId: 'sms', at: NOW, credit: { amount: 35_000, currency: 'IDR' } },
      followUpMs: QUERY_FOLLOW_UP_MS,
    } as SourceResult);
    expect((await refreshAccount(a, deps(1_000))).ok).toBe(true);
    expect((await fakeBrowser.alarms.get('retry:sms'))?.scheduledTime).toBe(NOW + QUERY_FOLLOW_UP_MS);
    expect((await getRefreshStates()).sms?.failures).toBe(0);
  });

  it('a reply read: no follow-up alarm', async () => {
    const a = account();
    await saveAccounts([a]);
    vi.spyOn(webPageSource, 'read').mockResolvedValueOnce({
      ok: true,
      reading: { accountId: 'sms', at: NOW, credit: { amount: 27_500, currency: 'IDR' } },
    });
    await refreshAccount(a, deps(1_000));
    expect(await fakeBrowser.alarms.get('retry:sms')).toBeUndefined();
  });
});
