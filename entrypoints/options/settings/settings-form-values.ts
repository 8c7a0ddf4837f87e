/** Pure model of the global settings form: typed text in, valid `Settings` or per-field errors out. */
import { type BadgeMode, MAX_INTERVAL, MIN_INTERVAL, type Settings } from '@/utils/model';
import { optionsStrings as strings } from '@/entrypoints/options/strings';

/** The settings form as typed. */
export interface SettingsFormValues {
  badgeShows: BadgeMode;
  interval: string;
  warnDays: string;
}

/** Errors by field: `setting-interval`, `setting-warn-days`. */
export type SettingsErrors = Partial<Record<'setting-interval' | 'setting-warn-days', string>>;

/** The form filled from stored settings. */
export function settingsToForm(settings: Settings): SettingsFormValues {
  return {
    badgeShows: settings.badgeShows,
    interval: String(settings.defaultIntervalMinutes),
    warnDays: String(settings.defaultWarnDays),
  };
}

function integer(text: string, min: number, max: number): number | undefined {
  const s = text.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

/** Validates the settings form. */
export function validateSettings(values: SettingsFormValues): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const interval = integer(values.interval, MIN_INTERVAL, MAX_INTERVAL);
  if (interval === undefined) errors['setting-interval'] = strings.errors.interval;
  const warnDays = integer(values.warnDays, 0, 365);
  if (warnDays === undefined) errors['setting-warn-days'] = strings.errors.warnDays;
  if (interval === undefined || warnDays === undefined) return { ok: false, errors };
  return { ok: true, settings: { badgeShows: values.badgeShows, defaultIntervalMinutes: interval, defaultWarnDays: warnDays } };
}
