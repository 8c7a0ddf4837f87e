// The worker's claim of the balance query (utils/background/query-claim.ts) and its two answers to the
// conversation page (utils/background/capture.ts): `send` only when due in the browser the query names,
// claimed before it is answered; a send not made marks the card and keeps the last good reading.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderPage } from '@/utils/sources/render';
import { captureHandlers } from '@/utils/background/capture';
import { claimQuery } from '@/utils/background/query-claim';
import type { Account } from '@/utils/model';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import type { AccountOf } from '@/utils/sources/types';
import { readingsStore } from '@/utils/stores/db';
import { installIdItem, querySentItem } from '@/utils/stores/message-log';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { scanDocument } from '@/utils/sources/page-scan';
import { testAccount } from '../helpers';
import { parseDocument } from '../sources/dom';

const H = 3_600_000;
const NOW = Date.UTC(2026, 11, 4, 12);
const recipe = messagesForWeb('https://sms.test');
const URL = recipe.conversationUrl('axis123');

const account = (sender: string | undefined, everyHours = 24) =>
  testAccount({
    id: 'sms',
    source: {
      kind: 'web-page',
      url: URL,
      capture: true,
      messages: { ...recipe.list, ...(sender === undefined ? {} : { query: recipe.query(sender, everyHours) }) },
    },
  }) as AccountOf<'web-page'>;

describe('claiming the balance query', () => {
  it('is claimed once per interval, by the browser it names, and the claim is stored before it is answered', async () => {
    await installIdItem.setValue('here');
    const a = account('here');
    expect(await claimQuery(a, NOW)).toBe('CEK');
    expect(await querySentItem('sms').getValue()).toBe(NOW);
    // Asked again (a second tab, a reload, a restarted worker: the claim is in storage) within the interval.
    expect(await claimQuery(a, NOW + 1)).toBeUndefined();
    expect(await claimQuery(a, NOW + 23 * H)).toBeUndefined();
    expect(await querySentItem('sms').getValue()).toBe(NOW);
    expect(await claimQuery(a, NOW + 24 * H)).toBe('CEK');
    expect(await querySentItem('sms').getValue()).toBe(NOW + 24 * H);
  });

  it('answers one of two tabs that ask at the same moment', async () => {
    await installIdItem.setValue('here');
    const answers = await Promise.all([claimQuery(account('here'), NOW), claimQuery(account('here'), NOW)]);
    expect(answers.filter((s) => s === 'CEK')).toHaveLength(1);
  });

  it.each([
    ['the query is off', undefined, 'here'],
    ['another browser sends it (sync carried the setting here)', 'there', 'here'],
    ['this browser has no install id yet', 'here', ''],
  ])('claims nothing when %s', async (_name, sender, installId) => {
    await installIdItem.setValue(installId);
    expect(await claimQuery(account(sender), NOW)).toBeUndefined();
    expect(await querySentItem('sms').getValue()).toBe(0);
  });
});

describe("the conversation page's answers", () => {
  const page = (body: string) => scanDocument(parseDocument(`<!doctype html><html><body>${body}</body></html>`), undefined, recipe.list);

  it('tells the open conversation to send when due, and only then', async () => {
    await installIdItem.setValue('here');
    await saveAccounts([account('here') as Account]);
    const tab = { tab: { id: 7, url: URL } };
    expect((await captureHandlers.captureConfig({}, tab))[0]?.send).toBe('CEK');
    expect((await captureHandlers.captureConfig({}, tab))[0]?.send).toBeUndefined();
    expect(await captureHandlers.captureConfig({}, { tab: { id: 8, url: 'https://sms.test/web/conversations/other' } })).toEqual([]);
  });

  it('marks the card when the query was not sent, keeping the last good reading', async () => {
    await saveAccounts([account('here') as Account]);
    const tab = { tab: { id: 7, url: URL } };
    const reply =
      '<mws-message-wrapper><mws-text-message-part><div class="text-msg">Sisa pulsa Anda Rp 50.000. Masa aktif s/d 31-12-2026.</div></mws-text-message-part><mws-relative-timestamp>09:15</mws-relative-timestamp></mws-message-wrapper>';
    expect(await captureHandlers.recordCapture({ accountId: 'sms', scan: page(reply) }, tab)).toEqual({ ok: true, found: true });
    expect(await captureHandlers.recordCapture({ accountId: 'sms', scan: page(reply), notSent: true }, tab)).toEqual({
      ok: true,
      found: false,
    });
    expect((await getRefreshStates()).sms?.error).toMatchObject({
      code: 'layout-changed',
      text: { key: 'source.queryNotSent', args: ['sms.test'] },
    });
    expect((await readingsStore.latest('sms'))?.credit?.amount).toBe(50_000);
    // Only the conversation's own page may say so.
    await saveAccounts([account('here') as Account]);
    expect(
      await captureHandlers.recordCapture({ accountId: 'sms', scan: page(''), notSent: true }, { tab: { url: 'https://evil.test/' } }),
    ).toEqual({
      ok: false,
      found: false,
    });
  });
});

