// A reading that crosses the low-credit threshold raises exactly one notification, once per episode.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';
import { backupAccount, backupText, click, demoAccountId, fill, find, importBackup, localIsoDate, optionRowIds, tid } from './pages';

const ID = 'alerted';

interface NotificationsGlobal {
  chrome: { notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> } };
}

describe('alerts', () => {
  let h: Harness;

  const notifications = () =>
    h.evalInWorker(async () => Object.keys(await (globalThis as unknown as NotificationsGlobal).chrome.notifications.getAll()));

  /** Types a new credit into the account form and saves it (the reading is recorded and checked). */
  async function typeCredit(credit: string): Promise<void> {
    const page = await h.openOptions(`/edit/${ID}`);
    const form = await find(page, `form${tid('account-form')}`);
    await fill(form, tid('field-credit'), credit);
    await click(form, tid('save-account'));
    await find(page, tid('save-result', '[data-ok="true"]'));
    await page.close();
  }

  beforeAll(async () => {
    h = await launch();
    const now = Date.now();
    const dir = mkdtempSync(join(tmpdir(), 'balance-badge-alerts-'));
    const file = join(dir, 'alerts-backup.json');
    writeFileSync(
      file,
      backupText(
        {
          settings: {},
          accounts: [
            backupAccount({
              id: ID,
              name: 'AXIS alerts',
              source: { kind: 'manual', preset: 'axis', graceDays: 30 },
              thresholds: { warnDays: 7, lowCredit: 5000 },
              primary: true,
              alerts: { lowCreditBelow: 5000 },
            }),
          ],
          readings: [
            {
              accountId: ID,
              at: new Date(now - 3_600_000).toISOString(),
              credit: { amount: 10_000, currency: 'IDR' },
              validUntil: localIsoDate(60),
            },
          ],
        },
        now,
      ),
    );
    const options = await h.openOptions();
    await demoAccountId(options);
    expect((await importBackup(options, file)).ok).toBe('true');
    await waitFor(async () => JSON.stringify(await optionRowIds(options)) === JSON.stringify([ID]), { message: 'the imported account' });
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('raises exactly one notification when the credit falls under the threshold', async () => {
    expect(await notifications()).toEqual([]);
    await typeCredit('3000');
    await waitFor(async () => (await notifications()).length > 0, { message: 'a notification' });
    expect(await notifications()).toEqual([`alert|${ID}|low-credit`]);
  });

  it('does not raise it again while the credit stays low', async () => {
    await h.evalInWorker(async (id) => {
      await (globalThis as unknown as NotificationsGlobal).chrome.notifications.clear(id);
    }, `alert|${ID}|low-credit`);
    expect(await notifications()).toEqual([]);
    // The save answers after the background recorded the reading and checked the alerts.
    await typeCredit('2500');
    expect(await notifications()).toEqual([]);
  });
});
