// The optional balance query (#13 part 3): sent from the open conversation, or by the refresh timer from
// its background render tab (which stays open for the reply), by the browser it names, at most once per
// interval (the claim is stored before the page is told); never while off or from another browser; and not
// at all when the compose box is not where the recipe expects it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { LATER_REPLY, QUERY_REPLY } from '../server/messages-pages';
import { getMessageIn } from '../unit/locales';
import { startTestServer, type TestServer } from '../server/server';
import { type AnyHarness, browsers } from './browser';
import { waitFor } from './harness';
import { backupAccount, backupText, click, find, importBackup, popupCard, tid } from './pages';
import { openOptionsHome, popupCardShows, storedAccounts } from './state';

describe.each(browsers())('$name: the optional balance query (Messages for web fixture)', ({ launch }) => {
  const SENDER = 'e2e-this-browser';
  let h: AnyHarness;
  let server: TestServer;
  let dir: string;
  let recipe: ReturnType<typeof messagesForWeb>;
  const tabs: Page[] = [];
  const sends = (conversation: string) => server.requests(`/web/conversations/${conversation}/send`);

  /** The card of `id` once its status is `status` and its credit `amount`. */
  const cardShows = (id: string, amount: number, status = 'ok') => popupCardShows(h, id, amount, { status });

  /** A tab on the conversation page at `path` (under the recipe's conversation URL). */
  async function open(conversation: string, query = ''): Promise<Page> {
    const tab = await h.browser.newPage();
    tabs.push(tab);
    await tab.goto(recipe.conversationUrl(conversation) + query, { waitUntil: 'load' });
    return tab;
  }

  const outgoing = (tab: Page) => tab.$$eval('mws-message-wrapper[is-outgoing="true"]', (list) => list.length);
  const sentAt = (id: string) =>
    h.evalInExtension(async (key: string) => {
      type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)?.storage.local.get(key))?.[key] as number | undefined;
    }, `querySentAt:${id}`);

  beforeAll(async () => {
    server = await startTestServer();
    h = await launch();
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-query-'));
    recipe = messagesForWeb(server.origin);
    const account = (id: string, conversation: string, sender: string | undefined, primary = false, render = false, query = '') =>
      backupAccount({
        id,
        name: id,
        primary,
        intervalMinutes: 1440,
        source: {
          kind: 'web-page',
          url: recipe.conversationUrl(conversation) + query,
          capture: recipe.capture,
          ...(render ? { render: true } : {}),
          messages: { ...recipe.list, ...(sender ? { query: recipe.query(sender, 24) } : {}) },
        },
      });
    const file = join(dir, 'query-backup.json');
    writeFileSync(
      file,
      backupText({
        accounts: [
          account('q-on', 'on1', SENDER, true),
          account('q-off', 'off1', undefined),
          account('q-elsewhere', 'far1', 'e2e-another-browser'),
          account('q-nobox', 'nobox1', SENDER),
          // Read by the refresh timer in a background tab (rendered refresh), as the preset sets it.
          account('q-timer', 'timer1', SENDER, false, true),
          // The same, on a page drawn without its compose box and send button.
          account('q-timer-nobox', 'timer2', SENDER, false, true, '?compose=0'),
          account('q-strict', 'strict1', SENDER),
        ],
      }),
    );
    const options = await openOptionsHome(h);
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
    // The import reads the rendered account at once, before this browser is the one that sends: its card
    // shows the newest balance on the page once that refresh has ended, and only then is the id written.
    await cardShows('q-timer', 35_000);
    await cardShows('q-timer-nobox', 35_000);
    expect(sends('timer1')).toHaveLength(0);
    // This browser's install id, as the options page makes it when the query is turned on here: written
    // once the install has settled and the accounts are in, and read back before any conversation opens.
    await h.evalInExtension(async (id: string) => {
      type Api = { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('no extension API in the worker');
      await api.storage.local.set({ installId: id });
    }, SENDER);
    expect((await h.storage.get('installId')).installId).toBe(SENDER);
  }, 300_000);

  afterAll(async () => {
    for (const tab of tabs) await tab.close().catch(() => undefined);
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends the query once when the conversation opens, and reads the reply as it arrives', async () => {
    const tab = await open('on1');
    await cardShows('q-on', QUERY_REPLY.credit);
    expect(sends('on1').map((r) => [r.method, r.body])).toEqual([['POST', 'CEK']]);
    expect(await outgoing(tab)).toBe(1);
    expect(await sentAt('q-on')).toBeGreaterThan(0);
  }, 180_000);

  it('sends nothing when the conversation opens again within the interval', async () => {
    const before = await sentAt('q-on');
    // `?later=1` appends a reply a second after load: once the card shows it, this visit's send step has run.
    const tab = await open('on1', '?later=1');
    await cardShows('q-on', LATER_REPLY.credit);
    expect(await outgoing(tab)).toBe(0);
    expect(sends('on1')).toHaveLength(1);
    expect(await sentAt('q-on')).toBe(before);
  }, 180_000);

  it('the options page shows when it last sent, and another browser’s query as off', async () => {
    const options = await h.openOptions('/edit/q-on');
    try {
      const last = await find(options, tid('query-last-sent', '[data-at]'), 30_000);
      expect(Number(await last.evaluate((e) => e.getAttribute('data-at')))).toBe(await sentAt('q-on'));
      await waitFor(() => options.$eval(tid('field-query'), (e) => (e as HTMLInputElement).checked || null), {
        message: 'the query shown as on in the browser it names',
        timeout: 30_000,
      });
    } finally {
      await options.close();
    }
    const elsewhere = await h.openOptions('/edit/q-elsewhere');
    try {
      const other = await find(elsewhere, tid('query-last-sent'), 30_000);
      expect(await other.evaluate((e) => e.textContent)).toContain(getMessageIn('en')('options_messages_otherBrowser'));
      expect(await elsewhere.$eval(tid('field-query'), (e) => (e as HTMLInputElement).checked)).toBe(false);
    } finally {
      await elsewhere.close();
    }
  }, 120_000);

  it.each([
    ['the query is off', 'q-off', 'off1'],
    ['another browser sends it', 'q-elsewhere', 'far1'],
  ])(
    'sends nothing when %s',
    async (_name, id, conversation) => {
      const tab = await open(conversation, '?later=1');
      await cardShows(id, LATER_REPLY.credit);
      expect(await outgoing(tab)).toBe(0);
      expect(sends(conversation)).toHaveLength(0);
      expect(await sentAt(id)).toBeUndefined();
    },
    180_000,
  );

  it('turned on in this browser’s form, the query is sent from this browser', async () => {
    const options = await h.openOptions('/edit/q-elsewhere');
    try {
      const form = await find(options, `form${tid('account-form')}`);
      await click(form, tid('field-query'));
      await find(form, tid('field-query-hours'), 10_000);
      await click(form, tid('save-account'));
      await find(options, tid('save-result', '[data-ok="true"]'), 20_000);
    } finally {
      await options.close();
    }
    const stored = (await storedAccounts(h)).find((a) => a.id === 'q-elsewhere') as unknown as {
      source: { messages?: { query?: { sender: string; everyHours: number } } };
    };
    expect(stored.source.messages?.query).toMatchObject({ sender: SENDER, everyHours: 24 });
    await open('far1');
    await cardShows('q-elsewhere', QUERY_REPLY.credit);
    expect(sends('far1')).toHaveLength(1);
  }, 180_000);

  /** Open tabs on `conversation`, seen from the extension (filtered here: Firefox's match patterns take no port). */
  const conversationTabs = (conversation: string) =>
    h.evalInExtension(async (url: string) => {
      type Api = { tabs: { query(q: object): Promise<{ url?: string }[]> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return ((await (g.browser ?? g.chrome)?.tabs.query({})) ?? []).filter((t) => t.url?.startsWith(url)).length;
    }, recipe.conversationUrl(conversation));

  /** The popup's refresh of `id` (the message its Refresh sends), answered once the refresh has ended. */
  async function refreshFromPopup(id: string): Promise<{ accountId: string; ok: boolean }[]> {
    const popup = await h.openPopup();
    try {
      return await popup.evaluate(async (accountId: string) => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (g.browser ?? g.chrome) as Api;
        return (await api.runtime.sendMessage({ type: 'balance-badge', name: 'refresh', payload: { accountIds: [accountId] } })) as {
          accountId: string;
          ok: boolean;
        }[];
      }, id);
    } finally {
      await popup.close();
    }
  }

  it('the refresh timer sends the query from its background tab once, reads the reply, and leaves no tab open', async () => {
    // No tab opened by the test: the worker's rendered refresh opens the conversation, sends, and reads the reply.
    expect(await conversationTabs('timer1')).toBe(0);
    // Every tab activated meanwhile (the popup's own come and go), by the address it showed then.
    await h.evalInExtension(async () => {
      type Tab = { url?: string; pendingUrl?: string };
      type Api = { tabs: { get(id: number): Promise<Tab>; onActivated: { addListener(l: (info: { tabId: number }) => void): void } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api; queryActivated?: string[] };
      const api = (g.browser ?? g.chrome) as Api;
      g.queryActivated = [];
      api.tabs.onActivated.addListener(({ tabId }) => {
        void api.tabs.get(tabId).then(
          (tab) => g.queryActivated?.push(tab.pendingUrl || tab.url || ''),
          () => undefined,
        );
      });
    });
    expect(await refreshFromPopup('q-timer')).toEqual([{ accountId: 'q-timer', ok: true }]);
    expect(sends('timer1').map((r) => [r.method, r.body])).toEqual([['POST', 'CEK']]);
    await cardShows('q-timer', QUERY_REPLY.credit);
    expect(await sentAt('q-timer')).toBeGreaterThan(0);
    // The render tab was closed before the refresh answered; the tab list follows a moment later.
    await waitFor(async () => (await conversationTabs('timer1')) === 0, { message: 'no conversation tab left open', timeout: 30_000 });
    // The user's focus never moved to the render tab.
    const activated = await h.evalInExtension(() => (globalThis as unknown as { queryActivated?: string[] }).queryActivated ?? []);
    expect(activated.filter((url) => url.startsWith(recipe.conversationUrl('timer1')))).toEqual([]);
  }, 240_000);

  it('a second refresh within the interval sends nothing', async () => {
    const before = await sentAt('q-timer');
    expect(await refreshFromPopup('q-timer')).toEqual([{ accountId: 'q-timer', ok: true }]);
    expect(sends('timer1')).toHaveLength(1);
    expect(await sentAt('q-timer')).toBe(before);
    await cardShows('q-timer', QUERY_REPLY.credit);
    await waitFor(async () => (await conversationTabs('timer1')) === 0, { message: 'no conversation tab left open', timeout: 30_000 });
  }, 240_000);

  it('the refresh timer sends nothing when the compose box is not where the recipe expects it, and the card says so', async () => {
    expect(await refreshFromPopup('q-timer-nobox')).toEqual([{ accountId: 'q-timer-nobox', ok: true }]);
    const expected = getMessageIn('en')('source_queryNotSent', new URL(server.origin).host);
    const notice = await waitFor(
      async () => {
        const popup = await h.openPopup();
        try {
          const card = await popupCard(popup, 'q-timer-nobox', 'ok', 5_000);
          const shown = await card.$eval(tid('status-message'), (e) => e.textContent ?? '').catch(() => '');
          return shown.includes(expected) ? shown : null;
        } finally {
          await popup.close();
        }
      },
      { message: 'the card of q-timer-nobox to say the query was not sent', timeout: 90_000 },
    );
    expect(notice).toContain(expected);
    await cardShows('q-timer-nobox', 35_000);
    expect(sends('timer2')).toHaveLength(0);
    await waitFor(async () => (await conversationTabs('timer2')) === 0, { message: 'no conversation tab left open', timeout: 30_000 });
  }, 240_000);

  it('on a site whose send button is disabled while the box is empty, types, waits for it, and sends once', async () => {
    const tab = await open('strict1', '?strict=1');
    await cardShows('q-strict', QUERY_REPLY.credit);
    expect(sends('strict1').map((r) => [r.method, r.body])).toEqual([['POST', 'CEK']]);
    expect(await outgoing(tab)).toBe(1);
  }, 180_000);

  it('sends nothing when the compose box is not where the recipe expects it, and the card says so', async () => {
    const tab = await open('nobox1', '?compose=0');
    const message = await cardShows('q-nobox', 35_000, 'error');
    expect(message).toContain(getMessageIn('en')('source_queryNotSent', new URL(server.origin).host));
    expect(await outgoing(tab)).toBe(0);
    expect(sends('nobox1')).toHaveLength(0);
  }, 180_000);
});
