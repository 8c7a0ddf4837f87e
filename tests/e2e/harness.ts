/**
 * End-to-end harness: launches the system Chromium with the built extension
 * (`.output/chrome-mv3-e2e/`) on a fresh temporary profile, and gives tests
 * the extension's pages, its service worker and the toolbar badge.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import type { ExtensionBrowser } from './browser';

/** The unpacked extension the tests load: `npm run build:e2e` writes it. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-e2e/', import.meta.url));

/** Where a browser is usually installed, tried in order after `CHROME_PATH`. */
const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a quiet, reproducible headless run that never reaches the network by itself. */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--lang=en-US',
];

/** The toolbar badge as `chrome.action` reports it. */
export interface BadgeState {
  text: string;
  /** Background colour, `[r, g, b, a]`, 0-255. */
  color: [number, number, number, number];
  title: string;
}

/** The few extension APIs the tests call inside the service worker (no `@types/chrome` here). */
export interface ExtensionGlobal {
  chrome: {
    action: {
      getBadgeText(details: object): Promise<string>;
      getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
      getTitle(details: object): Promise<string>;
    };
    storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>> } };
    runtime: { getManifest(): { version: string; name: string } };
  };
}

/**
 * Path of the browser to drive: `CHROME_PATH`, else the first usual install path that exists.
 * Throws when there is none: a missing browser fails the run, it never skips the tests.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = BROWSER_PATHS.find((path) => existsSync(path));
  if (found) return found;
  const where =
    env.CI === 'true'
      ? 'CI must install one (.ci/run does: apt-get install chromium)'
      : 'install one (Debian: apt-get install chromium) or set CHROME_PATH';
  throw new Error(
    `No Chromium or Chrome found for the end-to-end tests (looked at CHROME_PATH and ${BROWSER_PATHS.join(', ')}); ${where}.`,
  );
}

export interface WaitOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeout?: number;
  /** Poll every this many milliseconds (default 100). */
  interval?: number;
  /** Said in the error when the condition never holds. */
  message?: string;
}

/**
 * Polls `fn` until it returns a truthy value (returned) or the timeout passes (throws, with the
 * last value or error seen). Exceptions from `fn` count as "not yet".
 */
export async function waitFor<T>(fn: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 100, message = 'condition' } = options;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((done) => setTimeout(done, interval));
  }
}

/** A finished download. */
export interface Download {
  /** The name the page suggested (`<a download>`). */
  suggestedFilename: string;
  /** Where the file is: the download directory, named by the download's id so nothing is overwritten. */
  path: string;
}

export interface LaunchOptions {
  /** Unpacked extension to load; default the e2e build. */
  extensionDir?: string;
  /** Viewport of the pages the harness opens. */
  viewport?: { width: number; height: number };
  /** Directory holding the profile and downloads from an earlier launch (`restart`); default a fresh one. */
  root?: string;
}

/** Chromium's harness: the common `ExtensionBrowser`, plus the service worker and restarts. */
export interface Harness extends ExtensionBrowser {
  readonly name: 'chromium';
  browser: Browser;
  extensionId: string;
  /** The temporary profile; removed by `close()`. */
  profileDir: string;
  /** Where downloads (the exported backup) land; next to the profile, removed with it. */
  downloadDir: string;
  /** `chrome-extension://<id>/<path>`. */
  url(path: string): string;
  /** A new tab showing the popup (`popup.html`), loaded. */
  openPopup(options?: { width?: number; height?: number }): Promise<Page>;
  /** A new tab showing the options page, loaded; `hash` without `#`. */
  openOptions(hash?: string): Promise<Page>;
  /** Reloads an extension page and waits until it has loaded (the Firefox harness has the same). */
  reload(page: Page): Promise<void>;
  /** The toolbar badge, read from the service worker. */
  badge(): Promise<BadgeState>;
  /** Runs `fn` in the extension's service worker and returns its (serialisable) result (= `evalInExtension`). */
  evalInWorker<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Downloads that finished, oldest first. */
  downloads(): Download[];
  /**
   * Stops the extension's service worker as the browser does when it idles or is killed (CDP
   * `Target.closeTarget`) and waits until it is gone; the next event starts a new one.
   */
  stopWorker(): Promise<void>;
  /**
   * Closes the browser as a user quitting would and starts it again on the same profile; returns
   * the new harness (this one is then closed, and the new one removes the profile on `close()`).
   */
  restart(): Promise<Harness>;
  /** Closes the browser and always removes the temporary profile. */
  close(): Promise<void>;
}

