/**
 * One end-to-end suite, two browsers: the interface both harnesses implement (Chromium's in
 * `harness.ts`, Firefox's in `firefox-harness.ts`), and the list of browsers a scenario runs in.
 *
 * A scenario file runs its tests once per browser:
 *
 *     describe.each(browsers())('$name: …', ({ launch }) => { … });
 *
 * `E2E_BROWSERS=chromium` (or `firefox`, comma-separated) runs one browser only; the default is both.
 * Anything only one browser can do is reached by narrowing on `h.name`, and said so in the test.
 */
import type { Browser, Page } from 'puppeteer-core';
import { type FirefoxHarness, launchFirefox } from './firefox-harness';
import { type BadgeState, type Download, type Harness, launch } from './harness';

export type BrowserName = 'chromium' | 'firefox';

/** Size of a page the harness opens. */
export interface PageSize {
  width?: number;
  height?: number;
}

/** What every scenario may ask of a browser running the extension. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** puppeteer's browser (CDP for Chromium, WebDriver BiDi for Firefox). */
  readonly browser: Browser;
  /** Where downloads (the exported backup) land; removed by `close()`. */
  readonly downloadDir: string;
  /** The extension's URL of `path` (`chrome-extension://…` or `moz-extension://…`). */
  url(path: string): string;
  /** A new tab showing the extension page `path` (may carry a `#hash`), loaded. */
  openPage(path: string, size?: PageSize): Promise<Page>;
  /** A new tab showing the popup (`popup.html`), loaded. */
  openPopup(size?: PageSize): Promise<Page>;
  /** A new tab showing the options page, loaded; `hash` without `#`. */
  openOptions(hash?: string): Promise<Page>;
  /** The page's own `location.href`. */
  href(page: Page): Promise<string>;
  /** Reloads an extension page and waits until the new document has loaded. */
  reload(page: Page): Promise<void>;
  /** Waits for an open tab whose `location.href` matches, other than those in `exclude`. */
  waitForPage(match: (href: string) => boolean, options: { message: string; exclude?: Page[]; timeout?: number }): Promise<Page>;
  /** The toolbar badge. */
  badge(): Promise<BadgeState>;
  /**
   * Runs `fn` in an extension context (Chromium: the service worker, `chrome`; Firefox: an
   * extension page, `browser`) and returns its serialisable result. Use `browser ?? chrome` in `fn`.
   */
  evalInExtension<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** The extension's `storage.local`, read as the extension reads it. */
  storage: { get(keys: null | string | string[]): Promise<Record<string, unknown>> };
  /** Downloads that finished, oldest first. */
  downloads(): Download[];
  /** Closes the browser and always removes the temporary profile. */
  close(): Promise<void>;
}

/** Either harness: narrow on `name` for what only one browser has. */
export type AnyHarness = Harness | FirefoxHarness;

export interface BrowserLaunchOptions {
  /** More Firefox prefs for this run (ignored by Chromium). */
  firefoxPrefs?: Record<string, unknown>;
}

export interface BrowserEntry {
  name: BrowserName;
  launch(options?: BrowserLaunchOptions): Promise<AnyHarness>;
}

const ALL: BrowserEntry[] = [
  { name: 'chromium', launch: () => launch() },
  { name: 'firefox', launch: (options = {}) => launchFirefox({ prefs: options.firefoxPrefs }) },
];

/**
 * The browsers to run each scenario in: both, or those `E2E_BROWSERS` names. An unknown name
 * fails the run: a typo must not quietly run nothing.
 */
export function browsers(env: NodeJS.ProcessEnv = process.env): BrowserEntry[] {
  const wanted = env.E2E_BROWSERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!wanted || wanted.length === 0) return ALL;
  const unknown = wanted.filter((w) => !ALL.some((b) => b.name === w));
  if (unknown.length > 0) throw new Error(`E2E_BROWSERS names ${unknown.join(', ')}; known: ${ALL.map((b) => b.name).join(', ')}`);
  return ALL.filter((b) => wanted.includes(b.name));
}
