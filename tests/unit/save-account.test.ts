import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveAccount, storeSetupAccount } from '@/entrypoints/options/accounts/save-account';
import type { Account, Reading } from '@/utils/model';
import { getAccounts, saveAccounts } from '@/utils/stores/settings';

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
/** The keys of each `storage.local` change, which is how the background hears of a save. */
let changed: string[][];

beforeEach(() => {
  sent = [];
  changed = [];
  recordAnswer = { ok: true };
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local') changed.push(Object.keys(changes));
  });
  // Stands in for the background's message table.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, payload } = message as Sent;
    sent.push({ name, payload });
    return Promise.resolve(name === 'recordReading' ? recordAnswer : null);
  });
});

describe('saveAccount', () => {
  const manual = { credit: 25750, currency: 'IDR', validUntil: '2026-07-31', graceDays: 30 };

  it('stores the account and records the typed values; the storage write is the only signal to the background', async () => {
    expect(await saveAccount(account, manual, undefined, NOW)).toEqual({ ok: true });
    expect(await getAccounts()).toEqual([account]);
    expect(changed.some((keys) => keys.includes('accounts'))).toBe(true);
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
    expect(await getAccounts()).toEqual([account]);
    expect(changed.some((keys) => keys.includes('accounts'))).toBe(true);
  });

  it('records nothing for an empty manual form or a demo account', async () => {
    await saveAccount(account, { currency: 'IDR' }, undefined, NOW);
    await saveAccount({ ...account, source: { kind: 'demo' } }, undefined, undefined, NOW);
    expect(sent).toEqual([]);
    expect(await getAccounts()).toEqual([{ ...account, source: { kind: 'demo' } }]);
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
    expect(changed).toEqual([]);
  });
});

describe('saveAccount of a line guided setup handed to the form (storeSetupAccount)', () => {
  const demo: Account = { ...account, id: 'demo1', name: 'Demo', source: { kind: 'demo' }, primary: true };
  const manual = { credit: 12345, currency: 'IDR' };

  it('removes the demo and puts the line on the badge, then records the typed values', async () => {
    await saveAccounts([demo]);
    const line: Account = { ...account, id: 'other1', source: { kind: 'manual', preset: 'generic' } };
    expect(await saveAccount(line, manual, undefined, NOW, storeSetupAccount)).toEqual({ ok: true });
    expect((await getAccounts()).map((a) => [a.id, a.primary])).toEqual([['other1', true]]);
    expect(sent.map((m) => m.name)).toEqual(['recordReading']);
  });

  it('without it the demo stays: the form saved from anywhere else adds beside it', async () => {
    await saveAccounts([demo]);
    const line: Account = { ...account, id: 'other1', primary: false, source: { kind: 'manual', preset: 'generic' } };
    expect(await saveAccount(line, manual, undefined, NOW)).toEqual({ ok: true });
    expect((await getAccounts()).map((a) => [a.id, a.primary])).toEqual([
      ['demo1', true],
      ['other1', false],
    ]);
  });

  it('an invalid account is refused and the demo stays', async () => {
    await saveAccounts([demo]);
    const outcome = await saveAccount({ ...account, currency: 'rupiah' }, manual, undefined, NOW, storeSetupAccount);
    expect(outcome).toMatchObject({ ok: false, stage: 'account' });
    expect((await getAccounts()).map((a) => a.id)).toEqual(['demo1']);
  });
});
