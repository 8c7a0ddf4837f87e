// storage.sync: definitions without secrets, within sync's limits, merged between two browsers.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { onInstalled, onStorageChanged } from '@/utils/background/lifecycle';
import { type Account, DEFAULT_SETTINGS } from '@/utils/model';
import { readJsonApi } from '@/utils/sources/json-api';
import type { AccountOf } from '@/utils/sources/types';
import { readWebPage } from '@/utils/sources/web-page';
import {
  getAccounts,
  getSettings,
  getSyncState,
  removeAccount,
  saveAccounts,
  saveSettings,
  setSyncEnabled,
  upsertAccount,
  watchAccounts,
} from '@/utils/stores/settings';
import { syncNow } from '@/utils/stores/sync';
import { canonical, itemBytes, SYNC_QUOTA, syncedDefinition } from '@/utils/stores/sync-merge';
import { testAccount } from './helpers';

const TOKEN = 'tok-5d1e09aa77';

const apiAccount = (fields: Partial<Account> = {}): Account =>
  testAccount({
    id: 'api1',
    name: 'eSIM',
    currency: 'USD',
    source: { kind: 'json-api', url: 'https://api.example/usage', headers: { Authorization: `Bearer ${TOKEN}` } },
    ...fields,
  });

/**
 * A JSON API source whose synced definition takes about `bytes` (up to about 9.5 KB): a long path,
 * then header names, then paths. Bodies and header values are secrets and never reach sync.
 */
function bulky(bytes: number, fill = 'y'): AccountOf<'json-api'>['source'] {
  const path = fill.repeat(Math.min(1900, bytes));
  let rest = bytes - path.length;
  const names = Array.from({ length: Math.min(50, Math.max(0, Math.ceil(rest / 103))) }, (_, i) => `${fill}${i}-`.padEnd(100, fill));
  rest -= names.length * 103;
  const keys = ['credit', 'currency', 'validUntil', 'graceUntil', 'quotaRemaining', 'quotaTotal', 'quotaUsed'] as const;
  const fields = Object.fromEntries(keys.slice(0, Math.max(0, Math.ceil(rest / 300))).map((k) => [k, `$.${fill.repeat(298)}`]));
  return {
    kind: 'json-api',
    url: `https://api.example/${path}`,
    headers: Object.fromEntries(names.map((n) => [n, 'v'])),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
}

const syncAll = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const names = async () => (await getAccounts()).map((a) => a.name);

/**
 * Makes the fake storage.sync refuse what Chrome's refuses (it enforces no limit itself), and counts
 * write operations: every test that syncs then proves the limits are kept.
 */
function enforceSyncLimits(): { writes: () => number } {
  const sync = fakeBrowser.storage.sync;
  const set = sync.set.bind(sync);
  const remove = sync.remove.bind(sync);
  let writes = 0;
  vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    writes++;
    const after = { ...(await sync.get(null)), ...items };
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const total = Object.entries(after).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (total > SYNC_QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    if (Object.keys(after).length > SYNC_QUOTA.items) throw new Error('MAX_ITEMS quota exceeded');
    await set(items);
  });
  vi.spyOn(sync, 'remove').mockImplementation(async (keys: string | string[]) => {
    writes++;
    await remove(keys);
  });
  return { writes: () => writes };
}

