import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveAccount } from '@/entrypoints/options/accounts/save-account';
import type { Account, Reading } from '@/utils/model';
import { getAccounts } from '@/utils/stores/settings';

const NOW = Date.UTC(2026, 5, 15, 12);

const account: Account = {
  id: 'axis1',
  name: 'My AXIS',
  currency: 'IDR',
  source: { kind: 'manual', preset: 'axis', graceDays: 30 },
  intervalMinutes: 60,
  thresholds: { warnDays: 7 },
  primary: true,
  enabled: true,
};

interface Sent {
  name: string;
  payload: unknown;
}

let sent: Sent[];
let recordAnswer: { ok: true } | { ok: false; message: string };

beforeEach(() => {
  sent = [];
  recordAnswer = { ok: true };
  // Stands in for the background's message table.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, payload } = message as Sent;
    sent.push({ name, payload });
    return Promise.resolve(name === 'recordReading' ? recordAnswer : null);
  });
});

describe('saveAccount', () => {
  const manual = { credit: 25750, currency: 'IDR', validUntil: '2026-07-31', graceDays: 30 };

  it('stores the account, records the typed values, then tells the background', async () => {
    expect(await saveAccount(account, manual, undefined, NOW)).toEqual({ ok: true });
    expect(await getAccounts()).toEqual([account]);
    expect(sent).toEqual([
      {
        name: 'recordReading',
        payload: {
          reading: {
            accountId: 'axis1',
            at: NOW,
            credit: { amount: 25750, currency: 'IDR' },
            validUntil: '2026-07-31',
            graceUntil: '2026-08-30',
          },
        },
      },
    ]);
  });

  it('records nothing when the typed values did not change', async () => {
    const latest: Reading = {
      accountId: 'axis1',
      at: NOW - 1000,
      credit: { amount: 25750, currency: 'IDR' },
      validUntil: '2026-07-31',
      graceUntil: '2026-08-30',
    };
    expect(await saveAccount(account, manual, latest, NOW)).toEqual({ ok: true });
    expect(sent).toEqual([]);
  });

  it('records nothing for an empty manual form or a demo account', async () => {
    await saveAccount(account, { currency: 'IDR' }, undefined, NOW);
    await saveAccount({ ...account, source: { kind: 'demo' } }, undefined, undefined, NOW);
    expect(sent).toEqual([]);
  });

  it('reports a refused reading but keeps the account', async () => {
    recordAnswer = { ok: false, message: 'credit is not a number' };
    expect(await saveAccount(account, manual, undefined, NOW)).toEqual({
      ok: false,
      stage: 'reading',
      message: 'credit is not a number',
    });
    expect(await getAccounts()).toHaveLength(1);
  });

  it('reports an invalid account and sends nothing', async () => {
    const outcome = await saveAccount({ ...account, currency: 'rupiah' }, manual, undefined, NOW);
    expect(outcome).toMatchObject({ ok: false, stage: 'account' });
    expect(await getAccounts()).toEqual([]);
    expect(sent).toEqual([]);
  });
});
