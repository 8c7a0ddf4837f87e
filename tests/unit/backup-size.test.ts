// Export and import keep the same limits: the largest history an export writes imports back whole,
// and one reading or one byte more is refused by both, with a message that points to CSV.
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_READINGS } from '@/utils/stores/backup-readings';
import { backupFileText, buildBackup, exportBackup, importBackup, MAX_BACKUP_BYTES, parseBackup, utf8Bytes } from '@/utils/stores/backup';
import { readingsStore } from '@/utils/stores/db';
import type { Account, Reading, Settings } from '@/utils/model';
import { replaceAll } from '@/utils/stores/settings';
import { testAccount } from './helpers';

const NOW = Date.UTC(2026, 5, 15, 8, 30);
const START = Date.UTC(2026, 0, 1);
const QUARTER_HOUR = 900_000;
const settings: Settings = { badgeShows: 'credit', defaultIntervalMinutes: 15, defaultWarnDays: 7 };
// Three lines read every 15 minutes, as in the report that found the gap.
const accounts: Account[] = ['a1b2c3d4e5f6a7b8', 'b1b2c3d4e5f6a7b8', 'c1b2c3d4e5f6a7b8'].map((id, i) =>
  testAccount({ id, primary: i === 0, intervalMinutes: 15 }),
);

/** `count` readings spread over the accounts, each with two data quotas whose labels grow by `pad` characters in all; every line has the same width. */
function history(count: number, pad: number): Reading[] {
  const padded = (name: string, n: number) => `${name} ${'x'.repeat(n)}`;
  return Array.from({ length: count }, (_, i) => {
    const at = START + Math.floor(i / accounts.length) * QUARTER_HOUR;
    return {
      accountId: accounts[i % accounts.length]?.id ?? '',
      at,
      credit: { amount: 10_000 + i, currency: 'IDR' },
      validUntil: '2026-07-01',
      graceUntil: '2026-07-31',
      quotas: [
        { label: padded('Kuota Utama', Math.ceil(pad / 2)), kind: 'data', remaining: 100 + (i % 900), total: 1000, unit: 'MB' },
        { label: padded('Kuota Malam', Math.floor(pad / 2)), kind: 'data', remaining: 2.5, total: 10, unit: 'GB' },
      ],
      confirmedAt: at + 600_000,
    };
  });
}

const fileOf = (readings: readonly Reading[]) =>
  backupFileText(buildBackup(settings, accounts, { now: NOW, includeSecrets: false, readings }));

describe('backup size limits', () => {
  it('exports the largest history the limits allow, and imports it back reading for reading', async () => {
    // The label padding that brings a file of MAX_BACKUP_READINGS readings closest to MAX_BACKUP_BYTES.
    const base = fileOf(history(MAX_BACKUP_READINGS, 0));
    if (!base.ok) throw new Error(base.message);
    const pad = Math.floor((MAX_BACKUP_BYTES - utf8Bytes(base.text)) / MAX_BACKUP_READINGS);
    expect(pad).toBeGreaterThan(0);
    const readings = history(MAX_BACKUP_READINGS, pad);
    const largest = fileOf(readings);
    if (!largest.ok) throw new Error(largest.message);
    const bytes = utf8Bytes(largest.text);
    expect(bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    // Within one byte per reading of the limit: no bigger history of this shape fits.
    expect(bytes).toBeGreaterThan(MAX_BACKUP_BYTES - MAX_BACKUP_READINGS);

    const imported = await importBackup(largest.text);
    expect(imported.ok).toBe(true);
    for (const account of accounts) {
      const back = await readingsStore.range(account.id, 0, Number.MAX_SAFE_INTEGER);
      expect(back).toEqual(readings.filter((r) => r.accountId === account.id));
    }

    // One byte per reading more: export refuses, and so would import.
    const over = fileOf(history(MAX_BACKUP_READINGS, pad + 1));
    expect(over).toEqual({
      ok: false,
      message: expect.stringMatching(/^Nothing was exported: .* over 20 MB or 50,000 readings.*CSV/) as string,
    });
    expect(parseBackup(`${largest.text}${' '.repeat(MAX_BACKUP_BYTES - bytes + 1)}`)).toEqual({
      ok: false,
      message: 'file is too large (over 20 MB)',
    });
  }, 600_000);

  it('refuses one reading more than MAX_BACKUP_READINGS on export and on import', () => {
    const small = (n: number): Reading[] =>
      Array.from({ length: n }, (_, i) => ({ accountId: accounts[0]?.id ?? '', at: START + i * 60_000 }));
    expect(fileOf(small(MAX_BACKUP_READINGS + 1)).ok).toBe(false);
    const within = fileOf(small(MAX_BACKUP_READINGS));
    if (!within.ok) throw new Error(within.message);
    expect(parseBackup(within.text).ok).toBe(true);
    // The same file with one reading more, written by hand: import refuses it too.
    const extra = JSON.stringify({ accountId: accounts[0]?.id, at: new Date(START - 60_000).toISOString() });
    const oneMore = within.text.replace('"readings": [\n', `"readings": [\n    ${extra},\n`);
    expect(utf8Bytes(oneMore)).toBeLessThan(MAX_BACKUP_BYTES);
    expect(parseBackup(oneMore)).toEqual({ ok: false, message: 'readings: too many (at most 50000)' });
  });

  it('counts the stored history before loading it, and refuses with the same message', async () => {
    await replaceAll(settings, accounts);
    const count = vi.spyOn(readingsStore, 'countMany').mockResolvedValue(new Map([[accounts[0]?.id ?? '', MAX_BACKUP_READINGS + 1]]));
    const range = vi.spyOn(readingsStore, 'range');
    const refused = await exportBackup({ now: NOW, includeSecrets: false, includeReadings: true });
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/^Nothing was exported: .*50,000 readings/) as string });
    expect(range).not.toHaveBeenCalled();
    count.mockRestore();
    range.mockRestore();

    await readingsStore.put({ accountId: accounts[1]?.id ?? '', at: NOW, credit: { amount: 5, currency: 'IDR' } });
    const written = await exportBackup({ now: NOW, includeSecrets: false, includeReadings: true, timeZone: 'UTC' });
    expect(written.ok && written.fileName).toBe('balance-badge-backup-2026-06-15.json');
    expect(written.ok && (JSON.parse(written.text) as { readings: unknown[] }).readings).toEqual([
      { accountId: accounts[1]?.id, at: new Date(NOW).toISOString(), credit: { amount: 5, currency: 'IDR' } },
    ]);
  });

  it('counts UTF-8 bytes as the file holds them', () => {
    for (const text of ['', 'abc', 'Rp 25.750', '余额 ¥12', '🔒 locked', 'é'.repeat(1000)]) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