describe('what goes to storage.sync', () => {
  it('holds each account without its token, the order and the settings; the token stays in storage.local', async () => {
    enforceSyncLimits();
    await saveAccounts([apiAccount(), testAccount({ id: 'demo1', name: 'Demo', primary: false })]);
    await saveSettings({ ...DEFAULT_SETTINGS, badgeShows: 'days' });
    await syncNow('local');

    const sync = await syncAll();
    expect(JSON.stringify(sync)).not.toContain(TOKEN);
    expect(sync.accountOrder).toEqual(['api1', 'demo1']);
    expect(sync['account:api1']).toMatchObject({ name: 'eSIM', source: { kind: 'json-api', headerNames: ['Authorization'] } });
    expect((sync['account:api1'] as Account).source).not.toHaveProperty('headers');
    expect(sync.settings).toEqual({ ...DEFAULT_SETTINGS, badgeShows: 'days' });
    // This browser's copy keeps the token, and callers still get it.
    expect(JSON.stringify(await fakeBrowser.storage.local.get('accounts'))).toContain(TOKEN);
    expect((await getAccounts())[0]?.source).toMatchObject({ headers: { Authorization: `Bearer ${TOKEN}` } });
  });

  it('writes only what changed: one edited account is one write of one item', async () => {
    const limits = enforceSyncLimits();
    await saveAccounts([apiAccount(), testAccount({ id: 'demo1', name: 'Demo', primary: false })]);
    await syncNow('local');
    const before = limits.writes();
    const setSpy = vi.mocked(fakeBrowser.storage.sync.set);
    setSpy.mockClear();

    await upsertAccount({ ...(await getAccounts())[1], name: 'Demo 2' } as Account);
    await syncNow('local');
    expect(limits.writes() - before).toBe(1);
    expect(Object.keys(setSpy.mock.calls[0]?.[0] ?? {})).toEqual(['account:demo1']);

    // Nothing changed: nothing written.
    await syncNow('local');
    await syncNow('sync');
    expect(limits.writes() - before).toBe(1);
  });

  it('keeps an account too large for one sync item on this browser only, and says so', async () => {
    enforceSyncLimits();
    const big = apiAccount({
      id: 'big',
      source: bulky(9500, 'x'),
    });
    await saveAccounts([apiAccount(), big]);
    await syncNow('local');

    const sync = await syncAll();
    expect(sync).not.toHaveProperty('account:big');
    expect(sync.accountOrder).toEqual(['api1']);
    expect((await getSyncState()).localOnly).toEqual({ big: 'too-large' });
    expect((await getAccounts()).map((a) => a.id)).toEqual(['api1', 'big']);
    expect((await getSyncState()).error).toBeUndefined();
  });

  it('stays under the 100 KB total: the accounts that do not fit stay here, the rest sync', async () => {
    enforceSyncLimits();
    // About 6.1 KB each: 16 fit in 100 KB, 20 do not.
    const accounts = Array.from({ length: 20 }, (_, i) =>
      testAccount({
        id: `a${i}`,
        name: `Line ${i}`,
        primary: i === 0,
        source: bulky(6000),
      }),
    );
    expect(itemBytes('account:a0', syncedDefinition(accounts[0] as Account))).toBeLessThan(SYNC_QUOTA.bytesPerItem);
    await saveAccounts(accounts);
    await syncNow('local');

    const sync = await syncAll();
    const total = Object.entries(sync).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    const synced = Object.keys(sync).filter((k) => k.startsWith('account:'));
    const localOnly = Object.keys((await getSyncState()).localOnly ?? {});
    expect(synced.length).toBeGreaterThan(10);
    expect(localOnly.length).toBeGreaterThan(0);
    expect(synced.length + localOnly.length).toBe(20);
    // The last accounts are the ones held back; none is lost here.
    expect(localOnly).toContain('a19');
    expect((await getAccounts()).length).toBe(20);
  });

  it('holds back an edit that would pass 100 KB: the edit stays here, sync keeps the version before', async () => {
    enforceSyncLimits();
    // 16 items of about 6.3 KB: 101 KB, just under the limit; one grown by 1.4 KB passes it.
    const accounts = Array.from({ length: 16 }, (_, i) =>
      testAccount({
        id: `a${i}`,
        name: `Line ${i}`,
        primary: i === 0,
        source: bulky(6100),
      }),
    );
    await saveAccounts(accounts);
    await syncNow('local');
    expect((await getSyncState()).localOnly).toEqual({});
    const grown = {
      ...accounts[3],
      source: bulky(7500, 'z'),
    } as Account;
    await upsertAccount(grown);
    await syncNow('local');

    expect((await getSyncState()).localOnly).toEqual({ a3: 'over-quota' });
    expect((await getAccounts())[3]).toEqual(grown);
    expect(((await syncAll())['account:a3'] as Account).source).toMatchObject({ url: bulky(6100).url });
    // A change from sync meanwhile does not undo the edit held here.
    await syncNow('sync');
    expect((await getAccounts())[3]).toEqual(grown);
  });

  it('keeps under 512 items', async () => {
    enforceSyncLimits();
    const accounts = Array.from({ length: 520 }, (_, i) => testAccount({ id: `n${i}`, name: `N${i}`, primary: i === 0 }));
    await saveAccounts(accounts);
    await syncNow('local');
    const keys = Object.keys(await syncAll());
    expect(keys.length).toBeLessThanOrEqual(SYNC_QUOTA.items);
    expect((await getAccounts()).length).toBe(520);
    expect(Object.values((await getSyncState()).localOnly ?? {}).every((r) => r === 'over-quota')).toBe(true);
  });

  it('records a refused write in plain words and keeps this browser as it was', async () => {
    await saveAccounts([apiAccount()]);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await syncNow('local');
    expect((await getSyncState()).error).toContain('MAX_WRITE_OPERATIONS_PER_MINUTE');
    expect(await names()).toEqual(['eSIM']);
    // The next merge tries again, and a success clears the error.
    vi.mocked(fakeBrowser.storage.sync.set).mockRestore();
    await syncNow('local');
    expect((await getSyncState()).error).toBeUndefined();
    expect(await syncAll()).toHaveProperty('account:api1');
  });
});

