// `npm run dev` on a machine without a display (#17 item 5): tests/tools/dev.mjs builds once and says
// where, instead of a browser launch ending in a stack trace. Its decisions, in tables.
import { describe, expect, it } from 'vitest';
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
