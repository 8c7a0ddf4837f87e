/**
 * End-to-end harness for Firefox: launches the system Firefox (Debian's `firefox-esr`) over
 * WebDriver BiDi on a fresh temporary profile, installs the built add-on
 * (`.output/firefox-mv3-e2e/`) as a temporary add-on, and gives tests the extension's pages and
 * the toolbar badge, with the same shape as the Chromium harness where it makes sense.
 *
 * What Firefox over BiDi does differently (see docs/firefox.md):
 * - BiDi refuses to navigate to `moz-extension://` URLs. The extension's own pages are opened
 *   from inside an extension page instead (`browser.tabs.create`), and found among the pages.
 * - The moz-extension UUID is random per profile unless the pref `extensions.webextensions.uuids`
 *   pins it: the harness picks one per launch, so it knows the origin before installing.
 * - BiDi's navigation tracking loses extension pages: `page.url()` stays `about:blank` and
 *   `page.reload()` never finishes. `href(page)` and `reload(page)` ask the page itself.
 * - There is no service worker: the background is an event page. Extension APIs (the badge,
 *   alarms, storage) are read from the options tab the add-on opened on install.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browser';
import { type BadgeState, type Download, waitFor } from './harness';

/** The unpacked add-on the tests install: `npm run build:firefox:e2e` writes it. */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3-e2e/', import.meta.url));

/** Where Firefox is usually installed, tried in order after `FIREFOX_PATH`. */
const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The few WebExtension APIs the tests call inside an extension page (Firefox's `browser` global). */
export interface FirefoxExtensionGlobal {
  browser: {
    action: {
      getBadgeText(details: object): Promise<string>;
      getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
      getTitle(details: object): Promise<string>;
    };
    alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number; scheduledTime: number }[]> };
    storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>> } };
    permissions: { contains(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean> };
    runtime: {
      getManifest(): { version: string; name: string; manifest_version: number; background?: Record<string, unknown> };
      getURL(path: string): string;
      getBackgroundPage?: () => Promise<unknown>;
    };
    tabs: { create(details: { url: string; active?: boolean }): Promise<{ id?: number }> };
    extension: { getViews(): Window[] };
  };
}

/**
 * Path of the Firefox to drive: `FIREFOX_PATH`, else the first usual install path that exists.
 * Throws when there is none: a missing browser fails the run, it never skips the tests.
 */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = FIREFOX_PATHS.find((path) => existsSync(path));
  if (found) return found;
  const where =
    env.CI === 'true'
      ? 'CI must install it (.ci/run does: apt-get install firefox-esr)'
      : 'install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH';
  throw new Error(`No Firefox found for the end-to-end tests (looked at FIREFOX_PATH and ${FIREFOX_PATHS.join(', ')}); ${where}.`);
}

export interface FirefoxLaunchOptions {
  /** Unpacked add-on to install; default the Firefox e2e build. */
  extensionDir?: string;
  /** Viewport of the pages the harness opens. */
  viewport?: { width: number; height: number };
  /** More Firefox prefs for this run. */
  prefs?: Record<string, unknown>;
}

/** Firefox's harness: the common `ExtensionBrowser`, plus the install tab and the event page. */
export interface FirefoxHarness extends ExtensionBrowser {
  readonly name: 'firefox';
  browser: Browser;
  /** The add-on's gecko id (`browser_specific_settings.gecko.id`). */
  extensionId: string;
  /** The pinned moz-extension UUID: the host of every extension URL. */
  uuid: string;
  /** The temporary profile; removed by `close()`. */
  profileDir: string;
  /** Where downloads (the exported backup) land; next to the profile, removed with it. */
  downloadDir: string;
  /** `moz-extension://<uuid>/<path>`. */
  url(path: string): string;
  /** The options tab the add-on opened itself on install; the harness opens other pages from it. */
  installPage: Page;
  /** A new tab showing the popup (`popup.html`), loaded. */
  openPopup(options?: { width?: number; height?: number }): Promise<Page>;
  /** A new tab showing the options page, loaded; `hash` without `#`. */
  openOptions(hash?: string): Promise<Page>;
  /** The page's own `location.href` (`page.url()` is not kept up to date for extension pages). */
  href(page: Page): Promise<string>;
  /** Reloads an extension page from inside and waits until the new document has loaded. */
  reload(page: Page): Promise<void>;
  /** The toolbar badge, read through `browser.action` in an extension page. */
  badge(): Promise<BadgeState>;
  /**
   * Whether the event page is loaded now. Firefox unloads it after `extensions.background.idle.timeout`
   * ms without work (30 s by default) and loads it again for the next event it listens to.
   */
  backgroundAwake(): Promise<boolean>;
  /** Runs `fn` in an extension page (the install tab), where `browser` is the WebExtension API. */
  evalInExtension<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Downloads that finished, oldest first. */
  downloads(): Download[];
  /** Closes the browser and always removes the temporary profile. */
  close(): Promise<void>;
}

