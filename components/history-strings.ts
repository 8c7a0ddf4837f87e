/** Strings of the options page's history, alerts and quiet-hours parts; the texts are in utils/locales (history.*). */
import { messages, t, tn } from '../utils/i18n';

export const historyStrings = messages({
  heading: 'history.heading',
  intro: 'history.intro',
  storage: (used: string) => t('history.storage', used),
  readings: (n: number) => tn('history.readings', n),
  view: 'history.view',
  csv: 'history.csv',
  alerts: 'history.alerts',
  clear: 'history.clear',
  confirmClear: (name: string) => t('history.confirmClear', name),
  confirm: 'history.confirm',
  cancel: 'history.cancel',
  cleared: (name: string) => t('history.cleared', name),
  quietHeading: 'history.quietHeading',
  quietOn: 'history.quietOn',
  quietStart: 'history.quietStart',
  quietEnd: 'history.quietEnd',
  quietSave: 'history.quietSave',
  quietSaved: 'history.quietSaved',
  quietSame: 'history.quietSame',
  time: 'history.time',
  form: {
    heading: (name: string) => t('history.form.heading', name),
    intro: 'history.form.intro',
    lowCredit: 'history.form.lowCredit',
    lowCreditHint: 'history.form.lowCreditHint',
    ending: 'history.form.ending',
    endingHint: 'history.form.endingHint',
    ended: 'history.form.ended',
    dataLow: 'history.form.dataLow',
    failing: 'history.form.failing',
    topUp: 'history.form.topUp',
    save: 'history.form.save',
    cancel: 'history.form.cancel',
    saved: (name: string) => t('history.form.saved', name),
    errors: {
      amount: 'history.form.errors.amount',
      days: 'history.form.errors.days',
      percent: 'history.form.errors.percent',
      hours: 'history.form.errors.hours',
    },
  },
});


