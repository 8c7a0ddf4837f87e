import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Origins the end-to-end build may fetch without a prompt: the local test servers only. */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable and testable on its own.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'Balance Badge',
    description: "Keeps a prepaid line or eSIM's credit, active period and data in view on the toolbar.",
    permissions: ['alarms', 'storage', 'notifications'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'Balance Badge' },
  }),
});