/** Prefs for a quiet, reproducible headless run; the UUID pin is added per launch. */
/** puppeteer's raw WebDriver BiDi connection (there, but not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
  on<E>(event: string, handler: (params: E) => void): void;
}

const BASE_PREFS: Record<string, unknown> = {
  'intl.locale.requested': 'en-US',
  'intl.accept_languages': 'en-US',
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.auto': false,
  'extensions.update.enabled': false,
};

/** `location.href` and `document.readyState` of a page, or null while it has no document to ask. */
async function pageState(page: Page): Promise<{ href: string; ready: string } | null> {
  try {
    return await page.evaluate(() => ({ href: location.href, ready: document.readyState }));
  } catch {
    return null;
  }
}

/** Whether two URLs are the same once percent-escapes are undone (Firefox escapes a hash's quotes in `location.href`). */
function sameUrl(a: string, b: string): boolean {
  const plain = (u: string) => {
    try {
      return decodeURIComponent(u);
    } catch {
      return u;
    }
  };
  return a === b || plain(a) === plain(b);
}

/** Launches Firefox, installs the add-on on a fresh profile and waits for the options tab it opens. */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built add-on at ${extensionDir}; run \`npm run build:firefox:e2e\` first.`);
  }
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}manifest.json has no browser_specific_settings.gecko.id; is it a Firefox build?`);
  const viewport = options.viewport ?? { width: 1000, height: 800 };
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const root = mkdtempSync(join(tmpdir(), 'balance-badge-ff-e2e-'));
  const profileDir = join(root, 'profile');
  const downloadDir = join(root, 'downloads');
  mkdirSync(profileDir);
  mkdirSync(downloadDir);

  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      defaultViewport: viewport,
      extraPrefsFirefox: {
        ...BASE_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        ...options.prefs,
      },
      timeout: 30_000,
    });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const b = browser;

  const close = async (): Promise<void> => {
    try {
      await b.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  try {
    // Downloads go to our directory without asking; BiDi reports where each one ended up.
    const finished: Download[] = [];
    const names = new Map<string, string>();
    const bidi = (b as unknown as { connection?: BidiConnection }).connection;
    if (typeof bidi?.send !== 'function') throw new Error('puppeteer gave no WebDriver BiDi connection for Firefox');
    bidi.on('browsingContext.downloadWillBegin', (event: { url: string; suggestedFilename: string }) => {
      names.set(event.url, event.suggestedFilename);
    });
    bidi.on('browsingContext.downloadEnd', (event: { url: string; status: string; filepath?: string | null }) => {
      if (event.status !== 'complete' || !event.filepath) return;
      finished.push({ suggestedFilename: names.get(event.url) ?? '', path: event.filepath });
    });
    await bidi.send('browser.setDownloadBehavior', {
      downloadBehavior: { type: 'allowed', destinationFolder: downloadDir },
    });
    await bidi.send('session.subscribe', {
      events: ['browsingContext.downloadWillBegin', 'browsingContext.downloadEnd'],
    });

    const extensionId = await b.installExtension(extensionDir);
    if (extensionId !== geckoId) throw new Error(`installed add-on has id ${extensionId}, expected ${geckoId}`);
    const url = (path: string) => `${origin}/${path.replace(/^\//, '')}`;

    const watch = (page: Page, name: string) => {
      page.on('pageerror', (error) => console.error(`[firefox ${name}] page error:`, error));
      // A user confirms what the tests ask for (removing an account); an unanswered dialog would hang the page.
      page.on('dialog', (dialog) => void dialog.accept());
    };

    // On install the add-on opens its options page (in the blank first tab, or a new one).
    const installPage = await waitFor(
      async () => {
        for (const page of await b.pages()) {
          const state = await pageState(page);
          if (state?.href.startsWith(url('options.html')) && state.ready === 'complete') return page;
        }
        return null;
      },
      { timeout: 20_000, message: 'the options tab the add-on opens on install' },
    );
    watch(installPage, 'install tab');

    const evalInExtension = async <R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> =>
      // puppeteer's typing of evaluate() cannot follow a generic function; the value is what fn returns.
      (await installPage.evaluate(fn as (...a: unknown[]) => unknown, ...args)) as R;

    const waitForDocument = (page: Page, target: string, previous?: string) =>
      waitFor(
        async () => {
          const state = await pageState(page);
          if (!state || state.ready !== 'complete' || !sameUrl(state.href, target)) return false;
          // After a reload the old document must be gone: it carried a marker the new one lacks.
          if (previous !== undefined) {
            return page.evaluate((mark) => (window as unknown as Record<string, unknown>).__bbDocument !== mark, previous);
          }
          return true;
        },
        { timeout: 15_000, message: `${target} to load` },
      );

    const openPage = async (path: string, size?: { width?: number; height?: number }): Promise<Page> => {
      const target = url(path);
      const before = new Set(await b.pages());
      // BiDi may not navigate to moz-extension URLs; the extension may open its own pages.
      await evalInExtension(async (u) => {
        const { browser: api } = globalThis as unknown as FirefoxExtensionGlobal;
        await api.tabs.create({ url: u, active: true });
      }, target);
      // The new tab showing this page: the extension may open a tab meanwhile (a render's background tab, blank
      // at first), which is not it, so a new tab counts once its document is this page's.
      const page = await waitFor(
        async () => {
          for (const p of await b.pages()) {
            if (before.has(p) || /^https?:/.test(p.url())) continue;
            const state = await pageState(p);
            if (state && sameUrl(state.href, target)) return p;
          }
          return null;
        },
        { timeout: 15_000, message: `the new tab for ${path}` },
      );
      watch(page, path);
      try {
        await waitForDocument(page, target);
        if (size) await page.setViewport({ width: size.width ?? viewport.width, height: size.height ?? viewport.height });
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
      return page;
    };

    const href = async (page: Page) => (await pageState(page))?.href ?? '';

    const reload = async (page: Page): Promise<void> => {
      const mark = randomUUID();
      const target = await href(page);
      await page.evaluate((m) => {
        (window as unknown as Record<string, unknown>).__bbDocument = m;
        location.reload();
      }, mark);
      await waitForDocument(page, target, mark);
    };

    return {
      name: 'firefox',
      browser: b,
      extensionId,
      uuid,
      profileDir,
      downloadDir,
      url,
      installPage,
      openPage,
      openPopup: (size = { width: 380, height: 600 }) => openPage('popup.html', size),
      openOptions: (hash) => openPage(hash ? `options.html#${hash}` : 'options.html'),
      href,
      reload,
      waitForPage: (match, { message, exclude = [], timeout = 10_000 }) =>
        waitFor(
          async () => {
            for (const page of await b.pages()) {
              if (exclude.includes(page)) continue;
              const state = await pageState(page);
              if (state && state.ready === 'complete' && match(state.href)) return page;
            }
            return null;
          },
          { timeout, message },
        ),
      badge: () =>
        evalInExtension(async () => {
          const { browser: api } = globalThis as unknown as FirefoxExtensionGlobal;
          const [text, color, title] = await Promise.all([
            api.action.getBadgeText({}),
            api.action.getBadgeBackgroundColor({}),
            api.action.getTitle({}),
          ]);
          return { text, color, title };
        }),
      backgroundAwake: () =>
        evalInExtension(() => {
          const { browser: api } = globalThis as unknown as FirefoxExtensionGlobal;
          // The event page is the one view that is not a page we opened: `_generated_background_page.html`.
          return api.extension.getViews().some((view) => view.location.pathname.includes('background'));
        }),
      evalInExtension,
      storage: {
        get: (keys) =>
          evalInExtension(
            (k: null | string | string[]) => (globalThis as unknown as FirefoxExtensionGlobal).browser.storage.local.get(k),
            keys,
          ),
      },
      downloads: () => [...finished],
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
