// Export then import gives back the same accounts and settings, for any browser.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, waitFor } from '../harness';
import {
  addManualAccount,
  type Backup,
  click,
  demoAccountId,
  exportBackup,
  fill,
  importBackup,
  localIsoDate,
  optionRowIds,
  popupCard,
  popupCardIds,
  removeAccountRow,
  tid,
  value,
} from '../pages';

/** What the scenario needs of a browser harness: Chromium's and Firefox's both have it. */
export type BackupHarness = Pick<Harness, 'openOptions' | 'openPopup' | 'reload' | 'downloads' | 'close'>;

/** The backup scenario, run in whichever browser `start` launches. */
export function backupScenario(title: string, start: () => Promise<BackupHarness>): void {
  describe(title, () => {
    let h: BackupHarness;
    let options: Page;
    let file: string;
    let exported: Backup;
    let ids: string[];
    let manualId: string;

    beforeAll(async () => {
      h = await start();
      options = await h.openOptions();
      await demoAccountId(options);
      manualId = await addManualAccount(options, {
        name: 'AXIS backup',
        preset: 'axis',
        credit: '4500',
        validUntil: localIsoDate(10),
        quotas: [{ label: 'Kuota', kind: 'data', remaining: '750', unit: 'MB' }],
      });
      ids = await optionRowIds(options);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('exports every account and the settings in the documented format', async () => {
      const result = await exportBackup(h, options);
      file = result.path;
      exported = result.backup;
      expect(result.fileName).toMatch(/\.json$/);
      expect(exported.format).toBe('balance-badge-backup');
      expect(exported.version).toBe(1);
      expect(typeof exported.exportedAt).toBe('string');
      expect(Number.isNaN(Date.parse(exported.exportedAt as string))).toBe(false);
      expect(exported.settings).toMatchObject({ badgeShows: 'credit' });
      expect(exported.accounts.map((a) => a.id)).toEqual(ids);
      const manual = exported.accounts.find((a) => a.id === manualId);
      expect(manual).toMatchObject({ name: 'AXIS backup', currency: 'IDR', source: { kind: 'manual' } });
      expect(exported.accounts.find((a) => a.id !== manualId)?.source.kind).toBe('demo');
    });

    it('restores a removed account and a changed setting from the file', async () => {
      await removeAccountRow(options, manualId);
      await fill(options, tid('setting-badge-shows'), 'days');
      await click(options, tid('save-settings'));
      // Reloading before the save is stored would lose it (the removal's own message is also data-ok).
      await waitFor(
        () => options.$$eval(tid('save-result', '[data-ok="true"]'), (els) => els.some((e) => e.textContent?.includes('Settings saved.'))),
        { message: 'settings saved message' },
      );
      await h.reload(options);
      await waitFor(async () => (await value(options, tid('setting-badge-shows'))) === 'days', { message: 'badge shows days saved' });

      const result = await importBackup(options, file);
      expect(result.ok).toBe('true');
      await waitFor(async () => JSON.stringify(await optionRowIds(options)) === JSON.stringify(ids), {
        message: `account rows ${JSON.stringify(ids)} after import`,
      });

      await h.reload(options);
      expect(await optionRowIds(options)).toEqual(ids);
      expect(await value(options, tid('setting-badge-shows'))).toBe('credit');

      // Exporting again gives the same accounts and settings, in a file of its own.
      const again = await exportBackup(h, options);
      expect(again.path).not.toBe(file);
      expect(again.backup.accounts).toEqual(exported.accounts);
      expect(again.backup.settings).toEqual(exported.settings);
    });

    it('shows the restored accounts on the popup', async () => {
      const popup = await h.openPopup();
      await waitFor(async () => (await popupCardIds(popup)).length === ids.length, { message: 'a card per account' });
      expect([...(await popupCardIds(popup))].sort()).toEqual([...ids].sort());
      // The demo refreshes by itself; the manual account kept or lost its typed reading, but is listed.
      const demoId = ids.find((id) => id !== manualId) ?? '';
      await popupCard(popup, demoId);
      await popup.close();
    });
  });
}
