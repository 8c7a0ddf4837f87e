import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { readingsStore } from '@/utils/stores/db';
import { messageHandlers, onAlarm, onInstalled, onNotificationClicked, onStartup, onStorageChanged } from '@/utils/background/lifecycle';
import type { Account } from '@/utils/model';
import type { StorageChange } from '@/utils/stores/account-changes';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { getAccounts, saveAccounts, saveSettings } from '@/utils/stores/settings';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { demoSource } from '@/utils/sources/demo';
import { testAccount } from './helpers';

describe('install, update and start-up', () => {
  it('first install seeds the demo account, refreshes it, draws the badge and opens guided setup', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as Awaited<ReturnType<typeof fakeBrowser.tabs.create>>);
    await onInstalled('install');
    const accounts = await getAccounts();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ source: { kind: 'demo' }, primary: true, enabled: true });
    const id = accounts[0]?.id ?? '';
    expect(await readingsStore.latest(id)).toBeDefined();
    expect(await fakeBrowser.alarms.get(`refresh:${id}`)).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toMatch(/^\d+(\.\d)?[kd]?$/);
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/options\.html#\/setup$/);
    expect(openOptions).not.toHaveBeenCalled();
  });

  it('an install over stored readings draws the badge from them before its refresh ends (a slow site leaves no blank badge)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const account = testAccount({ id: 'a' });
    await saveAccounts([account]);
    await readingsStore.put({ accountId: 'a', at: Date.now() - 60_000, credit: { amount: 25_750, currency: 'IDR' } });
    let answer: () => void = () => undefined;
    vi.spyOn(demoSource, 'read').mockImplementationOnce(
      () => new Promise((resolve) => (answer = () => resolve({ ok: true, reading: null }))),
    );
    const installing = onInstalled('install');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('25k'));
    answer();
    await installing;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25k');
  });

  it('an update keeps existing accounts and alarms, and does not re-seed', async () => {
    await saveAccounts([testAccount({ id: 'mine', source: { kind: 'manual' }, name: 'AXIS' })]);
    await onInstalled('update');
    expect((await getAccounts()).map((a) => a.id)).toEqual(['mine']);
  });

  it('start-up re-creates missing alarms without resetting existing ones', async () => {
    await saveAccounts([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })]);
    await onStartup();
    const a = await fakeBrowser.alarms.get('refresh:a');
    if (a) a.scheduledTime = 123;
    await fakeBrowser.alarms.clear('refresh:b');
    await onStartup();
    expect((await fakeBrowser.alarms.get('refresh:a'))?.scheduledTime).toBe(123);
    expect(await fakeBrowser.alarms.get('refresh:b')).toBeDefined();
  });
});

describe('sites granted', () => {
  it('a site granted as an unchanged account is saved reads that account at once (the grant is the signal)', async () => {
    const web = testAccount({ id: 'w', source: { kind: 'web-page', url: 'https://my.carrier.test/akun' } });
    const other = testAccount({ id: 'o', source: { kind: 'web-page', url: 'https://other.test/akun' } });
    await saveAccounts([web, other]);
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    background.main();
    // The fake event of tests/unit/setup.ts.
    const onAdded = fakeBrowser.permissions.onAdded as unknown as { trigger(granted: { origins: string[] }): Promise<unknown> };
    await onAdded.trigger({ origins: ['https://my.carrier.test/*'] });
    await vi.waitFor(async () => expect((await getRefreshStates()).w?.lastAttemptAt).toBeDefined());
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['https://my.carrier.test/akun']);
    expect((await getRefreshStates()).o?.lastAttemptAt).toBeUndefined();
  });
});

describe('alarms', () => {
  it('the background wires the alarm listener to a refresh of that account', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'refresh:a', scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await readingsStore.count('a')).toBe(1));
  });

  it('ignores alarms of disabled or unknown accounts and foreign alarms', async () => {
    await saveAccounts([testAccount({ id: 'a', enabled: false })]);
    await onAlarm('refresh:a');
    await onAlarm('refresh:gone');
    await onAlarm('not-ours');
    expect(await readingsStore.count('a')).toBe(0);
  });

  it('the badge tick redraws the badge without refreshing', async () => {
    await saveAccounts([testAccount({ id: 'a' })]);
    await onAlarm('badge-tick');
    expect(await readingsStore.count('a')).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('…');
  });
});