describe('migration from the storage.local layout', () => {
  it('moves accounts and settings written by the previous version to sync on update, losing nothing', async () => {
    const old = [apiAccount(), testAccount({ id: 'man1', name: 'AXIS', primary: false, source: { kind: 'manual', preset: 'axis' } })];
    const oldSettings = { ...DEFAULT_SETTINGS, defaultIntervalMinutes: 30, quietHours: { start: '22:00', end: '07:00' } };
    // Exactly what the previous version stored.
    await fakeBrowser.storage.local.set({ accounts: old, settings: oldSettings });

    await onInstalled('update');

    expect(await getAccounts()).toEqual(old);
    expect(await getSettings()).toEqual(oldSettings);
    const sync = await syncAll();
    expect(sync.accountOrder).toEqual(['api1', 'man1']);
    expect(sync['account:man1']).toEqual(old[1]);
    expect(sync.settings).toEqual(oldSettings);
    expect(JSON.stringify(sync)).not.toContain(TOKEN);
  });

  it('on a second browser, merges its own accounts with those already in sync (a union)', async () => {
    await fakeBrowser.storage.sync.set({ accountOrder: ['other'], 'account:other': testAccount({ id: 'other', name: 'From A' }) });
    await fakeBrowser.storage.local.set({ accounts: [testAccount({ id: 'mine', name: 'From B' })] });
    await onInstalled('update');
    expect((await names()).sort()).toEqual(['From A', 'From B']);
    expect(((await syncAll()).accountOrder as string[]).sort()).toEqual(['mine', 'other']);
  });

  it('a new install takes the synced accounts instead of seeding the demo, and opens the options page, not setup', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.storage.sync.set({ accountOrder: ['other'], 'account:other': testAccount({ id: 'other', name: 'From A' }) });
    await onInstalled('install');
    expect(await names()).toEqual(['From A']);
    expect(openOptions).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('changes from another browser', () => {
  it('reach watchAccounts, plan the alarms and read the new account, and clear them when the account is removed there', async () => {
    await syncNow('local');
    // The merge writes this browser's copy; the background re-plans from that write, as after a save here.
    background.main();
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('offline'));
    const seen: string[][] = [];
    const stop = watchAccounts((accounts) => seen.push(accounts.map((a) => a.id)));
    const remote = testAccount({
      id: 'web1',
      name: 'Carrier',
      source: { kind: 'web-page', url: 'https://my.carrier.example/' },
      intervalMinutes: 45,
    });
    await fakeBrowser.storage.sync.set({ 'account:web1': remote, accountOrder: ['web1'] });

    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('refresh:web1'))?.periodInMinutes).toBe(45));
    expect(seen.at(-1)).toEqual(['web1']);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());

    await fakeBrowser.storage.sync.remove('account:web1');
    await fakeBrowser.storage.sync.set({ accountOrder: [] });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('refresh:web1')).toBeUndefined());
    expect(seen.at(-1)).toEqual([]);
    stop();
  });

  it('a JSON API account whose token stayed on the other browser says so, and asks nothing of the network', async () => {
    const definition = syncedDefinition(apiAccount());
    await fakeBrowser.storage.sync.set({ 'account:api1': definition, accountOrder: ['api1'] });
    await syncNow('sync');
    const [arrived] = await getAccounts();
    expect(arrived?.source).toEqual({ kind: 'json-api', url: 'https://api.example/usage', headerNames: ['Authorization'] });
    const fetch = vi.fn<typeof globalThis.fetch>();
    const result = await readJsonApi(arrived as AccountOf<'json-api'>, { now: Date.now(), fetch, signal: new AbortController().signal });
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(!result.ok && result.message).toMatch(/is not in this browser.*enter it again here/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an edit there keeps the token entered here', async () => {
    await saveAccounts([apiAccount()]);
    await syncNow('local');
    await fakeBrowser.storage.sync.set({ 'account:api1': { ...syncedDefinition(apiAccount()), name: 'Renamed there' } });
    await syncNow('sync');
    const [account] = await getAccounts();
    expect(account?.name).toBe('Renamed there');
    expect(account?.source).toMatchObject({ headers: { Authorization: `Bearer ${TOKEN}` } });
  });

  it('a key in the URL query stays here too: sync gets the address without it, and a browser without it says so', async () => {
    const withKey = apiAccount({ source: { kind: 'json-api', url: `https://api.example/usage?key=${TOKEN}&fmt=json` } });
    await saveAccounts([withKey]);
    await syncNow('local');
    const sync = await syncAll();
    expect(JSON.stringify(sync)).not.toContain(TOKEN);
    expect((sync['account:api1'] as Account).source).toEqual({ kind: 'json-api', url: 'https://api.example/usage', queryElsewhere: true });

    // An edit from another browser keeps this browser's query.
    await fakeBrowser.storage.sync.set({ 'account:api1': { ...(sync['account:api1'] as Account), name: 'Renamed there' } });
    await syncNow('sync');
    expect((await getAccounts())[0]).toMatchObject({
      name: 'Renamed there',
      source: { url: `https://api.example/usage?key=${TOKEN}&fmt=json` },
    });

    // A browser that never had the query: a clear status, no request.
    const arrived = { ...(sync['account:api1'] as Account), id: 'elsewhere' } as AccountOf<'json-api'>;
    const fetch = vi.fn<typeof globalThis.fetch>();
    const result = await readJsonApi(arrived, { now: Date.now(), fetch, signal: new AbortController().signal });
    expect(result).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(!result.ok && result.message).toMatch(/is not in this browser.*enter the full address again here/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("a web page account without this browser's access to its site says so, instead of a network error", async () => {
    const account = testAccount({
      id: 'web1',
      source: { kind: 'web-page', url: 'https://my.carrier.example/account' },
    }) as AccountOf<'web-page'>;
    const offline = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const deps = { now: Date.now(), fetch: offline, signal: new AbortController().signal };
    const contains = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { contains });
    const denied = await readWebPage(account, deps);
    expect(denied).toMatchObject({ ok: false, code: 'invalid-config' });
    expect(!denied.ok && denied.message).toMatch(
      /^Allow access to this site: .*has not given access to my\.carrier\.example.*Open it in Options and save it/,
    );
    expect(contains).toHaveBeenCalledWith({ origins: ['https://my.carrier.example/*'] });
    // With access, the same failure is the network's.
    contains.mockResolvedValue(true);
    expect(await readWebPage(account, deps)).toMatchObject({ ok: false, code: 'network' });
  });

  it('leaves alone an item this version cannot read (written by a newer one)', async () => {
    enforceSyncLimits();
    const future = { ...testAccount({ id: 'fut' }), source: { kind: 'satellite-phone' } };
    await fakeBrowser.storage.sync.set({ 'account:fut': future, accountOrder: ['fut'] });
    await saveAccounts([testAccount({ id: 'mine', name: 'Mine' })]);
    await syncNow('local');
    const sync = await syncAll();
    expect(sync['account:fut']).toEqual(future);
    expect(sync.accountOrder).toEqual(['mine', 'fut']);
    expect(await names()).toEqual(['Mine']);
  });
});

/** Two browsers sharing one storage.sync: each has its own storage.local, swapped in when it runs. */
function twoBrowsers() {
  const locals: Record<'A' | 'B', Record<string, unknown>> = { A: {}, B: {} };
  return async function as(name: 'A' | 'B', run: () => Promise<unknown>): Promise<void> {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(locals[name]);
    await run();
    locals[name] = await fakeBrowser.storage.local.get(null);
  };
}

/** Two browsers that both hold accounts x and y, in sync. */
async function twoInSync() {
  enforceSyncLimits();
  const as = twoBrowsers();
  await as('A', async () => {
    await saveAccounts([testAccount({ id: 'x', name: 'X' }), testAccount({ id: 'y', name: 'Y', primary: false })]);
    await syncNow('local');
  });
  await as('B', () => syncNow('sync'));
  return as;
}

const rename = async (id: string, name: string) => {
  await upsertAccount({ ...((await getAccounts()).find((a) => a.id === id) as Account), name });
  await syncNow('local');
};

/** Every account in sync's order has an item, and every item is in the order. */
async function expectConsistentSync() {
  const sync = await syncAll();
  const items = Object.keys(sync)
    .filter((k) => k.startsWith('account:'))
    .map((k) => k.slice('account:'.length));
  expect([...(sync.accountOrder as string[])].sort()).toEqual(items.sort());
}

describe('two browsers editing at once', () => {
  it('different accounts: both edits are kept on both', async () => {
    const as = await twoInSync();
    await as('A', () => rename('x', 'X by A'));
    await as('B', () => rename('y', 'Y by B'));
    await as('A', () => syncNow('sync'));
    let onA: string[] = [];
    let onB: string[] = [];
    await as('A', async () => (onA = await names()));
    await as('B', async () => (onB = await names()));
    expect(onA).toEqual(['X by A', 'Y by B']);
    expect(onB).toEqual(['X by A', 'Y by B']);
    await expectConsistentSync();
  });

  it('the same account: the later write wins, on both', async () => {
    const as = await twoInSync();
    // B edits without having seen A's edit; its write is the later one.
    await as('A', () => rename('x', 'X by A'));
    await as('B', () => rename('x', 'X by B'));
    await as('A', () => syncNow('sync'));
    let onA: string[] = [];
    await as('A', async () => (onA = await names()));
    expect(onA).toEqual(['X by B', 'Y']);
    expect(((await syncAll())['account:x'] as Account).name).toBe('X by B');
  });

  it('a deletion written last removes the account everywhere, edits there included, and no index entry is left', async () => {
    const as = await twoInSync();
    await as('B', () => rename('x', 'X by B'));
    await as('A', async () => {
      await removeAccount('x');
      await syncNow('local');
    });
    await as('B', () => syncNow('sync'));
    let onB: string[] = [];
    await as('B', async () => (onB = await names()));
    expect(onB).toEqual(['Y']);
    const sync = await syncAll();
    expect(sync).not.toHaveProperty('account:x');
    expect(sync.accountOrder).toEqual(['y']);
    await expectConsistentSync();
  });

  it('an edit written after a deletion brings the whole edited account back, never a part of it', async () => {
    const as = await twoInSync();
    await as('A', async () => {
      await removeAccount('x');
      await syncNow('local');
    });
    // B has not heard of the deletion when it saves its edit.
    await as('B', async () => {
      await upsertAccount({ ...((await getAccounts()).find((a) => a.id === 'x') as Account), name: 'X by B' });
      await syncNow('local');
    });
    await as('A', () => syncNow('sync'));
    let onA: Account[] = [];
    await as('A', async () => (onA = await getAccounts()));
    expect(onA.map((a) => a.name).sort()).toEqual(['X by B', 'Y']);
    expect(onA.find((a) => a.id === 'x')).toEqual({ ...testAccount({ id: 'x', name: 'X by B' }), primary: expect.any(Boolean) });
    await expectConsistentSync();
  });

  it('accounts added at once on both (the order item is last-writer-wins) are both kept', async () => {
    const as = await twoInSync();
    await as('A', async () => {
      await upsertAccount(testAccount({ id: 'a', name: 'A', primary: false }));
      await syncNow('local');
    });
    // B saved "b" before A's write reached it: its writes, computed from the older sync, land last.
    await as('B', async () => {
      const b = testAccount({ id: 'b', name: 'B', primary: false });
      await upsertAccount(b);
      await fakeBrowser.storage.sync.set({ 'account:b': b, accountOrder: ['x', 'y', 'b'] });
    });
    expect((await syncAll()).accountOrder).not.toContain('a');
    await as('A', () => syncNow('sync'));
    await as('B', () => syncNow('sync'));
    let onA: string[] = [];
    let onB: string[] = [];
    await as('A', async () => (onA = (await getAccounts()).map((a) => a.id)));
    await as('B', async () => (onB = (await getAccounts()).map((a) => a.id)));
    expect(onA.sort()).toEqual(['a', 'b', 'x', 'y']);
    expect(onB.sort()).toEqual(['a', 'b', 'x', 'y']);
    await expectConsistentSync();
  });

  it('settings changed on both: the later write wins, whole', async () => {
    const as = await twoInSync();
    const change = (fields: Partial<typeof DEFAULT_SETTINGS>) => async () => {
      await saveSettings({ ...(await getSettings()), ...fields });
      await syncNow('local');
    };
    await as('A', change({ badgeShows: 'days' }));
    await as('B', change({ defaultWarnDays: 3 }));
    await as('A', () => syncNow('sync'));
    let onA = DEFAULT_SETTINGS;
    await as('A', async () => (onA = await getSettings()));
    expect(onA).toEqual({ ...DEFAULT_SETTINGS, defaultWarnDays: 3 });
  });

  it('an order pointing to a missing account shows nothing for it and is repaired', async () => {
    enforceSyncLimits();
    await fakeBrowser.storage.sync.set({ accountOrder: ['gone', 'y'], 'account:y': testAccount({ id: 'y', name: 'Y' }) });
    await syncNow('sync');
    expect(await names()).toEqual(['Y']);
    await expectConsistentSync();
  });

  it('reorders: the order written last wins', async () => {
    const as = await twoInSync();
    await as('A', async () => {
      await saveAccounts([...(await getAccounts())].reverse());
      await syncNow('local');
    });
    await as('B', () => syncNow('sync'));
    let onB: string[] = [];
    await as('B', async () => (onB = await names()));
    expect(onB).toEqual(['Y', 'X']);
  });
});

describe('the sync switch', () => {
  it('off: saves stay here, the local copy is kept; on again: both sides are merged', async () => {
    enforceSyncLimits();
    await saveAccounts([testAccount({ id: 'x', name: 'X' })]);
    await syncNow('local');
    await setSyncEnabled(false);
    await upsertAccount(testAccount({ id: 'z', name: 'Z', primary: false }));
    await syncNow('local');
    expect(await syncAll()).not.toHaveProperty('account:z');
    // Meanwhile another browser adds one.
    await fakeBrowser.storage.sync.set({ 'account:w': testAccount({ id: 'w', name: 'W', primary: false }), accountOrder: ['x', 'w'] });
    await syncNow('sync');
    expect(await names()).toEqual(['X', 'Z']);

    await setSyncEnabled(true);
    await onStorageChanged({ syncState: { oldValue: { enabled: false }, newValue: { enabled: true } } }, 'local');
    expect((await names()).sort()).toEqual(['W', 'X', 'Z']);
    expect(
      Object.keys(await syncAll())
        .filter((k) => k.startsWith('account:'))
        .sort(),
    ).toEqual(['account:w', 'account:x', 'account:z']);
  });
});

describe('canonical', () => {
  it('ignores key order and keeps everything else', () => {
    expect(canonical({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonical({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
  });
});
