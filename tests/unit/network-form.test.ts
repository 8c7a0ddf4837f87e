import { describe, expect, it } from 'vitest';
import { validateForm } from '@/entrypoints/options/accounts/account-form-values';
import {
  applyApiPreset,
  emptyNetworkForm,
  type NetworkFormValues,
  networkFormFromSource,
  originPattern,
  parseHeaders,
  validateNetwork,
} from '@/entrypoints/options/accounts/network-form-values';
import { releasableOrigin } from '@/entrypoints/options/accounts/host-permission';
import { buildBackup } from '@/utils/stores/backup';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { formFromAccount } from '@/entrypoints/options/accounts/account-form-values';
import { testAccount } from './helpers';

const net = (fields: Partial<NetworkFormValues> = {}): NetworkFormValues => ({ ...emptyNetworkForm(), ...fields });
// Outside a page there is no DOM to ask; this stands in for querySelector's own check.
const isSelector = (s: string) => !/^[>+~]|[[(]$|^\d/.test(s) && !/[{}]/.test(s);

describe('validateNetwork', () => {
  it.each([
    ['javascript:alert(1)', 'url'],
    ['data:text/html,hi', 'url'],
    ['file:///etc/passwd', 'url'],
    ['ftp://example.com/', 'url'],
    ['example.com/balance', 'url'],
    ['https://user:pw@example.com/', 'url'],
    ['https://api.example.com/v2/sims/{iccid}/usage', 'url'],
    ['', 'url'],
  ])('refuses the URL %j', (url, field) => {
    const result = validateNetwork('json-api', net({ url }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toContain(field);
  });

  it('gives a JSON API source with headers, body and paths', () => {
    const result = validateNetwork(
      'json-api',
      net({
        url: 'https://api.example.com/usage',
        method: 'POST',
        headers: 'Authorization: Bearer abc\nx-api-key:  k1 ',
        body: '{"iccid":"89"}',
        fields: { ...emptyNetworkForm().fields, credit: '$.data.balance', validUntil: '$.items[0].end' },
        quotaUnit: 'MB',
      }),
    );
    expect(result).toEqual({
      ok: true,
      source: {
        kind: 'json-api',
        url: 'https://api.example.com/usage',
        method: 'POST',
        headers: { Authorization: 'Bearer abc', 'x-api-key': 'k1' },
        body: '{"iccid":"89"}',
        fields: { credit: '$.data.balance', validUntil: '$.items[0].end' },
        quotaUnit: 'MB',
      },
    });
  });

  it('refuses bad paths, header lines and a body without POST', () => {
    const result = validateNetwork(
      'json-api',
      net({ url: 'https://a.test/', headers: 'no colon here', body: 'x', fields: { ...emptyNetworkForm().fields, credit: '$..balance' } }),
    );
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['body', 'headers', 'path.credit']);
  });

  it('gives a web page source with selectors and capture; refuses a bad selector', () => {
    const fields = { ...emptyNetworkForm().fields, credit: 'td.pulsa' };
    expect(validateNetwork('web-page', net({ url: 'http://127.0.0.1:8080/akun', fields, capture: true }), isSelector)).toEqual({
      ok: true,
      source: { kind: 'web-page', url: 'http://127.0.0.1:8080/akun', fields: { credit: 'td.pulsa' }, capture: true },
    });
    const bad = validateNetwork('web-page', net({ url: 'https://a.test/', fields: { ...fields, credit: '>>' } }), isSelector);
    expect(bad.ok || Object.keys(bad.errors)).toEqual(['selector.credit']);
  });

  it('round-trips a stored source through the form', () => {
    const source = {
      kind: 'json-api' as const,
      url: 'https://a.test/x',
      method: 'GET' as const,
      headers: { 'x-api-key': 'k' },
      fields: { credit: '$.b' },
    };
    expect(validateNetwork('json-api', networkFormFromSource(source))).toEqual({ ok: true, source });
  });

  it('a preset fills everything but the user’s own values, which must then be replaced', () => {
    const filled = applyApiPreset(net(), 'esim-access');
    expect(filled).toMatchObject({ method: 'POST', apiPreset: 'esim-access', headers: 'RT-AccessCode: {access code}' });
    const result = validateNetwork('json-api', filled);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['body', 'headers']);
  });

  it('parses headers line by line', () => {
    expect(parseHeaders('A: 1\n\nB:2')).toEqual({ ok: true, headers: { A: '1', B: '2' } });
    expect(parseHeaders('A: 1\nbad')).toEqual({ ok: false, line: 2 });
  });
});

describe('the account form with a network source', () => {
  const base = testAccount({ id: 'n1', name: '', source: { kind: 'manual' } });

  it('saves what validateNetwork gave', () => {
    const values = { ...formFromAccount(base), name: 'eSIM', source: 'json-api' as const, currency: 'USD' };
    const network = validateNetwork('json-api', net({ url: 'https://a.test/u' }));
    const result = validateForm(values, base, network);
    expect(result.ok && result.account.source).toEqual({ kind: 'json-api', url: 'https://a.test/u', method: 'GET' });
  });

  it('shows the network errors inline', () => {
    const values = { ...formFromAccount(base), name: 'eSIM', source: 'web-page' as const };
    const result = validateForm(values, base, validateNetwork('web-page', net({ url: 'javascript:void(0)' })));
    expect(result.ok || result.errors.url).toMatch(/http/);
  });
});

describe('site access', () => {
  it('asks for the origin only, any port and path', () => {
    expect(originPattern('https://my.carrier.test:8443/account?x=1')).toBe('https://my.carrier.test/*');
  });

  it('offers access back only when no remaining account reads that origin', () => {
    const a = testAccount({ id: 'a', source: { kind: 'web-page', url: 'https://my.carrier.test/a' } });
    const b = testAccount({ id: 'b', source: { kind: 'json-api', url: 'https://my.carrier.test/api' } });
    expect(releasableOrigin(a, [b])).toBeUndefined();
    expect(releasableOrigin(a, [])).toBe('https://my.carrier.test/*');
    expect(releasableOrigin(testAccount(), [])).toBeUndefined();
  });
});

describe('backups and secrets', () => {
  const account = testAccount({ source: { kind: 'json-api', url: 'https://a.test/', headers: { Authorization: 'Bearer s3cret' } } });

  it('leaves headers out unless asked', () => {
    const without = buildBackup(DEFAULT_SETTINGS, [account], { now: 0, includeSecrets: false });
    expect(JSON.stringify(without)).not.toContain('s3cret');
    expect(without.includesSecrets).toBe(false);
    const withSecrets = buildBackup(DEFAULT_SETTINGS, [account], { now: 0, includeSecrets: true });
    expect(withSecrets.accounts[0]?.source).toMatchObject({ headers: { Authorization: 'Bearer s3cret' } });
    expect(withSecrets.includesSecrets).toBe(true);
  });
});
