/** Words of the paste tool; the texts are in utils/locales (paste.*). */
import { messages, t } from '../utils/i18n';

export const pasteStrings = messages({
  heading: 'paste.heading',
  intro: 'paste.intro',
  account: 'paste.account',
  newAccount: 'paste.newAccount',
  name: 'paste.name',
  namePlaceholder: 'paste.namePlaceholder',
  preset: 'paste.preset',
  howToCheck: (codes: readonly string[], sms?: { text: string; to: string }) => {
    const dial = codes.join(t('paste.or'));
    return sms ? t('paste.howToCheckSms', dial, sms.text, sms.to) : t('paste.howToCheck', dial);
  },
  input: 'paste.input',
  inputPlaceholder: 'paste.inputPlaceholder',
  found: 'paste.found',
  fieldNames: { credit: 'paste.fieldNames.credit', validUntil: 'paste.fieldNames.validUntil', graceUntil: 'paste.fieldNames.graceUntil', quota: 'paste.fieldNames.quota' },
  notFound: 'paste.notFound',
  maybe: 'paste.maybe',
  unlimited: 'paste.unlimited',
  until: (date: string) => t('paste.until', date),
  remove: 'paste.remove',
  nothing: 'paste.nothing',
  save: 'paste.save',
  saving: 'paste.saving',
  back: 'paste.back',
  saved: (name: string) => t('paste.saved', name),
  saveFailed: (why: string) => t('paste.saveFailed', why),
});
