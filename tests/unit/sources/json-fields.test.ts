import { describe, expect, it } from 'vitest';
import { MAX_EXTRACT_CHARS } from '@/utils/extract';
import { isEndedStatus, jsonAsText, readingFromJson, unitFromKey } from '@/utils/sources/json-fields';

const NOW = Date.UTC(2026, 5, 15, 12);
const base = { accountId: 'a', at: NOW, currency: 'IDR', now: NOW, timeZone: 'UTC' };
const GB = 1024 ** 3;
const MB = 1024 ** 2;

describe('readingFromJson by path', () => {
  it('reads $.data.balance.remaining and a date', () => {
    const json = { data: { balance: { remaining: 25750 }, expired_at: '2026-12-31 23:59:59' } };
    const result = readingFromJson(json, { ...base, fields: { credit: '$.data.balance.remaining', validUntil: '$.data.expired_at' } });
    expect(result).toEqual({
      ok: true,
      reading: { accountId: 'a', at: NOW, credit: { amount: 25750, currency: 'IDR' }, validUntil: '2026-12-31' },
    });
  });

  it('reads $.balance_infos[0].total_balance with a currency by path', () => {
    const json = { balance_infos: [{ total_balance: '18.90', ccy: 'CNY' }] };
    const result = readingFromJson(json, {
      ...base,
      fields: { credit: '$.balance_infos[0].total_balance', currency: '$.balance_infos[0].ccy' },
    });
    expect(result.ok && result.reading.credit).toEqual({ amount: 18.9, currency: 'CNY' });
  });

  it('turns used and total into remaining, in the unit the key names', () => {
    const json = { usage: { totalBytes: 5 * GB, usedBytes: 2 * GB } };
    const result = readingFromJson(json, { ...base, fields: { quotaTotal: '$.usage.totalBytes', quotaUsed: '$.usage.usedBytes' } });
    expect(result.ok && result.reading.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 3 * GB, total: 5 * GB, unit: 'B' }]);
  });

  it('says which path found nothing', () => {
    const result = readingFromJson({ data: {} }, { ...base, fields: { credit: '$.data.balance.remaining' } });
    expect(result).toEqual({ ok: false, cause: 'missing-path', field: 'credit', path: '$.data.balance.remaining' });
  });
});

describe('a plan status', () => {
  const GBs = (n: number) => n * GB;
  const fields = { quotaRemaining: '$.plan.usage.left', quotaTotal: '$.plan.usage.size', validUntil: '$.plan.end' };

  it('beside the values, an ended one means no data left and an active period over by today', () => {
    const json = { plan: { usage: { left: GBs(3), size: GBs(5), status: 'TERMINATED' }, end: '2026-12-31' } };
    const result = readingFromJson(json, { ...base, fields });
    expect(result).toEqual({
      ok: true,
      reading: {
        accountId: 'a',
        at: NOW,
        validUntil: '2026-06-15',
        quotas: [{ label: 'Data', kind: 'data', remaining: 0, total: GBs(5), unit: 'B' }],
      },
    });
  });

  it('a live one, or one that is not beside the values, changes nothing', () => {
    for (const json of [
      { plan: { usage: { left: GBs(3), size: GBs(5), status: 'ACTIVE' }, end: '2026-12-31' } },
      { plan: { usage: { left: GBs(3), size: GBs(5) }, end: '2026-12-31', status: 'done' }, order: { status: 'EXPIRED' } },
    ]) {
      expect(readingFromJson(json, { ...base, fields })).toEqual({
        ok: true,
        reading: {
          accountId: 'a',
          at: NOW,
          validUntil: '2026-12-31',
          quotas: [{ label: 'Data', kind: 'data', remaining: GBs(3), total: GBs(5), unit: 'B' }],
        },
      });
    }
  });

  it('an unlimited plan that ended has nothing left, not "unlimited"', () => {
    const json = { data: { remaining: 0, total: 0, is_unlimited: true, status: 'EXPIRED' } };
    const result = readingFromJson(json, {
      ...base,
      fields: { quotaRemaining: '$.data.remaining', quotaTotal: '$.data.total' },
      quotaUnit: 'MB',
    });
    expect(result.ok && result.reading.quotas).toEqual([{ label: 'Data', kind: 'data', remaining: 0, unit: 'B' }]);
  });

  it('found by key names: a status beside the remaining data counts', () => {
    const result = readingFromJson({ data: { remaining: 500, total: 1024, status: 'Finished', expired_at: '2026-12-31' } }, base);
    expect(result.ok && result.reading).toMatchObject({ validUntil: '2026-06-15', quotas: [{ remaining: 0, total: 1024 * MB }] });
  });

  it.each(['EXPIRED', 'FINISHED', 'terminated', 'depleted', 'USED_UP', 'UNUSED_EXPIRED', 'cancelled', 'canceled', 'revoked', ' Expired '])(
    '%s is ended',
    (status) => {
      expect(isEndedStatus(status)).toBe(true);
    },
  );

  it.each(['ACTIVE', 'NOT_ACTIVE', 'queued', 'IN_USE', 'UNKNOWN', 'expiring', 'not expired', '', 0])('%j is not ended', (status) => {
    expect(isEndedStatus(status)).toBe(false);
  });
});

