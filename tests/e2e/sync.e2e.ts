// storage.sync in Chromium (headless has no signed-in sync, but storage.sync works locally): a JSON API
// account added through the options page reaches sync without its token or URL query, which stay in
// storage.local; the sync switch keeps later saves here and merges them when turned on again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';
import { addManualAccount, click, fill, find, optionRowIds, tid } from './pages';

const TOKEN = 'e2e-sync-token-51c0';
const QUERY_KEY = 'e2e-query-key-9f2a';

/** The storage areas the test reads in the service worker. */
interface StorageGlobal {
  chrome: { storage: Record<'sync' | 'local', { get(keys: null | string): Promise<Record<string, unknown>> }> };
}

describe('sync', () => {
  let h: Harness;

  const area = (name: 'sync' | 'local', key: string | null = null) =>
    h.evalInWorker((n: 'sync' | 'local', k: string | null) => (globalThis as unknown as StorageGlobal).chrome.storage[n].get(k), name, key);

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('holds a JSON API account without its token, which stays in storage.local', async () => {
    const options = await h.openOptions();
    const before = await optionRowIds(options);
    await click(options, tid('add-account'));
    const form = await find(options, `form${tid('account-form')}`);
    await fill(form, tid('field-source'), 'json-api');
    await find(form, tid('field-headers'));
    await fill(form, tid('field-name'), 'eSIM synced');
    await fill(form, tid('field-currency'), 'USD');
    // Nothing listens there: the refresh after saving fails, which changes nothing here.
    await fill(form, tid('field-url'), `http://127.0.0.1:9/usage?key=${QUERY_KEY}`);
    await fill(form, tid('field-headers'), `Authorization: Bearer ${TOKEN}`);
    await click(form, tid('save-account'));
    await find(options, tid('save-result', '[data-ok="true"]'));
    const ids = await waitFor(
      async () => {
        const now = await optionRowIds(options);
        return now.length === before.length + 1 ? now : null;
      },
      { message: 'the new account row' },
    );
    const id = ids.find((i) => !before.includes(i)) as string;

    const sync = await waitFor(
      async () => {
        const all = await area('sync');
        return all[`account:${id}`] ? all : null;
      },
      { message: `account:${id} in storage.sync` },
    );
    expect(sync[`account:${id}`]).toMatchObject({
      name: 'eSIM synced',
      source: { kind: 'json-api', url: 'http://127.0.0.1:9/usage', headerNames: ['Authorization'], queryElsewhere: true },
    });
    expect(sync.accountOrder).toContain(id);
    expect(sync.settings).toBeTruthy();
    expect(JSON.stringify(sync)).not.toContain(TOKEN);
    expect(JSON.stringify(sync)).not.toContain(QUERY_KEY);

    const { accounts } = await area('local', 'accounts');
    const local = (accounts as { id: string; source: { headers?: Record<string, string>; url: string } }[]).find((a) => a.id === id);
    expect(local?.source.headers).toEqual({ Authorization: `Bearer ${TOKEN}` });
    expect(local?.source.url).toBe(`http://127.0.0.1:9/usage?key=${QUERY_KEY}`);
    await options.close();
  });

  it('off keeps new accounts on this browser; on again sends them', async () => {
    const options = await h.openOptions();
    await fill(options, tid('setting-sync'), false);
    const syncEnabled = async () => ((await area('local', 'syncState')).syncState as { enabled?: boolean } | undefined)?.enabled;
    await waitFor(async () => (await syncEnabled()) === false, { message: 'sync turned off' });
    const id = await addManualAccount(options, { name: 'Kept here', credit: '1000' });
    // The background has handled the save (it recorded the typed credit), and it is still not in sync.
    await waitFor(async () => ((await area('local', 'refreshState')).refreshState as Record<string, unknown> | undefined)?.[id], {
      message: 'the typed credit recorded',
    });
    expect(await area('sync')).not.toHaveProperty(`account:${id}`);

    await fill(options, tid('setting-sync'), true);
    await waitFor(async () => (await area('sync'))[`account:${id}`], { message: `account:${id} in sync after turning it on` });
    expect((await area('sync')).accountOrder).toContain(id);
    await options.close();
  });
});
