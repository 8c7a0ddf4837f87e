import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildBackup, importBackup, parseBackup, serializeBackup } from '@/utils/stores/backup';
import { readingsStore } from '@/utils/stores/db';
import { setChosenLanguage } from '@/utils/i18n';
import { type Account, MAX_QUOTA_LABEL, MAX_QUOTAS, type Reading, type Settings } from '@/utils/model';
import { getAccounts, getSettings, replaceAll } from '@/utils/stores/settings';
import { testAccount } from './helpers';
import { catalog, getMessageIn } from './locales';

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

  it('a reading stored before the caps (many quotas, long labels) is cut to them on export and on import', async () => {
    const quota = (i: number) => ({ label: `Paket ${i} ${'x'.repeat(200)}`, kind: 'data' as const, remaining: i, unit: 'GB' });
    const huge = { accountId: 'a', at: NOW, quotas: Array.from({ length: MAX_QUOTAS + 5 }, (_v, i) => quota(i)) } as Reading;
    const exported = buildBackup(settings, accounts, { now: NOW, includeSecrets: false, readings: [huge] }).readings ?? [];
    expect(exported[0]?.quotas).toHaveLength(MAX_QUOTAS);
    expect(exported[0]?.quotas?.[0]?.label).toHaveLength(MAX_QUOTA_LABEL);
    // A file written before the export cut them imports too, cut the same way.
    const older = file((backup) => {
      backup.readings = [{ accountId: 'a', at: new Date(NOW).toISOString(), quotas: huge.quotas }];
    });
    expect(await importBackup(older)).toMatchObject({ ok: true });
    const stored = await readingsStore.latest('a');
    expect(stored?.quotas).toHaveLength(MAX_QUOTAS);
    expect(stored?.quotas?.every((q) => q.label.length <= MAX_QUOTA_LABEL)).toBe(true);
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
    [
      'a reading of an unknown account',
      (b) => (b.readings[0] = { ...b.readings[0], accountId: 'zzz' }),
      'readings[0].accountId: no account "zzz" in this file',
    ],
    ['a time that is not ISO', (b) => (b.readings[1] = { ...b.readings[1], at: 'yesterday' }), 'readings[1].at: must be an ISO 8601 time'],
    ['an epoch number as time', (b) => (b.readings[1] = { ...b.readings[1], at: NOW }), 'readings[1].at'],
    ['a bad currency', (b) => (b.readings[1] = { ...b.readings[1], credit: { amount: 1, currency: 'rp' } }), 'readings[1].credit.currency'],
    [
      'a date that does not exist',
      (b) => (b.readings[1] = { ...b.readings[1], validUntil: '2026-02-30' }),
      'readings[1].validUntil: date does not exist',
    ],
    ['two readings at one instant', (b) => b.readings.push({ ...b.readings[1] }), 'readings[3].at: account "a" already has a reading'],
    ['readings not an array', (b) => ((b as Record<string, unknown>).readings = {}), 'readings'],
    [
      'confirmed before it was read',
      (b) => (b.readings[0] = { ...b.readings[0], confirmedAt: new Date(0).toISOString() }),
      'readings[0].confirmedAt: earlier than the reading’s own time (at)',
    ],
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

  describe('refusals in the user’s language', () => {
    afterEach(() => setChosenLanguage(null));
    const broken = () =>
      file((b) => {
        b.readings[0] = { ...b.readings[0], accountId: 'zzz' };
        b.readings[1] = { ...b.readings[1], at: 'yesterday' };
      });
    const twice = () => file((b) => b.readings.push({ ...b.readings[1], confirmedAt: b.readings[0]?.at }));

    it('Indonesian', () => {
      Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn('id') });
      expect(parseBackup(broken())).toEqual({
        ok: false,
        message: 'readings[1].at: harus berupa waktu ISO 8601, seperti 2026-06-15T08:30:00.000Z',
      });
      expect(parseBackup(file((b) => (b.readings[0] = { ...b.readings[0], accountId: 'zzz' })))).toEqual({
        ok: false,
        message: 'readings[0].accountId: tidak ada akun "zzz" di file ini',
      });
      expect(parseBackup(twice())).toEqual({
        ok: false,
        message: `readings[3].at: akun "a" sudah punya catatan pada ${new Date(NOW).toISOString()}; readings[3].confirmedAt: lebih awal daripada waktu catatan itu sendiri (at)`,
      });
    });

    it('Chinese', () => {
      setChosenLanguage({ lang: 'zh_CN', version: '0.1.0', messages: catalog('zh_CN') });
      expect(parseBackup(broken())).toEqual({ ok: false, message: 'readings[1].at: 必须是 ISO 8601 时间，例如 2026-06-15T08:30:00.000Z' });
      expect(parseBackup(twice())).toEqual({
        ok: false,
        message: `readings[3].at: 账户 "a" 在 ${new Date(NOW).toISOString()} 已有一条记录; readings[3].confirmedAt: 早于该记录本身的时间（at）`,
      });
    });
  });

  describe('all or nothing when a write fails', () => {
    afterEach(() => vi.restoreAllMocks());

    const before: Settings = { badgeShows: 'days', defaultIntervalMinutes: 30, defaultWarnDays: 3 };
    const kept: Reading = { accountId: 'a', at: 5, credit: { amount: 1, currency: 'IDR' } };
    const dropped: Reading = { accountId: 'old', at: 7, credit: { amount: 2, currency: 'IDR' } };
    const previousAccounts = [testAccount({ id: 'a' }), testAccount({ id: 'old', primary: false })];

    /** Settings, accounts and every history the import would touch. */
    const everything = async () => ({
      settings: await getSettings(),
      accounts: await getAccounts(),
      a: await readingsStore.range('a', 0, Number.MAX_SAFE_INTEGER),
      b: await readingsStore.range('b', 0, Number.MAX_SAFE_INTEGER),
      old: await readingsStore.range('old', 0, Number.MAX_SAFE_INTEGER),
    });

    it('puts the history back when settings and accounts cannot be stored', async () => {
      await replaceAll(before, previousAccounts);
      await readingsStore.put(kept);
      await readingsStore.put(dropped);
      const was = await everything();
      const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

      const result = await importBackup(file());

      expect(set).toHaveBeenCalledTimes(1);
      expect(result).toEqual({ ok: false, message: 'it could not be stored (QUOTA_BYTES quota exceeded); nothing was changed' });
      expect(await everything()).toEqual(was);
      // The same file goes through once storage works again.
      expect((await importBackup(file())).ok).toBe(true);
      expect((await everything()).b).toEqual(readings.filter((r) => r.accountId === 'b'));
    });

    it('touches nothing when the history cannot be stored (a full disk)', async () => {
      await replaceAll(before, previousAccounts);
      await readingsStore.put(kept);
      await readingsStore.put(dropped);
      const was = await everything();
      const put = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if ((value as Reading).accountId === 'b') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      });
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');

      const result = await importBackup(file());

      expect(result).toEqual({ ok: false, message: 'it could not be stored (The quota has been exceeded.); nothing was changed' });
      expect(set).not.toHaveBeenCalled();
      vi.restoreAllMocks();
      expect(await everything()).toEqual(was);
    });
  });
});
