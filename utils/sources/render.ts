/**
 * Rendered refresh, the background's side: open an account's page in a tab the user is not looking at,
 * inject the page reader (`entrypoints/render-reader.ts`), take its answer and close the tab. One render at
 * a time across all accounts. The ids of the tabs open for a render are kept in `storage.session` (this
 * module owns `renderTabs` there), so a worker stopped mid-render lets the next one close them, and only them.
 */
import { browser } from 'wxt/browser';
import { serial } from '@/utils/core/serial';
import type { RenderRequest } from '@/utils/sources/render-read';
import type { QuerySend } from '@/utils/sources/render-query';
import { RENDER_MARGIN_MS } from '@/utils/model/constants';

/**
 * The balance query of a message list, claimed by the caller once the page is drawn: what to send, and the
 * refresh's deadline moved on to cover the wait for the reply. Undefined: nothing to send now.
 */
export type ClaimSend = () => Promise<{ send: QuerySend; deadline: number } | undefined>;

/**
 * Opens the account's page in a background tab, reads it (`readUntilSettled`), closes the tab. With `claim`,
 * a page read and drawn asks for the balance query and, when claimed, sends it from the same tab and reads
 * the reply (`sendAndAwaitReply`) before the tab closes. The answer comes from the page's process and is
 * checked before use (`isPageScan`): a `PageScan` (with the query's outcome as `query`), or nothing.
 */
export type RenderPage = (request: RenderRequest, claim?: ClaimSend, begin?: BeginRender) => Promise<unknown>;

/**
 * Called when a render gets its turn (one at a time): a render that waited behind another (a query awaiting
 * its reply) gets the time it had left when it began waiting, from now; the new deadline, or undefined when
 * its refresh ended meanwhile (then it opens nothing).
 */
export type BeginRender = () => number | undefined;

const KEY = 'renderTabs';
/**
 * How often a render keeps the worker awake with an API call: Chrome stops an idle worker after 30 s, Firefox
 * suspends an idle event page after `extensions.background.idle.timeout` (30 s), and both restart that timer
 * on an extension API call (checked in Firefox by tests/e2e/rendered-refresh.e2e.ts).
 */
const KEEP_ALIVE_MS = 10_000;
/** Pause before asking a page again that gave no answer. */
const RETRY_MS = 250;
const one = serial();

/** The tab open for a render now, in this worker (one render at a time); -1 for none, as Chrome's `TAB_ID_NONE`. */
export let renderTab = -1;

/** True for a tab opened for a render: this worker's, or one a stopped worker left (closed once this one starts). */
export async function isRenderTab(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined || tabId < 0) return false;
  return tabId === renderTab || (await browser.storage.session.get(KEY))[KEY] === tabId;
}

/** Records the render tab open now (or none), for a worker that starts after this one stopped. */
const save = (id = -1) => browser.storage.session.set({ [KEY]: (renderTab = id) });

/**
 * An inactive tab in a normal window: the user's tab and window keep focus. Where no normal window is open
 * (all closed, the browser still running), a minimized, unfocused window, since a new tab would open a
 * window in front of the user.
 */
async function openTab(url: string): Promise<number | undefined> {
  // Never a private window: its cookies are not the session the user signed in with.
  const window = (await browser.windows.getAll({ windowTypes: ['normal'] })).find((w) => !w.incognito);
  return window
    ? (await browser.tabs.create({ url, active: false, windowId: window.id })).id
    : (await browser.windows.create({ url, focused: false, state: 'minimized' }))?.tabs?.[0]?.id;
}

/** In the tab's page: true where the reader is (a same-document navigation, history.pushState, keeps it). */
const readerHere = (name: string) => typeof (globalThis as unknown as Record<string, unknown>)[name] === 'function';

/**
 * Injects the reader and asks it (`name`: read, or send the query); undefined when the page went away first (a
 * new document, a closed tab) or at `until`. A new document in the tab ends the wait: Chrome then settles the
 * injection with no result, but Firefox leaves its promise pending for good (a sign-in redirect by the page's
 * script would hold the render until its time limit). `until` ends it too, so no listener outlives the render.
 */
