// The production manifest asks for no site at install; sites are granted one by one later.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { catalog } from './locales';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;

const manifest = (mode: string, browser = 'chrome') =>
  (config.manifest as ManifestFn)({ mode, browser, manifestVersion: 3, command: 'build' });

describe('manifest', () => {
  it('production: no host_permissions, optional_host_permissions for http and https', () => {
    const m = manifest('production');
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // Exactly these, each used (README's table says what for); a new one must be added here on purpose.
    expect([...(m.permissions as string[])].sort()).toEqual(['alarms', 'notifications', 'offscreen', 'scripting', 'storage']);
  });

  it('Firefox asks for the same, less the offscreen document it does not need', () => {
    const m = manifest('production', 'firefox');
    expect([...(m.permissions as string[])].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(m).not.toHaveProperty('host_permissions');
  });

  it('Firefox declares that no data is collected (data_collection_permissions, which addons.mozilla.org asks of new add-ons)', () => {
    const gecko = (manifest('production', 'firefox').browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox reads the key from 140 on; an older minimum would make it warn, not hold.
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(manifest('production')).not.toHaveProperty('browser_specific_settings');
  });

  it('only the end-to-end build may reach the local test servers without asking', () => {
    expect(manifest('e2e').host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('takes its name and description from the locale files, English by default', () => {
    const m = manifest('production');
    expect(m).toMatchObject({ name: '__MSG_ext_name__', description: '__MSG_ext_description__', default_locale: 'en' });
    for (const lang of ['en', 'id', 'zh_CN'] as const) {
      const messages = catalog(lang);
      expect(messages.ext_name?.message).toMatch(/^Balance Badge/);
      // The stores cut a description at 132 characters.
      expect(messages.ext_description?.message.length).toBeLessThanOrEqual(132);
    }
  });
});
