/**
 * The one list of stored-shape upgrades for settings and accounts. Each step upgrades the shape of
 * the version before it; steps are cumulative (an old shape runs every later step in order) and
 * idempotent (a current shape comes out unchanged). Storage keeps the version it holds under
 * `schemaVersion`; backups carry it too (`docs/backup-format.md`). Absent means 0: before versions.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { canonical } from '@/utils/stores/sync-merge';

/** Settings and accounts as stored, not yet validated: an older version may have written them. */
export interface StoredShape {
  settings?: Record<string, unknown>;
  accounts?: unknown[];
}

export interface Migration {
  /** The version this step upgrades to. */
  version: number;
  migrate: (stored: StoredShape) => StoredShape;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 1: fields a version before it could leave out are written with their defaults.
    version: 1,
    migrate: ({ settings, accounts }) => {
      const warnDays = settings?.defaultWarnDays ?? DEFAULT_SETTINGS.defaultWarnDays;
      return {
        settings: settings && { ...DEFAULT_SETTINGS, ...settings },
        accounts: accounts?.map((a) =>
          isObject(a)
            ? {
                ...a,
                enabled: a.enabled ?? true,
                primary: a.primary ?? false,
                thresholds: { warnDays, ...(isObject(a.thresholds) ? a.thresholds : {}) },
              }
            : a,
        ),
      };
    },
  },
];

/** The version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** `stored`, of version `from`, upgraded to `SCHEMA_VERSION`; absent parts stay absent. */
export function migrate(stored: StoredShape, from: number): StoredShape {
  return MIGRATIONS.filter((m) => m.version > from).reduce((shape, m) => m.migrate(shape), stored);
}

/** The version a value says it is, from its `schemaVersion` (0 when absent or not a number). */
export function versionOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/**
 * Upgrades this browser's stored settings and accounts to `SCHEMA_VERSION`, in one write with the new
 * version; writes nothing when they are current. True when it wrote. A newer version's data is left alone.
 */
export async function migrateStorage(): Promise<boolean> {
  const stored = await browser.storage.local.get(['settings', 'accounts', 'schemaVersion']);
  const from = versionOf(stored.schemaVersion);
  if (from >= SCHEMA_VERSION) return false;
  const before: StoredShape = {
    settings: isObject(stored.settings) ? stored.settings : undefined,
    accounts: Array.isArray(stored.accounts) ? stored.accounts : undefined,
  };
  const after = migrate(before, from);
  const write: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  // Only what changed: an equal write would still wake every watcher of the key.
  if (after.settings && canonical(after.settings) !== canonical(before.settings)) write.settings = after.settings;
  if (after.accounts && canonical(after.accounts) !== canonical(before.accounts)) write.accounts = after.accounts;
  await browser.storage.local.set(write);
  return true;
}

/** A backup file's settings and accounts upgraded from the version it says (`schemaVersion`, absent in older files). */
export function migrateBackup(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const upgraded = migrate(
    { settings: isObject(file.settings) ? file.settings : undefined, accounts: Array.isArray(file.accounts) ? file.accounts : undefined },
    versionOf(file.schemaVersion),
  );
  // What is not an object or a list is left as it was, for the validator to name.
  return {
    ...file,
    ...(upgraded.settings ? { settings: upgraded.settings } : {}),
    ...(upgraded.accounts ? { accounts: upgraded.accounts } : {}),
    schemaVersion: SCHEMA_VERSION,
  };
}
