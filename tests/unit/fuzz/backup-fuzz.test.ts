// Backup import under random and mutated files: never a crash, never a partial write, always a message.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, buildBackup, importBackup, parseBackup } from '@/utils/stores/backup';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { AccountSchema, SettingsSchema } from '@/utils/model/schemas';
import { getAccounts, getSettings, saveAccounts } from '@/utils/stores/settings';
import { prng } from '../extract/prng';
import { testAccount } from '../helpers';
import { HOSTILE_STRINGS, mutate, randomJsonValue } from './inputs';

const SEED = 20_261_125;
const RUNS = 3_000;

const valid = buildBackup(
  DEFAULT_SETTINGS,
  [
    testAccount({ id: 'demo1', source: { kind: 'demo' } }),
    testAccount({ id: 'axis1', name: 'AXIS', primary: false, source: { kind: 'manual', preset: 'axis', graceDays: 30 } }),
  ],
  { now: Date.UTC(2026, 10, 25), includeSecrets: false },
);

describe('backup import fuzz', () => {
  it(`answers ${RUNS} mutated backups with valid data or a message, never a throw (seed ${SEED})`, () => {
    const rand = prng(SEED);
    let accepted = 0;
    for (let i = 0; i < RUNS; i++) {
      let candidate: unknown = valid;
      for (let m = rand.int(1, 3); m > 0; m--) candidate = mutate(candidate, rand);
      const text = JSON.stringify(candidate);
      const result = parseBackup(text);
      if (result.ok) {
        accepted++;
        // Whatever is accepted is fully valid and has unique ids.
        expect(v.is(SettingsSchema, result.settings)).toBe(true);
        for (const a of result.accounts) expect(v.is(AccountSchema, a)).toBe(true);
        expect(new Set(result.accounts.map((a) => a.id)).size).toBe(result.accounts.length);
      } else {
        expect(result.message.length).toBeGreaterThan(0);
        expect(result.message.length).toBeLessThan(2_000);
      }
    }
    // Some harmless mutations (an extra key, a changed name) must still be accepted.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS);
  });

  it('refuses random JSON and random text with a message', () => {
    const rand = prng(SEED + 1);
    for (let i = 0; i < 1_000; i++) {
      const value = randomJsonValue(rand);
      const text = rand.int(0, 3) === 0 ? String(rand.pick(HOSTILE_STRINGS)) : JSON.stringify(value);
      const result = parseBackup(text ?? 'undefined');
      expect(result.ok).toBe(false);
    }
  });

  it.each([
    ['wrong format', { ...valid, format: 'something-else' }, /format/],
    ['future version', { ...valid, version: 99 }, /version/],
    ['version as text', { ...valid, version: '1' }, /version/],
    ['missing accounts', { ...valid, accounts: undefined }, /accounts/],
    ['duplicate ids', { ...valid, accounts: [valid.accounts[0], valid.accounts[0]] }, /id/],
    ['bad currency', { ...valid, accounts: [{ ...valid.accounts[0], currency: 'RUPIAH' }] }, /currency/],
    ['interval of zero', { ...valid, accounts: [{ ...valid.accounts[0], intervalMinutes: 0 }] }, /interval/i],
    ['huge interval', { ...valid, accounts: [{ ...valid.accounts[0], intervalMinutes: 1e12 }] }, /interval/i],
    ['negative warning days', { ...valid, accounts: [{ ...valid.accounts[0], thresholds: { warnDays: -1 } }] }, /warnDays/],
    ['unknown source', { ...valid, accounts: [{ ...valid.accounts[0], source: { kind: 'telepathy' } }] }, /kind/],
    ['script in the id', { ...valid, accounts: [{ ...valid.accounts[0], id: '<script>' }] }, /id/],
    ['a very long name', { ...valid, accounts: [{ ...valid.accounts[0], name: 'a'.repeat(10_000) }] }, /name/],
    ['bad badge mode', { ...valid, settings: { ...valid.settings, badgeShows: 'everything' } }, /badgeShows/],
  ])('refuses %s with a message naming it', (_name, file, pattern) => {
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = JSON.stringify({ format: BACKUP_FORMAT, version: 1, padding: 'x'.repeat(50 * 1024 * 1024) });
    const result = parseBackup(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/large/);
  });

  it('changes nothing in storage when any of 200 mutated files is refused', async () => {
    const before = [testAccount({ id: 'keep', name: 'Keep me' })];
    await saveAccounts(before);
    const settingsBefore = await getSettings();
    const rand = prng(SEED + 2);
    for (let i = 0; i < 200; i++) {
      const result = await importBackup(JSON.stringify(mutate(mutate(valid, rand), rand)));
      if (result.ok)
        await saveAccounts(before); // an accepted file is applied; put the baseline back
      else {
        expect(await getAccounts()).toEqual(before.map((a) => ({ ...a, primary: true })));
        expect(await getSettings()).toEqual(settingsBefore);
      }
    }
  });
});
