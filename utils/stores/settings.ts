/**
 * The one owner of settings and account definitions in extension storage. This browser's copy, with
 * its secrets, is in `storage.local`; `utils/stores/sync.ts` (owned with it) keeps `storage.sync` in step.
 */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { type Account, DEFAULT_SETTINGS, type Settings } from '@/utils/model';
import { localItem } from '@/utils/stores/storage-item';
import type { LocalOnlyReason, SyncBase } from '@/utils/stores/sync-merge';

/** The validator, loaded on the first write: a page that only reads (the popup) never loads it. */
const validator = () => import('@/utils/model/schemas');

/** Global settings. */
export const settingsItem = localItem<Settings>('settings', DEFAULT_SETTINGS);

/** Account definitions, in the order the user arranged them. */
export const accountsItem = localItem<Account[]>('accounts', []);

/** Sync on this browser (docs/sync.md): on or off, what it last agreed with storage.sync, what stays here. */
export interface SyncState {
  /** The user's switch; on by default. Per browser: it is not synced itself. */
  enabled: boolean;
  /** What this browser and sync last agreed on; absent until the first sync, and after sync is turned off. */
  base?: SyncBase;
  /** Accounts kept on this browser only, and why. */
  localOnly?: Record<string, LocalOnlyReason>;
  /** The last sync failure, in words; cleared by a success. */
  error?: string;
}

/** Sync's state on this browser. */
export const syncStateItem = localItem<SyncState>('syncState', { enabled: true });

export async function getSyncState(): Promise<SyncState> {
  return syncStateItem.getValue();
}

/** Turns sync on or off here. Off keeps this browser's copy and forgets the agreement, so on again merges. */
export async function setSyncEnabled(enabled: boolean): Promise<void> {
  await syncStateItem.setValue({ enabled });
}

export function watchSyncState(cb: (state: SyncState) => void): () => void {
  return syncStateItem.watch(cb);
}

/** Settings merged over defaults, so a setting added later always has a value. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Validates and stores the global settings and returns what was stored; throws on invalid input and stores nothing. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const { parseSettings } = await validator();
  const parsed = parseSettings(settings);
  await settingsItem.setValue(parsed);
  return parsed;
}

export async function getAccounts(): Promise<Account[]> {
  return accountsItem.getValue();
}

/**
 * Makes exactly one enabled account primary (the first one marked, else the first enabled),
 * so the badge always has one account to show.
 */
export function normalizePrimary(accounts: readonly Account[]): Account[] {
  const enabled = accounts.filter((a) => a.enabled);
  const chosen = enabled.find((a) => a.primary) ?? enabled[0];
  return accounts.map((a) => ({ ...a, primary: a === chosen }));
}

/** Validates every account and stores the list whole; throws and stores nothing when one is invalid. */
export async function saveAccounts(accounts: readonly Account[]): Promise<Account[]> {
  const parsed = (await validator()).parseAccounts(accounts);
  const ids = new Set(parsed.map((a) => a.id));
  if (ids.size !== parsed.length) throw new Error('duplicate account id');
  const normalized = normalizePrimary(parsed);
  await accountsItem.setValue(normalized);
  return normalized;
}

/** Adds an account or replaces the one with the same id; a newly primary account takes the badge. */
export async function upsertAccount(account: Account): Promise<Account[]> {
  const accounts = await getAccounts();
  const index = accounts.findIndex((a) => a.id === account.id);
  let next = index === -1 ? [...accounts, account] : accounts.map((a, i) => (i === index ? account : a));
  if (account.primary) next = next.map((a) => ({ ...a, primary: a.id === account.id }));
  return saveAccounts(next);
}

export async function removeAccount(id: string): Promise<Account[]> {
  return saveAccounts((await getAccounts()).filter((a) => a.id !== id));
}

/** Moves an account up (`-1`) or down (`+1`) in the list. */
export async function moveAccount(id: string, delta: -1 | 1): Promise<Account[]> {
  const accounts = [...(await getAccounts())];
  const from = accounts.findIndex((a) => a.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= accounts.length) return accounts;
  const [moved] = accounts.splice(from, 1);
  if (moved) accounts.splice(to, 0, moved);
  return saveAccounts(accounts);
}

/** Replaces settings and accounts in one storage write, so an import applies all or nothing. */
export async function replaceAll(settings: Settings, accounts: readonly Account[]): Promise<void> {
  const { parseAccounts, parseSettings } = await validator();
  const parsedSettings = parseSettings(settings);
  const parsedAccounts = normalizePrimary(parseAccounts(accounts));
  await browser.storage.local.set({ settings: parsedSettings, accounts: parsedAccounts });
}

/** Calls back whenever the account list changes, from any page. */
export function watchAccounts(cb: (accounts: Account[]) => void): () => void {
  return accountsItem.watch(cb);
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb({ ...DEFAULT_SETTINGS, ...value }));
}

/** A new random account id. */
export function newAccountId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

/** A fresh account of the given kind with the user's defaults. */
export function newAccount(settings: Settings, source: Account['source'], fields: Partial<Account> = {}): Account {
  return {
    id: newAccountId(),
    name: '',
    currency: 'IDR',
    source,
    intervalMinutes: settings.defaultIntervalMinutes,
    thresholds: { warnDays: settings.defaultWarnDays },
    primary: false,
    enabled: true,
    ...fields,
  };
}

/**
 * A new demo account with the user's defaults, named Demo in the UI language. It takes the badge only
 * when none of `accounts` (those stored beside it) is enabled: a demo never takes the badge from the user's line.
 */
export function createDemoAccount(settings: Settings, accounts: readonly Account[] = []): Account {
  const primary = !accounts.some((a) => a.enabled);
  return newAccount(settings, { kind: 'demo' }, { name: t('card.demoName') || 'Demo', currency: 'IDR', primary });
}

/**
 * First install: stores the demo account as the only account. Built here from stored settings, it
 * skips the validator, so the background worker never bundles the account schemas (30 KB budget);
 * `tests/unit/settings.test.ts` checks that what it stores passes them.
 */
export async function seedDemoAccount(): Promise<Account[]> {
  const accounts = [createDemoAccount(await getSettings())];
  await accountsItem.setValue(accounts);
  return accounts;
}
