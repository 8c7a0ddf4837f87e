/**
 * The one place where browsers differ for the network sources: where HTML is parsed.
 * Chrome's service worker has no DOM, so pages are parsed in an offscreen document (one at a time,
 * created under a lock); Firefox's background page has `DOMParser` and parses in place.
 */
import { browser } from 'wxt/browser';
import { type PageScan, scanDocument, type Selectors } from './sources/page-scan';

/** Parses an HTML text and reads it (`scanDocument`), wherever this browser can. */
export type ParseHtml = (html: string, selectors?: Selectors) => Promise<PageScan>;

/** The message the offscreen document answers. */
export interface OffscreenRequest {
  type: 'balance-badge-offscreen';
  html: string;
  selectors?: Selectors;
}

export const OFFSCREEN_PATH = '/offscreen.html';

/** True for a message meant for the offscreen document. */
export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  return typeof message === 'object' && message !== null && (message as OffscreenRequest).type === 'balance-badge-offscreen';
}

/** Parses with the `DOMParser` of the current context (Firefox's background page, the offscreen document). */
export const parseHere: ParseHtml = async (html, selectors) =>
  scanDocument(new DOMParser().parseFromString(html, 'text/html'), selectors);

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every earlier one: one offscreen document, one parse at a time. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['DOM_PARSER'],
    justification: 'Read the account page the user asked Balance Badge to watch',
  });
}

/** Chrome: parses in the offscreen document, created on first use under the queue's lock. */
export const parseOffscreen: ParseHtml = (html, selectors) =>
  exclusive(async () => {
    await ensureOffscreen();
    const request: OffscreenRequest = { type: 'balance-badge-offscreen', html, selectors };
    return (await browser.runtime.sendMessage(request)) as PageScan;
  });

/** This browser's way to parse HTML. */
export const parseHtml: ParseHtml = import.meta.env.FIREFOX ? parseHere : parseOffscreen;
