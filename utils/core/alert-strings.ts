/** Words of every alert, one entry per kind; the texts are in utils/i18n/locales (alert.*). */
import type { Condition } from '@/utils/core/alerts';
import { formatDate, formatMoney, formatNumber } from '@/utils/core/format';
import { t, tn } from '@/utils/i18n';

type Words = {
  [K in Condition['kind']]: (c: Extract<Condition, { kind: K }>, name: string, locale?: string) => { title: string; message: string };
};

/** Title and message of each alert kind. */
export const alertWords: Words = {
  'low-credit': (c, name, locale) => ({
    title: t('alert.lowCredit', name),
    message: t(
      'alert.lowCreditText',
      formatMoney(c.credit.amount, c.credit.currency, locale),
      formatMoney(c.below, c.credit.currency, locale),
    ),
  }),
  ending: (c, name, locale) => ({
    title:
      c.days === 0
        ? t('alert.endsToday', name)
        : c.days === 1
          ? t('alert.endsTomorrow', name)
          : t('alert.titled', name, tn('alert.endsIn', c.days)),
    message: t('alert.endingText', formatDate(c.validUntil, locale)),
  }),
  ended: (c, name, locale) => ({
    title: t('alert.ended', name),
    message: c.blockedOn
      ? t('alert.endedGrace', formatDate(c.validUntil, locale), formatDate(c.blockedOn, locale))
      : t('alert.endedText', formatDate(c.validUntil, locale)),
  }),
  'data-low': (c, name, locale) => ({
    title: t('alert.dataLow', name),
    message: t('alert.dataLowText', formatNumber(c.percent, locale, 0), c.below),
  }),
  failing: (c, name) => ({
    title: t('alert.failing', name),
    message: tn('alert.failingText', Math.round(c.hours), c.message),
  }),
  'login-required': (_c, name) => ({
    title: t('alert.loginRequired', name),
    message: t('alert.loginRequiredText'),
  }),
  'top-up': (c, name, locale) => ({
    title: t('alert.topUp', name),
    message: t('alert.topUpText', formatMoney(c.amount.amount, c.amount.currency, locale)),
  }),
};

/** Title and message of one condition for the account called `name`. */
export function alertText(c: Condition, name: string, locale?: string): { title: string; message: string } {
  const words = alertWords[c.kind] as (c: Condition, name: string, locale?: string) => { title: string; message: string };
  return words(c, name, locale);
}
