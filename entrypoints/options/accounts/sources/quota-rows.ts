/** Pure model of the manual form's quota rows: new rows and the unit that fits a kind. */
import { DATA_UNITS, type QuotaKind } from '@/utils/model';
import type { QuotaRowValues } from '@/entrypoints/options/accounts/account-form-state';

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
