// The production manifest asks for no site at install; sites are granted one by one later.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;

const manifest = (mode: string, browser = 'chrome') => (config.manifest as ManifestFn)({ mode, browser, manifestVersion: 3, command: 'build' });

describe('manifest', () => {
  it('production: no host_permissions, optional_host_permissions for http and https', () => {
    const m = manifest('production');
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.permissions).toEqual(expect.arrayContaining(['alarms', 'storage', 'scripting', 'offscreen']));
    expect(m.permissions).not.toEqual(expect.arrayContaining(['<all_urls>', 'tabs', 'cookies']));
  });

  it('Firefox needs no offscreen document', () => {
    expect(manifest('production', 'firefox').permissions).not.toContain('offscreen');
  });

  it('only the end-to-end build may reach the local test servers without asking', () => {
    expect(manifest('e2e').host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});
