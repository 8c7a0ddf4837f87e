import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { readingsStore } from '@/utils/stores/db';
import { messageHandlers, onAlarm, onInstalled, onNotificationClicked, onStartup } from '@/utils/background/lifecycle';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { getAccounts, saveAccounts } from '@/utils/stores/settings';
import { demoSource } from '@/utils/sources/demo';
import { testAccount } from './helpers';

describe('install, update and start-up', () => {
  it('first install seeds the demo account, refreshes it, draws the badge and opens the options page', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await onInstalled('install');
    const accounts = await getAccounts();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ source: { kind: 'demo' }, primary: true, enabled: true });
    const id = accounts[0]?.id ?? '';
    expect(await readingsStore.latest(id)).toBeDefined();
    expect(await fakeBrowser.alarms.get(`refresh:${id}`)).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toMatch(/^\d+(\.\d)?[kd]?$/);
    expect(openOptions).toHaveBeenCalledOnce();
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

  it('accountsChanged re-creates alarms, forgets removed accounts and refreshes the ones named', async () => {
    await saveAccounts([testAccount({ id: 'a' }), testAccount({ id: 'b', primary: false })]);
    await messageHandlers.refresh({});
    const read = vi.spyOn(demoSource, 'read');
    await saveAccounts([testAccount({ id: 'b', intervalMinutes: 10 })]);
    await messageHandlers.accountsChanged({ refreshIds: ['b'] });
    expect(await fakeBrowser.alarms.get('refresh:a')).toBeUndefined();
    expect((await fakeBrowser.alarms.get('refresh:b'))?.periodInMinutes).toBe(10);
    expect(Object.keys(await getRefreshStates())).toEqual(['b']);
    expect(read).toHaveBeenCalledOnce();
    expect(read.mock.calls[0]?.[0].id).toBe('b');
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
