// A token configured for a JSON API account goes to that API as a header and nowhere else: not to
// storage.sync, not to the console, not into error messages, the badge, notifications or an export.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultAlertDeps } from '@/utils/background/alert-runner';
import { checkAlerts } from '@/utils/background/settle';
import { type Backup, buildBackup, importBackup, serializeBackup } from '@/utils/stores/backup';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { type RefreshDeps, refreshAccount } from '@/utils/background/refresh';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { getAccounts, saveAccounts } from '@/utils/stores/settings';
import { syncNow } from '@/utils/stores/sync';
import { syncedDefinition } from '@/utils/stores/sync-merge';
import { startTestServer, type TestServer } from '../server/server';
import { testAccount } from './helpers';

const TOKEN = 'tok-7f3a9c1e5b';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const deps = (timeoutMs = 2_000): RefreshDeps => ({ now: Date.now, fetch: globalThis.fetch, timeoutMs, timeZone: 'UTC' });

/** Everything the user or another extension could see, as one string. */
async function everythingVisible(logged: string): Promise<string> {
  const [local, sync, badge, notifications] = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.sync.get(null),
    fakeBrowser.action.getTitle({}),
    fakeBrowser.notifications.getAll(),
  ]);
  const { accounts: _accounts, ...localWithoutAccounts } = local as Record<string, unknown>;
  return JSON.stringify({ localWithoutAccounts, sync, badge, notifications, logged });
}

describe('a JSON API token', () => {
  it.each(['/401', '/403', '/500', '/429', '/malformed', '/signed-out', '/slow', '/api/balance'])(
    'stays out of everything visible when %s answers',
    async (path) => {
      const logged: string[] = [];
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
      }
      const account = testAccount({
        id: 'api1',
        source: { kind: 'json-api', url: server.url(`${path}?key=${TOKEN}-not-in-url`), headers: { Authorization: `Bearer ${TOKEN}` } },
        // Every alert on, so a failure or a value would notify.
      });
      await saveAccounts([account]);
      // The definition goes to storage.sync as it would in the background.
      await syncNow('local');
      const outcome = await refreshAccount(account, deps(path === '/slow' ? 200 : 2_000));
      await checkAlerts(['api1'], { ...defaultAlertDeps(Date.now() + 7 * 3_600_000), timeZone: 'UTC' });

      // It did reach the API, as a header …
      const sent = server.requests(path).at(-1);
      expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      // … and nothing visible holds it, nor the query of the URL it was sent to.
      const visible = await everythingVisible(logged.join('\n'));
      expect(visible).not.toContain(TOKEN);
      if (!outcome.ok) expect((await getRefreshStates()).api1?.error?.message).toBeTruthy();
    },
  );

  it('is kept in storage.local only, and left out of an export unless asked', async () => {
    await saveAccounts([
      testAccount({ id: 'api1', source: { kind: 'json-api', url: 'https://api.example/usage', headers: { 'x-api-key': TOKEN } } }),
    ]);
    await syncNow('local');
    const accounts = await getAccounts();
    const sync = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    // The account is in sync, without its token.
    expect(sync).toContain('https://api.example/usage');
    expect(sync).not.toContain(TOKEN);
    const plain = serializeBackup(buildBackup(DEFAULT_SETTINGS, accounts, { now: Date.now(), includeSecrets: false }));
    expect(plain).not.toContain(TOKEN);
    expect(plain).toContain('https://api.example/usage');
    const asked = serializeBackup(buildBackup(DEFAULT_SETTINGS, accounts, { now: Date.now(), includeSecrets: true }));
    expect(asked).toContain(TOKEN);
  });

  it('is left out of an export as sync leaves it out: marked, so the imported account asks for it instead of hitting 401', async () => {
    const api = testAccount({
      id: 'api1',
      source: {
        kind: 'json-api',
        url: `https://api.example/usage?key=${TOKEN}`,
        headers: { 'x-api-key': TOKEN, Accept: 'application/json' },
      },
    });
    const page = testAccount({
      id: 'web1',
      primary: false,
      source: { kind: 'web-page', url: `https://my.carrier.example/account?session=${TOKEN}#top` },
    });
    const text = serializeBackup(buildBackup(DEFAULT_SETTINGS, [api, page], { now: Date.now(), includeSecrets: false }));
    expect(text).not.toContain(TOKEN);
    const backup = JSON.parse(text) as Backup;
    expect(backup.includesSecrets).toBe(false);
    expect(backup.accounts.map((a) => a.source)).toEqual([
      { kind: 'json-api', url: 'https://api.example/usage', headerNames: ['x-api-key', 'Accept'], queryElsewhere: true },
      { kind: 'web-page', url: 'https://my.carrier.example/account#top', queryElsewhere: true },
    ]);
    // The very marks sync puts on the same definitions (one helper, utils/stores/secrets.ts).
    expect(backup.accounts).toEqual([api, page].map(syncedDefinition));

    expect((await importBackup(text)).ok).toBe(true);
    const fetch = vi.fn(globalThis.fetch);
    for (const account of await getAccounts()) await refreshAccount(account, { ...deps(), fetch });
    // Nothing was sent without its token or key; each card says what to enter again.
    expect(fetch).not.toHaveBeenCalled();
    const states = await getRefreshStates();
    expect(states.api1?.error).toMatchObject({
      code: 'invalid-config',
      message: expect.stringMatching(/token for api\.example .*enter it again/) as string,
    });
    expect(states.web1?.error).toMatchObject({
      code: 'invalid-config',
      message: expect.stringMatching(/address for my\.carrier\.example .*enter the full address again/) as string,
    });
  });

  it('goes into an export with the full address when asked, and the file says it holds secrets', () => {
    const page = testAccount({ source: { kind: 'web-page', url: `https://my.carrier.example/account?session=${TOKEN}` } });
    const asked = buildBackup(DEFAULT_SETTINGS, [page], { now: Date.now(), includeSecrets: true });
    expect(asked.accounts).toEqual([page]);
    expect(asked.includesSecrets).toBe(true);
  });
});
