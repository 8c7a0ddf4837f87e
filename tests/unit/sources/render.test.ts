// Rendered refresh, the background's side: the tab it opens, the ids it records, one render at a time,
// and a starting worker closing what a stopped one left open (and nothing else).
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeRenderTabs, isAccountPage, renderPage, renderTab } from '@/utils/sources/render';
import type { RenderRequest } from '@/utils/sources/render-read';

const request = (deadline = Date.now() + 60_000): RenderRequest => ({
  url: 'https://portal.test/portal/account',
  read: { accountId: 'r1', at: 0, host: 'portal.test', currency: 'IDR', now: 0, deadline },
});
const SCAN = { text: 'Sisa Pulsa Rp 1.000', selected: {}, hasPassword: false, scripts: 1, textLength: 19 };

const recorded = async () => (await fakeBrowser.storage.session.get('renderTabs')).renderTabs as number | undefined;
/** Open tabs other than the one the fake browser starts with. */
const openTabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.id).filter((id) => id !== 0);

/**
 * `scripting.executeScript` as the reader answers it: the file first, then the call; `answer(call)` per call.
 * The check whether the reader is still in the page (one argument: its name) answers `readerStays()`.
 */
function fakeScripting(answer: (call: number, tabId: number) => Promise<unknown>, readerStays = () => false) {
  let calls = 0;
  const executeScript = vi.fn(async (injection: { target: { tabId: number }; files?: string[]; args?: unknown[] }) => {
    if (injection.files) return [{ result: undefined }];
    if (injection.args?.length === 1) return [{ result: readerStays() }];
    calls += 1;
    return [{ result: await answer(calls, injection.target.tabId) }];
  });
  vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({ executeScript } as unknown as typeof fakeBrowser.scripting);
  return executeScript;
}

/** `windows.create` as the browser answers it: a window holding one new tab at the URL asked for. */
const fakeWindowCreate = () =>
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async (data) => {
    const tab = await fakeBrowser.tabs.create({ url: data?.url as string });
    return { id: 9, focused: false, incognito: false, alwaysOnTop: false, tabs: [tab] };
  });

