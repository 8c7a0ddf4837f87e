import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureHandlers, capturePatterns, isCapturePage, syncCaptureScripts } from '@/utils/background/capture';
import { readingsStore } from '@/utils/stores/db';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { scanDocument } from '@/utils/sources/page-scan';
import { SIGN_IN_PAGE } from '../server/pages';
import { testAccount } from './helpers';
import { parseDocument } from './sources/dom';

const PAGE = 'https://my.carrier.test/account/balance?tab=1';
const capture = testAccount({ id: 'cap', source: { kind: 'web-page', url: PAGE, capture: true } });
const plain = testAccount({ id: 'plain', primary: false, source: { kind: 'web-page', url: 'https://other.test/' } });

describe('capture on visit', () => {
  it('matches that page only: scheme, host and path, any port or query', () => {
    expect(capturePatterns(PAGE)).toEqual(['https://my.carrier.test/account/balance', 'https://my.carrier.test/account/balance?*']);
    expect(isCapturePage('https://my.carrier.test/account/balance', PAGE)).toBe(true);
    expect(isCapturePage('https://my.carrier.test/account/other', PAGE)).toBe(false);
    expect(isCapturePage('http://my.carrier.test/account/balance', PAGE)).toBe(false);
    expect(isCapturePage(undefined, PAGE)).toBe(false);
  });

  it('registers a script for each capture account and removes the others', async () => {
    const registered = [{ id: 'capture-gone', matches: ['https://x.test/*'], js: ['content-scripts/capture.js'] }];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async () => undefined),
    };
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue(scripting as unknown as typeof fakeBrowser.scripting);
    await syncCaptureScripts([capture, plain]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['capture-gone'] });
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        id: 'capture-cap',
        matches: ['https://my.carrier.test/account/balance', 'https://my.carrier.test/account/balance?*'],
        js: ['content-scripts/capture.js'],
      }),
    ]);
  });

  // Chrome's match-pattern rule for the path part: `*` is any run of characters, the hash is never seen.
  const matchesPattern = (pattern: string, url: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url.replace(/#.*$/, ''));

  it.each([
    ['https://my.carrier.test/account', true],
    ['https://my.carrier.test/account?tab=usage', true],
    ['https://my.carrier.test/account#balance', true],
    ['https://my.carrier.test/account?', true],
    ['https://my.carrier.test/accounts/123', false],
    ['https://my.carrier.test/account-settings', false],
    ['https://my.carrier.test/account/edit', false],
    ['https://my.carrier.test/other?next=/account', false],
    ['http://my.carrier.test/account', false],
  ])('the patterns of /account match %s: %s', (url, expected) => {
    expect(capturePatterns('https://my.carrier.test/account').some((p) => matchesPattern(p, url))).toBe(expected);
  });

  it('replaces a registration an older version made with a wider pattern', async () => {
    const registered = [{ id: 'capture-cap', matches: ['https://my.carrier.test/account/balance*'], js: ['content-scripts/capture.js'] }];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async () => undefined),
    };
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue(scripting as unknown as typeof fakeBrowser.scripting);
    await syncCaptureScripts([capture]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['capture-cap'] });
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'capture-cap', matches: capturePatterns(PAGE) }),
    ]);
    // Registered as wanted: left alone.
    registered.splice(0, 1, { id: 'capture-cap', matches: capturePatterns(PAGE), js: ['content-scripts/capture.js'] });
    scripting.unregisterContentScripts.mockClear();
    scripting.registerContentScripts.mockClear();
    await syncCaptureScripts([capture]);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('records what the page shows, from that page only', async () => {
    await saveAccounts([capture, plain]);
    const scan = scanDocument(
      parseDocument('<!doctype html><html><body><table><tr><th>Sisa Pulsa</th><td>Rp 12.345</td></tr></table></body></html>'),
    );
    const config = await captureHandlers.captureConfig({}, { tab: { url: PAGE } });
    expect(config).toEqual([{ accountId: 'cap' }]);
    expect(await captureHandlers.recordCapture({ accountId: 'cap', scan }, { tab: { url: 'https://evil.test/' } })).toEqual({
      ok: false,
      found: false,
    });
    expect(await readingsStore.latest('cap')).toBeUndefined();

    expect(await captureHandlers.recordCapture({ accountId: 'cap', scan }, { tab: { url: PAGE } })).toEqual({ ok: true, found: true });
    expect((await readingsStore.latest('cap'))?.credit).toEqual({ amount: 12345, currency: 'IDR' });
    expect((await getRefreshStates()).cap?.failures).toBe(0);
  });

  it('records nothing from a sign-in form or a page still drawing', async () => {
    await saveAccounts([capture]);
    const signIn = scanDocument(parseDocument(SIGN_IN_PAGE));
    expect(await captureHandlers.recordCapture({ accountId: 'cap', scan: signIn }, { tab: { url: PAGE } })).toEqual({
      ok: true,
      found: false,
    });
    const empty = scanDocument(parseDocument('<!doctype html><html><body><div id="app">Loading…</div><script></script></body></html>'));
    expect(await captureHandlers.recordCapture({ accountId: 'cap', scan: empty }, { tab: { url: PAGE } })).toEqual({
      ok: true,
      found: false,
    });
    expect(await readingsStore.latest('cap')).toBeUndefined();
  });
});
