import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '@/utils/background/lifecycle';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { buildBackup, importBackup, serializeBackup } from '@/utils/stores/backup';
import { migrate, migrateStorage, MIGRATIONS, SCHEMA_VERSION } from '@/utils/stores/migrations';
import { getAccounts, getSettings } from '@/utils/stores/settings';
import { testAccount } from './helpers';

/** Settings and an account as a version before schema versions could store them: fields left out. */
const OLD_SETTINGS = { badgeShows: 'days', defaultWarnDays: 5 };
const OLD_ACCOUNT = { id: 'old1', name: 'Old line', currency: 'IDR', source: { kind: 'manual' }, intervalMinutes: 60 };
const current = testAccount({ id: 'now1' });

describe('migrations', () => {
  it('are numbered from 1 up, one step each, the last being the version written', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('upgrade an old shape to the current one', () => {
    expect(migrate({ settings: OLD_SETTINGS, accounts: [OLD_ACCOUNT] }, 0)).toEqual({
      settings: { ...DEFAULT_SETTINGS, badgeShows: 'days', defaultWarnDays: 5 },
      accounts: [{ ...OLD_ACCOUNT, enabled: true, primary: false, thresholds: { warnDays: 5 } }],
    });
  });

  it('leave a current shape unchanged, and are idempotent', () => {
    const stored = { settings: { ...DEFAULT_SETTINGS, language: 'id' }, accounts: [current, { ...current, id: 'b', enabled: false }] };
    expect(migrate(stored, 0)).toEqual(stored);
    const once = migrate({ settings: OLD_SETTINGS, accounts: [OLD_ACCOUNT] }, 0);
    expect(migrate(once, 0)).toEqual(once);
    expect(migrate({ settings: OLD_SETTINGS }, SCHEMA_VERSION)).toEqual({ settings: OLD_SETTINGS });
  });

  it('leave absent parts absent', () => {
    expect(migrate({}, 0)).toEqual({ settings: undefined, accounts: undefined });
  });
});

describe('stored data', () => {
  it('an update upgrades an old stored shape and records the version', async () => {
    await fakeBrowser.storage.local.set({ settings: OLD_SETTINGS, accounts: [OLD_ACCOUNT] });
    await onInstalled('update');
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...OLD_SETTINGS });
    // The one enabled account takes the badge once sync has merged.
    expect(await getAccounts()).toEqual([{ ...OLD_ACCOUNT, enabled: true, primary: true, thresholds: { warnDays: 5 } }]);
    expect((await fakeBrowser.storage.local.get('schemaVersion')).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('a current shape is not written again; a stored version this code knows is not upgraded twice', async () => {
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS, accounts: [current] });
    const changes: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((c) => void changes.push(Object.keys(c)));
    expect(await migrateStorage()).toBe(true);
    expect(changes).toEqual([['schemaVersion']]);
    expect(await migrateStorage()).toBe(false);
    expect(changes).toHaveLength(1);
  });

  it('data of a newer version is left alone', async () => {
    await fakeBrowser.storage.local.set({ settings: OLD_SETTINGS, schemaVersion: SCHEMA_VERSION + 1 });
    expect(await migrateStorage()).toBe(false);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(OLD_SETTINGS);
  });
});

describe('backup import', () => {
  it('a file written before schema versions imports upgraded', async () => {
    const file = {
      format: 'balance-badge-backup',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
      settings: OLD_SETTINGS,
      accounts: [OLD_ACCOUNT],
    };
    const result = await importBackup(JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(await getAccounts()).toEqual([{ ...OLD_ACCOUNT, enabled: true, primary: true, thresholds: { warnDays: 5 } }]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...OLD_SETTINGS });
  });

  it('a file this version wrote carries the version and imports as it was', async () => {
    const backup = buildBackup({ ...DEFAULT_SETTINGS, badgeShows: 'days' }, [current], { now: Date.UTC(2026, 0, 1), includeSecrets: true });
    expect(backup.schemaVersion).toBe(SCHEMA_VERSION);
    const result = await importBackup(serializeBackup(backup));
    expect(result).toMatchObject({ ok: true, accounts: [current], settings: { badgeShows: 'days' } });
  });
});
