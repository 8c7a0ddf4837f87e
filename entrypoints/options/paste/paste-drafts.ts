/**
 * The paste tool's editable values as typed: a draft is read into a credit or a quota, or into an
 * error per field (shown inline). A draft with an error changes nothing in what would be saved.
 */
import { DATA_UNITS, isRealDate, type Money, type Quota, type QuotaKind } from '@/utils/model';
import { plainDecimal } from '@/utils/core/format';
import { parseAmount } from '@/entrypoints/options/accounts/form-input';
import { defaultUnit } from '@/entrypoints/options/accounts/sources/quota-rows';
import { optionsStrings } from '@/entrypoints/options/strings';

/** The credit as typed: amount and ISO 4217 currency. */
export interface CreditDraft {
  amount: string;
  currency: string;
}

/** One quota as typed. */
export interface QuotaDraft {
  label: string;
  kind: QuotaKind;
  remaining: string;
  unit: string;
  /** `YYYY-MM-DD`, or empty for none. */
  expiresAt: string;
  unlimited: boolean;
}

/** Field name (`amount`, `currency`; `label`, `remaining`, `unit`, `expires`) → message. */
export type DraftErrors = Partial<Record<string, string>>;

/** A draft read: the value, or the errors that keep it from being one. */
export type DraftResult<T> = { ok: true; value: T } | { ok: false; errors: DraftErrors };

const e = optionsStrings.errors;

/** The draft that shows `credit` (or an empty amount in the account's currency). */
export function creditDraft(credit: Money | undefined, currency: string): CreditDraft {
  return { amount: credit ? plainDecimal(credit.amount) : '', currency: credit?.currency ?? currency };
}

/** True for an ISO 4217 code this browser knows (three capitals where it lists none). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  // Intl's list turns typos like "IDX" away; every browser we support has it.
  return typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(code);
}

/** Reads the credit draft; an empty amount removes the credit (null). */
export function readCredit(draft: CreditDraft): DraftResult<Money | null> {
  const errors: DraftErrors = {};
  const currency = draft.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) errors.currency = e.currency;
  const raw = draft.amount.trim();
  const amount = raw ? parseAmount(raw, currency) : undefined;
  if (raw && amount === undefined) errors.amount = e.amount;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: amount === undefined ? null : { amount, currency } };
}

/** The draft that shows `quota`. */
export function quotaDraft(quota: Quota): QuotaDraft {
  return {
    label: quota.label,
    kind: quota.kind,
    remaining: quota.unlimited ? '' : plainDecimal(quota.remaining),
    unit: quota.unit,
    expiresAt: quota.expiresAt ?? '',
    unlimited: quota.unlimited === true,
  };
}

const isDataUnit = (unit: string) => (DATA_UNITS as readonly string[]).includes(unit);

/** The draft after picking another kind: the unit becomes that kind's own when it does not fit. */
export function changeDraftKind(draft: QuotaDraft, kind: QuotaKind): QuotaDraft {
  const fits = kind === 'data' ? isDataUnit(draft.unit) : draft.unit !== '' && !isDataUnit(draft.unit);
  return { ...draft, kind, unit: fits ? draft.unit : defaultUnit(kind) };
}

/**
 * Reads a quota draft that edits `found`. An empty label is kept empty (the kind names it on the
 * card). The total found is kept only while kind and unit stay, since it counts in that unit.
 */
export function readQuota(draft: QuotaDraft, found: Quota): DraftResult<Quota> {
  const errors: DraftErrors = {};
  const label = draft.label.trim();
  if (label.length > 80) errors.label = e.quotaLabelTooLong;
  const remaining = draft.unlimited ? 0 : parseAmount(draft.remaining);
  if (remaining === undefined) errors.remaining = draft.remaining.trim() ? e.amount : e.required;
  const unit = draft.unit.trim();
  if (draft.kind === 'data' && !isDataUnit(unit)) errors.unit = e.dataUnit;
  else if (!unit) errors.unit = e.required;
  else if (unit.length > 16) errors.unit = e.unitTooLong;
  const expiresAt = draft.expiresAt.trim();
  if (expiresAt && !isRealDate(expiresAt)) errors.expires = e.date;
  if (Object.keys(errors).length > 0 || remaining === undefined) return { ok: false, errors };
  const sameScale = draft.kind === found.kind && unit === found.unit;
  return {
    ok: true,
    value: {
      label,
      kind: draft.kind,
      remaining,
      ...(sameScale && found.total !== undefined ? { total: found.total } : {}),
      unit,
      ...(expiresAt ? { expiresAt } : {}),
      ...(draft.unlimited ? { unlimited: true } : {}),
    },
  };
}
