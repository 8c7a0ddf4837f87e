/**
 * Backup files: every setting and account in one versioned JSON document (`docs/backup-format.md`).
 * Import validates the whole file with valibot before anything is written, then applies it in one write.
 */
import * as v from 'valibot';
import {
  type BackupReading,
  BackupReadingsSchema,
  fromBackupReadings,
  MAX_BACKUP_READINGS,
  toBackupReading,
} from '@/utils/stores/backup-readings';
import { readingsStore } from '@/utils/stores/db';
import { localDate } from '@/utils/core/days-left';
import { t, tn, uiLocale } from '@/utils/i18n';
import { type Account, DEFAULT_SETTINGS, type Reading, type Settings } from '@/utils/model';
import { AccountSchema, SettingsSchema } from '@/utils/model/schemas';
import { hasLocalParts, SECRET_FIELDS, withoutLocalParts } from '@/utils/stores/secrets';
import { migrateBackup, SCHEMA_VERSION } from '@/utils/stores/migrations';
import { getAccounts, getSettings, replaceAll } from '@/utils/stores/settings';

/** Value of the `format` field that marks a Balance Badge backup. */
export const BACKUP_FORMAT = 'balance-badge-backup';
/** The format version this code writes and reads. */
export const BACKUP_VERSION = 1;
/**
 * Files larger than this are refused before parsing, and exports that would be larger are not written.
 * Room for `MAX_BACKUP_READINGS` readings of about 400 bytes (two quotas each; one quota is ~300);
 * without readings a backup is a few kilobytes.
 */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Secret fields (`utils/stores/secrets.ts`), left out of exports unless the user asks. */
export { SECRET_FIELDS };

/** A backup document as written to disk. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The shape of `settings` and `accounts` (`utils/stores/migrations.ts`); older files have none and are upgraded on import. */
  schemaVersion: number;
  /** When the file was written, ISO 8601 UTC. */
  exportedAt: string;
  /** True when the file holds secrets (the fields in `SECRET_FIELDS`) or URL queries, which exports leave out unless asked. */
  includesSecrets: boolean;
  settings: Settings;
  accounts: Account[];
  /** Reading history, when the user asked for it (`docs/backup-format.md`). */
  readings?: BackupReading[];
}

/** Outcome of reading a backup file: its contents, or what is wrong and where. */
export type ParseBackupResult =
  { ok: true; settings: Settings; accounts: Account[]; readings?: Reading[] } | { ok: false; message: string };

const HeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT, (issue) => t('backup.issue.format', issue.expected ?? '')),
  version: v.number(),
});

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  includesSecrets: v.optional(v.boolean()),
  // Settings added after a backup was written take their defaults.
  settings: v.partial(SettingsSchema),
  accounts: v.pipe(
    v.array(AccountSchema),
    v.maxLength(1000),
    v.checkItems(
      (account, index, all) => all.findIndex((a) => a.id === account.id) === index,
      (issue) => t('backup.issue.duplicateId', JSON.stringify((issue.input as Account).id)),
    ),
  ),
  readings: v.optional(BackupReadingsSchema),
});

/** The backup document for the given settings and accounts at instant `now`. */
export function buildBackup(
  settings: Settings,
  accounts: readonly Account[],
  options: { now: number; includeSecrets: boolean; readings?: readonly Reading[] },
): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    includesSecrets: options.includeSecrets && accounts.some(hasLocalParts),
    settings: { ...settings },
    // Without secrets, an account is marked as for sync, so the imported one asks for its token or address.
    accounts: accounts.map((a) => (options.includeSecrets ? structuredClone(a) : withoutLocalParts(a))),
  };
  if (options.readings) backup.readings = options.readings.map(toBackupReading);
  return backup;
}

/** The backup as the text of a file: indented JSON with a final newline. */
export function serializeBackup(backup: Backup): string {
  const { readings, ...rest } = backup;
  if (!readings) return `${JSON.stringify(rest, null, 2)}\n`;
  // One reading per line: indenting thousands of readings would triple the file for nothing.
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const lines = readings.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `${head},\n  "readings": [\n${lines}\n  ]\n}\n`;
}

/** UTF-8 length of `text`, counted without encoding a copy of it. */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes up to U+07FF, three above; a surrogate pair (4 bytes) is two 2-byte halves.
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** An export refused, or its file's text. */
export type BackupTextResult = { ok: true; text: string } | { ok: false; message: string };

