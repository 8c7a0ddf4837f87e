/**
 * The pure core of storage.sync (docs/sync.md): what other browsers get (account definitions without
 * secrets, and the settings), within sync's limits, and the three-way merge of this browser's copy,
 * sync, and what the two last agreed on.
 */
import type { Account, Settings } from '@/utils/model';
import { withoutLocalParts, withSecretsOf } from '@/utils/stores/secrets';

/** storage.sync's limits (Chrome's; Firefox's are the same or larger): bytes per item (key + JSON), bytes, items. */
export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400, items: 512 } as const;
/** Sync keys: the settings, the account order, and one item per account. */
export const SYNC_SETTINGS_KEY = 'settings';
export const SYNC_ORDER_KEY = 'accountOrder';
export const SYNC_ACCOUNT_PREFIX = 'account:';

/** Why an account stays on this browser only. */
export type LocalOnlyReason = 'too-large' | 'over-quota';

/** What this browser and sync last agreed on: canonical JSON of each synced account and of the settings, and the order. */
export interface SyncBase {
  accounts: Record<string, string>;
  settings?: string;
  order: string[];
}

/** The inputs of one merge. */
export interface SyncMergeInput {
  /** This browser's accounts, with their secrets, in the user's order. */
  accounts: readonly Account[];
  settings: Settings;
  /** Everything storage.sync holds. */
  sync: Readonly<Record<string, unknown>>;
  /** Absent on the first merge (update from a version without sync, or sync turned back on): a union. */
  base?: SyncBase;
  /** The side that wins when both changed the same item since `base`: the side written last. */
  prefer: 'local' | 'sync';
  /** A definition from sync, validated; undefined when this version cannot use it (it is then left alone). */
  parseAccount: (value: unknown) => Account | undefined;
  parseSettings: (value: unknown) => Settings | undefined;
  /** Makes exactly one enabled account primary. */
  normalize: (accounts: readonly Account[]) => Account[];
}

/** The outcome: this browser's new copy, and the writes that bring sync in line. */
export interface SyncMergeResult {
  accounts: Account[];
  settings: Settings;
  /** Items to write to storage.sync (only those that changed). */
  set: Record<string, unknown>;
  /** Keys to remove from storage.sync. */
  remove: string[];
  /** The new agreement, once the writes succeed. */
  base: SyncBase;
  /** Accounts kept on this browser only, and why. */
  localOnly: Record<string, LocalOnlyReason>;
}

/** JSON with object keys sorted, so two equal definitions always compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
  );
}

/** Bytes an item takes in storage.sync: its key plus its value's JSON (UTF-8). */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** The definition other browsers get: `withoutLocalParts` (no secrets, no URL query, both marked). */
export const syncedDefinition = withoutLocalParts;

/** The origin an account reads from, or undefined for kinds without a URL. */
function originOf(account: Account): string | undefined {
  return 'url' in account.source ? new URL(account.source.url).origin : undefined;
}

/**
 * A definition from sync with what stays on this browser: its secrets and its URL's query. Only when
 * it still reads from the same origin: a token must never follow an address changed on another
 * browser, so such an account asks for its token (and body) again instead.
 */
