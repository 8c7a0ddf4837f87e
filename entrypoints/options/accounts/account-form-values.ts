/**
 * Pure model of the account form: the text the user typed, how presets and source changes fill it,
 * and its validation into an `Account` plus the manual values to record, with one error per field.
 */
import * as v from 'valibot';
import {
  type Account,
  DATA_UNITS,
  isRealDate,
  type ManualPreset,
  MAX_INTERVAL,
  MIN_INTERVAL,
  type Quota,
  type QuotaKind,
  type Reading,
  type SourceConfig,
  type SourceKind,
} from '@/utils/model';
import { AccountSchema } from '@/utils/model/schemas';
import { type ManualInput, presetInfo } from '@/utils/core/presets';
import type { FieldErrors, NetworkResult } from '@/entrypoints/options/accounts/network-form-values';

export type { FieldErrors };
import { optionsStrings as strings } from '@/entrypoints/options/strings';

/** One quota row as typed. `key` only keeps rows apart while editing. */
export interface QuotaRowValues {
  key: number;
  label: string;
  kind: QuotaKind;
  remaining: string;
  total: string;
  unit: string;
}

/** Every field of the form, as text the user typed (checkboxes as booleans). */
export interface AccountFormValues {
  name: string;
  source: SourceKind;
  preset: ManualPreset;
  currency: string;
  interval: string;
  lowCredit: string;
  warnDays: string;
  primary: boolean;
  credit: string;
  validUntil: string;
  graceDays: string;
  remindDays: string;
  quotas: QuotaRowValues[];
}

/**
 * Field name → error. Names match the `data-field` of the inline errors: `name`, `currency`,
 * `interval`, `low-credit`, `warn-days`, `credit`, `valid-until`, `grace-days`, `remind-days`,
 * and `quotas.<row>.<label|remaining|total|unit>` for quota rows.
 */

/** A validated form: the account to save and, for manual accounts, the values to record. */
export type FormResult = { ok: true; account: Account; manual?: ManualInput } | { ok: false; errors: FieldErrors };

let nextKey = 1;
/** A key for a new quota row. */
export function quotaKey(): number {
  return nextKey++;
}

/** Unit a quota row starts with for its kind. */
export function defaultUnit(kind: QuotaKind): string {
  return { data: 'GB', voice: 'min', sms: 'sms', other: '' }[kind];
}

/** An empty quota row. */
export function emptyQuotaRow(kind: QuotaKind = 'data'): QuotaRowValues {
  return { key: quotaKey(), label: '', kind, remaining: '', total: '', unit: defaultUnit(kind) };
}

/** Changes a row's kind and gives it that kind's default unit when its unit does not fit. */
export function changeQuotaKind(row: QuotaRowValues, kind: QuotaKind): QuotaRowValues {
  const fits =
    kind === 'data'
      ? (DATA_UNITS as readonly string[]).includes(row.unit)
      : row.unit !== '' && !(DATA_UNITS as readonly string[]).includes(row.unit);
  return { ...row, kind, unit: fits ? row.unit : defaultUnit(kind) };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form filled from a stored account and, for manual accounts, its latest reading. */
export function formFromAccount(account: Account, latest?: Reading): AccountFormValues {
  const manual = account.source.kind === 'manual' ? account.source : undefined;
  return {
    name: account.name,
    source: account.source.kind,
    preset: manual?.preset ?? 'generic',
    currency: account.currency,
    interval: String(account.intervalMinutes),
    lowCredit: text(account.thresholds.lowCredit),
    warnDays: String(account.thresholds.warnDays),
    primary: account.primary,
    credit: manual ? text(latest?.credit?.amount) : '',
    validUntil: (manual && latest?.validUntil) || '',
    graceDays: text(manual?.graceDays),
    remindDays: text(manual?.remindAfterDays),
    quotas: manual
      ? (latest?.quotas ?? []).map((q) => ({
          key: quotaKey(),
          label: q.label,
          kind: q.kind,
          remaining: String(q.remaining),
          total: text(q.total),
          unit: q.unit,
        }))
      : [],
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

/** The form after picking a source kind; the demo line is an IDR account named Demo. */
export function applySource(values: AccountFormValues, source: SourceKind): AccountFormValues {
  if (source === 'demo') return { ...values, source, name: values.name.trim() || 'Demo', currency: 'IDR' };
  return { ...values, source };
}

// Rupiah amounts have no decimals, so `25.750` and `25,750` both mean twenty-five thousand.
const WHOLE_UNIT_CURRENCIES = new Set(['IDR', 'JPY', 'KRW', 'VND']);

/**
 * Reads an amount typed as `25750`, `25.750`, `25,750`, `4.5` or `4,5`; undefined when it is not one.
 * Groups of three after a separator are thousands for whole-unit currencies or when several appear.
 */
export function parseAmount(input: string, currency = ''): number | undefined {
  const s = input.replace(/[\s_\u00a0]/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  const whole = WHOLE_UNIT_CURRENCIES.has(currency.toUpperCase());
  if (whole && /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  if (/^\d+[.,]\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return undefined;
}

/** Reads a whole number within bounds; undefined when it is not one. */
function parseInteger(input: string, min: number, max: number): number | undefined {
  const s = input.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

/**
 * Validates the whole form for the account `base` (its id and enabled flag are kept). A JSON API or
 * web page source comes validated from `network` (`validateNetwork` in network-form-values.ts).
 */
export function validateForm(values: AccountFormValues, base: Account, network?: NetworkResult): FormResult {
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

  let source: SourceConfig = { kind: 'demo' };
  if (values.source === 'json-api' || values.source === 'web-page') {
    if (!network) errors.url = e.url;
    else if (!network.ok) Object.assign(errors, network.errors);
    else source = network.source;
  }
  let manual: ManualInput | undefined;
  if (values.source === 'manual') {
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

    source = {
      kind: 'manual',
      preset: values.preset,
      ...(graceDays === undefined ? {} : { graceDays }),
      ...(remindDays === undefined ? {} : { remindAfterDays: remindDays }),
    };
    manual = { credit, currency, validUntil, graceDays, quotas };
  }

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
  return { ok: true, account: checked.output, ...(manual ? { manual } : {}) };
}
