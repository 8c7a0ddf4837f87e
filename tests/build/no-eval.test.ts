// The extension keeps the default CSP; no built file may evaluate strings as code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe('built scripts', () => {
  const files = scripts(BUILD);

  it('exist', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it.each([
    ['eval(', /\beval\s*\(/],
    ['new Function(', /\bnew\s+Function\s*\(/],
    ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ])('contain no %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keep the default content security policy', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_security_policy).toBeUndefined();
  });
});
