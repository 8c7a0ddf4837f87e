// What `npm run dev` (tests/tools/dev.mjs) decides before it starts WXT: whether a browser can open
// here at all, and where the dev build lands. Pure, so tests/unit/dev-display.test.ts can check it.

/** Systems whose browsers draw through X11 or Wayland; macOS and Windows always have a display. */
const NEEDS_DISPLAY = new Set(['linux', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix']);

/** True when no browser window can open: an X11/Wayland system with neither `DISPLAY` nor `WAYLAND_DISPLAY` set. */
export function noDisplay(platform, env) {
  if (!NEEDS_DISPLAY.has(platform)) return false;
  return !env.DISPLAY?.trim() && !env.WAYLAND_DISPLAY?.trim();
}

/**
 * The dev build's folder for WXT's arguments: `-b`/`--browser` (default chrome), `--mv2`/`--mv3`
 * (default MV3 for Chromium browsers, MV2 for Firefox and Safari, as WXT does).
 */
export function devOutDir(args) {
  let browser = 'chrome';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if ((arg === '-b' || arg === '--browser') && args[i + 1]) browser = args[i + 1];
    else if (arg.startsWith('--browser=')) browser = arg.slice('--browser='.length);
  }
  const mv = args.includes('--mv3') ? 3 : args.includes('--mv2') ? 2 : browser === 'firefox' || browser === 'safari' ? 2 : 3;
  return `.output/${browser}-mv${mv}-dev/`;
}

/** The one line said instead of a browser launch that cannot work. */
export function noDisplayMessage(outDir) {
  return `npm run dev: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so no browser can open; the dev build is in ${outDir} — load it unpacked, or run \`xvfb-run npm run dev\`.`;
}
