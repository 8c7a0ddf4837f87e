// Both network sources against the local test server on 127.0.0.1: values, and every failure mapped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingsStore } from '@/utils/stores/db';
import type { Account } from '@/utils/model';
import { refreshAccount } from '@/utils/background/refresh';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { saveAccounts } from '@/utils/stores/settings';
import { decodeBody, MAX_BODY_BYTES } from '@/utils/sources/http';
import { readJsonApi } from '@/utils/sources/json-api';
import type { AccountOf, SourceDeps } from '@/utils/sources/types';
import { readWebPage } from '@/utils/sources/web-page';
import { readScanHere } from '@/utils/sources/platform';
import type { RenderRequest } from '@/utils/sources/render-read';
import { HUGE_BYTES, startTestServer, type TestServer } from '../../server/server';
import { gbkPage, LABEL_ROW_DATES, LABEL_ROW_EXPECTED, LAYOUTS } from '../../server/pages';
import { testAccount } from '../helpers';
import { parseWithLinkedom } from './dom';

const NOW = Date.UTC(2026, 5, 15, 12);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const deps = (signal = new AbortController().signal): SourceDeps => ({ now: NOW, timeZone: 'UTC', fetch: globalThis.fetch, signal });

const jsonAccount = (path: string, source: Partial<AccountOf<'json-api'>['source']> = {}) =>
  testAccount({ source: { kind: 'json-api', url: server.url(path), ...source } }) as AccountOf<'json-api'>;
const pageAccount = (path: string, source: Partial<AccountOf<'web-page'>['source']> = {}, currency = 'IDR') =>
  testAccount({ currency, source: { kind: 'web-page', url: server.url(path), ...source } }) as AccountOf<'web-page'>;

const page = (path: string, source: Partial<AccountOf<'web-page'>['source']> = {}, currency = 'IDR') =>
  readWebPage(pageAccount(path, source, currency), deps(), parseWithLinkedom);

