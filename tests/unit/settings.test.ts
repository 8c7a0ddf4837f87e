import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { parseAccounts } from '@/utils/model/schemas';
import {
  getAccounts,
  getSettings,
  moveAccount,
  normalizePrimary,
  removeAccount,
  replaceAll,
  saveAccounts,
  saveSettings,
  seedDemoAccount,
  upsertAccount,
} from '@/utils/stores/settings';
import { testAccount } from './helpers';

describe('normalizePrimary', () => {
  it.each([
    ['keeps the one marked', [true, false, false], [true, true, true], [true, false, false]],
    ['first marked wins', [false, true, true], [true, true, true], [false, true, false]],
    ['none marked: first enabled', [false, false, false], [false, true, true], [false, true, false]],
    ['a disabled primary moves to an enabled one', [true, false], [false, true], [false, true]],
    ['nothing enabled: no primary', [true, false], [false, false], [false, false]],
  ])('%s', (_name, primary, enabled, expected) => {
    const accounts = primary.map((p, i) => testAccount({ id: `a${i}`, primary: p, enabled: enabled[i] }));
    expect(normalizePrimary(accounts).map((a) => a.primary)).toEqual(expected);
  });
});

describe('accounts', () => {
  it('saves valid accounts and refuses an invalid list whole', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    await expect(saveAccounts([testAccount({ id: 'b' }), testAccount({ id: 'c', currency: 'rupiah' })])).rejects.toThrow();
    await expect(saveAccounts([testAccount({ id: 'd', intervalMinutes: 0 })])).rejects.toThrow();
    await expect(saveAccounts([testAccount({ id: 'e', intervalMinutes: 1441 })])).rejects.toThrow();
    await expect(saveAccounts([testAccount({ id: 'f' }), testAccount({ id: 'f' })])).rejects.toThrow(/duplicate/);
    expect((await getAccounts()).map((a) => a.id)).toEqual(['a']);
  });

  it('upsert adds, replaces, and a new primary takes over', async () => {
    await upsertAccount(testAccount({ id: 'a', primary: true }));
    await upsertAccount(testAccount({ id: 'b', primary: false }));
    await upsertAccount(testAccount({ id: 'b', name: 'Renamed', primary: true }));
    const accounts = await getAccounts();
    expect(accounts.map((a) => [a.id, a.name, a.primary])).toEqual([
      ['a', 'Test line', false],
      ['b', 'Renamed', true],
    ]);
  });

  it('moves and removes, keeping one primary', async () => {
    await saveAccounts(['a', 'b', 'c'].map((id) => testAccount({ id, primary: id === 'a' })));
    await moveAccount('c', -1);
    expect((await getAccounts()).map((a) => a.id)).toEqual(['a', 'c', 'b']);
    await moveAccount('a', -1);
    expect((await getAccounts()).map((a) => a.id)).toEqual(['a', 'c', 'b']);
    await removeAccount('a');
    const left = await getAccounts();
    expect(left.map((a) => a.id)).toEqual(['c', 'b']);
    expect(left.filter((a) => a.primary).map((a) => a.id)).toEqual(['c']);
  });
});

describe('seedDemoAccount', () => {
  it('stores one primary demo account that the validator would have stored unchanged', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, defaultIntervalMinutes: 15, defaultWarnDays: 3 });
    const seeded = await seedDemoAccount();
    const stored = await getAccounts();
    expect(stored).toEqual(seeded);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      source: { kind: 'demo' },
      primary: true,
      enabled: true,
      intervalMinutes: 15,
      thresholds: { warnDays: 3 },
    });
    expect(normalizePrimary(parseAccounts(stored))).toEqual(stored);
  });
});

describe('settings', () => {
  it('has defaults, saves valid settings and refuses invalid ones', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, badgeShows: 'days' });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, defaultIntervalMinutes: Number.NaN })).rejects.toThrow();
    expect((await getSettings()).badgeShows).toBe('days');
  });

  it('replaceAll writes both or neither', async () => {
    await saveAccounts([testAccount({ id: 'keep' })]);
    await expect(replaceAll(DEFAULT_SETTINGS, [testAccount({ id: 'x', currency: 'bad' })])).rejects.toThrow();
    expect((await getAccounts()).map((a) => a.id)).toEqual(['keep']);
    await replaceAll({ ...DEFAULT_SETTINGS, defaultWarnDays: 3 }, [testAccount({ id: 'new' })]);
    expect((await getAccounts()).map((a) => a.id)).toEqual(['new']);
    expect((await getSettings()).defaultWarnDays).toBe(3);
  });
});
