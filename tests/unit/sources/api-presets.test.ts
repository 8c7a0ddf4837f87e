// Each preset against a response shaped like its provider's documented example.
import { describe, expect, it } from 'vitest';
import { API_PRESETS } from '@/utils/model';
import { API_PRESET_INFO, presetSource } from '@/utils/sources/api-presets';
import { readJsonApi } from '@/utils/sources/json-api';
import type { AccountOf } from '@/utils/sources/types';
import { testAccount } from '../helpers';

const NOW = Date.UTC(2021, 11, 1);
const MB = 1024 ** 2;

/** Runs a preset's account against `body`, answering through a fake fetch; returns the result and the request. */
async function run(id: (typeof API_PRESETS)[number], body: unknown) {
  const requests: { url: string; init?: RequestInit }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  const account = testAccount({
    currency: 'USD',
    source: {
      ...presetSource(id),
      url: API_PRESET_INFO[id].url.replace(/\{[^}]+\}/g, 'X').replace(/^https:\/\/$/, 'https://api.example/'),
    },
  }) as AccountOf<'json-api'>;
  const result = await readJsonApi(account, { now: NOW, timeZone: 'UTC', fetch, signal: new AbortController().signal });
  return { result, request: requests[0] };
}

describe('API presets', () => {
  it('every preset is documented, labelled and valid as a source', () => {
    for (const id of API_PRESETS) {
      const info = API_PRESET_INFO[id];
      expect(info.docs).not.toBe('');
      expect(info.url).toMatch(/^https:\/\//);
    }
  });

  it('Airalo: data.remaining and data.total in MB, data.expired_at', async () => {
    const { result, request } = await run('airalo', {
      data: {
        remaining: 767,
        total: 2048,
        expired_at: '2022-01-01 00:00:00',
        is_unlimited: true,
        status: 'ACTIVE',
        remaining_voice: 0,
        remaining_text: 0,
        total_voice: 0,
        total_text: 0,
      },
      meta: { message: 'api.succes' },
    });
    expect(request?.init?.method).toBe('GET');
    expect(new Headers(request?.init?.headers).get('authorization')).toBe('Bearer {access token}');
    expect(result).toEqual({
      ok: true,
      reading: {
        accountId: 'acct1',
        at: NOW,
        validUntil: '2022-01-01',
        quotas: [{ label: 'Data', kind: 'data', remaining: 767 * MB, total: 2048 * MB, unit: 'B' }],
      },
    });
  });

  it('eSIM Access: POST with RT-AccessCode; totalData minus dataUsage, in bytes; read every 3 hours', async () => {
    const { result, request } = await run('esim-access', {
      errorCode: null,
      errorMsg: null,
      success: true,
      obj: {
        esimUsageList: [
          { esimTranNo: '23120118156818', dataUsage: 1453344832, totalData: 5368709120, lastUpdateTime: '2023-11-29T02:55:00+0000' },
        ],
      },
    });
    expect(request?.init?.method).toBe('POST');
    expect(new Headers(request?.init?.headers).get('rt-accesscode')).toBe('{access code}');
    expect(new Headers(request?.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(request?.init?.body))).toEqual({ esimTranNoList: ['{esimTranNo}'] });
    expect(result.ok && result.reading?.quotas).toEqual([
      { label: 'Data', kind: 'data', remaining: 5368709120 - 1453344832, total: 5368709120, unit: 'B' },
    ]);
    expect(API_PRESET_INFO['esim-access'].intervalMinutes).toBeGreaterThanOrEqual(120);
  });

  it('eSIM Go: assignments remainingQuantity and initialQuantity in bytes', async () => {
    const { result, request } = await run('esim-go', {
      bundles: [
        {
          name: 'esim_1GB_7D_GB_V2',
          description: 'eSIM, 1GB, 7 Days, United Kingdom, V2',
          assignments: [
            {
              id: '215009266',
              callTypeGroup: 'data',
              initialQuantity: 1000000000,
              remainingQuantity: 750000000,
              assignmentDateTime: '2024-12-11T10:47:00Z',
              bundleState: 'active',
              unlimited: false,
            },
          ],
        },
      ],
    });
    expect(new Headers(request?.init?.headers).get('x-api-key')).toBe('{API key}');
    expect(result.ok && result.reading?.quotas).toEqual([
      { label: 'Data', kind: 'data', remaining: 750000000, total: 1000000000, unit: 'B' },
    ]);
  });

  it('Celitech: dataUsageRemainingInBytes', async () => {
    const { result } = await run('celitech', { dataUsageRemainingInBytes: 1073741824, dataUsageRemainingInGB: 1, status: 'ACTIVE' });
    expect(result.ok && result.reading?.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 1073741824, unit: 'B' }]);
  });

  it('Airalo: an unlimited package reports 0 of 0, which is shown as unlimited, not as empty', async () => {
    const { result } = await run('airalo', {
      data: { remaining: 0, total: 0, expired_at: '2027-01-01 00:00:00', is_unlimited: true, status: 'ACTIVE' },
    });
    expect(result.ok && result.reading?.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 0, unit: 'B', unlimited: true }]);
  });

  it('Celitech: -1 bytes remaining is an unlimited package, not a failure', async () => {
    const { result } = await run('celitech', { dataUsageRemainingInBytes: -1, status: 'ACTIVE' });
    expect(result.ok && result.reading?.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 0, unit: 'B', unlimited: true }]);
  });

  it('bearer token: values found by key names', async () => {
    const { result, request } = await run('bearer', { account: { balance: 4.5, currency: 'USD', validUntil: '2026-12-31T00:00:00Z' } });
    expect(new Headers(request?.init?.headers).get('authorization')).toBe('Bearer {token}');
    expect(result.ok && result.reading).toMatchObject({ credit: { amount: 4.5, currency: 'USD' }, validUntil: '2026-12-31' });
  });

  // data.status counts: a plan Airalo calls over shows nothing left, however its counters read.
  it.each([
    ['EXPIRED', 767],
    ['FINISHED', 0],
    ['expired', 767],
  ])('Airalo: status %s is an ended plan: no data left, active period over by today', async (status, remaining) => {
    const { result } = await run('airalo', {
      data: { remaining, total: 2048, expired_at: '2022-01-01 00:00:00', is_unlimited: false, status },
    });
    expect(result).toEqual({
      ok: true,
      reading: {
        accountId: 'acct1',
        at: NOW,
        validUntil: '2021-12-01',
        quotas: [{ label: 'Data', kind: 'data', remaining: 0, total: 2048 * MB, unit: 'B' }],
      },
    });
  });

  it('Airalo: an expired date already past stays as it is; NOT_ACTIVE (not started) is not an ended plan', async () => {
    const expired = await run('airalo', { data: { remaining: 100, total: 2048, expired_at: '2021-11-20 00:00:00', status: 'EXPIRED' } });
    expect(expired.result.ok && expired.result.reading).toMatchObject({
      validUntil: '2021-11-20',
      quotas: [{ remaining: 0, total: 2048 * MB }],
    });
    const waiting = await run('airalo', {
      data: { remaining: 2048, total: 2048, expired_at: '2022-01-01 00:00:00', status: 'NOT_ACTIVE' },
    });
    expect(waiting.result.ok && waiting.result.reading).toMatchObject({
      validUntil: '2022-01-01',
      quotas: [{ remaining: 2048 * MB, total: 2048 * MB }],
    });
  });

  const assignment = (id: string, initial: number, remaining: number, bundleState: string) => ({
    id,
    callTypeGroup: 'data',
    initialQuantity: initial,
    remainingQuantity: remaining,
    assignmentDateTime: '2024-12-11T10:47:00Z',
    bundleState,
    unlimited: false,
  });

  it('eSIM Go: a used-up bundle with a second one queued shows the queued one, not 0', async () => {
    const { result } = await run('esim-go', {
      bundles: [
        { name: 'esim_1GB_7D_GB_V2', assignments: [assignment('1', 1_000_000_000, 0, 'depleted')] },
        { name: 'esim_2GB_15D_GB_V2', assignments: [assignment('2', 2_000_000_000, 2_000_000_000, 'queued')] },
      ],
    });
    expect(result.ok && result.reading?.quotas).toEqual([
      { label: 'Data', kind: 'data', remaining: 2_000_000_000, total: 2_000_000_000, unit: 'B' },
    ]);
  });

  it('eSIM Go: live bundles add up; an expired one with data on its counter adds nothing', async () => {
    const { result } = await run('esim-go', {
      bundles: [
        { name: 'old', assignments: [assignment('0', 5_000_000_000, 4_000_000_000, 'expired')] },
        {
          name: 'now',
          assignments: [assignment('1', 1_000_000_000, 250_000_000, 'active'), assignment('2', 2_000_000_000, 2_000_000_000, 'queued')],
        },
      ],
    });
    expect(result.ok && result.reading?.quotas).toEqual([
      { label: 'Data', kind: 'data', remaining: 2_250_000_000, total: 3_000_000_000, unit: 'B' },
    ]);
  });

  it('eSIM Go: every bundle over is an ended plan with 0 left', async () => {
    const { result } = await run('esim-go', {
      bundles: [
        { name: 'a', assignments: [assignment('1', 1_000_000_000, 0, 'depleted')] },
        { name: 'b', assignments: [assignment('2', 2_000_000_000, 300_000_000, 'expired')] },
      ],
    });
    expect(result.ok && result.reading?.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 0, total: 1_000_000_000, unit: 'B' }]);
  });

  it('eSIM Access: usage of every listed eSIM profile adds up', async () => {
    const { result } = await run('esim-access', {
      success: true,
      obj: {
        esimUsageList: [
          { esimTranNo: '1', dataUsage: 1 * MB, totalData: 10 * MB, lastUpdateTime: '2023-11-29T02:55:00+0000' },
          { esimTranNo: '2', dataUsage: 4 * MB, totalData: 10 * MB, lastUpdateTime: '2023-11-29T02:55:00+0000' },
        ],
      },
    });
    expect(result.ok && result.reading?.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 15 * MB, total: 20 * MB, unit: 'B' }]);
  });
});
