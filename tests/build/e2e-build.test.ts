// The test build is the production build plus host permissions for the local test servers, nothing else: what the
// end-to-end tests prove about it holds for what users install.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const output = fileURLToPath(new URL('../../.output/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(join(output, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(join(output, dir).length + 1))
    .sort();

describe.each(['chrome-mv3', 'firefox-mv3'])('%s-e2e against %s', (dir) => {
  const e2e = `${dir}-e2e`;

  it('has the same files, each byte for byte the same but the manifest', () => {
    expect(files(e2e)).toEqual(files(dir));
    const differing = files(dir).filter((f) => !readFileSync(join(output, dir, f)).equals(readFileSync(join(output, e2e, f))));
    expect(differing).toEqual(['manifest.json']);
  });

  it('has the same manifest plus host permissions for 127.0.0.1 and localhost', () => {
    const read = (d: string) => JSON.parse(readFileSync(join(output, d, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const { host_permissions: hosts, ...rest } = read(e2e);
    expect(hosts).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(rest).toEqual(read(dir));
  });
});