describe('a render tab of the conversation', () => {
  it('sends once: the render claims it, and the capture script in the same tab is told nothing to send', async () => {
    await installIdItem.setValue('here');
    const a = testAccount({
      id: 'sms',
      source: { kind: 'web-page', url: URL, render: true, capture: true, messages: { ...recipe.list, query: recipe.query('here', 24) } },
    }) as AccountOf<'web-page'>;
    await saveAccounts([a as Account]);
    const SCAN = { text: '', selected: {}, hasPassword: false, scripts: 1, textLength: 0, messages: [] };
    const captureAnswers: unknown[] = [];
    const sent: unknown[] = [];
    const executeScript = vi.fn(async (injection: { files?: string[]; target: { tabId: number }; args?: unknown[] }) => {
      if (injection.files) return [{ result: undefined }];
      // The capture script registered for the conversation runs in the render tab too, and asks the worker.
      captureAnswers.push(await captureHandlers.captureConfig({}, { tab: { id: injection.target.tabId, url: URL } }));
      const [request, name] = injection.args as [{ send?: unknown }, string];
      if (name === 'balanceBadgeQuery') sent.push(request.send);
      return [{ result: name === 'balanceBadgeQuery' ? { ...SCAN, query: 'replied' } : SCAN }];
    });
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({ executeScript } as unknown as typeof fakeBrowser.scripting);
    const claim = async () => {
      const text = await claimQuery(a, NOW);
      return text ? { send: { text, box: 'b', button: 'c' }, deadline: Date.now() + 60_000 } : undefined;
    };
    const request = {
      url: URL,
      read: { accountId: 'sms', at: NOW, host: 'sms.test', currency: 'IDR', now: NOW, deadline: Date.now() + 30_000 },
    };
    expect(await renderPage(request, claim)).toMatchObject({ query: 'replied' });
    expect(sent).toEqual([{ text: 'CEK', box: 'b', button: 'c' }]);
    expect(captureAnswers).toEqual([[], []]);
    // A second render within the interval reads the page and sends nothing.
    sent.length = 0;
    expect(await renderPage(request, claim)).toEqual(SCAN);
    expect(sent).toEqual([]);
    expect(await querySentItem('sms').getValue()).toBe(NOW);
  });

  it('a render tab a stopped worker left open (recorded in storage.session) is told nothing to send either', async () => {
    await installIdItem.setValue('here');
    await saveAccounts([
      testAccount({
        id: 'sms',
        source: { kind: 'web-page', url: URL, render: true, capture: true, messages: { ...recipe.list, query: recipe.query('here', 24) } },
      }),
    ]);
    await fakeBrowser.storage.session.set({ renderTabs: 41 });
    expect(await captureHandlers.captureConfig({}, { tab: { id: 41, url: URL } })).toEqual([]);
    expect(await querySentItem('sms').getValue()).toBe(0);
    // The user's own tab on the conversation is answered as before.
    expect(await captureHandlers.captureConfig({}, { tab: { id: 42, url: URL } })).not.toEqual([]);
  });
});