describe('JSON API source', () => {
  it('reads $.data.balance.remaining by path, sending the headers and no secret anywhere else', async () => {
    const result = await readJsonApi(
      jsonAccount('/api/balance', {
        headers: { Authorization: 'Bearer s3cret-token' },
        fields: { credit: '$.data.balance.remaining', validUntil: '$.data.expired_at' },
      }),
      deps(),
    );
    expect(result).toEqual({
      ok: true,
      reading: { accountId: 'acct1', at: NOW, credit: { amount: 25750, currency: 'IDR' }, validUntil: '2026-12-31' },
    });
    expect(server.requests('/api/balance').at(-1)?.headers.authorization).toBe('Bearer s3cret-token');
  });

  it('finds values by key names when no path is given', async () => {
    const result = await readJsonApi(jsonAccount('/api/balance-infos'), deps());
    expect(result).toMatchObject({ ok: true, reading: { credit: { amount: 18.9, currency: 'CNY' }, validUntil: '2026-12-31' } });
  });

  it('POSTs the body', async () => {
    await readJsonApi(jsonAccount('/api/balance', { method: 'POST', body: '{"msisdn":"62831"}' }), deps());
    const last = server.requests('/api/balance').at(-1);
    expect(last).toMatchObject({ method: 'POST', body: '{"msisdn":"62831"}' });
    expect(last?.headers['content-type']).toBe('application/json');
  });

  it.each([
    ['401', 'login-required'],
    ['403', 'login-required'],
    ['signed-out', 'login-required'],
    ['password-page', 'login-required'],
    ['500', 'http'],
    ['429', 'rate-limited'],
    ['malformed', 'parse'],
  ])('maps /%s to %s, without the token in the message', async (path, code) => {
    const result = await readJsonApi(jsonAccount(`/${path}`, { headers: { 'x-api-key': 's3cret-token' } }), deps());
    expect(result).toMatchObject({ ok: false, code });
    expect(JSON.stringify(result)).not.toContain('s3cret-token');
  });

  it('honours Retry-After on 429', async () => {
    const result = await readJsonApi(jsonAccount('/429'), deps());
    expect(result).toMatchObject({ ok: false, code: 'rate-limited', retryAfterMs: 120_000 });
  });

  it('says the answer changed when a path finds nothing', async () => {
    const result = await readJsonApi(jsonAccount('/api/balance', { fields: { credit: '$.data.saldo' } }), deps());
    expect(result).toMatchObject({ ok: false, code: 'layout-changed' });
    expect(!result.ok && result.message).toContain('$.data.saldo');
  });

  it('refuses a 10 MB body unread, with a size cap', async () => {
    expect(HUGE_BYTES).toBeGreaterThan(MAX_BODY_BYTES);
    const result = await readJsonApi(jsonAccount('/huge'), deps());
    expect(result).toMatchObject({ ok: false, code: 'parse' });
    expect(!result.ok && result.message).toMatch(/larger than 5 MB/);
  });

  it('gives up on a slow answer when the refresh is aborted: a timeout', async () => {
    const controller = new AbortController();
    const pending = readJsonApi(jsonAccount('/slow'), deps(controller.signal));
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('says the server is unreachable on a closed port: network', async () => {
    const account = testAccount({ source: { kind: 'json-api', url: 'http://127.0.0.1:9/none' } }) as AccountOf<'json-api'>;
    expect(await readJsonApi(account, deps())).toMatchObject({ ok: false, code: 'network' });
  });
});

describe('web page source', () => {
  it.each([
    ['/id/akun', 'IDR', { amount: 25750, currency: 'IDR' }],
    ['/en/account', 'USD', { amount: 4.5, currency: 'USD' }],
    ['/zh/account', 'CNY', { amount: 18.9, currency: 'CNY' }],
  ])('reads %s by its labels', async (path, currency, credit) => {
    const result = await page(path, {}, currency);
    expect(result).toMatchObject({ ok: true, reading: { credit, validUntil: '2026-12-31' } });
  });

  // Label rows own their dates (#12 part 3): the line's rows beside packages with their own end dates.
  it.each([
    ['/id/paket', 'IDR', '2026-12-31', '2027-01-30', ['2026-12-20', '2026-12-15', '2026-12-10', '2026-12-08', '2026-12-07', '2026-12-05']],
    ['/en/packages', 'USD', '2026-12-31', '2027-01-30', ['2026-12-20', '2026-12-12']],
    ['/zh/packages', 'CNY', '2026-12-31', '2027-01-30', ['2026-12-20', '2026-12-15']],
  ])('gives each date on %s to its owner', async (path, currency, validUntil, graceUntil, quotaEnds) => {
    const result = await page(path, {}, currency);
    expect(result).toMatchObject({ ok: true, reading: { validUntil, graceUntil } });
    expect(result.ok && result.reading?.quotas?.map((q) => q.expiresAt)).toEqual(quotaEnds);
  });

  // Every layout (label/value spans, a table, a definition list, cards) in each language, fetched from the server.
  it.each((['id', 'en', 'zh'] as const).flatMap((lang) => LAYOUTS.map((layout) => [lang, layout] as const)))(
    'gives each date on /label-rows/%s/%s to its owner',
    async (lang, layout) => {
      const expected = LABEL_ROW_EXPECTED[lang];
      const result = await page(`/label-rows/${lang}/${layout}`, {}, expected.currency);
      expect(result).toMatchObject({ ok: true, reading: { credit: { amount: expected.credit }, ...LABEL_ROW_DATES } });
      const quotas = result.ok ? (result.reading?.quotas ?? []) : [];
      expect(quotas.map((q) => [q.label, `${q.remaining} ${q.unit}`, q.expiresAt])).toEqual(expected.quotas);
    },
  );

  it.each(['/zh/gbk', '/zh/gbk-meta', '/zh/gbk-http-equiv'])('reads the GBK page %s in its charset', async (path) => {
    const result = await page(path, {}, 'CNY');
    expect(result).toMatchObject({ ok: true, reading: { credit: { amount: 18.9, currency: 'CNY' }, validUntil: '2026-12-31' } });
  });

  it('reads by CSS selector', async () => {
    const result = await page('/id/akun', { fields: { credit: 'td.pulsa' } });
    expect(result).toMatchObject({ ok: true, reading: { credit: { amount: 25750, currency: 'IDR' } } });
  });

  it.each([
    ['/signed-out', 'login-required'],
    ['/password-page', 'login-required'],
    ['/401', 'login-required'],
    ['/500', 'http'],
    ['/429', 'rate-limited'],
  ])('maps %s to %s', async (path, code) => {
    expect(await page(path)).toMatchObject({ ok: false, code });
  });

  it('says the layout changed when a selector matches nothing', async () => {
    expect(await page('/changed', { fields: { credit: 'td.pulsa' } })).toMatchObject({ ok: false, code: 'layout-changed' });
  });

  it('detects a page drawn by JavaScript and says so', async () => {
    const result = await page('/js/account');
    expect(result).toMatchObject({ ok: false, code: 'parse', scripted: true });
  });

  it('with capture on visit, a page drawn by JavaScript is no failure: the visit brings the values, and it says it is drawn', async () => {
    // `scripted` lets the refresh record it (`drawnByScript`), so the form offers rendering.
    expect(await page('/js/account', { capture: true })).toEqual({ ok: true, reading: null, scripted: true });
  });

  it('with capture on visit, a plain page without values is no failure and is not said to be drawn by JavaScript', async () => {
    expect(await page('/changed', { capture: true })).toEqual({ ok: true, reading: null });
  });

  it('an app shell with a long menu and footer is offered capture, and with capture on is no failure', async () => {
    expect(await page('/js/shell')).toMatchObject({ ok: false, code: 'parse', scripted: true });
    expect(await page('/js/shell', { capture: true })).toEqual({ ok: true, reading: null, scripted: true });
  });

  it('with capture on visit, a sign-in form is still a sign-out and a missing selector still a changed layout', async () => {
    expect(await page('/login', { capture: true })).toMatchObject({ ok: false, code: 'login-required' });
    expect(await page('/changed', { capture: true, fields: { credit: 'td.pulsa' } })).toMatchObject({ ok: false, code: 'layout-changed' });
  });

  it('refuses a 10 MB page unread', async () => {
    expect(await page('/huge')).toMatchObject({ ok: false, code: 'parse' });
  });
});

describe('a failing network refresh keeps the last good reading', () => {
  const refreshDeps = (timeoutMs = 5_000) => ({ now: () => NOW, fetch: globalThis.fetch, timeoutMs, timeZone: 'UTC' });

  async function refreshWith(account: Account, timeoutMs?: number) {
    await refreshAccount(account, refreshDeps(timeoutMs));
    return (await getRefreshStates())[account.id];
  }

  it.each([
    ['/401', 'login-required'],
    ['/signed-out', 'login-required'],
    ['/500', 'http'],
    ['/429', 'rate-limited'],
    ['/malformed', 'parse'],
  ])('%s → %s', async (path, code) => {
    const good = testAccount({ source: { kind: 'json-api', url: server.url('/api/balance') } });
    await saveAccounts([good]);
    await refreshAccount(good, refreshDeps());
    const before = await readingsStore.latest(good.id);
    expect(before?.credit).toEqual({ amount: 25750, currency: 'IDR' });

    const broken = { ...good, source: { kind: 'json-api' as const, url: server.url(path) } };
    await saveAccounts([broken]);
    const state = await refreshWith(broken);
    expect(state?.error?.code).toBe(code);
    expect(await readingsStore.latest(good.id)).toEqual(before);
  });

  it('a slow answer past the timeout is a timeout, and stores nothing', async () => {
    const slow = testAccount({ source: { kind: 'json-api', url: server.url('/slow') } });
    await saveAccounts([slow]);
    const state = await refreshWith(slow, 200);
    expect(state?.error?.code).toBe('timeout');
    expect(await readingsStore.latest(slow.id)).toBeUndefined();
  });

  it('never writes a reading from a page that needs sign-in', async () => {
    const account = testAccount({ source: { kind: 'json-api', url: server.url('/password-page') } });
    await saveAccounts([account]);
    const state = await refreshWith(account);
    expect(state?.error?.code).toBe('login-required');
    expect(await readingsStore.latest(account.id)).toBeUndefined();
  });
});

describe('decodeBody', () => {
  const gbk = gbkPage('none');
  const chinese = (text: string) => text.includes('账户余额') && text.includes('有效期至');

  it.each([
    ['text/html; charset=GBK', gbkPage('none'), true],
    ['text/html; charset="gb18030"', gbkPage('none'), true],
    ['text/html', gbkPage('charset'), true],
    ['', gbkPage('http-equiv'), true],
    // No charset anywhere: UTF-8, and GBK bytes are then not readable Chinese.
    ['text/html', gbk, false],
  ])('%j decodes the page as Chinese: %s', (contentType, bytes, readable) => {
    expect(chinese(decodeBody(new Uint8Array(bytes), contentType))).toBe(readable);
  });

  it('reads UTF-8 by default and by name; an unknown charset name falls back to UTF-8', () => {
    const utf8 = new TextEncoder().encode('<p>账户余额 ¥18.90</p>');
    expect(decodeBody(utf8, 'application/json')).toBe('<p>账户余额 ¥18.90</p>');
    expect(decodeBody(utf8, 'text/html; charset=utf-8')).toBe('<p>账户余额 ¥18.90</p>');
    expect(decodeBody(utf8, 'text/html; charset=x-no-such-charset')).toBe('<p>账户余额 ¥18.90</p>');
  });

  it('finds a <meta charset> after other meta tags, in Big5 too', () => {
    const big5 = Buffer.concat([
      Buffer.from('<meta name="viewport" content="width=device-width"><meta charset="big5"><p>'),
      Buffer.from('b162a4e1', 'hex'),
    ]);
    // 帳戶 in Big5.
    expect(decodeBody(new Uint8Array(big5), 'text/html')).toContain('帳戶');
  });
});

describe('web page source, rendered (`render`)', () => {
  const rendered = (answer: unknown) => {
    const asked: RenderRequest[] = [];
    const render = async (request: RenderRequest) => {
      asked.push(request);
      return answer;
    };
    const deadline = Date.now() + 30_000;
    const result = readWebPage(
      pageAccount('/portal/account', { render: true, fields: { credit: '#pulsa' } }),
      { ...deps(), deadline },
      parseWithLinkedom,
      readScanHere,
      render,
    );
    return { result, asked, deadline };
  };
  const scan = (text: string, hasPassword = false) => ({
    text,
    selected: { credit: 'Rp 48.250' },
    hasPassword,
    scripts: 1,
    textLength: text.length,
  });

  it('reads the page the background tab drew, with the account, its selectors and the refresh deadline', async () => {
    const { result, asked, deadline } = rendered(scan('Sisa Pulsa Rp 48.250'));
    expect(await result).toMatchObject({ ok: true, reading: { credit: { amount: 48250, currency: 'IDR' } } });
    expect(asked).toEqual([
      {
        url: server.url('/portal/account'),
        read: expect.objectContaining({ accountId: 'acct1', at: NOW, currency: 'IDR', selectors: { credit: '#pulsa' }, deadline }),
      },
    ]);
  });

  it('a page whose values never appeared, or an answer that is no page scan, is "did not show its values in time"', async () => {
    for (const answer of [undefined, null, { text: 'x'.repeat(10), selected: {}, hasPassword: 'no' }]) {
      const failed = await rendered(answer).result;
      expect(failed).toMatchObject({ ok: false, code: 'timeout', text: { key: 'source.notDrawn' } });
    }
  });

  it('a sign-in page is login-required', async () => {
    expect(await rendered(scan('Masuk Nomor HP Kata sandi', true)).result).toMatchObject({ ok: false, code: 'login-required' });
  });

  it('a site that cannot be reached fails before any tab opens', async () => {
    const asked: unknown[] = [];
    const account = testAccount({ source: { kind: 'web-page', url: 'http://127.0.0.1:9/portal', render: true } }) as AccountOf<'web-page'>;
    const result = await readWebPage(account, deps(), parseWithLinkedom, readScanHere, async (r) => asked.push(r));
    expect(result).toMatchObject({ ok: false, code: 'network' });
    expect(asked).toEqual([]);
  });
});
