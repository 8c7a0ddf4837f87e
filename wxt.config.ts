import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Origins the end-to-end build may fetch without a prompt: the local test servers only. */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Sites the user may grant one by one, from the click that saves an account. */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/**
 * Firefox's add-on id (also what tests pin the moz-extension UUID by) and the oldest desktop Firefox we
 * support: 140 ESR, the first with `data_collection_permissions` (MV3 event pages, `action` and
 * `alarms` are older). We send nothing anywhere, so no data is collected. See docs/firefox.md.
 */
export const GECKO_ID = 'balance-badge@balancebadge.app';
const GECKO = { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } };
/** Firefox for Android reads `data_collection_permissions` from 142 on. */
const GECKO_ANDROID = { strict_min_version: '142.0' };

const NATIVE_BROWSER = '\0balance-badge-native-browser';

/**
 * The worker and the popup's first paint get the browser's own promise-based API instead of the webextension
 * polyfill (about 3 KB gzip each): MV3 Chrome returns promises from every API the worker calls, the first paint
 * calls only synchronous ones, and Firefox's `browser` is what the polyfill hands back there anyway. The one
 * thing the polyfill added in the worker, a promise returned from `runtime.onMessage`,
 * `utils/background/messages.ts` does itself. Pages keep the polyfill.
 */
function nativeBrowserInWorker(): Plugin {
  let worker = false;
  return {
    name: 'balance-badge:native-browser-in-worker',
    enforce: 'pre',
    options(options) {
      // The worker, and the popup's first paint, which calls only synchronous APIs (i18n, runtime.getURL).
      const input = JSON.stringify(options.input ?? '');
      worker = input.includes('wxt-background-entrypoint') || input.includes('popup-paint.ts');
    },
    resolveId(source) {
      if (worker && (source === 'wxt/browser' || source === '@wxt-dev/webextension-polyfill/browser')) return NATIVE_BROWSER;
      return undefined;
    },
    load(id) {
      if (id !== NATIVE_BROWSER) return undefined;
      return 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;';
    },
  };
}

/**
 * The popup's first paint waits on one file (docs/PERFORMANCE.md): its stylesheet is inlined into
 * `popup.html`, and the app's module and its preloads leave the page, named in `<meta name="popup-app">`
 * for `popup-paint.js` to load after the cards are painted (extension pages allow inline styles, not scripts).
 */
function popupWaitsOnOneScript(): Plugin {
  return {
    name: 'balance-badge:popup-waits-on-one-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('/popup/index.html') || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        let app = '';
        return html
          .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
            const asset = bundle[file];
            return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
          })
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          .replace(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/, (_tag, src: string) => {
            app = src;
            return `<meta name="popup-app" content="${src}">`;
          })
          .replace(/(<meta name="popup-app" content=")[^"]*/, `$1${app}`);
      },
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Locale files sit with their one reader, utils/i18n/index.ts; the module writes them to _locales/ and types.
  i18n: { localesDir: 'utils/i18n/locales' },
  // Explicit imports keep every module readable and testable on its own.
  imports: false,
  vite: (env) => ({
    plugins: [preact(), nativeBrowserInWorker(), popupWaitsOnOneScript()],
    // Terser with two compress passes gives about 5 % less gzip than esbuild's minifier: the worker's 30 KB budget.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } }, sourcemap: process.env.BB_MAP === '1' },
    // The e2e build is the production build plus two host permissions (tests/tools/build-e2e.mjs): its code must not
    // see its mode (WXT's own logger speaks in every mode but production). tests/build/e2e-build.test.ts checks.
    ...(env.mode === 'e2e' ? { define: { 'import.meta.env.MODE': '"production"', 'process.env.NODE_ENV': '"production"' } } : {}),
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // `offscreen`: Chrome parses account pages in an offscreen document (utils/sources/platform.ts).
    permissions: ['alarms', 'storage', 'notifications', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // No site at install: the origin of each URL the user enters is requested when they save it.
    optional_host_permissions: OPTIONAL_HOSTS,
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'Balance Badge' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO, gecko_android: GECKO_ANDROID } } : {}),
  }),
  hooks: {
    // Our page is `history.html` (a stable address), which WXT would also make replace the browser's own history page.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.chrome_url_overrides;
    },
  },
});