/** Why an export is not written: an import would refuse the file. */
function tooLargeToImport(): { ok: false; message: string } {
  const readings = new Intl.NumberFormat(uiLocale()).format(MAX_BACKUP_READINGS);
  return { ok: false, message: t('backup.exportTooLarge', MAX_BACKUP_BYTES / 1024 / 1024, readings) };
}

/**
 * The backup as a file's text, unless an import would refuse it (more than `MAX_BACKUP_READINGS`
 * readings, or over `MAX_BACKUP_BYTES`): export and import keep the same limits.
 */
export function backupFileText(backup: Backup): BackupTextResult {
  if ((backup.readings?.length ?? 0) > MAX_BACKUP_READINGS) return tooLargeToImport();
  const text = serializeBackup(backup);
  return utf8Bytes(text) > MAX_BACKUP_BYTES ? tooLargeToImport() : { ok: true, text };
}

/** A backup ready to download: its file name and text, or why it is not written. */
export type ExportResult = { ok: true; fileName: string; text: string } | { ok: false; message: string };

/**
 * Everything stored, as the options page exports it: settings, accounts (secrets only when asked),
 * and the reading history when asked. Counts readings before loading them, so a history an
 * import would refuse is refused at once.
 */
export async function exportBackup(options: {
  now: number;
  includeSecrets: boolean;
  includeReadings: boolean;
  timeZone?: string;
}): Promise<ExportResult> {
  const [settings, accounts] = await Promise.all([getSettings(), getAccounts()]);
  let readings: Reading[] | undefined;
  if (options.includeReadings) {
    const ids = accounts.map((a) => a.id);
    const counts = await readingsStore.countMany(ids);
    if ([...counts.values()].reduce((sum, n) => sum + n, 0) > MAX_BACKUP_READINGS) return tooLargeToImport();
    readings = (await Promise.all(ids.map((id) => readingsStore.range(id, 0, Number.MAX_SAFE_INTEGER)))).flat();
  }
  const file = backupFileText(buildBackup(settings, accounts, { now: options.now, includeSecrets: options.includeSecrets, readings }));
  return file.ok ? { ok: true, fileName: backupFileName(options.now, options.timeZone), text: file.text } : file;
}

/** File name of a backup written at `now`: `balance-badge-backup-YYYY-MM-DD.json` (local date). */
export function backupFileName(now: number, timeZone?: string): string {
  return `balance-badge-backup-${localDate(now, timeZone)}.json`;
}

const MAX_ISSUE_LENGTH = 160;

/** `accounts[1].currency` from valibot's path: the place of the problem, in any language. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string') path += path ? `.${key}` : key;
  }
  return path;
}

/**
 * Words, in the UI language, for an issue whose schema gave no message of its own (types, lengths,
 * ranges): passed to valibot as the parse's `message`, so no English default reaches the user.
 */
export function genericIssueText(issue: v.BaseIssue<unknown>): string {
  const limit = String(issue.requirement);
  if (issue.kind === 'schema') return t('backup.issue.type', issue.expected ?? '', issue.received);
  switch (issue.type) {
    case 'min_length':
      return t('backup.issue.tooShort', limit);
    case 'max_length':
      return t(Array.isArray(issue.input) ? 'backup.issue.tooMany' : 'backup.issue.tooLong', limit);
    case 'min_value':
      return t('backup.issue.min', limit);
    case 'max_value':
      return t('backup.issue.max', limit);
    case 'integer':
      return t('backup.issue.integer');
    case 'finite':
      return t('backup.issue.finite');
    case 'iso_timestamp':
      return t('backup.issue.isoTime');
    default:
      return t('backup.issue.invalid');
  }
}

/** Parse options that word every issue in the UI language. */
const TRANSLATED: v.Config<v.BaseIssue<unknown>> = { message: genericIssueText };

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  let message = issue.message;
  if (issue.type === 'variant') {
    const known = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', ');
    message = issue.input === undefined ? t('backup.issue.missingKind', known) : t('backup.issue.unknownKind', issue.received, known);
  } else if (issue.input === undefined) message = t('backup.issue.missing');
  // Messages may quote what the file holds; a hostile file must not fill the page with it.
  if (message.length > MAX_ISSUE_LENGTH) message = `${message.slice(0, MAX_ISSUE_LENGTH)}…`;
  return path ? `${path}: ${message}` : message;
}

