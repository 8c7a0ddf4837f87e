/** Words of the paste tool; the texts are in utils/i18n/locales (paste.*). */
import { messages, t, uiLocale } from '@/utils/i18n';

export const pasteStrings = messages('paste', {
  open: 0,
  heading: 0,
  intro: 0,
  account: 0,
  newAccount: 0,
  name: 0,
  namePlaceholder: 0,
  preset: 0,
  howToCheck: (codes: readonly string[], sms?: { text: string; to: string }) => {
    const dial = codes.join(t('paste.or'));
    return sms ? t('paste.howToCheckSms', dial, sms.text, sms.to) : t('paste.howToCheck', dial);
  },
  input: 0,
  inputPlaceholder: 0,
  tooLong: (max: number) => t('paste.tooLong', max.toLocaleString(uiLocale())),
  found: 0,
  fieldNames: { credit: 0, validUntil: 0, graceUntil: 0, quota: 0 },
  notFound: 0,
  maybe: 0,
  unlimited: 0,
  until: (date: string) => t('paste.until', date),
  remove: 0,
  quotaExpires: 0,
  fixErrors: 0,
  nothing: 0,
  save: 0,
  saving: 0,
  back: 0,
  saved: (name: string) => t('paste.saved', name),
  saveFailed: (why: string) => t('paste.saveFailed', why),
});
