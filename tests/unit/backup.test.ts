import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_FORMAT,
  backupFileName,
  buildBackup,
  importBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
} from '@/utils/stores/backup';
import { SCHEMA_VERSION } from '@/utils/stores/migrations';
import { readingsStore } from '@/utils/stores/db';
import { setChosenLanguage } from '@/utils/i18n';
import type { Account, Settings } from '@/utils/model';
import { getAccounts, getSettings, replaceAll } from '@/utils/stores/settings';
import { catalog, getMessageIn } from './locales';

const NOW = Date.UTC(2026, 5, 15, 8, 30);

const settings: Settings = { badgeShows: 'days', defaultIntervalMinutes: 30, defaultWarnDays: 5 };

const accounts: Account[] = [
  {
    id: 'axis1',
    name: 'My AXIS',
    currency: 'IDR',
    source: { kind: 'manual', preset: 'axis', graceDays: 30, remindAfterDays: 7 },
    intervalMinutes: 60,
    thresholds: { warnDays: 7, lowCredit: 5000 },
    primary: true,
    enabled: true,
  },
  {
    id: 'demo1',
    name: 'Demo',
    currency: 'IDR',
    source: { kind: 'demo' },
    intervalMinutes: 15,
    thresholds: { warnDays: 3 },
    primary: false,
    enabled: false,
  },
];

const fileText = (extra: (backup: Record<string, unknown>) => void = () => undefined) => {
  const backup = JSON.parse(serializeBackup(buildBackup(settings, accounts, { now: NOW, includeSecrets: false }))) as Record<
    string,
    unknown
  >;
  extra(backup);
  return JSON.stringify(backup);
};

const accountAt = (backup: Record<string, unknown>, i: number) => (backup.accounts as Record<string, unknown>[])[i] ?? {};

describe('buildBackup', () => {
  it('writes the documented top level', () => {
    const backup = buildBackup(settings, accounts, { now: NOW, includeSecrets: false });
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-06-15T08:30:00.000Z',
      includesSecrets: false,
      settings,
      accounts,
    });
    expect(backup.accounts[0]).not.toBe(accounts[0]);
  });

  it('serializes as indented JSON with a final newline', () => {
    const text = serializeBackup(buildBackup(settings, [], { now: NOW, includeSecrets: true }));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "balance-badge-backup"');
  });

  it('names the file after the local date', () => {
    expect(backupFileName(Date.UTC(2026, 0, 31, 20), 'Asia/Jakarta')).toBe('balance-badge-backup-2026-02-01.json');
    expect(backupFileName(Date.UTC(2026, 0, 31, 20), 'UTC')).toBe('balance-badge-backup-2026-01-31.json');
  });
});

