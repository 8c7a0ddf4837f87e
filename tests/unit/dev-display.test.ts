// `npm run dev` on a machine without a display (#17 item 5): tests/tools/dev.mjs builds once and says
// where, instead of a browser launch ending in a stack trace. Its decisions, in tables; then the script
// itself, run as `npm run dev` runs it, with only WXT's command-line script swapped for a stub.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { devOutDir, noDisplay, noDisplayMessage } from '../tools/dev-display.mjs';

describe('npm run dev: is there a display?', () => {
  it.each([
    ['linux', {}, true],
    ['linux', { DISPLAY: '' }, true],
    ['linux', { DISPLAY: '  ', WAYLAND_DISPLAY: '' }, true],
    ['linux', { DISPLAY: ':99' }, false],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, false],
    ['freebsd', {}, true],
    ['darwin', {}, false],
    ['win32', {}, false],
  ])('%s with %j: no display = %s', (platform, env, expected) => {
    expect(noDisplay(platform, env)).toBe(expected);
  });
});

describe('npm run dev: where the dev build lands', () => {
  it.each([
    [[], '.output/chrome-mv3-dev/'],
    [['-b', 'firefox', '--mv3'], '.output/firefox-mv3-dev/'],
    [['--browser=firefox'], '.output/firefox-mv2-dev/'],
    [['-b', 'edge'], '.output/edge-mv3-dev/'],
    [['--mv2'], '.output/chrome-mv2-dev/'],
  ])('%j → %s', (args, dir) => {
    expect(devOutDir(args)).toBe(dir);
  });

  it('says it in one line: no display, and the folder', () => {
    const line = noDisplayMessage('.output/chrome-mv3-dev/');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/no display found/);
    expect(line).toContain('.output/chrome-mv3-dev/');
  });
});

describe('npm run dev: the script itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'balance-badge-dev-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Stands in for node_modules/wxt/bin/wxt.mjs: notes its arguments, prints a build log, exits with STUB_EXIT.
  const stub = join(dir, 'wxt-stub.mjs');
  const calls = join(dir, 'calls.txt');
  writeFileSync(
    stub,
    `import { appendFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(calls)}, JSON.stringify(process.argv.slice(2)) + '\\n');
console.log('stub build log');
process.exit(Number(process.env.STUB_EXIT ?? 0));
`,
  );
  const script = fileURLToPath(new URL('../tools/dev.mjs', import.meta.url));

  /** Runs dev.mjs with `args`, the display variables of `display` only, and the stub as WXT. */
  function run(args: string[], display: { DISPLAY?: string; WAYLAND_DISPLAY?: string }, exit = 0) {
    rmSync(calls, { force: true });
    const env: Record<string, string | undefined> = { ...process.env, BALANCE_BADGE_DEV_WXT: stub, STUB_EXIT: String(exit), ...display };
    if (!display.DISPLAY) delete env.DISPLAY;
    if (!display.WAYLAND_DISPLAY) delete env.WAYLAND_DISPLAY;
    const result = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
    const called = (() => {
      try {
        return readFileSync(calls, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as string[]);
      } catch {
        return [];
      }
    })();
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, called };
  }

  // The decision under test is for systems that draw through X11 or Wayland; elsewhere a display always exists.
  const x11 = noDisplay(process.platform, {});

  it.runIf(x11)('with no display: builds the dev version once, says in one line where it is, exits non-zero, no stack', () => {
    const { status, stdout, stderr, called } = run([], {});
    expect(called).toEqual([['build', '--mode', 'development']]);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no display found/);
    expect(lines[0]).toContain('.output/chrome-mv3-dev/');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.runIf(x11)('with no display, for Firefox: names the Firefox dev folder', () => {
    const { status, stderr, called } = run(['-b', 'firefox', '--mv3'], {});
    expect(called).toEqual([['build', '--mode', 'development', '-b', 'firefox', '--mv3']]);
    expect(status).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('.output/firefox-mv3-dev/')]);
  });

  it.runIf(x11)('with no display and a failing build: shows the build log, says so, exits with its code, no stack', () => {
    const { status, stderr } = run([], {}, 3);
    expect(status).toBe(3);
    expect(stderr).toContain('stub build log');
    expect(stderr.trim().split('\n').at(-1)).toMatch(/no display found, and the dev build failed/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([{ DISPLAY: ':99' }, { WAYLAND_DISPLAY: 'wayland-0' }])('with %j: starts WXT’s dev server as asked', (display) => {
    const { status, stdout, called } = run(['-b', 'firefox'], display);
    expect(called).toEqual([['-b', 'firefox']]);
    expect(stdout).toContain('stub build log');
    expect(status).toBe(0);
  });
});
