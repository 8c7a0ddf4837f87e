/** Every string of the popup page; the texts are in utils/locales (popup.*). */
import { messages, t } from '../../utils/i18n';

export const strings = messages({
  title: 'popup.title',
  refresh: 'popup.refresh',
  refreshing: 'popup.refreshing',
  refreshLabel: 'popup.refreshLabel',
  settings: 'popup.settings',
  settingsLabel: 'popup.settingsLabel',
  paste: 'popup.paste',
  pasteLabel: 'popup.pasteLabel',
  loadFailed: 'popup.loadFailed',
  refreshFailed: (names: string) => t('popup.refreshFailed', names),
  refreshUnreachable: 'popup.refreshUnreachable',
  refreshDone: 'popup.refreshDone',
  empty: {
    heading: 'popup.empty.heading',
    text: 'popup.empty.text',
    add: 'popup.empty.add',
    demo: 'popup.empty.demo',
    demoFailed: 'popup.empty.demoFailed',
  },
});
