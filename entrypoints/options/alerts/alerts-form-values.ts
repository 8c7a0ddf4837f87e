/** Pure model of the per-account alerts form: typed text in, `AlertsConfig` or per-field errors out. */
import { ALERT_DEFAULTS, resolveAlerts } from '@/utils/core/alerts';
import type { AlertsConfig } from '@/utils/model/alert-schemas';
import type { Account } from '@/utils/model';
import { parseAmount } from '@/entrypoints/options/accounts/form-input';
import { alertsStrings } from '@/entrypoints/options/alerts/alerts-strings';

/** The form as typed. */
export interface AlertsFormValues {
  lowCredit: boolean;
  lowCreditBelow: string;
  ending: boolean;
  endingDays: string;
  ended: boolean;
  dataLow: boolean;
  dataBelowPercent: string;
  failing: boolean;
  failingHours: string;
  topUp: boolean;
  topUpAbove: string;
}

/** Errors by field name (`low-credit-below`, `ending-days`, `data-percent`, `failing-hours`, `top-up-above`). */
export type AlertsErrors = Partial<Record<string, string>>;

/** The form filled from an account (its own low-credit threshold stays empty when not set). */
export function alertsToForm(account: Account): AlertsFormValues {
  const r = resolveAlerts(account);
  const a = account.alerts ?? {};
  return {
    lowCredit: r.lowCredit,
    lowCreditBelow: a.lowCreditBelow === undefined ? '' : String(a.lowCreditBelow),
    ending: r.ending,
    endingDays: r.endingDays.join(', '),
    ended: r.ended,
    dataLow: r.dataLow,
    dataBelowPercent: String(r.dataBelowPercent),
    failing: r.failing,
    failingHours: String(r.failingHours),
    topUp: r.topUp,
    topUpAbove: String(r.topUpAbove),
  };
}

function integer(text: string, min: number, max: number): number | undefined {
  const s = text.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

/** Validates the form for an account in `currency`. */
export function validateAlerts(
  values: AlertsFormValues,
  currency: string,
): { ok: true; alerts: AlertsConfig } | { ok: false; errors: AlertsErrors } {
  const e = alertsStrings.form.errors;
  const errors: AlertsErrors = {};
  let lowCreditBelow: number | undefined;
  if (values.lowCreditBelow.trim()) {
    lowCreditBelow = parseAmount(values.lowCreditBelow, currency);
    if (lowCreditBelow === undefined) errors['low-credit-below'] = e.amount;
  }
  const parts = values.endingDays.split(/[\s,;]+/).filter(Boolean);
  const endingDays = parts.map((p) => integer(p, 0, 365));
  if (parts.length > 5 || endingDays.some((d) => d === undefined)) errors['ending-days'] = e.days;
  const dataBelowPercent = integer(values.dataBelowPercent, 1, 99);
  if (dataBelowPercent === undefined) errors['data-percent'] = e.percent;
  const failingHours = integer(values.failingHours, 1, 720);
  if (failingHours === undefined) errors['failing-hours'] = e.hours;
  const topUpAbove = values.topUpAbove.trim() ? parseAmount(values.topUpAbove, currency) : ALERT_DEFAULTS.topUpAbove;
  if (topUpAbove === undefined) errors['top-up-above'] = e.amount;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    alerts: {
      lowCredit: values.lowCredit,
      ...(lowCreditBelow === undefined ? {} : { lowCreditBelow }),
      ending: values.ending,
      endingDays: [...new Set(endingDays as number[])].sort((a, b) => b - a),
      ended: values.ended,
      dataLow: values.dataLow,
      dataBelowPercent,
      failing: values.failing,
      failingHours,
      topUp: values.topUp,
      topUpAbove,
    },
  };
}
