// What docs/SECURITY.md promises about requests and secrets, each against the way it was once broken:
// redirects, plain http, a secret body, sync moving an account's host, huge readings, sites never granted.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyNetworkForm, validateNetwork } from '@/entrypoints/options/accounts/network-form-values';
import { syncCaptureScripts } from '@/utils/background/capture';
import { refreshAccount, type RefreshDeps } from '@/utils/background/refresh';
import { testAccountSource } from '@/utils/background/test-source';
import { type Account, DEFAULT_SETTINGS, MAX_QUOTAS, type Quota } from '@/utils/model';
import { ReadingSchema } from '@/utils/model/schemas';
import { fetchText } from '@/utils/sources/http';
import { readJsonApi } from '@/utils/sources/json-api';
import type { AccountOf, SourceDeps } from '@/utils/sources/types';
import { readWebPage } from '@/utils/sources/web-page';
import { buildBackup } from '@/utils/stores/backup';
import { readingsStore } from '@/utils/stores/db';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { hasSecrets, withoutLocalParts } from '@/utils/stores/secrets';
import { getAccounts, saveAccounts } from '@/utils/stores/settings';
import { syncNow } from '@/utils/stores/sync';
import { startTestServer, type TestServer } from '../server/server';
import { testAccount } from './helpers';
import { parseWithLinkedom } from './sources/dom';

const KEY = 'key-93be1c04d2';
const NOW = Date.UTC(2026, 5, 15, 12);
// Two servers: two origins (ports differ), as a site and the one its redirect points to.
let home: TestServer;
let away: TestServer;

beforeAll(async () => {
  [home, away] = await Promise.all([startTestServer(), startTestServer()]);
});
afterAll(async () => {
  await Promise.all([home?.close(), away?.close()]);
});

const deps = (fetch: typeof globalThis.fetch = globalThis.fetch): SourceDeps => ({
  now: NOW,
  timeZone: 'UTC',
  fetch,
  signal: new AbortController().signal,
});
const refreshDeps = (fetch: typeof globalThis.fetch): RefreshDeps => ({ now: () => NOW, fetch, timeoutMs: 2_000, timeZone: 'UTC' });
const redirectTo = (target: string, status = 302) => home.url(`/redirect?status=${status}&to=${encodeURIComponent(target)}`);
const api = (url: string, source: Partial<AccountOf<'json-api'>['source']> = {}) =>
  testAccount({ id: 'api1', currency: 'IDR', source: { kind: 'json-api', url, ...source } }) as AccountOf<'json-api'>;
const web = (url: string) => testAccount({ id: 'web1', source: { kind: 'web-page', url } }) as AccountOf<'web-page'>;
const noFetch = () => vi.fn<typeof globalThis.fetch>().mockRejectedValue(new Error('no request may be sent'));

