/**
 * Rendered refresh, the page's side: read the page the background opened in a tab with the same page
 * reader as capture on visit (`scanDocument`, `readingFromScan`) until its values have appeared and two
 * reads in a row agree, or it is a sign-in page, or time is up. Runs in the tab as the injected
 * `render-reader.js` (`entrypoints/render-reader.ts`); the background reads the scan it answers with
 * again (`readScan`) before anything is stored, so nothing the page does here can write a reading.
 */
import { type PageReadOptions, type PageResult, readingFromScan } from '@/utils/sources/page-reading';
import { type PageScan, scanDocument } from '@/utils/sources/page-scan';
import type { MessageLocators } from '@/utils/sources/message-scan';
import { RENDER_MARGIN_MS } from '@/utils/model/constants';

/** What the background passes to the reader (plain data: it crosses `scripting.executeScript`). */
export interface RenderRequest {
  /** The account's URL: a page on another path with a form is a sign-in page. */
  url: string;
  /** How the page is read; its `deadline` (the refresh's) less `RENDER_MARGIN_MS` is when the reader gives up. */
  read: PageReadOptions;
  /** A message-list page (`source.messages`): its messages are read one by one. */
  messages?: MessageLocators;
}
/** The page is still for this long before it is read again. */
export const QUIET_MS = 300;
/** A page that never stops changing (a ticking clock) is read at least this often. */
export const MAX_WAIT_MS = 1500;

/** The values a page result holds, as a key two reads can be compared by; undefined without values. */
export function valuesKey(result: PageResult): string | undefined {
  if (!result.ok || !result.reading) return undefined;
  const { at: _at, accountId: _id, ...values } = result.reading;
  return JSON.stringify(values);
}

/** The settle rule: values were read, and they are the values read just before. */
export function isSettled(before: string | undefined, now: string | undefined): boolean {
  return now !== undefined && now === before;
}

/** A sign-in page: a password field, or a form on another path than the account's (a redirect to sign in). */
export function isSignInPage(page: { hasPassword: boolean; hasForm: boolean; path: string }, accountPath: string): boolean {
  return page.hasPassword || (page.hasForm && page.path.replace(/\/+$/, '') !== accountPath.replace(/\/+$/, ''));
}

/** Resolves once `doc` has not changed for `QUIET_MS`, after `MAX_WAIT_MS` at most, or at `until`. */
export function quiet(doc: Document, until: number): Promise<void> {
  return new Promise((resolve) => {
    let still: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(still);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(still);
      still = setTimeout(done, QUIET_MS);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    still = setTimeout(done, QUIET_MS);
    const cap = setTimeout(done, Math.max(0, Math.min(MAX_WAIT_MS, until - Date.now())));
  });
}

/**
 * Reads `doc` until its values settle (`isSettled`): the page as read then. A sign-in page (`isSignInPage`)
 * is answered at once as a page with a password field, which the background reads as `login-required`.
 * Null when the deadline passed first (the values never appeared, or kept changing). The page gets a still
 * moment (`wait`) between reads.
 */
export async function readUntilSettled(
  doc: Document,
  request: RenderRequest,
  path: () => string = () => location.pathname,
  wait: (doc: Document, until: number) => Promise<void> = quiet,
): Promise<PageScan | null> {
  const { read } = request;
  const until = (read.deadline ?? Date.now() + 30_000) - RENDER_MARGIN_MS;
  let before: string | undefined;
  for (;;) {
    const scan = scanDocument(doc, read.selectors, request.messages);
    const key = valuesKey(readingFromScan(scan, { ...read, deadline: until }));
    const page = { hasPassword: scan.hasPassword, hasForm: doc.querySelector('form') !== null, path: path() };
    if (key === undefined && isSignInPage(page, new URL(request.url).pathname)) return { ...scan, hasPassword: true };
    if (isSettled(before, key)) return scan;
    if (Date.now() >= until) return null;
    before = key;
    await wait(doc, until);
  }
}