export function withLocalParts(theirs: Account, local: Account): Account {
  if (theirs.source.kind !== local.source.kind || originOf(theirs) !== originOf(local))
    return withoutLocalParts(withSecretsOf(theirs, local));
  const merged = withSecretsOf(theirs, local);
  const source = merged.source;
  const query = 'url' in local.source ? new URL(local.source.url).search : '';
  if ('url' in source && source.queryElsewhere && query) {
    const url = new URL(source.url);
    url.search = query;
    source.url = url.href;
    delete source.queryElsewhere;
  }
  return merged;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

/** Merges this browser's accounts and settings with storage.sync; see docs/sync.md for the rules. */
export function mergeWithSync(input: SyncMergeInput): SyncMergeResult {
  const { sync, prefer } = input;
  const base: SyncBase = input.base ?? { accounts: {}, order: [] };
  const mine = new Map(input.accounts.map((a) => [a.id, a]));
  const remoteIds = Object.keys(sync)
    .filter((k) => k.startsWith(SYNC_ACCOUNT_PREFIX))
    .map((k) => k.slice(SYNC_ACCOUNT_PREFIX.length));
  const merged = new Map<string, Account>();
  const theirsById = new Map<string, string>();
  const unusable = new Set<string>();
  const localOnly: Record<string, LocalOnlyReason> = {};

  for (const id of new Set([...mine.keys(), ...remoteIds])) {
    const key = SYNC_ACCOUNT_PREFIX + id;
    const local = mine.get(id);
    const raw = sync[key];
    const theirs = raw === undefined ? undefined : input.parseAccount(raw);
    if (raw !== undefined && !theirs) {
      // Written by a version that knows more: never overwritten nor deleted from here.
      unusable.add(id);
      if (local) merged.set(id, local);
      continue;
    }
    if (local && itemBytes(key, syncedDefinition(local)) > SYNC_QUOTA.bytesPerItem) {
      localOnly[id] = 'too-large';
      merged.set(id, local);
      continue;
    }
    const was = base.accounts[id];
    const m = local && canonical(syncedDefinition(local));
    const t = theirs && canonical(theirs);
    if (theirs && t) theirsById.set(id, t);
    if (local && m === t) merged.set(id, local);
    else if (local && !theirs) {
      // Gone from sync: deleted elsewhere, unless this browser changed it since (then it goes back).
      const deletedElsewhere = was !== undefined && (m === was || prefer === 'sync');
      if (!deletedElsewhere) merged.set(id, local);
    } else if (!local && theirs) {
      const deletedHere = was !== undefined && (t === was || prefer === 'local');
      if (!deletedHere) merged.set(id, theirs);
    } else if (local && theirs) {
      const takeTheirs = m === was || (t !== was && prefer === 'sync');
      merged.set(id, takeTheirs ? withLocalParts(theirs, local) : local);
    }
  }

  const rawOrder = Array.isArray(sync[SYNC_ORDER_KEY]) ? (sync[SYNC_ORDER_KEY] as unknown[]) : [];
  const rawIds = rawOrder.filter((id): id is string => typeof id === 'string');
  // Orders compare over the accounts both sides can hold; the later-changed order wins, new ids follow.
  const shared = (ids: readonly string[]) => [...new Set(ids)].filter((id) => merged.has(id) && !localOnly[id]);
  const syncOrder = shared(rawIds);
  const localOrder = input.accounts.map((a) => a.id).filter((id) => merged.has(id));
  const baseOrder = shared(base.order);
  const takeSyncOrder = !sameList(syncOrder, baseOrder) && (sameList(shared(localOrder), baseOrder) || prefer === 'sync');
  const order = [...new Set([...(takeSyncOrder ? syncOrder : localOrder), ...localOrder, ...syncOrder, ...merged.keys()])];
  const accounts = input.normalize(order.map((id) => merged.get(id) as Account));

  const rawSettings = sync[SYNC_SETTINGS_KEY];
  const theirSettings = rawSettings === undefined ? undefined : input.parseSettings(rawSettings);
  const ms = canonical(input.settings);
  const ts = theirSettings && canonical(theirSettings);
  const keepMine = !theirSettings || ms === ts || (ms !== base.settings && (ts === base.settings || prefer === 'local'));
  const settings = keepMine ? input.settings : (theirSettings as Settings);

  // The writes; accounts whose write would break sync's limits stay here, the last ones first.
  for (;;) {
    const set: Record<string, unknown> = {};
    const remove: string[] = [];
    const agreed: Record<string, string> = {};
    for (const account of accounts) {
      if (localOnly[account.id] || unusable.has(account.id)) continue;
      const definition = syncedDefinition(account);
      const text = canonical(definition);
      agreed[account.id] = text;
      if (text !== theirsById.get(account.id)) set[SYNC_ACCOUNT_PREFIX + account.id] = definition;
    }
    for (const id of remoteIds) if (!merged.has(id) && !unusable.has(id)) remove.push(SYNC_ACCOUNT_PREFIX + id);
    // Ids of items this version cannot read keep their place at the end.
    const newOrder = [
      ...accounts.map((a) => a.id).filter((id) => agreed[id] !== undefined || unusable.has(id)),
      ...rawIds.filter((id) => unusable.has(id) && !merged.has(id)),
    ];
    if (canonical(newOrder) !== canonical(rawOrder)) set[SYNC_ORDER_KEY] = newOrder;
    if (rawSettings === undefined || (theirSettings && canonical(settings) !== ts)) set[SYNC_SETTINGS_KEY] = settings;

    const after: Record<string, unknown> = { ...sync, ...set };
    for (const key of remove) Reflect.deleteProperty(after, key);
    const bytes = Object.entries(after).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (bytes <= SYNC_QUOTA.bytes && Object.keys(after).length <= SYNC_QUOTA.items) {
      // Kept from the last agreement: items this version cannot read, and accounts held back here.
      for (const id of [...unusable, ...Object.keys(localOnly)]) if (base.accounts[id] !== undefined) agreed[id] = base.accounts[id];
      return { accounts, settings, set, remove, localOnly, base: { accounts: agreed, settings: canonical(settings), order: newOrder } };
    }
    const heldBack = [...accounts].reverse().find((a) => set[SYNC_ACCOUNT_PREFIX + a.id] !== undefined);
    if (!heldBack) {
      // Over the limit with nothing of ours to hold back (another version's items): write nothing.
      return { accounts, settings, set: {}, remove: [], localOnly, base };
    }
    localOnly[heldBack.id] = 'over-quota';
  }
}
