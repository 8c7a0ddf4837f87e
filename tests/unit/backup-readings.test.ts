import { describe, expect, it } from 'vitest';
import { buildBackup, importBackup, parseBackup, serializeBackup } from '@/utils/backup';
import { readingsStore } from '@/utils/db';
import type { Account, Reading, Settings } from '@/utils/model';
import { getAccounts, replaceAll } from '@/utils/settings';
import { testAccount } from './helpers';

const NOW = Date.UTC(2026, 5, 15, 8, 30);
const HOUR = 3_600_000;
const settings: Settings = { badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 };
const accounts: Account[] = [testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })];

const readings: Reading[] = [
  { accountId: 'a', at: NOW - 2 * HOUR, credit: { amount: 5000, currency: 'IDR' }, confirmedAt: NOW - HOUR },
  {
    accountId: 'a',
    at: NOW,
    credit: { amount: 4000, currency: 'IDR' },
    validUntil: '2026-07-01',
    graceUntil: '2026-07-31',
    quotas: [{ label: 'Kuota', kind: 'data', remaining: 2.5, total: 10, unit: 'GB' }],
  },
  { accountId: 'b', at: NOW - 100 * 24 * HOUR, credit: { amount: 1, currency: 'IDR' }, day: { count: 4, creditMin: 1, creditMax: 3 } },
];

const file = (edit: (backup: Record<string, unknown> & { readings: Record<string, unknown>[] }) => void = () => undefined) => {
  const backup = JSON.parse(serializeBackup(buildBackup(settings, accounts, { now: NOW, includeSecrets: false, readings }))) as Record<
    string,
    unknown
  > & { readings: Record<string, unknown>[] };
  edit(backup);
  return JSON.stringify(backup);
};

describe('readings in backups', () => {
  it('writes readings with ISO times, one per line, only when asked', () => {
    const text = serializeBackup(buildBackup(settings, accounts, { now: NOW, includeSecrets: false, readings }));
    const parsed = JSON.parse(text) as { readings: unknown[] };
    expect(parsed.readings[0]).toEqual({
      accountId: 'a',
      at: new Date(NOW - 2 * HOUR).toISOString(),
      credit: { amount: 5000, currency: 'IDR' },
      confirmedAt: new Date(NOW - HOUR).toISOString(),
    });
    expect(text.split('\n').filter((line) => line.includes('"accountId"'))).toHaveLength(3);
    expect('readings' in buildBackup(settings, accounts, { now: NOW, includeSecrets: false })).toBe(false);
  });

  it('round-trips: export, import on a fresh profile, the same history', async () => {
    const text = serializeBackup(buildBackup(settings, accounts, { now: NOW, includeSecrets: false, readings }));
    const result = await importBackup(text);
    expect(result.ok).toBe(true);
    const back = [
      ...(await readingsStore.range('a', 0, Number.MAX_SAFE_INTEGER)),
      ...(await readingsStore.range('b', 0, Number.MAX_SAFE_INTEGER)),
    ];
    expect(back).toEqual(readings);
  });

  it('replaces the history of the file’s accounts, and keeps it when the file has no readings', async () => {
    await replaceAll(settings, accounts);
    await readingsStore.put({ accountId: 'a', at: 1, credit: { amount: 9, currency: 'IDR' } });
    const without = serializeBackup(buildBackup(settings, accounts, { now: NOW, includeSecrets: false }));
    expect((await importBackup(without)).ok).toBe(true);
    expect(await readingsStore.count('a')).toBe(1);
    expect((await importBackup(file())).ok).toBe(true);
    expect(await readingsStore.count('a')).toBe(2);
    expect((await readingsStore.range('a', 0, 10)).length).toBe(0);
  });

  it.each<[string, (b: Record<string, unknown> & { readings: Record<string, unknown>[] }) => void, string]>([
    ['a reading of an unknown account', (b) => (b.readings[0] = { ...b.readings[0], accountId: 'zzz' }), 'readings[0].accountId: no account "zzz" in this file'],
    ['a time that is not ISO', (b) => (b.readings[1] = { ...b.readings[1], at: 'yesterday' }), 'readings[1].at: at must be an ISO 8601 time'],
    ['an epoch number as time', (b) => (b.readings[1] = { ...b.readings[1], at: NOW }), 'readings[1].at'],
    ['a bad currency', (b) => (b.readings[1] = { ...b.readings[1], credit: { amount: 1, currency: 'rp' } }), 'readings[1].credit.currency'],
    ['a date that does not exist', (b) => (b.readings[1] = { ...b.readings[1], validUntil: '2026-02-30' }), 'readings[1].validUntil: date does not exist'],
    ['two readings at one instant', (b) => b.readings.push({ ...b.readings[1] }), 'readings[3].at: account "a" already has a reading'],
    ['readings not an array', (b) => ((b as Record<string, unknown>).readings = {}), 'readings'],
    ['confirmed before it was read', (b) => (b.readings[0] = { ...b.readings[0], confirmedAt: new Date(0).toISOString() }), 'readings[0].confirmedAt: earlier than at'],
  ])('refuses the whole file for %s, and changes nothing', async (_name, edit, message) => {
    const before: Account[] = [testAccount({ id: 'keep' })];
    await replaceAll(settings, before);
    const kept: Reading = { accountId: 'keep', at: 5, credit: { amount: 1, currency: 'IDR' } };
    await readingsStore.put(kept);
    const result = await importBackup(file(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(await getAccounts()).toEqual(before);
    expect(await readingsStore.range('keep', 0, 10)).toEqual([kept]);
    expect(await readingsStore.count('a')).toBe(0);
  });

  it('parses readings into epoch milliseconds', () => {
    const result = parseBackup(file());
    expect(result.ok && result.readings?.map((r) => r.at)).toEqual(readings.map((r) => r.at));
  });
});
