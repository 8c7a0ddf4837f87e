/** The language override of the options page: the browser's language, or one of ours, applied at once. */
import { useState } from 'preact/hooks';
import { LANGUAGES, type LanguageSetting, t } from '@/utils/i18n';
import { applyLanguage } from '@/utils/stores/language';
import type { Settings } from '@/utils/model';
import { Field } from '@/entrypoints/options/field';

/** Props of `LanguagePicker`. */
export interface LanguagePickerProps {
  settings: Settings;
  /** Stores settings with the new language; the page redraws in it when they are stored. */
  onSave: (settings: Settings) => Promise<void>;
}

// Each language is named in its own words, so a reader finds theirs whatever the page's language.
const NAMES = { en: 'language.en', id: 'language.id', zh_CN: 'language.zh_CN' } as const;

/** `select[data-testid=setting-language]`: `auto`, `en`, `id`, `zh_CN`. */
export function LanguagePicker({ settings, onSave }: LanguagePickerProps) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const choose = async (language: LanguageSetting) => {
    setError(undefined);
    setBusy(true);
    try {
      // The messages are loaded first: a language that cannot be loaded is not saved.
      await applyLanguage(language);
    } catch {
      setError(t('language.failed'));
      setBusy(false);
      return;
    }
    try {
      await onSave({ ...settings, language });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="language-row">
      <Field id="s-language" field="setting-language" label={t('language.label')} error={error}>
        <select
          id="s-language"
          data-testid="setting-language"
          value={settings.language ?? 'auto'}
          disabled={busy}
          onChange={(e) => void choose(e.currentTarget.value as LanguageSetting)}
        >
          <option value="auto">{t('language.auto')}</option>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang.replace('_', '-')}>
              {t(NAMES[lang])}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
