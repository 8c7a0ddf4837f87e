// A broken backup is refused with a message, and nothing changes: the import is all or nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';
import {
  addManualAccount,
  type Backup,
  demoAccountId,
  exportBackup,
  fill,
  importBackup,
  localIsoDate,
  optionRowIds,
  popupCard,
  popupCardIds,
  tid,
  value,
} from './pages';

describe('importing a broken backup', () => {
  let h: Harness;
  let options: Page;
  let dir: string;
  let base: Backup;
  let ids: string[];
  let manualId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-import-'));
    h = await launch();
    options = await h.openOptions();
    await demoAccountId(options);
    manualId = await addManualAccount(options, { name: 'Manual', currency: 'USD', credit: '4.5', validUntil: localIsoDate(30) });
    ids = await optionRowIds(options);
    base = (await exportBackup(h, options)).backup;
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const manual = () => base.accounts.find((a) => a.id === manualId);

  const broken: [string, () => string, RegExp][] = [
    ['a wrong format', () => JSON.stringify({ ...base, format: 'someone-elses-backup' }), /format|backup/i],
    ['invalid JSON', () => JSON.stringify(base).slice(0, -20), /JSON|parse|read/i],
    [
      'an account with the currency "RUPIAH"',
      // Everything else in this file is valid and different, so applying part of it would show.
      () =>
        JSON.stringify({
          ...base,
          settings: { ...base.settings, badgeShows: 'days' },
          accounts: [
            ...base.accounts.map((a) => (a.id === manualId ? { ...a, name: 'Renamed by import' } : a)),
            { ...manual(), id: 'e2eRupiah', name: 'Rupiah', currency: 'RUPIAH', primary: false },
          ],
        }),
      /currency/i,
    ],
  ];

  it.each(broken)('refuses %s with a message and changes nothing', async (label, content, says) => {
    const file = join(dir, `${label.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, content());
    await options.reload();
    const result = await importBackup(options, file);
    expect(result.ok).toBe('false');
    expect(result.message).not.toBe('');
    expect(result.message).toMatch(says);

    await options.reload();
    expect(await optionRowIds(options)).toEqual(ids);
    expect(await value(options, tid('setting-badge-shows'))).toBe('credit');
    const now = (await exportBackup(h, options)).backup;
    expect(now.accounts).toEqual(base.accounts);
    expect(now.settings).toEqual(base.settings);
  });

  it('leaves the popup as it was', async () => {
    const popup = await h.openPopup();
    await popupCard(popup, manualId);
    expect([...(await popupCardIds(popup))].sort()).toEqual([...ids].sort());
    await popup.close();
  });

  it('says what is wrong, and where, in the language chosen in the options page', async () => {
    await options.reload();
    await fill(options, tid('setting-language'), 'id');
    await waitFor(async () => (await options.$eval('h1', (e) => e.textContent ?? '')) === 'Pengaturan Balance Badge', {
      message: 'options page in Indonesian',
    });
    const file = join(dir, 'rupiah-id.json');
    const place = base.accounts.length;
    writeFileSync(file, broken[2]?.[1]() ?? '');
    const result = await importBackup(options, file);
    expect(result).toEqual({
      ok: 'false',
      message: `✕ Tidak ada yang diimpor: accounts[${place}].currency: mata uang harus berupa kode ISO 4217 tiga huruf, seperti IDR atau USD`,
    });
    expect(await optionRowIds(options)).toEqual(ids);
  });
});
