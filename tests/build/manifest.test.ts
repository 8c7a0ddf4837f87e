// The manifests the builds actually wrote (WXT adds keys from entrypoint names, which the config test cannot see).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it('registers no content script statically: the picker (and the page reader, and capture) are injected on demand', () => {
    // The picker is a content script injected into the one tab it picks on (issue 12): a static entry would run
    // it on every page the manifest matches. Capture on visit is registered at run time, per account.
    expect(m.content_scripts ?? []).toEqual([]);
    const scripts = JSON.stringify(m);
    expect(scripts).not.toMatch(/picker/);
    // It is still built, to be injected.
    expect(existsSync(fileURLToPath(new URL(`../../.output/${dir}/content-scripts/picker.js`, import.meta.url)))).toBe(true);
  });

  it('asks for no site at install', () => {
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
});

describe('built manifest firefox-mv3', () => {
  it('declares that no data is collected', () => {
    const gecko = (built('firefox-mv3').browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the offscreen document', () => {
  const out = (dir: string, file = '') => fileURLToPath(new URL(`../../.output/${dir}/${file}`, import.meta.url));
  /** Every built script of a build, as text. */
  const scripts = (dir: string) =>
    readdirSync(out(dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(out(dir, file), 'utf8'))
      .join('\n');

  it('ships in Chrome’s build, whose worker parses pages there', () => {
    expect(existsSync(out('chrome-mv3', 'offscreen.html'))).toBe(true);
    expect(scripts('chrome-mv3')).toContain('balance-badge-offscreen');
  });

  it('is left out of Firefox’s build, page and listener: its background page parses in place', () => {
    expect(existsSync(out('firefox-mv3', 'offscreen.html'))).toBe(false);
    expect(scripts('firefox-mv3')).not.toContain('balance-badge-offscreen');
  });
});
