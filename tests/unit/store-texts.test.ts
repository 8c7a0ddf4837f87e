// The store listings in docs/store/ (#17 item 6): each language has every field the store forms ask
// for, a short summary that fits, the name the extension shows, and a reason for every permission.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { catalog } from './locales';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;
const manifest = (browser: string) =>
  (config.manifest as ManifestFn)({ mode: 'production', browser, manifestVersion: 3, command: 'build' });

const FIELDS = ['Name', 'Short summary', 'Description', 'Permissions', 'Privacy'];

/** The file's `## ` sections by heading, their text trimmed. */
function sections(lang: string): Map<string, string> {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'store', `${lang}.md`), 'utf8');
  const out = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    out.set(heading.trim(), body.join('\n').trim());
  }
  return out;
}

describe.each(['en', 'id', 'zh_CN'] as const)('store listing %s', (lang) => {
  const s = sections(lang);

  it('has every field, in order', () => {
    expect([...s.keys()]).toEqual(FIELDS);
    for (const field of FIELDS) expect(s.get(field)?.length, field).toBeGreaterThan(0);
  });

  it('names the extension as its locale file does', () => {
    expect(s.get('Name')).toBe(catalog(lang).ext_name?.message);
  });

  it('has a one-line short summary within the Chrome Web Store’s 132 characters', () => {
    const summary = s.get('Short summary') ?? '';
    expect(summary).not.toContain('\n');
    expect([...summary].length).toBeLessThanOrEqual(132);
  });

  it('justifies every permission the Chrome and Firefox manifests ask for, and says nothing is collected', () => {
    const permissions = s.get('Permissions') ?? '';
    const asked = new Set(
      ['chrome', 'firefox'].flatMap((b) => [
        ...((manifest(b).permissions as string[]) ?? []),
        ...((manifest(b).optional_host_permissions as string[]) ?? []),
      ]),
    );
    for (const permission of asked) expect(permissions, permission).toContain(`\`${permission}\``);
    expect(s.get('Privacy')).toMatch(/`data_collection_permissions`.*`none`/s);
  });
});
