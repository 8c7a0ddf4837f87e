// Who may send what (finding 3 of part 11): the background answers its pages, the capture content script
// only its two messages for its own page, and the offscreen document only the worker.
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, MESSAGE_SENDERS, type MessageHandlers, type MessageName } from '@/utils/background/messages';
import { messageHandlers, restrictLocalStorage } from '@/utils/background/lifecycle';
import { captureHandlers } from '@/utils/background/capture';
import { isExtensionPage, type MessageSender } from '@/utils/core/sender';
import { readingsStore } from '@/utils/stores/db';
import { saveAccounts } from '@/utils/stores/settings';
import { MAX_MESSAGE_KEYS } from '@/utils/model/constants';
import { answerOffscreenMessage, OffscreenRequestSchema } from '@/utils/sources/offscreen-answer';
import { MAX_SCAN_TEXT, type PageScan } from '@/utils/sources/page-scan';
import { MAX_OFFSCREEN_TEXT } from '@/utils/sources/platform';
import { testAccount } from './helpers';

const ID = 'test-extension-id';
const BASE = `chrome-extension://${ID}/`;
const PAGE = 'https://my.carrier.test/account/balance';

/** What the browsers put in `sender` (runtime.MessageSender). */
const SENDERS = {
  // Chrome's popup: an extension page in no tab.
  popup: { id: ID, url: `${BASE}popup.html`, origin: `chrome-extension://${ID}` },
  // The options or history page open in a tab.
  optionsTab: { id: ID, url: `${BASE}options.html`, origin: `chrome-extension://${ID}`, tab: { id: 7, url: `${BASE}options.html` } },
  // Chrome's service worker: no URL, no tab.
  worker: { id: ID },
  // A content script: the extension's id, the web page's URL, origin and tab.
  contentScript: { id: ID, url: PAGE, origin: 'https://my.carrier.test', tab: { id: 3, url: PAGE } },
} satisfies Record<string, MessageSender>;

const envelope = (name: MessageName, payload: unknown) => ({ type: 'balance-badge', name, payload });

/** Delivers `message` to the registered listeners as the browser would, from `sender`; the first answer. */
async function deliver(message: unknown, sender: MessageSender): Promise<unknown> {
  const event = fakeBrowser.runtime.onMessage as unknown as { trigger: (m: unknown, s: MessageSender) => Promise<unknown[]> };
  return (await event.trigger(message, sender)).find((answer) => answer !== undefined);
}

