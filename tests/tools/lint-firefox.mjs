#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org
// runs on upload) over the Firefox build. Fails on any error, and on any warning that is not on
// the short list below; each listed warning is explained in docs/firefox.md ("Lint warnings") and
// is only let through where it points at the exact code it was explained for.
// Usage: node tests/tools/lint-firefox.mjs [dir]   (default .output/firefox-mv3; build it first)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, process.argv[2] ?? '.output/firefox-mv3');
const doc = join(root, 'docs', 'firefox.md');
const webExt = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'web-ext.cmd' : 'web-ext');

/** Our own code, which must never write HTML from strings (so the one allowed warning stays Preact's). */
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];
const HTML_SINKS = /\b(?:dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/;

/**
 * Warnings let through, by exact code, each only where `at` (the linted file's text around the
 * reported line and column) shows the code explained in docs/firefox.md.
 */
const ALLOWED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer: the `dangerouslySetInnerHTML` prop's branch (`el.innerHTML = prop.__html`), which our code never uses",
    at: (context) => /\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(context) && context.includes('dangerouslySetInnerHTML'),
  },
];

function fail(message) {
  console.error(`lint:firefox: ${message}`);
  process.exit(1);
}

if (!existsSync(join(dir, 'manifest.json'))) fail(`no Firefox build at ${relative(root, dir)}; run \`npm run build:firefox\` first.`);
if (!existsSync(webExt)) fail('web-ext is not installed; run `npm ci`.');

// The allowed list and the document must agree: an allowed code must be explained there.
const docText = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
for (const { code } of ALLOWED) {
  if (!docText.includes(code)) fail(`${code} is allowed here but not explained in docs/firefox.md.`);
}

/** Files under `d` (recursively), relative to root. */
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const sinks = SOURCE_DIRS.flatMap((d) => walk(join(root, d)))
  .filter((path) => /\.(ts|tsx|js|jsx|html)$/.test(path))
  .flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, where: `${relative(root, path)}:${i + 1}` }))
      .filter(({ line }) => HTML_SINKS.test(line)),
  );
if (sinks.length > 0) fail(`our code writes HTML from strings:\n${sinks.map((s) => `  ${s.where}: ${s.line.trim()}`).join('\n')}`);

const run = spawnSync(webExt, ['lint', '--source-dir', dir, '--output=json', '--no-config-discovery', '--no-input'], {
  cwd: root,
  encoding: 'utf8',
  // web-ext would otherwise look for its own updates on the network.
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) fail(`could not run web-ext: ${run.error.message}`);
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  fail(`web-ext lint gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
}

/** The linted file's text around the reported position (addons-linter columns count from 1). */
function contextOf(message) {
  if (!message.file || !message.line) return '';
  const path = join(dir, message.file);
  if (!existsSync(path)) return '';
  const line = readFileSync(path, 'utf8').split('\n')[message.line - 1] ?? '';
  const column = Math.max(0, (message.column ?? 1) - 1);
  return line.slice(Math.max(0, column - 300), column + 120);
}

const show = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? ''}` : ''} ${m.message}`;
const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const notices = report.notices ?? [];
const explained = [];
const unexplained = [];
for (const w of warnings) {
  const rule = ALLOWED.find((a) => a.code === w.code && a.at(contextOf(w)));
  (rule ? explained : unexplained).push({ w, rule });
}

console.log(`web-ext lint ${relative(root, dir)}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
for (const e of errors) console.log(`error${show(e)}`);
for (const { w } of unexplained) console.log(`warning${show(w)}`);
for (const { w, rule } of explained) console.log(`explained warning${show(w)}\n    (${rule.why}; see docs/firefox.md)`);
for (const n of notices) console.log(`notice${show(n)}`);
if (errors.length > 0 || unexplained.length > 0) {
  fail(
    `${errors.length} errors and ${unexplained.length} unexplained warnings; fix them, or explain a warning in docs/firefox.md and allow its exact code here.`,
  );
}
console.log('lint:firefox: ok');
