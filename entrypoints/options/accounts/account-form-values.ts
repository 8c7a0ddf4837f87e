/**
 * Pure model of the account form: the text the user typed, how a stored account and a source change
 * fill it, and its validation into an `Account` plus the manual values to record, with one error per
 * field. The kind-specific parts come from the registry (`source-forms.ts`).
 */
import * as v from 'valibot';
import { type Account, MAX_INTERVAL, MIN_INTERVAL, type Reading, type SourceConfig, type SourceKind } from '@/utils/model';
import { AccountSchema } from '@/utils/model/schemas';
import type { ManualInput } from '@/utils/core/presets';
import type { AccountFormValues } from '@/entrypoints/options/accounts/account-form-state';
import { parseAmount, parseInteger } from '@/entrypoints/options/accounts/form-input';
import type { FieldErrors, NetworkResult } from '@/entrypoints/options/accounts/network-form-values';
import { SOURCE_FORMS, type SourceForms } from '@/entrypoints/options/accounts/source-forms';
import { emptyManualValues } from '@/entrypoints/options/accounts/sources/manual-values';
import { optionsStrings as strings } from '@/entrypoints/options/strings';

export type { AccountFormValues, QuotaRowValues } from '@/entrypoints/options/accounts/account-form-state';
export type { FieldErrors };
export { parseAmount } from '@/entrypoints/options/accounts/form-input';
export { changeQuotaKind, defaultUnit, emptyQuotaRow, quotaKey } from '@/entrypoints/options/accounts/sources/quota-rows';
export { applyPreset } from '@/entrypoints/options/accounts/sources/manual-values';

/** A validated form: the account to save and, for manual accounts, the values to record. */
export type FormResult = { ok: true; account: Account; manual?: ManualInput } | { ok: false; errors: FieldErrors };

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form filled from a stored account and, for manual accounts, its latest reading. */
export function formFromAccount(account: Account, latest?: Reading, forms: SourceForms = SOURCE_FORMS): AccountFormValues {
  return {
    name: account.name,
    source: account.source.kind,
    currency: account.currency,
    interval: String(account.intervalMinutes),
    lowCredit: text(account.thresholds.lowCredit),
    warnDays: String(account.thresholds.warnDays),
    primary: account.primary,
    ...emptyManualValues(),
    ...forms[account.source.kind].fill?.(account, latest),
  };
}

/** The form after picking a source kind (the demo line is an IDR account named Demo). */
export function applySource(values: AccountFormValues, source: SourceKind, forms: SourceForms = SOURCE_FORMS): AccountFormValues {
  const next = { ...values, source };
  return forms[source].picked?.(next) ?? next;
}

/**
 * Validates the whole form for the account `base` (its id and enabled flag are kept). A JSON API or
 * web page source comes checked in `network` (the kind's `checkNetwork`, i.e. `validateNetwork`).
 */
export function validateForm(
  values: AccountFormValues,
  base: Account,
  network?: NetworkResult,
  forms: SourceForms = SOURCE_FORMS,
): FormResult {
  const errors: FieldErrors = {};
  const e = strings.errors;

  const name = values.name.trim();
  if (!name) errors.name = e.nameRequired;
  else if (name.length > 60) errors.name = e.nameTooLong;

  const currency = values.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = e.currency;

  const interval = parseInteger(values.interval, MIN_INTERVAL, MAX_INTERVAL);
  if (interval === undefined) errors.interval = e.interval;

  let lowCredit: number | undefined;
  if (values.lowCredit.trim()) {
    lowCredit = parseAmount(values.lowCredit, currency);
    if (lowCredit === undefined) errors['low-credit'] = e.amount;
  }

  const warnDays = parseInteger(values.warnDays, 0, 365);
  if (warnDays === undefined) errors['warn-days'] = e.warnDays;

  const read = forms[values.source].read(values, { currency, network });
  Object.assign(errors, read.errors);
  const source: SourceConfig = read.source ?? { kind: 'demo' };

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const account: Account = {
    ...base,
    name,
    currency,
    source,
    intervalMinutes: interval ?? base.intervalMinutes,
    thresholds: { warnDays: warnDays ?? 0, ...(lowCredit === undefined ? {} : { lowCredit }) },
    primary: values.primary,
  };
  // The model's own schema has the last word, so the form can never save what storage would refuse.
  const checked = v.safeParse(AccountSchema, account);
  if (!checked.success) {
    const issue = checked.issues[0];
    return { ok: false, errors: { [v.getDotPath(issue) ?? 'name']: issue.message } };
  }
  return { ok: true, account: checked.output, ...(read.manual ? { manual: read.manual } : {}) };
}