/** Launches Chromium with the extension on a fresh profile and waits for its service worker. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const executablePath = findBrowser();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}; run \`npm run build:e2e\` first.`);
  }
  const viewport = options.viewport ?? { width: 1000, height: 800 };
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'balance-badge-e2e-'));
  const profileDir = join(root, 'profile');
  const downloadDir = join(root, 'downloads');
  mkdirSync(downloadDir, { recursive: true });

  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      // Loading an unpacked extension over CDP (Extensions.loadUnpacked) needs the pipe transport.
      pipe: true,
      enableExtensions: [extensionDir],
      userDataDir: profileDir,
      args: BROWSER_ARGS,
      defaultViewport: viewport,
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
    const isWorker = (url: string) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(url);
    const target = await b.waitForTarget((t) => t.type() === 'service_worker' && isWorker(t.url()), { timeout: 20_000 });
    const extensionId = new URL(target.url()).host;
    // Downloads: each file is saved under its download id (so two exports with one name both stay),
    // and the events say when it is complete.
    const finished: Download[] = [];
    const names = new Map<string, string>();
    const cdp = await b.target().createCDPSession();
    cdp.on('Browser.downloadWillBegin', (event) => names.set(event.guid, event.suggestedFilename));
    cdp.on('Browser.downloadProgress', (event) => {
      if (event.state !== 'completed') return;
      finished.push({ suggestedFilename: names.get(event.guid) ?? '', path: join(downloadDir, event.guid) });
    });
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloadDir, eventsEnabled: true });

    const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

    // The worker may be stopped and restarted by the browser; look up the live one every time.
    const worker = async (): Promise<WebWorker> =>
      waitFor(
        async () => {
          const live = b.targets().find((t) => t.type() === 'service_worker' && t.url() === url('background.js'));
          return live ? await live.worker() : null;
        },
        { timeout: 15_000, message: 'the extension service worker' },
      );

    const isOurWorker = (t: Target) => t.type() === 'service_worker' && t.url() === url('background.js');

    const stopWorker = async (): Promise<void> => {
      await (await worker()).close();
      await waitFor(() => !b.targets().some(isOurWorker), { message: 'the service worker to stop' });
    };

    const evalInWorker = async <R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> => {
      const w = await worker();
      // puppeteer's typing of evaluate() cannot follow a generic function; the value is what fn returns.
      return (await w.evaluate(fn as (...a: unknown[]) => unknown, ...args)) as R;
    };

    const openPage = async (path: string, size?: { width?: number; height?: number }): Promise<Page> => {
      // A fresh tab each time: the options tab the extension opens on install is never reused by mistake.
      const page = await b.newPage();
      if (size) await page.setViewport({ width: size.width ?? viewport.width, height: size.height ?? viewport.height });
      page.on('pageerror', (error) => console.error(`[${path}] page error:`, error));
      // A user confirms what the tests ask for (removing an account); an unanswered dialog would hang the page.
      page.on('dialog', (dialog) => void dialog.accept());
      try {
        await page.goto(url(path), { waitUntil: 'load' });
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
      return page;
    };

    const pageHref = async (page: Page): Promise<string> => {
      try {
        return await page.evaluate(() => location.href);
      } catch {
        return page.url();
      }
    };

    return {
      name: 'chromium',
      browser: b,
      extensionId,
      profileDir,
      downloadDir,
      url,
      openPage,
      openPopup: (size = { width: 380, height: 600 }) => openPage('popup.html', size),
      openOptions: (hash) => openPage(hash ? `options.html#${hash}` : 'options.html'),
      href: pageHref,
      reload: async (page) => {
        await page.reload({ waitUntil: 'load' });
      },
      waitForPage: (match, { message, exclude = [], timeout = 10_000 }) =>
        waitFor(
          async () => {
            for (const page of await b.pages()) {
              if (exclude.includes(page)) continue;
              if (match(page.url()) && match(await pageHref(page))) return page;
            }
            return null;
          },
          { timeout, message },
        ),
      badge: () =>
        evalInWorker(async () => {
          const { chrome } = globalThis as unknown as ExtensionGlobal;
          const [text, color, title] = await Promise.all([
            chrome.action.getBadgeText({}),
            chrome.action.getBadgeBackgroundColor({}),
            chrome.action.getTitle({}),
          ]);
          return { text, color, title };
        }),
      evalInWorker,
      evalInExtension: evalInWorker,
      storage: {
        get: (keys) =>
          evalInWorker((k: null | string | string[]) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(k), keys),
      },
      downloads: () => [...finished],
      stopWorker,
      restart: async () => {
        await b.close();
        return launch({ ...options, root });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
