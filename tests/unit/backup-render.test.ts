// Rendered refresh in backups (issue 12): `source.render` of a web page account goes out in an export and
// comes back on import; a file written before rendered refresh (no `render`) imports unchanged.
import { describe, expect, it } from 'vitest';
import { buildBackup, importBackup, parseBackup, serializeBackup } from '@/utils/stores/backup';
import type { Account, Settings } from '@/utils/model';
import { getAccounts, replaceAll } from '@/utils/stores/settings';
import { testAccount } from './helpers';

const NOW = Date.UTC(2026, 11, 5, 3, 0);
const settings: Settings = { badgeShows: 'credit', defaultIntervalMinutes: 60, defaultWarnDays: 7 };
const page = (id: string, extra: Record<string, unknown>): Account =>
  testAccount({
    id,
    primary: id === 'rendered',
    source: { kind: 'web-page', url: `https://my.carrier.example/${id}`, ...extra } as Account['source'],
  });

const rendered = page('rendered', { render: true, fields: { credit: '#pulsa' } });
const fetched = page('fetched', { render: false });
const older = page('older', { capture: true });
const accounts = [rendered, fetched, older];

const exported = (list: Account[]) => serializeBackup(buildBackup(settings, list, { now: NOW, includeSecrets: false }));
const sourceIn = (text: string, i: number) => (JSON.parse(text) as { accounts: { source: Record<string, unknown> }[] }).accounts[i]?.source;

describe('source.render in a backup', () => {
  it('is written to the file as set, and absent where the account never had it', () => {
    const text = exported(accounts);
    expect(sourceIn(text, 0)).toMatchObject({ kind: 'web-page', render: true });
    expect(sourceIn(text, 1)).toMatchObject({ kind: 'web-page', render: false });
    expect(sourceIn(text, 2)).not.toHaveProperty('render');
  });

  it('round-trips through export and import: rendered, fetched and unset alike', async () => {
    await replaceAll(settings, accounts);
    const text = exported(await getAccounts());
    await replaceAll(settings, []);
    expect((await importBackup(text)).ok).toBe(true);
    expect(await getAccounts()).toEqual(accounts);
    expect((await getAccounts())[0]?.source).toMatchObject({ render: true });
  });

  it('imports an older file without `render` unchanged: the page is fetched, as before', async () => {
    // A file as written before rendered refresh: its web page sources have no `render` key at all.
    const file = JSON.parse(exported([older, page('plain', {})])) as { accounts: { source: Record<string, unknown> }[] };
    for (const account of file.accounts) expect(account.source).not.toHaveProperty('render');
    const text = JSON.stringify(file);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.accounts.map((a) => a.source)).toEqual([
      { kind: 'web-page', url: 'https://my.carrier.example/older', capture: true },
      { kind: 'web-page', url: 'https://my.carrier.example/plain' },
    ]);
    await replaceAll(settings, []);
    expect((await importBackup(text)).ok).toBe(true);
    const stored = await getAccounts();
    expect(stored.map((a) => a.source)).toEqual(file.accounts.map((a) => a.source));
    for (const account of stored) expect(account.source).not.toHaveProperty('render');
  });

  it('refuses a `render` that is not a boolean, and says where', () => {
    const file = JSON.parse(exported([rendered])) as { accounts: { source: Record<string, unknown> }[] };
    const source = file.accounts[0]?.source;
    if (source) source.render = 'yes';
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/render/);
  });
});
