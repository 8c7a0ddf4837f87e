/**
 * The optional `readings` array of a backup file: readings with ISO times instead of epoch
 * milliseconds, checked with the model's own schemas, and tied to the file's accounts.
 */
import * as v from 'valibot';
import { t } from '@/utils/i18n';
import { fitQuota, MAX_QUOTAS, type Reading } from '@/utils/model';
import { QuotaSchema, ReadingSchema } from '@/utils/model/schemas';

/**
 * At most this many readings in one file, on export as on import: three accounts of 90 days at
 * 15 minutes that change every time (~26 000) with room for their folded years and a few more.
 */
export const MAX_BACKUP_READINGS = 50_000;

const isoTime = v.pipe(v.string(), v.isoTimestamp());

const BackupQuotaSchema = v.pipe(
  v.object({ ...QuotaSchema.entries, label: v.string(), unit: v.pipe(v.string(), v.minLength(1)) }),
  v.transform(fitQuota),
);

/** One reading as written in a backup; its quotas cut to `MAX_QUOTAS`, as the engine and the database now keep them. */
export const BackupReadingSchema = v.object({
  ...v.omit(ReadingSchema, ['at', 'confirmedAt', 'quotas']).entries,
  quotas: v.optional(
    v.pipe(
      v.array(BackupQuotaSchema),
      v.transform((quotas) => quotas.slice(0, MAX_QUOTAS)),
    ),
  ),
  at: isoTime,
  confirmedAt: v.optional(isoTime),
});
export type BackupReading = v.InferOutput<typeof BackupReadingSchema>;

/** The `readings` array of a backup. */
export const BackupReadingsSchema = v.pipe(v.array(BackupReadingSchema), v.maxLength(MAX_BACKUP_READINGS));

/** A stored reading as a backup writes it. */
export function toBackupReading(r: Reading): BackupReading {
  const { at, confirmedAt, quotas, ...rest } = r;
  return {
    ...rest,
    ...(quotas === undefined ? {} : { quotas: quotas.slice(0, MAX_QUOTAS).map(fitQuota) }),
    at: new Date(at).toISOString(),
    ...(confirmedAt === undefined ? {} : { confirmedAt: new Date(confirmedAt).toISOString() }),
  };
}

/**
 * The backup's readings as stored readings, or the problems that refuse the file: a reading of
 * an account the file does not define, a second reading of one account at the same instant.
 */
export function fromBackupReadings(
  readings: readonly BackupReading[],
  accountIds: ReadonlySet<string>,
): { ok: true; readings: Reading[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const out: Reading[] = [];
  readings.forEach((r, i) => {
    const { at, confirmedAt, ...rest } = r;
    const reading: Reading = {
      ...rest,
      at: Date.parse(at),
      ...(confirmedAt === undefined ? {} : { confirmedAt: Date.parse(confirmedAt) }),
    };
    if (!accountIds.has(r.accountId))
      problems.push(`readings[${i}].accountId: ${t('backup.issue.noAccount', JSON.stringify(r.accountId))}`);
    const key = `${r.accountId}\u0000${reading.at}`;
    if (seen.has(key)) problems.push(`readings[${i}].at: ${t('backup.issue.duplicateReading', JSON.stringify(r.accountId), at)}`);
    seen.add(key);
    if (reading.confirmedAt !== undefined && reading.confirmedAt < reading.at) {
      problems.push(`readings[${i}].confirmedAt: ${t('backup.issue.confirmedEarly')}`);
    }
    out.push(reading);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, readings: out };
}
