// The test build: `wxt build --mode e2e [args]` (host permissions for the local test servers, wxt.config.ts) run as
// a production build. WXT would otherwise set NODE_ENV to the mode, and Vite would then build Preact's development
// JSX and devtools hook; tests/build/e2e-build.test.ts checks the two builds differ only in the manifest.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const result = spawnSync(process.execPath, [wxt, 'build', '--mode', 'e2e', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
