#!/usr/bin/env node
// `npm test`: type check, lint, format check, dependency audit (npm audit --omit=dev), unit tests, production build, Firefox build and its add-on lint,
// e2e builds (Chromium and Firefox), end-to-end tests, in that order; stops at the first failing step, prints a summary and, as its very last line,
// `N passed, N failed` (unit + e2e test counts, plus 1 failed per failing non-test step).
// Usage: node tests/tools/test-all.mjs [--no-e2e]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => (isAbsolute(name) ? name : join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name));
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--no-e2e');
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: node tests/tools/test-all.mjs [--no-e2e]`);
  process.exit(2);
}
const withE2e = !args.has('--no-e2e');
// A hung step must not hold CI for its whole budget.
const stepTimeoutMs = Number(process.env.TEST_STEP_TIMEOUT_MINUTES ?? 20) * 60_000;

const reports = mkdtempSync(join(tmpdir(), 'balance-badge-test-'));
const vitestReporters = (file) => ['--reporter=default', '--reporter=json', `--outputFile=${join(reports, file)}`];

/** @type {{name: string, cmd: string, args: string[], report?: string, unavailable?: number}[]} */
const steps = [
  { name: 'compile (tsc --noEmit)', cmd: 'tsc', args: ['--noEmit'] },
  { name: 'lint (eslint .)', cmd: 'eslint', args: ['.'] },
  { name: 'format check (prettier --check .)', cmd: 'prettier', args: ['--check', '.'] },
  // Exit 3: the registry's audit endpoint is unreachable, so nothing was audited (reported, not counted).
  {
    name: 'dependency audit (npm audit --omit=dev, high/critical)',
    cmd: process.execPath,
    args: ['tests/tools/audit.mjs'],
    unavailable: 3,
  },
  { name: 'unit tests (vitest run)', cmd: 'vitest', args: ['run', ...vitestReporters('unit.json')], report: 'unit.json' },
  { name: 'build (wxt build)', cmd: 'wxt', args: ['build'] },
  { name: 'Firefox build (wxt build -b firefox --mv3)', cmd: 'wxt', args: ['build', '-b', 'firefox', '--mv3'] },
  { name: 'Firefox add-on lint (web-ext lint)', cmd: process.execPath, args: ['tests/tools/lint-firefox.mjs'] },
  ...(withE2e
    ? [
        { name: 'e2e build (npm run build:e2e)', cmd: process.execPath, args: ['tests/tools/build-e2e.mjs'] },
        {
          name: 'Firefox e2e build (npm run build:firefox:e2e)',
          cmd: process.execPath,
          args: ['tests/tools/build-e2e.mjs', '-b', 'firefox', '--mv3'],
        },
        {
          name: 'end-to-end tests (vitest -c vitest.e2e.config.ts)',
          cmd: 'vitest',
          args: ['run', '-c', 'vitest.e2e.config.ts', ...vitestReporters('e2e.json')],
          report: 'e2e.json',
        },
      ]
    : []),
];

/** Runs one command with inherited output; resolves to its exit code (or 1 if it could not start / timed out). */
function run(cmd, cmdArgs) {
  return new Promise((done) => {
    const child = spawn(bin(cmd), cmdArgs, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const timer = setTimeout(() => {
      console.error(`\n${cmd} still running after ${stepTimeoutMs / 60_000} min; stopping it.`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, stepTimeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`Could not start ${cmd}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Test counts from a vitest JSON report, or null when there is none. Tests that never ran because
 * their file failed (a failing `beforeAll`, a file that does not load) count as failed, never as skipped.
 */
function readReport(file) {
  const path = join(reports, file);
  if (!existsSync(path)) return null;
  let json;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const result of json.testResults ?? []) {
    const tests = result.assertionResults ?? [];
    const notRun = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed').length;
    passed += tests.filter((t) => t.status === 'passed').length;
    failed += tests.filter((t) => t.status === 'failed').length;
    if (result.status === 'failed') {
      // A file that failed without a failing test (it did not load, or a hook failed) still counts once.
      failed += notRun > 0 ? notRun : tests.some((t) => t.status === 'failed') ? 0 : 1;
    } else {
      skipped += notRun;
    }
  }
  return { passed, failed, skipped };
}

const results = [];
let passed = 0;
let failed = 0;
let stopped = false;
for (const step of steps) {
  if (stopped) {
    results.push({ name: step.name, outcome: 'not run' });
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const code = await run(step.cmd, step.args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let outcome = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  if (step.unavailable !== undefined && code === step.unavailable) {
    outcome = 'NOT RUN (service unavailable here; see above)';
  } else if (step.report) {
    const counts = readReport(step.report);
    let stepFailed = counts?.failed ?? 0;
    // A run that fails without a failing test (a file that does not load, no report, no tests) still fails.
    if (code !== 0 && stepFailed === 0) stepFailed = 1;
    if (code === 0 && counts === null) {
      stepFailed = 1;
      outcome = 'FAILED (no JSON report)';
    }
    passed += counts?.passed ?? 0;
    failed += stepFailed;
    const skipped = counts?.skipped ? `, ${counts.skipped} skipped` : '';
    outcome += `: ${counts?.passed ?? 0} passed, ${stepFailed} failed${skipped}`;
    if (stepFailed > 0) stopped = true;
  } else if (code !== 0) {
    failed += 1;
    stopped = true;
  }
  results.push({ name: step.name, outcome: `${outcome} in ${seconds} s` });
}
rmSync(reports, { recursive: true, force: true });

console.log('\nSummary');
for (const r of results) console.log(`  ${r.name}: ${r.outcome}`);
if (!withE2e) console.log('  end-to-end tests: skipped (--no-e2e)');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