/** One sentence for up to three issues, with a count of the rest. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map(describeIssue).join('; ');
  const more = issues.length - 3;
  return more > 0 ? `${shown}; ${tn('backup.more', more)}` : shown;
}

/**
 * Line and column (from 1) where `JSON.parse` stopped, from its error: the parser's words are English, so only
 * the place is kept. Firefox says "line N column M"; V8 says "position P" (and, when newer, also line and column).
 */
function whereJsonStopped(text: string, error: unknown): { line: string; column: string } | undefined {
  const message = String(error);
  const stated = /line (\d+) column (\d+)/.exec(message);
  if (stated) return { line: stated[1] ?? '', column: stated[2] ?? '' };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  return { line: String(before.split('\n').length), column: String(before.length - before.lastIndexOf('\n')) };
}

/** Reads a backup file's text; nothing is written. Refuses the whole file on any problem. */
export function parseBackup(text: string): ParseBackupResult {
  if (utf8Bytes(text) > MAX_BACKUP_BYTES) return { ok: false, message: t('options.backup.tooLarge', MAX_BACKUP_BYTES / 1024 / 1024) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const where = whereJsonStopped(text, error);
    return { ok: false, message: where ? t('backup.notJsonAt', where.line, where.column) : t('backup.notJson') };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, message: t('backup.notObject') };
  }
  const header = v.safeParse(HeaderSchema, json, TRANSLATED);
  if (!header.success) return { ok: false, message: describeIssues(header.issues) };
  if (header.output.version > BACKUP_VERSION) {
    return {
      ok: false,
      message: t('backup.newer', header.output.version, BACKUP_VERSION),
    };
  }
  if (header.output.version !== BACKUP_VERSION) {
    return { ok: false, message: t('backup.unsupported', header.output.version) };
  }
  // Settings of a newer shape would lose what this version does not know: refused, like a newer format.
  const schemaVersion = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    return { ok: false, message: t('backup.newerSchema', schemaVersion, SCHEMA_VERSION) };
  }
  const parsed = v.safeParse(BackupSchema, migrateBackup(json as Record<string, unknown>), TRANSLATED);
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.issues) };
  const settings = { ...DEFAULT_SETTINGS, ...parsed.output.settings };
  if (!parsed.output.readings) return { ok: true, settings, accounts: parsed.output.accounts };
  const readings = fromBackupReadings(parsed.output.readings, new Set(parsed.output.accounts.map((a) => a.id)));
  if (!readings.ok) {
    const more = readings.problems.length - 3;
    return { ok: false, message: readings.problems.slice(0, 3).join('; ') + (more > 0 ? `; ${tn('backup.more', more)}` : '') };
  }
  return { ok: true, settings, accounts: parsed.output.accounts, readings: readings.readings };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports a backup, all or nothing: validates all of it, then writes the history (one IndexedDB
 * transaction: the file's readings replace its accounts' history when it has any, and accounts the
 * file drops lose theirs), then settings and accounts in one storage write. If that last write fails
 * the history is put back as it was. On refusal or failure nothing changes.
 */
export async function importBackup(text: string): Promise<ParseBackupResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const kept = new Set(parsed.accounts.map((a) => a.id));
  // History of accounts the import drops would never be shown again.
  const dropped = (await getAccounts()).filter((a) => !kept.has(a.id)).map((a) => a.id);
  const rewritten = [...new Set([...dropped, ...(parsed.readings ? kept : [])])];
  const previous = (await Promise.all(rewritten.map((id) => readingsStore.range(id, 0, Number.MAX_SAFE_INTEGER)))).flat();
  try {
    if (rewritten.length) await readingsStore.replaceHistory(rewritten, parsed.readings ?? []);
  } catch (error) {
    // The transaction aborted: no reading changed, and settings and accounts were not touched yet.
    return { ok: false, message: t('backup.notSaved', errorText(error)) };
  }
  try {
    await replaceAll(parsed.settings, parsed.accounts);
  } catch (error) {
    if (rewritten.length) await readingsStore.replaceHistory(rewritten, previous);
    return { ok: false, message: t('backup.notSaved', errorText(error)) };
  }
  return parsed;
}
