/** Every string of the popup page; the texts are in utils/i18n/locales (popup.*). */
import { messages, t } from '@/utils/i18n';

export const strings = messages('popup', {
  title: 0,
  refresh: 0,
  refreshing: 0,
  refreshLabel: 0,
  settings: 0,
  settingsLabel: 0,
  paste: 0,
  pasteLabel: 0,
  loadFailed: 0,
  refreshFailed: (names: string) => t('popup.refreshFailed', names),
  refreshUnreachable: 0,
  refreshDone: 0,
  empty: {
    heading: 0,
    text: 0,
    add: 0,
    demo: 0,
    demoFailed: 0,
  },
});