describe('messages', () => {
  it('refresh refreshes only enabled accounts, or the ones asked for', async () => {
    await saveAccounts([
      testAccount({ id: 'a' }),
      testAccount({ id: 'b', primary: false }),
      testAccount({ id: 'c', enabled: false, primary: false }),
    ]);
    expect((await messageHandlers.refresh({})).map((o) => o.accountId)).toEqual(['a', 'b']);
    expect((await messageHandlers.refresh({ accountIds: ['b', 'c'] })).map((o) => o.accountId)).toEqual(['b']);
  });

  it('recordReading stores a valid reading for a known account and refuses anything else', async () => {
    await saveAccounts([testAccount({ id: 'm', source: { kind: 'manual' } })]);
    const at = Date.now();
    const ok = await messageHandlers.recordReading({ reading: { accountId: 'm', at, credit: { amount: 25_750, currency: 'IDR' } } });
    expect(ok).toEqual({ ok: true });
    expect((await getRefreshStates()).m?.lastSuccessAt).toBe(at);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25k');

    const unknown = await messageHandlers.recordReading({ reading: { accountId: 'x', at } });
    expect(unknown.ok).toBe(false);
    const invalid = await messageHandlers.recordReading({ reading: { accountId: 'm', at, validUntil: '2026-02-31' } });
    expect(invalid.ok).toBe(false);
    expect(await readingsStore.count('m')).toBe(1);
  });

  it("clearHistory deletes the account's readings and draws the badge without them", async () => {
    await saveAccounts([testAccount({ id: 'm', source: { kind: 'manual' } }), testAccount({ id: 'n', source: { kind: 'manual' } })]);
    await messageHandlers.recordReading({ reading: { accountId: 'm', at: Date.now(), credit: { amount: 25_750, currency: 'IDR' } } });
    await readingsStore.put({ accountId: 'n', at: Date.now(), credit: { amount: 1_000, currency: 'IDR' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25k');

    await fakeBrowser.storage.local.set({ 'messageKeys:m': ['k1', 'k2'], 'messageKeys:n': ['k3'] });

    expect(await messageHandlers.clearHistory({ accountId: 'm' })).toBeNull();
    expect(await readingsStore.count('m')).toBe(0);
    // The messages read before are forgotten with the readings they gave (a message-list account reads them again).
    expect(await fakeBrowser.storage.local.get(['messageKeys:m', 'messageKeys:n'])).toEqual({ 'messageKeys:n': ['k3'] });
    expect(await readingsStore.count('n')).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('25k');
  });

  it('has no accountsChanged: saves reach the background through storage', () => {
    expect(Object.keys(messageHandlers)).not.toContain('accountsChanged');
  });
});

/** Runs `write` as a page would, then hands the background each change storage reported, as the browser does. */
async function writeAndFire(write: () => Promise<unknown>): Promise<void> {
  const reported: Record<string, StorageChange>[] = [];
  const listener = (changes: Record<string, StorageChange>, area: string) => void (area === 'local' && reported.push(changes));
  fakeBrowser.storage.onChanged.addListener(listener);
  await write();
  fakeBrowser.storage.onChanged.removeListener(listener);
  for (const changes of reported) await onStorageChanged(changes, 'local');
}

const saved = (accounts: Account[]) => writeAndFire(() => saveAccounts(accounts));
const readIds = (read: { mock: { calls: [Account, ...unknown[]][] } }) => read.mock.calls.map(([account]) => account.id).sort();

describe('accounts or settings changed in storage', () => {
  const web = testAccount({ id: 'w', name: 'Web', primary: false, source: { kind: 'web-page', url: 'https://my.carrier.test/' } });

  it('a new account gets its alarm and is read; the badge is drawn', async () => {
    const read = vi.spyOn(demoSource, 'read');
    await saved([testAccount({ id: 'a', intervalMinutes: 30 })]);
    expect((await fakeBrowser.alarms.get('refresh:a'))?.periodInMinutes).toBe(30);
    expect(readIds(read)).toEqual(['a']);
    expect(await readingsStore.count('a')).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('');
  });

  it('a rename, a reorder, thresholds or an interval re-plan and redraw without reading anything', async () => {
    await saveAccounts([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })]);
    const read = vi.spyOn(demoSource, 'read');
    const draw = vi.spyOn(fakeBrowser.action, 'setTitle');
    await saved([
      testAccount({ id: 'b', name: 'Renamed', primary: true, intervalMinutes: 10, thresholds: { warnDays: 2 } }),
      testAccount({ id: 'a', primary: false }),
    ]);
    expect(read).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get('refresh:b'))?.periodInMinutes).toBe(10);
    expect(draw).toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({})).toContain('Renamed');
  });

  it('a changed source is read again; the others are not', async () => {
    await saveAccounts([testAccount({ id: 'a' }), { ...web, source: { kind: 'manual' } }]);
    const read = vi.spyOn(demoSource, 'read');
    await saved([testAccount({ id: 'a' }), { ...web, source: { kind: 'demo' } }]);
    expect(readIds(read)).toEqual(['w']);
  });

  it('a disabled account is neither read nor planned, even when new or re-configured; enabled again, it is read', async () => {
    const read = vi.spyOn(demoSource, 'read');
    await saved([testAccount({ id: 'a' }), testAccount({ id: 'off', enabled: false, primary: false })]);
    await saved([testAccount({ id: 'a' }), testAccount({ id: 'off', enabled: false, primary: false, source: { kind: 'demo' } })]);
    expect(readIds(read)).toEqual(['a']);
    expect(await fakeBrowser.alarms.get('refresh:off')).toBeUndefined();
    await saved([testAccount({ id: 'a' }), testAccount({ id: 'off', primary: false })]);
    expect(readIds(read)).toEqual(['a', 'off']);
    expect(await fakeBrowser.alarms.get('refresh:off')).toBeDefined();
  });

  it('a removed account loses its alarm and its refresh bookkeeping', async () => {
    await saved([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })]);
    await saved([testAccount({ id: 'b' })]);
    expect(await fakeBrowser.alarms.get('refresh:a')).toBeUndefined();
    expect(Object.keys(await getRefreshStates())).toEqual(['b']);
  });

  it('a removed account loses the keys of the messages it read, and when it last sent its query once 30 days have passed', async () => {
    await saved([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false }), testAccount({ id: 'c', primary: false })]);
    // `c` sent an hour ago: restored from a backup today, it must not send again within its interval.
    const recent = Date.now() - 3_600_000;
    const kept = { 'messageKeys:b': ['k.1.m'], 'querySentAt:b': 5, installId: 'me', 'querySentAt:c': recent };
    await fakeBrowser.storage.local.set({ 'messageKeys:a': ['k.1.m'], 'querySentAt:a': 7, 'messageKeys:c': ['k.2.m'], ...kept });
    await saved([testAccount({ id: 'b' })]);
    const left = await fakeBrowser.storage.local.get(['messageKeys:a', 'querySentAt:a', 'messageKeys:c', ...Object.keys(kept)]);
    expect(left).toEqual(kept);
  });

  it('a changed source or currency forgets which messages held no value, and keeps the balance keys', async () => {
    await saved([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })]);
    await fakeBrowser.storage.local.set({ 'messageKeys:a': ['k.1.m', 'h.x'], 'messageKeys:b': ['k.2.m', 'g.x'] });
    await saved([testAccount({ id: 'a', currency: 'USD' }), testAccount({ id: 'b', primary: false, name: 'Renamed' })]);
    expect(await fakeBrowser.storage.local.get(['messageKeys:a', 'messageKeys:b'])).toEqual({
      'messageKeys:a': ['k.1.m'],
      'messageKeys:b': ['k.2.m', 'g.x'],
    });
  });

  it('settings alone redraw the badge and read nothing', async () => {
    await saved([testAccount({ id: 'a' })]);
    const read = vi.spyOn(demoSource, 'read');
    const draw = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await writeAndFire(() => saveSettings({ ...DEFAULT_SETTINGS, badgeShows: 'days' }));
    expect(draw).toHaveBeenCalledOnce();
    expect(read).not.toHaveBeenCalled();
  });

  it('a write of other keys, or of equal accounts, does nothing', async () => {
    await saved([testAccount({ id: 'a' })]);
    const read = vi.spyOn(demoSource, 'read');
    const draw = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await saved([testAccount({ id: 'a' })]);
    await writeAndFire(() => fakeBrowser.storage.local.set({ somethingElse: 1 }));
    expect(read).not.toHaveBeenCalled();
    expect(draw).not.toHaveBeenCalled();
  });

  it('the background follows a page’s save with no message: the storage listener is wired', async () => {
    background.main();
    const read = vi.spyOn(demoSource, 'read');
    await saveAccounts([testAccount({ id: 'a' })]);
    await vi.waitFor(async () => expect(await readingsStore.count('a')).toBe(1));
    expect(await fakeBrowser.alarms.get('refresh:a')).toBeDefined();
    expect(readIds(read)).toEqual(['a']);
  });
});

describe('notification clicks', () => {
  it('the background wires a click on an alert to the account’s history page, and clears the alert', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main();
    await fakeBrowser.notifications.create('alert|acct-7|low-credit', { type: 'basic', iconUrl: '', title: 'Low', message: 'Low' });
    await fakeBrowser.notifications.onClicked.trigger('alert|acct-7|low-credit');
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]?.[0]).toEqual({ url: 'chrome-extension://test-extension-id/history.html#acct-7' });
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/history.html#acct-7');
  });

  it('a click on a notification that is not an alert opens nothing', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.create('someone-else', { type: 'basic', iconUrl: '', title: 'Hi', message: 'Hi' });
    await onNotificationClicked('someone-else');
    expect(create).not.toHaveBeenCalled();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['someone-else']);
  });
});
