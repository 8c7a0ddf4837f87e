// The manifests the builds actually wrote (WXT adds keys from entrypoint names, which the config test cannot see).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const built = (dir: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../.output/${dir}/manifest.json`, import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >;

describe.each(['chrome-mv3', 'firefox-mv3'])('built manifest %s', (dir) => {
  const m = built(dir);

  it('replaces none of the browser’s own pages (history, new tab, bookmarks)', () => {
    // WXT makes an entrypoint named `history` take over Chrome's history page; wxt.config.ts removes that.
    expect(m).not.toHaveProperty('chrome_url_overrides');
  });

  it('ships the account history page at history.html', () => {
    expect(existsSync(fileURLToPath(new URL(`../../.output/${dir}/history.html`, import.meta.url)))).toBe(true);
  });

  it('asks for no site at install', () => {
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
});
