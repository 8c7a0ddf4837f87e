/** Strings of the options page's history, alerts and quiet-hours parts; the texts are in utils/i18n/locales (history.*). */
import { messages, t, tn } from '@/utils/i18n';

export const alertsStrings = messages('history', {
  heading: 0,
  intro: 0,
  storage: (used: string) => t('history.storage', used),
  readings: (n: number) => tn('history.readings', n),
  view: 0,
  csv: 0,
  alerts: 0,
  clear: 0,
  confirmClear: (name: string) => t('history.confirmClear', name),
  confirm: 0,
  cancel: 0,
  cleared: (name: string) => t('history.cleared', name),
  quietHeading: 0,
  quietOn: 0,
  quietStart: 0,
  quietEnd: 0,
  quietSave: 0,
  quietSaved: 0,
  quietSame: 0,
  time: 0,
  form: {
    heading: (name: string) => t('history.form.heading', name),
    intro: 0,
    lowCredit: 0,
    lowCreditHint: 0,
    ending: 0,
    endingHint: 0,
    ended: 0,
    dataLow: 0,
    failing: 0,
    topUp: 0,
    save: 0,
    cancel: 0,
    saved: (name: string) => t('history.form.saved', name),
    errors: {
      amount: 0,
      days: 0,
      percent: 0,
      hours: 0,
    },
  },
});


