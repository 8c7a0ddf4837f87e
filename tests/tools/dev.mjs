#!/usr/bin/env node
// `npm run dev [-- wxt args]`: WXT's dev server, which opens a browser with the extension loaded.
// Where no browser can open (Linux without DISPLAY or WAYLAND_DISPLAY: a server, a container, CI), the
// browser launch would end in an ECONNRESET stack trace; instead this builds the dev version once and
// says in one line where it is, exiting 1. Decisions: tests/tools/dev-display.mjs.
// `BALANCE_BADGE_DEV_WXT` names another WXT command-line script to run in place of node_modules' (a test
// points it at a stub, so tests/unit/dev-display.test.ts runs this file without a minute-long build).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devOutDir, noDisplay, noDisplayMessage } from './dev-display.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const wxt = process.env.BALANCE_BADGE_DEV_WXT || join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const args = process.argv.slice(2);

if (!noDisplay(process.platform, process.env)) {
  const run = spawnSync(process.execPath, [wxt, ...args], { cwd: root, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

// The same dev-mode output the dev server writes, without its server or browser; its log is shown only if it fails.
const build = spawnSync(process.execPath, [wxt, 'build', '--mode', 'development', ...args], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
  console.error(`npm run dev: no display found, and the dev build failed (above).`);
  process.exit(build.status ?? 1);
}
console.error(noDisplayMessage(devOutDir(args)));
process.exit(1);