describe('isExtensionPage', () => {
  const self = { id: ID, baseUrl: BASE };

  it('takes the extension’s pages and worker', () => {
    expect(isExtensionPage(SENDERS.popup, self)).toBe(true);
    expect(isExtensionPage(SENDERS.optionsTab, self)).toBe(true);
    expect(isExtensionPage(SENDERS.worker, self)).toBe(true);
    // Firefox's background page.
    expect(isExtensionPage({ id: ID, url: `${BASE}_generated_background_page.html` }, self)).toBe(true);
  });

  it('refuses a content script, another extension and look-alike addresses', () => {
    expect(isExtensionPage(SENDERS.contentScript, self)).toBe(false);
    expect(isExtensionPage({ ...SENDERS.contentScript, tab: undefined }, self)).toBe(false);
    expect(isExtensionPage({ id: ID, tab: { id: 3 } }, self)).toBe(false);
    expect(isExtensionPage({ ...SENDERS.popup, id: 'other' }, self)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}x/popup.html` }, self)).toBe(false);
    expect(isExtensionPage({ ...SENDERS.popup, origin: 'https://my.carrier.test' }, self)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `${PAGE}?${BASE}` }, self)).toBe(false);
    expect(isExtensionPage(undefined, self)).toBe(false);
    expect(isExtensionPage({}, self)).toBe(false);
  });
});

describe('handleMessages', () => {
  it('lists only the capture messages as a content script’s', () => {
    expect(Object.entries(MESSAGE_SENDERS).filter(([, from]) => from === 'content-script')).toEqual([
      ['captureConfig', 'content-script'],
      ['recordCapture', 'content-script'],
    ]);
  });

  /** Handlers that record their calls. */
  function spyHandlers() {
    const handlers = Object.fromEntries(
      (Object.keys(MESSAGE_SENDERS) as MessageName[]).map((name) => [name, vi.fn(async () => ({ answered: name }))]),
    ) as unknown as MessageHandlers & Record<MessageName, ReturnType<typeof vi.fn>>;
    handleMessages(handlers);
    return handlers;
  }

  // Every message that is not the content script's, so a new one is covered as soon as it is listed.
  const pageMessages = (Object.keys(MESSAGE_SENDERS) as MessageName[]).filter((name) => MESSAGE_SENDERS[name] === 'extension');

  it('has page messages to check', () => {
    expect(pageMessages).toEqual(expect.arrayContaining(['refresh', 'testSource', 'recordReading', 'clearHistory']));
  });

  it.each(pageMessages)('refuses %s from a content script, unhandled', async (name) => {
    const handlers = spyHandlers();
    await expect(deliver(envelope(name, {}), SENDERS.contentScript)).rejects.toThrow(/not accepted/);
    expect(handlers[name]).not.toHaveBeenCalled();
  });

  it.each(pageMessages)('answers %s from the extension’s pages', async (name) => {
    const handlers = spyHandlers();
    for (const sender of [SENDERS.popup, SENDERS.optionsTab]) expect(await deliver(envelope(name, {}), sender)).toEqual({ answered: name });
    expect(handlers[name]).toHaveBeenCalledTimes(2);
  });

  it('passes the capture messages to their handlers, which check the tab; not from another extension', async () => {
    const handlers = spyHandlers();
    expect(await deliver(envelope('captureConfig', {}), SENDERS.contentScript)).toEqual({ answered: 'captureConfig' });
    expect(handlers.captureConfig).toHaveBeenCalledWith({}, SENDERS.contentScript);
    await expect(deliver(envelope('recordCapture', {}), { ...SENDERS.contentScript, id: 'other' })).rejects.toThrow(/not accepted/);
    expect(handlers.recordCapture).not.toHaveBeenCalled();
  });

  it('ignores what is not one of its messages', async () => {
    const handlers = spyHandlers();
    expect(await deliver({ type: 'balance-badge', name: 'constructor', payload: {} }, SENDERS.popup)).toBeUndefined();
    expect(await deliver({ type: 'other', name: 'refresh' }, SENDERS.popup)).toBeUndefined();
    expect(handlers.refresh).not.toHaveBeenCalled();
  });

  // Chrome's worker has no polyfill: Chrome's own listener answers through `sendResponse` after returning true.
  it('answers and refuses through sendResponse where the browser passes it (Chrome without the polyfill)', async () => {
    const handlers = spyHandlers();
    const event = fakeBrowser.runtime.onMessage as unknown as {
      trigger: (m: unknown, s: MessageSender, respond: (answer: unknown) => void) => Promise<unknown[]>;
    };
    const answered = async (message: unknown, sender: MessageSender) => {
      let respond: (answer: unknown) => void = () => undefined;
      const answer = new Promise<unknown>((resolve) => (respond = resolve));
      const returned = await event.trigger(message, sender, respond);
      return { returned, answer: await answer };
    };
    const ok = await answered(envelope('refresh', {}), SENDERS.popup);
    expect(ok.returned).toContain(true);
    expect(ok.answer).toEqual({ answered: 'refresh' });
    const refused = await answered(envelope('refresh', {}), SENDERS.contentScript);
    expect(refused.answer).toEqual({ __mozWebExtensionPolyfillReject__: true, message: expect.stringMatching(/not accepted/) });
    expect(handlers.refresh).toHaveBeenCalledTimes(1);
  });

  it('with the real handlers: a content script cannot record a reading; the options page can', async () => {
    await saveAccounts([testAccount({ id: 'm', source: { kind: 'manual' } })]);
    handleMessages(messageHandlers);
    const reading = { accountId: 'm', at: Date.now(), credit: { amount: 5_000, currency: 'IDR' } };
    await expect(deliver(envelope('recordReading', { reading }), SENDERS.contentScript)).rejects.toThrow();
    expect(await readingsStore.latest('m')).toBeUndefined();
    expect(await deliver(envelope('recordReading', { reading }), SENDERS.optionsTab)).toEqual({ ok: true });
    expect((await readingsStore.latest('m'))?.credit).toEqual({ amount: 5_000, currency: 'IDR' });
  });
});

describe('recordCapture', () => {
  const capture = testAccount({ id: 'cap', source: { kind: 'web-page', url: PAGE, capture: true } });
  const good: PageScan = { text: 'Sisa Pulsa: Rp 12.345', selected: {}, hasPassword: false, scripts: 0, textLength: 21 };

  it.each([
    ['text over the cap', { ...good, text: 'x'.repeat(MAX_SCAN_TEXT + 1) }],
    ['a selected value over the cap', { ...good, selected: { credit: 'x'.repeat(MAX_SCAN_TEXT + 1) } }],
    ['an unknown field', { ...good, selected: { password: 'x' } }],
    ['a negative count', { ...good, scripts: -1 }],
    ['an extra key', { ...good, html: '<p>' }],
    ['no object', 'Sisa Pulsa: Rp 12.345'],
  ])('refuses a scan with %s, from the account’s own page too', async (_, scan) => {
    await saveAccounts([capture]);
    const answer = await captureHandlers.recordCapture({ accountId: 'cap', scan: scan as PageScan }, { tab: { url: PAGE } });
    expect(answer).toEqual({ ok: false, found: false });
    expect(await readingsStore.latest('cap')).toBeUndefined();
  });

  it('records a well-formed scan', async () => {
    await saveAccounts([capture]);
    expect(await captureHandlers.recordCapture({ accountId: 'cap', scan: good }, { tab: { url: PAGE } })).toEqual({
      ok: true,
      found: true,
    });
  });
});

describe('the offscreen document', () => {
  const parse = { type: 'balance-badge-offscreen', task: 'parse', html: '<p>Sisa Pulsa: Rp 1.000</p>' };

  it('answers the worker', async () => {
    const extract = {
      type: 'balance-badge-offscreen',
      task: 'extract',
      text: 'Sisa Pulsa: Rp 25.750',
      hints: { now: Date.now(), currency: 'IDR', deadline: Date.now() + 30_000 },
    };
    expect(await answerOffscreenMessage(extract, SENDERS.worker)).toMatchObject({ credit: { value: { amount: 25_750, currency: 'IDR' } } });
  });

  it('takes the keys a message list keeps at their fullest (balance keys and no-value hashes), and no more', async () => {
    const read = (seen: string[]) => ({
      type: 'balance-badge-offscreen',
      task: 'read',
      scan: { text: '', selected: {}, hasPassword: false, scripts: 0, textLength: 0 },
      options: { accountId: 'a', at: 1, host: 'x.test', currency: 'IDR', now: 1, seen },
    });
    const full = [
      ...Array.from({ length: MAX_MESSAGE_KEYS }, (_, i) => `k${i}.1.m`),
      ...Array.from({ length: MAX_MESSAGE_KEYS }, (_, i) => `h${i}.x`),
    ];
    expect(v.safeParse(OffscreenRequestSchema, read(full)).success).toBe(true);
    expect(v.safeParse(OffscreenRequestSchema, read([...full, 'one.more.m'])).success).toBe(false);
  });

  it('refuses a content script and leaves other messages alone', async () => {
    await expect(answerOffscreenMessage(parse, SENDERS.contentScript)).rejects.toThrow(/refused/);
    expect(answerOffscreenMessage(envelope('refresh', {}), SENDERS.contentScript)).toBeUndefined();
  });

  it.each([
    ['an HTML text over the cap', { ...parse, html: 'x'.repeat(MAX_OFFSCREEN_TEXT + 1) }],
    ['an unknown task', { ...parse, task: 'fetch' }],
    ['no HTML', { ...parse, html: undefined }],
    ['a long selector', { ...parse, selectors: { credit: '#'.repeat(1001) } }],
    ['a scan over the cap', { type: 'balance-badge-offscreen', task: 'read', scan: { text: 'x'.repeat(MAX_SCAN_TEXT + 1) }, options: {} }],
    ['extraction hints without a time', { type: 'balance-badge-offscreen', task: 'extract', text: 'Rp 1', hints: {} }],
  ])('refuses %s', async (_, request) => {
    await expect(answerOffscreenMessage(request, SENDERS.worker)).rejects.toThrow(/malformed/);
  });
});

describe('restrictLocalStorage', () => {
  it('limits storage.local to the extension where the browser can', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel });
    expect(await restrictLocalStorage()).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    setAccessLevel.mockRejectedValueOnce(new Error('only storage.session'));
    expect(await restrictLocalStorage()).toBe(false);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: undefined });
  });

  it('does without where the browser cannot (Firefox)', async () => {
    expect(await restrictLocalStorage()).toBe(false);
  });
});
