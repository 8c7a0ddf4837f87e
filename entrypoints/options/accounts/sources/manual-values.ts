/** Pure model of a manual account's fields: how a stored account and a preset fill them, and how they read back. */
import { type Account, DATA_UNITS, isRealDate, type ManualPreset, type Quota, type Reading } from '@/utils/model';
import { type ManualInput, presetInfo } from '@/utils/core/presets';
import type { AccountFormValues, ManualFormValues } from '@/entrypoints/options/accounts/account-form-state';
import { parseAmount, parseInteger } from '@/entrypoints/options/accounts/form-input';
import type { FieldErrors } from '@/entrypoints/options/accounts/network-form-values';
import type { SourceRead } from '@/entrypoints/options/accounts/source-form';
import { quotaKey } from '@/entrypoints/options/accounts/sources/quota-rows';
import { optionsStrings as strings } from '@/entrypoints/options/strings';

/** What `ManualSourceSchema` takes as a dial code. */
const DIAL_CODE = /^[0-9*#+]{1,20}$/;

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The manual fields of any other kind's form: empty, on the generic preset. */
export function emptyManualValues(): ManualFormValues {
  return { preset: 'generic', credit: '', validUntil: '', graceDays: '', remindDays: '', dialCode: '', quotas: [] };
}

/** The manual fields filled from a stored manual account and its latest reading. */
export function fillManual(account: Account, latest?: Reading): Partial<AccountFormValues> {
  if (account.source.kind !== 'manual') return {};
  const manual = account.source;
  return {
    preset: manual.preset,
    credit: text(latest?.credit?.amount),
    validUntil: latest?.validUntil || '',
    graceDays: text(manual.graceDays),
    remindDays: text(manual.remindAfterDays),
    dialCode: manual.dialCode ?? '',
    quotas: (latest?.quotas ?? []).map((q) => ({
      key: quotaKey(),
      label: q.label,
      kind: q.kind,
      remaining: String(q.remaining),
      total: text(q.total),
      unit: q.unit,
    })),
  };
}

/** The form after picking a preset: it fills the carrier's currency and grace period. */
export function applyPreset(values: AccountFormValues, preset: ManualPreset): AccountFormValues {
  const info = presetInfo(preset);
  return {
    ...values,
    preset,
    currency: info.currency ?? values.currency,
    graceDays: info.graceDays === undefined ? values.graceDays : String(info.graceDays),
  };
}

/** Reads the manual fields into a manual source and the values to record, amounts in `currency`. */
export function readManual(values: AccountFormValues, { currency }: { currency: string }): SourceRead {
  const errors: FieldErrors = {};
  const e = strings.errors;

  let credit: number | undefined;
  if (values.credit.trim()) {
    credit = parseAmount(values.credit, currency);
    if (credit === undefined) errors.credit = e.amount;
  }
  const validUntil = values.validUntil.trim() || undefined;
  if (validUntil !== undefined && !isRealDate(validUntil)) errors['valid-until'] = e.date;

  let graceDays: number | undefined;
  if (values.graceDays.trim()) {
    graceDays = parseInteger(values.graceDays, 0, 365);
    if (graceDays === undefined) errors['grace-days'] = e.graceDays;
  }
  let remindDays: number | undefined;
  if (values.remindDays.trim()) {
    remindDays = parseInteger(values.remindDays, 1, 365);
    if (remindDays === undefined) errors['remind-days'] = e.remindDays;
  }

  const dialCode = values.dialCode.trim() || undefined;
  if (dialCode !== undefined && !DIAL_CODE.test(dialCode)) errors['dial-code'] = e.dialCode;

  const quotas: Quota[] = [];
  values.quotas.forEach((row, i) => {
    const field = (name: string) => `quotas.${i}.${name}`;
    const label = row.label.trim();
    if (!label) errors[field('label')] = e.quotaLabel;
    else if (label.length > 80) errors[field('label')] = e.quotaLabelTooLong;
    const remaining = parseAmount(row.remaining);
    if (remaining === undefined) errors[field('remaining')] = row.remaining.trim() ? e.amount : e.required;
    let total: number | undefined;
    if (row.total.trim()) {
      total = parseAmount(row.total);
      if (total === undefined) errors[field('total')] = e.amount;
    }
    const unit = row.unit.trim();
    if (row.kind === 'data' && !(DATA_UNITS as readonly string[]).includes(unit)) errors[field('unit')] = e.dataUnit;
    else if (!unit) errors[field('unit')] = e.required;
    else if (unit.length > 16) errors[field('unit')] = e.unitTooLong;
    if (label && remaining !== undefined && unit) {
      quotas.push({ label, kind: row.kind, remaining, ...(total === undefined ? {} : { total }), unit });
    }
  });

  const manual: ManualInput = { credit, currency, validUntil, graceDays, quotas };
  return {
    source: {
      kind: 'manual',
      preset: values.preset,
      ...(graceDays === undefined ? {} : { graceDays }),
      ...(remindDays === undefined ? {} : { remindAfterDays: remindDays }),
      ...(dialCode === undefined ? {} : { dialCode }),
    },
    manual,
    errors,
  };
}