describe('readingFromJson by key names', () => {
  it.each([
    [
      'balance, currency and expired_at',
      { data: { balance: 25750, currency: 'IDR', expired_at: '2026-12-31T16:59:59Z' } },
      { credit: { amount: 25750, currency: 'IDR' }, validUntil: '2026-12-31' },
    ],
    [
      'pulsa and masa_aktif',
      { result: { pulsa: '25.750', masa_aktif: '31-12-2026' } },
      { credit: { amount: 25750, currency: 'IDR' }, validUntil: '2026-12-31' },
    ],
    [
      'a balance object',
      { balance: { amount: 4.5, currency: 'USD' }, validUntil: 1798675200000 },
      { credit: { amount: 4.5, currency: 'USD' }, validUntil: '2026-12-31' },
    ],
    [
      'expiredTime in seconds',
      { credit: 10000, expiredTime: 1798675200 },
      { credit: { amount: 10000, currency: 'IDR' }, validUntil: '2026-12-31' },
    ],
    [
      'quota remaining and total, bytes by key name',
      { plan: { dataRemainingBytes: 3 * GB, totalBytes: 5 * GB } },
      { quotas: [{ label: 'Data', kind: 'data', remaining: 3 * GB, total: 5 * GB, unit: 'B' }] },
    ],
    [
      'small bare quota numbers are megabytes',
      { remaining: 767, total: 2048 },
      { quotas: [{ label: 'Data', kind: 'data', remaining: 767 * MB, total: 2048 * MB, unit: 'B' }] },
    ],
  ])('%s', (_name, json, expected) => {
    const result = readingFromJson(json, base);
    expect(result).toEqual({ ok: true, reading: { accountId: 'a', at: NOW, ...expected } });
  });

  it('falls back to the extraction engine for unknown keys', () => {
    const result = readingFromJson({ info: { sisa_pulsa_anda: 'Rp 25.750', berlaku_sampai: '31 Desember 2026' } }, base);
    expect(result.ok && result.reading.credit).toEqual({ amount: 25750, currency: 'IDR' });
  });

  it('finds nothing in an answer without values', () => {
    expect(readingFromJson({ status: 'ok', items: [] }, base)).toEqual({ ok: false, cause: 'nothing-found' });
  });

  it('ignores prices that are not under a balance key', () => {
    const result = readingFromJson({ offers: [{ name: '10GB', price: 50000 }], account: { saldo: 25750 } }, base);
    expect(result.ok && result.reading.credit).toEqual({ amount: 25750, currency: 'IDR' });
  });
});

describe('unitFromKey', () => {
  it.each([
    ['dataUsageRemainingInBytes', 'B'],
    ['remaining_mb', 'MB'],
    ['totalGB', 'GB'],
    ['remaining', undefined],
  ])('%s', (key, unit) => {
    expect(unitFromKey(key)).toBe(unit);
  });
});

describe('a balance object', () => {
  it('is money, and its remaining is not a data quota', () => {
    const result = readingFromJson({ data: { balance: { remaining: 25750, currency: 'IDR' } } }, base);
    expect(result).toEqual({ ok: true, reading: { accountId: 'a', at: NOW, credit: { amount: 25750, currency: 'IDR' } } });
  });
});

describe('the engine as last resort: bounds', () => {
  it('feeds the engine at most MAX_EXTRACT_CHARS characters, however large the answer', () => {
    const huge = [{ key: 'note', value: '1GB'.repeat(200_000) }, ...Array.from({ length: 50_000 }, (_, i) => ({ key: `k${i}`, value: i }))];
    expect(jsonAsText(huge).length).toBeLessThanOrEqual(MAX_EXTRACT_CHARS);
    expect(jsonAsText([{ key: 'sisaPulsa', value: 25750 }])).toBe('sisa Pulsa: 25750');
  });

  it('an engine out of time is its own failure, not "nothing found"', () => {
    const json = { info: { text: 'Pulsa Rp25.750 berlaku s.d 31/12/2026' } };
    expect(readingFromJson(json, { ...base, deadline: 0 })).toEqual({ ok: false, cause: 'out-of-time' });
    expect(readingFromJson(json, base)).toMatchObject({ ok: true });
  });
});