function ask(tabId: number, request: RenderRequest, until: number, name = 'balanceBadgeRender'): Promise<unknown> {
  let gone = (): void => undefined;
  const away = new Promise<undefined>((resolve) => (gone = () => resolve(undefined)));
  const timer = setTimeout(() => gone(), Math.max(0, until - Date.now()));
  const loading = (id: number, change: { status?: string }) => {
    if (id !== tabId || change.status !== 'loading') return;
    // Ends the wait only when the reader is gone from the page: another document, not a route of the same one.
    browser.scripting.executeScript({ target: { tabId }, func: readerHere, args: [name] }).then(
      ([here]) => {
        if (here?.result !== true) gone();
      },
      () => gone(),
    );
  };
  const removed = (id: number) => {
    if (id === tabId) gone();
  };
  browser.tabs.onUpdated.addListener(loading);
  browser.tabs.onRemoved.addListener(removed);
  const asked = browser.scripting
    .executeScript({ target: { tabId }, files: ['/render-reader.js'] })
    .then(() =>
      browser.scripting.executeScript({
        target: { tabId },
        func: (r: RenderRequest, n: string) =>
          (globalThis as unknown as Record<string, ((r: RenderRequest) => unknown) | undefined>)[n]?.(r),
        args: [request, name],
      }),
    )
    .then(
      ([answer]) => answer?.result,
      () => undefined,
    );
  return Promise.race([asked, away]).finally(() => {
    clearTimeout(timer);
    browser.tabs.onUpdated.removeListener(loading);
    browser.tabs.onRemoved.removeListener(removed);
  });
}

/** True when `url` is the account's page (same scheme, host and path): a render never reads another page as this one. */
export function isAccountPage(url: string | undefined, accountUrl: string): boolean {
  try {
    const a = new URL(url ?? '');
    const b = new URL(accountUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** See `RenderPage`. A page that navigates (a redirect to sign in) is read again once loaded. */
export const renderPage: RenderPage = (asked, claim, begin) =>
  one(async () => {
    const began = begin?.();
    // Its refresh gave up while it waited: nothing opens, nothing is sent.
    if (begin && began === undefined) return undefined;
    const request = began === undefined ? asked : { ...asked, read: { ...asked.read, deadline: began } };
    let until = (request.read.deadline ?? 0) - RENDER_MARGIN_MS;
    // A render that waited behind others past its time opens no tab.
    if (Date.now() >= until) return undefined;
    // A tab always has an id here (`Tab.id` is optional only for tabs of other kinds).
    const id = (await openTab(request.url)) as number;
    await save(id);
    // Chrome and Firefox stop a background after 30 s without an event or an API call: one every 10 s keeps it while the tab is open.
    const alive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), KEEP_ALIVE_MS);
    try {
      let answer: unknown;
      // The injection waits for the page to load (document_idle). A tab still blank, or a page that went away
      // mid-read (a redirect to sign in), is asked again a moment later.
      while (!answer && Date.now() < until) {
        answer = await ask(id, request, until);
        if (!answer) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
      // A sign-in page may sit on another path; values are read only from the account's own page. The tab's URL
      // is visible here: the reader could run only on an origin this browser granted.
      if (answer && !(answer as { hasPassword?: boolean }).hasPassword) {
        const tab = await browser.tabs.get(id).catch(() => undefined);
        if (tab?.url !== undefined && !isAccountPage(tab.url, request.url)) return undefined;
        // The balance query is claimed only now that the conversation is drawn, and sent from this tab alone
        // (the capture script here is told nothing to send: `captureConfig`). The tab stays open for the reply.
        const query = claim && (await claim());
        if (query) {
          until = query.deadline - RENDER_MARGIN_MS;
          const asked = { ...request, read: { ...request.read, deadline: query.deadline }, send: query.send };
          // No answer (the page went away, or time ran out), or one from another page: maybe sent, so read again
          // later, never sent again.
          const pending = { ...(answer as object), query: 'pending' };
          const replied = await ask(id, asked, until, 'balanceBadgeQuery');
          const url = (await browser.tabs.get(id).catch(() => undefined))?.url;
          const still = url === undefined || isAccountPage(url, request.url);
          answer = replied && still ? replied : pending;
        }
      }
      return answer;
    } finally {
      clearInterval(alive);
      await browser.tabs.remove(id).catch(() => undefined);
      await save();
    }
  });

/** A starting worker closes the render tabs a stopped one left open (recorded in `storage.session`), and nothing else. */
export const closeRenderTabs = (): Promise<void> =>
  one(async () => {
    const left = (await browser.storage.session.get(KEY))[KEY] as number;
    // Nothing recorded (undefined) or none open (-1) compares false.
    if (left >= 0) await browser.tabs.remove(left).catch(() => undefined);
    await save();
  });