describe('parseBackup', () => {
  it('round-trips settings and accounts', () => {
    expect(parseBackup(fileText())).toEqual({ ok: true, settings, accounts });
  });

  it('accepts the example of docs/backup-format.md, every setting it shows included', () => {
    const doc = readFileSync(new URL('../../docs/backup-format.md', import.meta.url), 'utf8');
    const example = doc.split('```json\n')[1]?.split('```')[0] ?? '';
    const result = parseBackup(example);
    expect(result.ok && result.settings).toMatchObject({ language: 'id', quietHours: { start: '22:00', end: '07:00' } });
    expect(result.ok && result.accounts.map((a) => a.source.kind)).toEqual(['manual', 'json-api', 'web-page', 'demo']);
  });

  it('fills settings a backup lacks with defaults', () => {
    const result = parseBackup(fileText((b) => (b.settings = { badgeShows: 'days' })));
    expect(result).toEqual({
      ok: true,
      settings: { badgeShows: 'days', defaultIntervalMinutes: 60, defaultWarnDays: 7 },
      accounts,
    });
  });

  it.each<[string, string, RegExp]>([
    // Where the parser stopped, not its English words.
    ['invalid JSON', '{"format": "balance-badge-backup",', /^not valid JSON \(line 1, column 35\)$/],
    ['invalid JSON on line 3', '{\n  "format": "balance-badge-backup",\n  "version": 1,,\n}', /^not valid JSON \(line 3, column 16\)$/],
    ['JSON cut off at the start', '', /^not valid JSON/],
    ['a JSON array', '[]', /not a Balance Badge backup: expected a JSON object/],
    ['JSON null', 'null', /expected a JSON object/],
    ['another format', fileText((b) => (b.format = 'something-else')), /^format: not a Balance Badge backup/],
    ['no format', fileText((b) => delete b.format), /^format: /],
    ['a newer version', fileText((b) => (b.version = 2)), /version 2 was written by a newer Balance Badge/],
    ['version 0', fileText((b) => (b.version = 0)), /unsupported backup version 0/],
    ['a text version', fileText((b) => (b.version = '1')), /^version: expected number, found "1"$/],
    [
      'a bad exportedAt',
      fileText((b) => (b.exportedAt = 'yesterday')),
      /^exportedAt: must be an ISO 8601 time, like 2026-06-15T08:30:00.000Z$/,
    ],
    [
      'a bad currency',
      fileText((b) => (accountAt(b, 1).currency = 'rupiah')),
      /^accounts\[1\]\.currency: currency must be a 3-letter ISO 4217 code, like IDR or USD$/,
    ],
    ['duplicate ids', fileText((b) => (accountAt(b, 1).id = 'axis1')), /^accounts\[1\]: id "axis1" is used by an earlier account$/],
    [
      'an unknown source kind',
      fileText((b) => (accountAt(b, 0).source = { kind: 'carrier-portal' })),
      /^accounts\[0\]\.source\.kind: unknown source kind "carrier-portal" \(known kinds: "demo", "manual", "json-api", "web-page"\)$/,
    ],
    [
      'a source without a kind',
      fileText((b) => (accountAt(b, 0).source = {})),
      /^accounts\[0\]\.source\.kind: is missing \(known kinds: "demo", "manual", "json-api", "web-page"\)$/,
    ],
    ['a missing name', fileText((b) => delete accountAt(b, 0).name), /^accounts\[0\]\.name: is missing$/],
    [
      'an interval out of range',
      fileText((b) => (accountAt(b, 0).intervalMinutes = 5000)),
      /^accounts\[0\]\.intervalMinutes: must be 1440 or less$/,
    ],
    [
      'a bad setting',
      fileText((b) => (b.settings = { badgeShows: 'both' })),
      /^settings\.badgeShows: expected \("credit" \| "days"\), found "both"$/,
    ],
    ['accounts not a list', fileText((b) => (b.accounts = {})), /^accounts: expected Array, found Object$/],
  ])('refuses %s', (_name, text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('lists at most three problems and counts the rest', () => {
    const text = fileText((b) => {
      b.accounts = Array.from({ length: 5 }, (_, i) => ({ ...accountAt(b, 0), id: `a${i}`, currency: 'x' }));
    });
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.split('; ')).toHaveLength(4);
      expect(result.message).toMatch(/accounts\[0\]\.currency: .*accounts\[2\]\.currency: .*; and 2 more problems$/);
    }
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const text = fileText((b) => (b.padding = 'x'.repeat(MAX_BACKUP_BYTES)));
    expect(parseBackup(text)).toEqual({ ok: false, message: 'file is too large (over 20 MB)' });
  });
});

