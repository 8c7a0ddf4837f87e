import { describe, expect, it } from 'vitest';
import { settingsToForm, validateSettings } from '@/entrypoints/options/settings/settings-form-values';
import { DEFAULT_SETTINGS } from '@/utils/model';

describe('settings form', () => {
  it('round-trips the stored settings', () => {
    expect(validateSettings(settingsToForm(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['0', '7', ['setting-interval']],
    ['1441', '7', ['setting-interval']],
    ['abc', '7', ['setting-interval']],
    ['60', '-1', ['setting-warn-days']],
    ['60', '366', ['setting-warn-days']],
    ['', '', ['setting-interval', 'setting-warn-days']],
  ])('interval %j and warn days %j are refused', (interval, warnDays, fields) => {
    const result = validateSettings({ badgeShows: 'days', interval, warnDays });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(fields);
  });

  it('accepts the bounds', () => {
    expect(validateSettings({ badgeShows: 'days', interval: '1440', warnDays: '0' })).toEqual({
      ok: true,
      settings: { badgeShows: 'days', defaultIntervalMinutes: 1440, defaultWarnDays: 0 },
    });
  });
});
