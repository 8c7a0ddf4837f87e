/** Strings of the "check on your phone" block; the texts are in utils/i18n/locales (dial.*). */
import { messages, t } from '@/utils/i18n';

export const dialStrings = messages('dial', {
  heading: 0,
  howTo: (code: string) => t('dial.howTo', code),
  call: (code: string) => t('dial.call', code),
  showQr: 0,
  hideQr: 0,
  qrLabel: (code: string) => t('dial.qrLabel', code),
  qrFailed: 0,
});