describe('1. redirects and plain http', () => {
  it('a JSON API follows no redirect to another origin: its custom header never gets there', async () => {
    const result = await readJsonApi(
      api(redirectTo(away.url('/api/balance')), { headers: { 'X-API-Key': KEY }, fields: { credit: '$.data.balance.remaining' } }),
      deps(),
    );
    expect(result).toMatchObject({ ok: false, code: 'login-required' });
    expect(!result.ok && result.message).toMatch(/answered with a redirect/);
    expect(away.requests('/api/balance')).toHaveLength(0);
    expect(home.requests('/redirect').at(-1)?.headers['x-api-key']).toBe(KEY);
  });

  it('a JSON API POST body is not carried along a 307 to another origin', async () => {
    const result = await readJsonApi(api(redirectTo(away.url('/api/balance'), 307), { method: 'POST', body: `{"key":"${KEY}"}` }), deps());
    expect(result).toMatchObject({ ok: false, code: 'login-required' });
    expect(away.requests('/api/balance')).toHaveLength(0);
  });

  it('a browser’s opaque manual redirect is refused the same way', async () => {
    const opaque = vi.fn<typeof globalThis.fetch>(
      async () =>
        ({
          type: 'opaqueredirect',
          status: 0,
          ok: false,
          redirected: false,
          url: '',
          headers: new Headers(),
          body: null,
        }) as unknown as Response,
    );
    const result = await readJsonApi(api('https://api.example/usage', { headers: { 'RT-AccessCode': KEY } }), deps(opaque));
    expect(result).toMatchObject({ ok: false, code: 'login-required' });
    expect(opaque).toHaveBeenCalledWith('https://api.example/usage', expect.objectContaining({ redirect: 'manual' }));
  });

  it('a web page whose answer comes from another origin is not read; a same-origin redirect still is', async () => {
    const away1 = await readWebPage(web(redirectTo(away.url('/id/akun'))), deps(), parseWithLinkedom);
    expect(away1).toMatchObject({ ok: false, code: 'http' });
    expect(!away1.ok && away1.message).toMatch(/another site/);
    const same = await readWebPage(web(redirectTo(home.url('/id/akun'))), deps(), parseWithLinkedom);
    expect(same).toMatchObject({ ok: true, reading: { credit: { currency: 'IDR' } } });
    // A sign-in page, wherever it is, still says "signed out".
    expect(await readWebPage(web(redirectTo(away.url('/login'))), deps(), parseWithLinkedom)).toMatchObject({ code: 'login-required' });
  });

  it('an https page redirected to plain http is another origin: refused', async () => {
    const downgraded = vi.fn<typeof globalThis.fetch>(async () => {
      const response = new Response('<p>Sisa pulsa Rp 5.000</p>', { headers: { 'content-type': 'text/html' } });
      return Object.defineProperties(response, { url: { value: 'http://my.carrier.example/akun' }, redirected: { value: true } });
    });
    const result = await fetchText(
      { url: 'https://my.carrier.example/akun' },
      { fetch: downgraded, signal: new AbortController().signal, now: NOW },
    );
    expect(result).toMatchObject({ ok: false, code: 'http' });
  });

  it('headers and a body are never sent over plain http, except to this computer', async () => {
    for (const source of [{ headers: { 'X-API-Key': KEY } }, { method: 'POST' as const, body: KEY }]) {
      const fetch = noFetch();
      const result = await readJsonApi(api('http://api.example/usage', source), deps(fetch));
      expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
      expect(!result.ok && result.message).toMatch(/not sent over plain http/);
      expect(fetch).not.toHaveBeenCalled();
    }
    for (const host of ['localhost', '127.0.0.2', '[::1]']) {
      const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('offline'));
      await readJsonApi(api(`http://${host}:9/usage`, { headers: { 'X-API-Key': KEY } }), deps(fetch));
      expect(fetch).toHaveBeenCalledOnce();
    }
  });

  it('a key in a JSON API address is never sent over plain http either', async () => {
    const fetch = noFetch();
    const result = await readJsonApi(api(`http://api.example/usage?apikey=${KEY}`), deps(fetch));
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(fetch).not.toHaveBeenCalled();
    const form = { ...emptyNetworkForm(), url: `http://api.example/usage?apikey=${KEY}` };
    expect(validateNetwork('json-api', form)).toMatchObject({ ok: false, errors: { url: expect.stringMatching(/key in the address/) } });
  });

  it('a JSON API without headers or a body follows a redirect within its site, and refuses an answer from another', async () => {
    const fields = { credit: '$.data.balance.remaining' };
    const same = await readJsonApi(api(redirectTo(home.url('/api/balance')), { fields }), deps());
    expect(same).toMatchObject({ ok: true });
    const away1 = await readJsonApi(api(redirectTo(away.url('/api/balance')), { fields }), deps());
    expect(away1).toMatchObject({ ok: false, code: 'http' });
  });

  it('the account form says why an http address cannot carry headers or a body', () => {
    const form = { ...emptyNetworkForm(), url: 'http://api.example/usage', headers: `X-API-Key: ${KEY}` };
    expect(validateNetwork('json-api', form)).toMatchObject({ ok: false, errors: { url: expect.stringMatching(/https:\/\/ only/) } });
    expect(validateNetwork('json-api', { ...form, headers: '', method: 'POST', body: KEY })).toMatchObject({ ok: false });
    expect(validateNetwork('json-api', { ...form, url: 'http://127.0.0.1:8080/usage' })).toMatchObject({ ok: true });
    expect(validateNetwork('json-api', { ...form, headers: '' })).toMatchObject({ ok: true });
  });
});

