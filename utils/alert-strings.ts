/** English words of every alert, one entry per kind (i18n comes later). */
import type { Condition } from './alerts';
import { formatDate, formatMoney, formatNumber } from './format';

type Words = { [K in Condition['kind']]: (c: Extract<Condition, { kind: K }>, name: string, locale?: string) => { title: string; message: string } };

/** Title and message of each alert kind. */
export const alertWords: Words = {
  'low-credit': (c, name, locale) => ({
    title: `${name}: credit is low`,
    message: `${formatMoney(c.credit.amount, c.credit.currency, locale)} left, under ${formatMoney(c.below, c.credit.currency, locale)}.`,
  }),
  ending: (c, name, locale) => ({
    title: `${name}: active period ${c.days === 0 ? 'ends today' : c.days === 1 ? 'ends tomorrow' : `ends in ${c.days} days`}`,
    message: `Active until ${formatDate(c.validUntil, locale)}. Top up to keep the number.`,
  }),
  ended: (c, name, locale) => ({
    title: `${name}: active period ended`,
    message: c.blockedOn
      ? `Ended ${formatDate(c.validUntil, locale)}; grace period until ${formatDate(c.blockedOn, locale)}, then the number is blocked.`
      : `Ended ${formatDate(c.validUntil, locale)}. Top up before the number is blocked.`,
  }),
  'data-low': (c, name, locale) => ({
    title: `${name}: data is running low`,
    message: `${formatNumber(c.percent, locale, 0)} % of the data quota left (alert under ${c.below} %).`,
  }),
  failing: (c, name, locale) => ({
    title: `${name}: refresh failing`,
    message: `No fresh balance for ${formatNumber(c.hours, locale, 0)} hours: ${c.message}`,
  }),
  'login-required': (_c, name) => ({
    title: `${name}: sign-in needed`,
    message: 'Sign in again so the balance can be read.',
  }),
  'top-up': (c, name, locale) => ({
    title: `${name}: top-up detected`,
    message: `Credit rose by ${formatMoney(c.amount.amount, c.amount.currency, locale)}.`,
  }),
};

/** Title and message of one condition for the account called `name`. */
export function alertText(c: Condition, name: string, locale?: string): { title: string; message: string } {
  const words = alertWords[c.kind] as (c: Condition, name: string, locale?: string) => { title: string; message: string };
  return words(c, name, locale);
}
