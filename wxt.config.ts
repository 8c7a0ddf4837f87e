import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Origins the end-to-end build may fetch without a prompt: the local test servers only. */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Sites the user may grant one by one, from the click that saves an account. */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable and testable on its own.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: 'Balance Badge',
    description: "Keeps a prepaid line or eSIM's credit, active period and data in view on the toolbar.",
    // `offscreen`: Chrome parses account pages in an offscreen document (utils/platform.ts).
    permissions: ['alarms', 'storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // No site at install: the origin of each URL the user enters is requested when they save it.
    optional_host_permissions: OPTIONAL_HOSTS,
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'Balance Badge' },
  }),
});