describe('4. a POST body is a secret', () => {
  const withBody = () => api('https://api.example/usage', { method: 'POST', body: `{"apiKey":"${KEY}"}` });

  it('stays out of sync and out of an export without secrets, marked so the other side asks for it', async () => {
    expect(hasSecrets(withBody())).toBe(true);
    expect(withoutLocalParts(withBody()).source).toEqual({
      kind: 'json-api',
      url: 'https://api.example/usage',
      method: 'POST',
      bodyElsewhere: true,
    });
    await saveAccounts([withBody()]);
    await syncNow('local');
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(KEY);
    const backup = buildBackup(DEFAULT_SETTINGS, [withBody()], { now: NOW, includeSecrets: false });
    expect(JSON.stringify(backup)).not.toContain(KEY);
    expect(JSON.stringify(buildBackup(DEFAULT_SETTINGS, [withBody()], { now: NOW, includeSecrets: true }))).toContain(KEY);
  });

  it('a definition without its body asks for it and sends nothing', async () => {
    const fetch = noFetch();
    const result = await readJsonApi(withoutLocalParts(withBody()) as AccountOf<'json-api'>, deps(fetch));
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(!result.ok && result.message).toMatch(/request body .* is not in this browser/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('5. sync and a changed host', () => {
  const mine = (): Account =>
    api(`https://api.example/usage?key=${KEY}`, { headers: { Authorization: `Bearer ${KEY}` }, method: 'POST', body: KEY });

  it('an edit on another browser that keeps the origin keeps this browser’s token, query and body', async () => {
    await saveAccounts([mine()]);
    await syncNow('local');
    const synced = (await fakeBrowser.storage.sync.get('account:api1'))['account:api1'] as Account;
    await fakeBrowser.storage.sync.set({ 'account:api1': { ...synced, name: 'Renamed there' } });
    await syncNow('sync');
    expect((await getAccounts())[0]?.source).toMatchObject({
      url: `https://api.example/usage?key=${KEY}`,
      headers: { Authorization: `Bearer ${KEY}` },
      body: KEY,
    });
  });

  it('a host changed on another browser gets none of them: the account asks for its token again', async () => {
    await saveAccounts([mine()]);
    await syncNow('local');
    const synced = (await fakeBrowser.storage.sync.get('account:api1'))['account:api1'] as AccountOf<'json-api'>;
    await fakeBrowser.storage.sync.set({
      'account:api1': { ...synced, source: { ...synced.source, url: 'https://new-host.example/usage' } },
    });
    await syncNow('sync');
    const [account] = await getAccounts();
    expect(JSON.stringify(account)).not.toContain(KEY);
    expect(account?.source).toMatchObject({ url: 'https://new-host.example/usage', headerNames: ['Authorization'], bodyElsewhere: true });
    const fetch = noFetch();
    const result = await readJsonApi(account as AccountOf<'json-api'>, deps(fetch));
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(!result.ok && result.message).toMatch(/token for new-host\.example is not in this browser/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('6. a reading has a size', () => {
  const quota = (i: number): Quota => ({ label: `Paket ${i}`, kind: 'data', remaining: i, unit: 'GB' });

  it('the schema refuses more than MAX_QUOTAS quotas and overlong strings', () => {
    const reading = { accountId: 'acct1', at: NOW, quotas: Array.from({ length: MAX_QUOTAS }, (_, i) => quota(i)) };
    expect(v.is(ReadingSchema, reading)).toBe(true);
    expect(v.is(ReadingSchema, { ...reading, quotas: [...reading.quotas, quota(99)] })).toBe(false);
    expect(v.is(ReadingSchema, { ...reading, accountId: 'a'.repeat(65) })).toBe(false);
    expect(v.is(ReadingSchema, { ...reading, quotas: [{ ...quota(1), label: 'x'.repeat(81) }] })).toBe(false);
  });

  it('a page listing hundreds of packages gives a reading of at most MAX_QUOTAS quotas', async () => {
    const words = ['Utama', 'Malam', 'Lokal', 'Chat', 'Game', 'Musik', 'Video', 'Sosmed', 'Nasional', 'Bonus', 'Extra', 'Streaming'];
    const rows = Array.from({ length: 400 }, (_, i) => `<p>Sisa Kuota ${words[i % words.length]}: ${i + 1} GB</p>`).join('\n');
    const big = vi.fn<typeof globalThis.fetch>(
      async () => new Response(`<html><body><main>${rows}</main></body></html>`, { headers: { 'content-type': 'text/html' } }),
    );
    const result = await readWebPage(web('https://my.carrier.example/akun'), deps(big), parseWithLinkedom);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.reading?.quotas?.length).toBe(MAX_QUOTAS);
    expect(v.is(ReadingSchema, result.ok && result.reading)).toBe(true);
  });
});

describe('7. sites this browser never granted', () => {
  const denyAll = () => {
    const contains = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { contains });
    return contains;
  };

  it.each([
    ['JSON API', api('https://api.example/usage', { headers: { 'X-API-Key': KEY } })],
    ['web page', web('https://my.carrier.example/akun')],
  ])('a %s account from sync or a backup sends nothing on refresh, and its card asks to allow access', async (_kind, account) => {
    const contains = denyAll();
    const fetch = noFetch();
    await saveAccounts([account]);
    expect(await refreshAccount(account, refreshDeps(fetch))).toMatchObject({ ok: false });
    expect(fetch).not.toHaveBeenCalled();
    expect(contains).toHaveBeenCalledWith({ origins: [`${new URL(account.source.url).origin}/*`] });
    const error = (await getRefreshStates())[account.id]?.error;
    expect(error).toMatchObject({ code: 'invalid-config' });
    expect(error?.message).toMatch(/^Allow access to this site/);
    expect(await readingsStore.latest(account.id)).toBeUndefined();
  });

  it('a browser that cannot say whether a site is granted gets nothing sent to it', async () => {
    Object.assign(fakeBrowser.permissions, { contains: vi.fn().mockRejectedValue(new Error('not supported')) });
    const fetch = noFetch();
    const result = await readJsonApi(api('https://api.example/usage'), deps(fetch));
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('the Test button sends nothing to a site never granted either', async () => {
    denyAll();
    const fetch = noFetch();
    const result = await testAccountSource(api('https://api.example/usage'), refreshDeps(fetch));
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('capture on visit registers no script for a site never granted', async () => {
    denyAll();
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => []),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async () => undefined),
    };
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue(scripting as unknown as typeof fakeBrowser.scripting);
    await syncCaptureScripts([
      testAccount({ id: 'cap', source: { kind: 'web-page', url: 'https://my.carrier.example/akun', capture: true } }),
    ]);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