describe('rendered refresh in a background tab', () => {
  it('opens an inactive tab, records it while reading, then closes it and forgets it', async () => {
    const user = await fakeBrowser.tabs.create({ url: 'https://news.test/', active: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const during: { recorded?: number; tabs: (number | undefined)[]; inMemory?: number; asked: number }[] = [];
    const executeScript = fakeScripting(async (_call, tabId) => {
      during.push({ recorded: await recorded(), tabs: await openTabs(), inMemory: renderTab, asked: tabId });
      return SCAN;
    });
    expect(await renderPage(request())).toEqual(SCAN);
    expect(create).toHaveBeenCalledWith({ url: 'https://portal.test/portal/account', active: false, windowId: expect.any(Number) });
    const opened = during[0]?.asked;
    expect(during[0]).toEqual({ recorded: opened, tabs: [user.id, opened], inMemory: opened, asked: opened });
    // The reader file first, then the call with the request, in that tab only.
    expect(executeScript.mock.calls.map(([i]) => i.target)).toEqual([{ tabId: opened }, { tabId: opened }]);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ files: ['/render-reader.js'] });
    expect(await openTabs()).toEqual([user.id]);
    expect(await recorded()).toBe(-1);
    expect(renderTab).toBe(-1);
  });

  it('asks again when the page went away mid-read (a redirect), and answers what the next page says', async () => {
    fakeScripting(async (call) => {
      if (call === 1) throw new Error('Frame with ID 0 was removed.');
      return SCAN;
    });
    expect(await renderPage(request())).toEqual(SCAN);
    expect(await openTabs()).toEqual([]);
  });

  it('asks again when the page went away mid-read and the injection never settles (Firefox), once the tab loads again', async () => {
    const tab: { id?: number } = {};
    fakeScripting(async (call, tabId) => {
      if (call > 1) return SCAN;
      // Firefox leaves the promise of a script whose page navigated away pending for good: only the tab says so.
      tab.id = tabId;
      return new Promise(() => undefined);
    });
    const answer = renderPage(request());
    await vi.waitFor(() => expect(tab.id).toBeDefined());
    const loading = await fakeBrowser.tabs.get(tab.id as number);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id as number, { status: 'loading' }, loading);
    // Answered from the next page: without the tab's word the render would wait out its 60 s deadline and answer nothing.
    expect(await answer).toEqual(SCAN);
    expect(await openTabs()).toEqual([]);
    expect(await recorded()).toBe(-1);
  });

  it('keeps waiting through a route change of the same page (history.pushState keeps the reader)', async () => {
    const tab: { id?: number } = {};
    let settle = (_: unknown): void => undefined;
    const executeScript = fakeScripting(
      (call, tabId) => {
        tab.id = tabId;
        return call === 1 ? new Promise((resolve) => (settle = resolve)) : Promise.resolve({ ...SCAN, text: 'asked again' });
      },
      () => true,
    );
    const answer = renderPage(request());
    await vi.waitFor(() => expect(tab.id).toBeDefined());
    await fakeBrowser.tabs.onUpdated.trigger(tab.id as number, { status: 'loading' }, await fakeBrowser.tabs.get(tab.id as number));
    // The check ran, found the reader, and the first ask still stands: its answer is the render's.
    await vi.waitFor(() => expect(executeScript.mock.calls.some(([i]) => i.args?.length === 1)).toBe(true));
    settle(SCAN);
    expect(await answer).toEqual(SCAN);
  });

  it('leaves no tab listener behind, also when the injection never settles and time runs out', async () => {
    const added = vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener');
    const removed = vi.spyOn(fakeBrowser.tabs.onUpdated, 'removeListener');
    fakeScripting(() => new Promise(() => undefined));
    expect(await renderPage(request(Date.now() + 2300))).toBeUndefined();
    expect(added.mock.calls.length).toBeGreaterThan(0);
    expect(removed.mock.calls.map(([fn]) => fn)).toEqual(added.mock.calls.map(([fn]) => fn));
  });

  it('gives up at the deadline (less its margin) and still closes the tab', async () => {
    fakeScripting(async () => undefined);
    expect(await renderPage(request(Date.now() + 2300))).toBeUndefined();
    expect(await openTabs()).toEqual([]);
    expect(await recorded()).toBe(-1);
  });

  it('opens a minimized, unfocused window where no normal window is open', async () => {
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValueOnce([]);
    const windows = fakeWindowCreate();
    fakeScripting(async () => SCAN);
    expect(await renderPage(request())).toEqual(SCAN);
    expect(windows).toHaveBeenCalledWith({ url: 'https://portal.test/portal/account', focused: false, state: 'minimized' });
  });

  it('renders one page at a time across accounts', async () => {
    let open = 0;
    let most = 0;
    fakeScripting(async () => {
      open = (await openTabs()).length;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return SCAN;
    });
    const answers = await Promise.all([renderPage(request()), renderPage(request()), renderPage(request())]);
    expect(answers).toEqual([SCAN, SCAN, SCAN]);
    expect(most).toBe(1);
    expect(await openTabs()).toEqual([]);
  });

  it('a starting worker closes the render tab a stopped one recorded, and no other tab', async () => {
    const user = await fakeBrowser.tabs.create({ url: 'https://portal.test/portal/account' });
    const leftOver = await fakeBrowser.tabs.create({ url: 'https://portal.test/portal/account', active: false });
    await fakeBrowser.storage.session.set({ renderTabs: leftOver.id });
    await closeRenderTabs();
    expect(await openTabs()).toEqual([user.id]);
    expect(await recorded()).toBe(-1);
  });
  it('gives up at the deadline even when the page never finishes loading (the injection never answers)', async () => {
    fakeScripting(() => new Promise(() => undefined));
    expect(await renderPage(request(Date.now() + 2300))).toBeUndefined();
    expect(await openTabs()).toEqual([]);
    // The lock is free again: the next render runs.
    fakeScripting(async () => SCAN);
    expect(await renderPage(request())).toEqual(SCAN);
  });

  it('keeps the worker awake with an API call every 10 s while its tab is open, and stops once it is closed', async () => {
    vi.useFakeTimers();
    try {
      const awake = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
      fakeScripting(() => new Promise(() => undefined));
      const rendering = renderPage(request(Date.now() + 65_000));
      await vi.advanceTimersByTimeAsync(66_000);
      expect(await rendering).toBeUndefined();
      // Open for 63 s (the deadline less its margin): six calls, none more than 10 s apart.
      expect(awake).toHaveBeenCalledTimes(6);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(awake).toHaveBeenCalledTimes(6);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a render that waited for its turn gets its time from when its turn comes, where the refresh allows it', async () => {
    vi.useFakeTimers();
    try {
      fakeScripting(async (call) => (call === 1 ? new Promise(() => undefined) : SCAN));
      // The first holds the one render until its deadline; the second's own would have passed by then.
      const first = renderPage(request(Date.now() + 2300));
      const begin = vi.fn(() => Date.now() + 60_000);
      const second = renderPage(request(Date.now() + 2200), undefined, begin);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await first).toBeUndefined();
      expect(await second).toEqual(SCAN);
      expect(begin).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens nothing when its refresh ended while it waited for its turn', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const executeScript = fakeScripting(async () => SCAN);
    expect(
      await renderPage(
        request(),
        async () => ({ send: { text: 'CEK', box: 'b', button: 'c' }, deadline: Date.now() + 90_000 }),
        () => undefined,
      ),
    ).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('opens no tab for a render that waited past its deadline', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fakeScripting(async () => SCAN);
    expect(await renderPage(request(Date.now() + 1000))).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });

  it('never opens the tab in a private window', async () => {
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValueOnce([
      { id: 5, focused: true, incognito: true, alwaysOnTop: false },
    ] as Awaited<ReturnType<typeof fakeBrowser.windows.getAll>>);
    const windows = fakeWindowCreate();
    fakeScripting(async () => SCAN);
    expect(await renderPage(request())).toEqual(SCAN);
    expect(windows).toHaveBeenCalledWith({ url: 'https://portal.test/portal/account', focused: false, state: 'minimized' });
  });

  it("reads values only from the account's own page: a redirect to another page of the site gives nothing", async () => {
    fakeScripting(async (_call, tabId) => {
      await fakeBrowser.tabs.update(tabId, { url: 'https://portal.test/portal/choose-line' });
      return SCAN;
    });
    expect(await renderPage(request(Date.now() + 2300))).toBeUndefined();
    expect(isAccountPage('https://portal.test/portal/account?lang=id', 'https://portal.test/portal/account')).toBe(true);
    expect(isAccountPage('https://other.test/portal/account', 'https://portal.test/portal/account')).toBe(false);
  });
});

it('a starting worker with nothing recorded closes nothing', async () => {
  const user = await fakeBrowser.tabs.create({ url: 'https://portal.test/portal/account' });
  await closeRenderTabs();
  expect(await openTabs()).toEqual([user.id]);
});

describe('the balance query from the render tab', () => {
  const SEND = { text: 'CEK', box: 'textarea', button: 'button' };
  const REPLIED = { ...SCAN, text: 'Pulsa Anda Rp 27.500', query: 'replied' };

  /** `scripting.executeScript` answering the read with `SCAN` and the query call with `query(request)`. */
  function fakeReader(query: (request: unknown) => Promise<unknown>) {
    const calls: { name: string; request: unknown; tabs: (number | undefined)[] }[] = [];
    const executeScript = vi.fn(async (injection: { files?: string[]; args?: unknown[] }) => {
      if (injection.files) return [{ result: undefined }];
      const [request, name] = injection.args as [unknown, string];
      calls.push({ name, request, tabs: await openTabs() });
      return [{ result: name === 'balanceBadgeQuery' ? await query(request) : SCAN }];
    });
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({ executeScript } as unknown as typeof fakeBrowser.scripting);
    return calls;
  }

  it('claims once the page is read, sends from the same tab with the moved deadline, and closes the tab after the reply', async () => {
    const calls = fakeReader(async () => REPLIED);
    const deadline = Date.now() + 90_000;
    const claim = vi.fn(async () => ({ send: SEND, deadline }));
    expect(await renderPage(request(), claim)).toEqual(REPLIED);
    expect(claim).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.name)).toEqual(['balanceBadgeRender', 'balanceBadgeQuery']);
    // The one render tab, still open while the reply is awaited.
    expect(calls[1]?.tabs).toEqual(calls[0]?.tabs);
    expect(calls[1]?.tabs).toHaveLength(1);
    expect(calls[1]?.request).toMatchObject({ send: SEND, read: { deadline } });
    expect(await openTabs()).toEqual([]);
    expect(await recorded()).toBe(-1);
  });

  it('sends nothing when the claim says no (not due, or another browser’s)', async () => {
    const calls = fakeReader(async () => REPLIED);
    expect(await renderPage(request(), async () => undefined)).toEqual(SCAN);
    expect(calls.map((c) => c.name)).toEqual(['balanceBadgeRender']);
  });

  it('never claims on a sign-in page', async () => {
    const signIn = { ...SCAN, hasPassword: true };
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({
      executeScript: vi.fn(async (injection: { files?: string[] }) => [{ result: injection.files ? undefined : signIn }]),
    } as unknown as typeof fakeBrowser.scripting);
    const claim = vi.fn(async () => ({ send: SEND, deadline: Date.now() + 90_000 }));
    expect(await renderPage(request(), claim)).toEqual(signIn);
    expect(claim).not.toHaveBeenCalled();
  });

  it('takes no reply from a page the tab left while waiting: the page as first read, the reply pending', async () => {
    fakeReader(async () => {
      // The site navigated the tab away (another page of the site) while the reply was awaited.
      await fakeBrowser.tabs.update((await openTabs())[0] as number, { url: 'https://portal.test/elsewhere' });
      return REPLIED;
    });
    const claim = async () => ({ send: SEND, deadline: Date.now() + 90_000 });
    expect(await renderPage(request(), claim)).toEqual({ ...SCAN, query: 'pending' });
    expect(await openTabs()).toEqual([]);
  });

  it('stops waiting for the reply at the moved deadline: the page as first read, the reply pending, the tab closed', async () => {
    fakeReader(() => new Promise(() => undefined));
    const claim = async () => ({ send: SEND, deadline: Date.now() + 2300 });
    expect(await renderPage(request(), claim)).toEqual({ ...SCAN, query: 'pending' });
    expect(await openTabs()).toEqual([]);
    expect(await recorded()).toBe(-1);
  });
});