describe('importBackup', () => {
  const existing: Account = {
    id: 'old',
    name: 'Old line',
    currency: 'USD',
    source: { kind: 'demo' },
    intervalMinutes: 60,
    thresholds: { warnDays: 7 },
    enabled: true,
    primary: true,
  };

  it('replaces settings and accounts and forgets readings of dropped accounts', async () => {
    await replaceAll(settings, [existing]);
    await readingsStore.put({ accountId: 'old', at: NOW });
    await readingsStore.put({ accountId: 'axis1', at: NOW });
    const result = await importBackup(fileText());
    expect(result.ok).toBe(true);
    expect(await getAccounts()).toEqual(accounts);
    expect(await getSettings()).toEqual(settings);
    expect(await readingsStore.latest('old')).toBeUndefined();
    expect(await readingsStore.latest('axis1')).toEqual({ accountId: 'axis1', at: NOW });
  });

  it('refuses settings written by a newer version, saying so, and changes nothing', async () => {
    await replaceAll(settings, accounts);
    const result = await importBackup(fileText((backup) => (backup.schemaVersion = SCHEMA_VERSION + 1)));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/newer Balance Badge/) });
    expect(await getAccounts()).toEqual(accounts);
  });

  it('changes nothing when the file is refused', async () => {
    const before: Settings = { badgeShows: 'credit', defaultIntervalMinutes: 90, defaultWarnDays: 2 };
    await replaceAll(before, [existing]);
    await readingsStore.put({ accountId: 'old', at: NOW });
    // Valid but for its last account: nothing of it may land.
    const result = await importBackup(fileText((b) => (accountAt(b, 1).currency = 'idr')));
    expect(result.ok).toBe(false);
    expect(await getAccounts()).toEqual([existing]);
    expect(await getSettings()).toEqual(before);
    expect(await readingsStore.latest('old')).toEqual({ accountId: 'old', at: NOW });
  });

  it('round-trips what it exports', async () => {
    await replaceAll(settings, accounts);
    const text = serializeBackup(buildBackup(await getSettings(), await getAccounts(), { now: NOW, includeSecrets: false }));
    await replaceAll({ badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 }, []);
    expect((await importBackup(text)).ok).toBe(true);
    expect(await getAccounts()).toEqual(accounts);
    expect(await getSettings()).toEqual(settings);
  });
});

describe('refusals in the user’s language', () => {
  afterEach(() => setChosenLanguage(null));

  const broken = () =>
    fileText((b) => {
      accountAt(b, 0).source = { kind: 'carrier-portal' };
      accountAt(b, 0).intervalMinutes = 5000;
      accountAt(b, 1).currency = 'rupiah';
      b.settings = { badgeShows: 'both' };
    });

  it('words every problem in Indonesian in an Indonesian browser, keeping the place of each', () => {
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn('id') });
    expect(parseBackup(broken())).toEqual({
      ok: false,
      message:
        'settings.badgeShows: seharusnya ("credit" | "days"), tetapi berisi "both"; ' +
        'accounts[0].source.kind: jenis sumber "carrier-portal" tidak dikenal (jenis yang dikenal: "demo", "manual", "json-api", "web-page"); ' +
        'accounts[0].intervalMinutes: harus 1440 atau kurang; dan 1 masalah lain',
    });
    expect(parseBackup(fileText((b) => (accountAt(b, 1).currency = 'rupiah')))).toEqual({
      ok: false,
      message: 'accounts[1].currency: mata uang harus berupa kode ISO 4217 tiga huruf, seperti IDR atau USD',
    });
    expect(parseBackup(fileText((b) => (b.version = '1')))).toEqual({
      ok: false,
      message: 'version: seharusnya number, tetapi berisi "1"',
    });
  });

  it('words every problem in Chinese when Chinese is chosen in the options page', () => {
    setChosenLanguage({ lang: 'zh_CN', version: '0.1.0', messages: catalog('zh_CN') });
    const result = parseBackup(broken());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.split('; ')).toEqual([
        'settings.badgeShows: 应为 ("credit" | "days")，实际为 "both"',
        'accounts[0].source.kind: 未知的来源类型 "carrier-portal"（已知类型："demo", "manual", "json-api", "web-page"）',
        'accounts[0].intervalMinutes: 必须小于或等于 1440',
        '另有 1 个问题',
      ]);
    }
    expect(parseBackup(fileText((b) => (accountAt(b, 1).id = 'axis1')))).toEqual({
      ok: false,
      message: 'accounts[1]: id "axis1" 已被前面的账户使用',
    });
    expect(parseBackup(fileText((b) => delete accountAt(b, 0).name))).toEqual({ ok: false, message: 'accounts[0].name: 缺失' });
    expect(parseBackup(fileText((b) => (accountAt(b, 1).currency = 'rupiah')))).toEqual({
      ok: false,
      message: 'accounts[1].currency: 币种必须是 3 个字母的 ISO 4217 代码，例如 IDR 或 USD',
    });
  });
});
