// A quota is named by its own label, or by its kind in the UI language when the text gave no name
// (stored as '' now, as the English 'Data' / 'Voice' / 'SMS' by earlier versions).
import { afterEach, describe, expect, it } from 'vitest';
import { quotaLabel } from '@/components/card-text';
import { setChosenLanguage } from '@/utils/i18n';
import type { QuotaKind } from '@/utils/model';
import { catalog, type LOCALE_FILES } from '../locales';

const speak = (lang: keyof typeof LOCALE_FILES) => setChosenLanguage({ lang, version: '0.1.0', messages: catalog(lang) });

afterEach(() => setChosenLanguage(null));

describe('quotaLabel', () => {
  it.each([
    ['Kuota Utama', 'data', 'Kuota Utama'],
    ['Nelpon ke sesama', 'voice', 'Nelpon ke sesama'],
    // A label that merely contains a default word is the carrier's own name.
    ['Data Malam', 'data', 'Data Malam'],
    ['data', 'data', 'data'],
  ] as [string, QuotaKind, string][])('keeps the label %j', (label, kind, shown) => {
    speak('id');
    expect(quotaLabel({ label, kind })).toBe(shown);
  });

  it.each([
    ['en', '', 'data', 'Data'],
    ['en', '', 'other', 'Other'],
    ['id', '', 'data', 'Kuota data'],
    ['id', '  ', 'voice', 'Telepon'],
    ['id', 'Data', 'data', 'Kuota data'],
    ['id', 'Voice', 'voice', 'Telepon'],
    ['zh_CN', '', 'sms', '短信'],
    ['zh_CN', 'SMS', 'sms', '短信'],
    ['zh_CN', 'Data', 'data', '流量'],
    ['zh_CN', 'Voice', 'voice', '通话'],
    // The old default names what it counts even under another kind.
    ['zh_CN', 'Data', 'other', '流量'],
  ] as [keyof typeof LOCALE_FILES, string, QuotaKind, string][])(
    'in %s names %j of kind %s by its kind: %s',
    (lang, label, kind, shown) => {
      speak(lang);
      expect(quotaLabel({ label, kind })).toBe(shown);
    },
  );

  it('follows the browser language when none is chosen (the tests speak English)', () => {
    expect(quotaLabel({ label: 'Voice', kind: 'voice' })).toBe('Voice');
    expect(quotaLabel({ label: '', kind: 'sms' })).toBe('SMS');
  });
});
