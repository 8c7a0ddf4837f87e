/**
 * The one place where browsers differ for the network sources: where HTML is parsed, where a parsed
 * page is read and where the extraction engine runs. Chrome's service worker has no DOM, so pages are
 * parsed in an offscreen document (one at a time, created under a lock), and pages are read and the
 * engine runs there too, and JSON answers are read there, so the worker does not carry them. Firefox's background page has `DOMParser`
 * and does all three in place.
 */
import { browser } from 'wxt/browser';
import { type Extraction, type ExtractHints, extract } from '@/utils/extract';
import { refText } from '@/utils/i18n';
import { type PageReadOptions, type PageResult, readingFromScan } from '@/utils/sources/page-reading';
import { type PageScan, scanDocument, type Selectors } from '@/utils/sources/page-scan';
import type { MessageLocators } from '@/utils/sources/message-scan';
import { serial } from '@/utils/core/serial';
import { MAX_BODY_BYTES } from '@/utils/sources/http';
import { type JsonReadOptions, type JsonReadResult, readJson } from '@/utils/sources/json-fields';

/** Parses an HTML text and reads it (`scanDocument`), wherever this browser can. */
export type ParseHtml = (html: string, selectors?: Selectors, messages?: MessageLocators) => Promise<PageScan>;

/** Runs the extraction engine (`utils/extract`) over a text, wherever this browser runs it. */
export type ExtractText = (text: string, hints: ExtractHints) => Promise<Extraction>;

/** Makes a scanned page into a reading (`readingFromScan`), wherever this browser runs the engine. */
export type ReadScan = (scan: PageScan, options: PageReadOptions) => Promise<PageResult>;

/** Reads a JSON answer (its text, which parses) into a reading (`readJson`, engine included), wherever this browser does. */
export type ReadJsonText = (text: string, options: JsonReadOptions) => Promise<JsonReadResult>;

/** The messages the offscreen document answers: parse a page, read a scanned page or a JSON answer, or run the engine over a text. */
export type OffscreenRequest =
  | { type: 'balance-badge-offscreen'; task: 'parse'; html: string; selectors?: Selectors; messages?: MessageLocators }
  | { type: 'balance-badge-offscreen'; task: 'read'; scan: PageScan; options: PageReadOptions }
  | { type: 'balance-badge-offscreen'; task: 'json'; text: string; options: JsonReadOptions }
  | { type: 'balance-badge-offscreen'; task: 'extract'; text: string; hints: ExtractHints };

export const OFFSCREEN_PATH = '/offscreen.html';

/** Longest text the offscreen document parses or runs the engine over: a page or answer as fetched. */
export const MAX_OFFSCREEN_TEXT = MAX_BODY_BYTES;

/** True for a message meant for the offscreen document. */
export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  return typeof message === 'object' && message !== null && (message as OffscreenRequest).type === 'balance-badge-offscreen';
}

/** Parses with the `DOMParser` of the current context (Firefox's background page, the offscreen document). */
export const parseHere: ParseHtml = async (html, selectors, messages) =>
  scanDocument(new DOMParser().parseFromString(html, 'text/html'), selectors, messages);

/** Runs the engine in the current context (Firefox's background page, the offscreen document). */
export const extractHere: ExtractText = async (text, hints) => extract(text, hints);

/** Reads a scanned page in the current context (Firefox's background page, the offscreen document). */
export const readScanHere: ReadScan = async (scan, options) => readingFromScan(scan, options);

/** Reads a JSON answer in the current context (Firefox's background page, the offscreen document). */
export const readJsonHere: ReadJsonText = async (text, options) => readJson(JSON.parse(text), options, extractHere);

/** The offscreen document's answer to a request (`entrypoints/offscreen/main.ts`). */
export function answerOffscreen(request: OffscreenRequest): Promise<PageScan | PageResult | JsonReadResult | Extraction> {
  if (request.task === 'parse') return parseHere(request.html, request.selectors, request.messages);
  if (request.task === 'read') return readScanHere(request.scan, request.options);
  if (request.task === 'json') return readJsonHere(request.text, request.options);
  return extractHere(request.text, request.hints);
}

/** Runs a task after every earlier one: one offscreen document, one request at a time. */
const exclusive = serial();

/** True once this worker has seen its offscreen document open; the browser may still close it (then a send fails). */
let offscreenOpen = false;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length === 0) {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read the account page the user asked Balance Badge to watch',
    });
  }
  offscreenOpen = true;
}

/**
 * Chrome: sends `request` to the offscreen document, created on first use under the queue's lock. The
 * worker remembers that the document is open (no `getContexts` per request); the browser may close it,
 * and then the send itself fails (the document's own refusals arrive as answers): the document is looked
 * up, re-created and asked once more.
 */
function askOffscreen<T>(request: OffscreenRequest): Promise<T> {
  return exclusive(async () => {
    const known = offscreenOpen;
    if (!known) await ensureOffscreen();
    let answer: unknown;
    try {
      answer = await browser.runtime.sendMessage(request);
      // Every task answers an object: nothing means no document listened.
      if (answer === undefined) throw new Error('Balance Badge: no offscreen document answered');
    } catch (error) {
      if (!known) throw error;
      offscreenOpen = false;
      await ensureOffscreen();
      answer = await browser.runtime.sendMessage(request);
    }
    // Chrome's worker has no polyfill (wxt.config.ts): the document's refusal arrives as the polyfill's reject envelope.
    const refusal = answer as { __mozWebExtensionPolyfillReject__?: true; message?: string } | undefined;
    if (refusal?.__mozWebExtensionPolyfillReject__) throw new Error(refusal.message);
    return answer as T;
  });
}

/** Chrome: parses in the offscreen document. */
export const parseOffscreen: ParseHtml = (html, selectors, messages) =>
  askOffscreen<PageScan>({ type: 'balance-badge-offscreen', task: 'parse', html, selectors, messages });

/** Chrome: reads a scanned page in the offscreen document. */
export const readScanOffscreen: ReadScan = async (scan, options) => {
  const result = await askOffscreen<PageResult>({ type: 'balance-badge-offscreen', task: 'read', scan, options });
  // The offscreen document has no i18n API: a failure's words are made here, from its key.
  return result.ok || !result.text ? result : { ...result, message: refText(result.text) };
};

/** Chrome: runs the engine in the offscreen document. */
export const extractOffscreen: ExtractText = (text, hints) =>
  askOffscreen<Extraction>({ type: 'balance-badge-offscreen', task: 'extract', text: text.slice(0, MAX_OFFSCREEN_TEXT), hints });

/** Chrome: reads a JSON answer in the offscreen document, so the worker carries neither the key tables nor the value parsers. */
export const readJsonOffscreen: ReadJsonText = (text, options) =>
  askOffscreen<JsonReadResult>({ type: 'balance-badge-offscreen', task: 'json', text: text.slice(0, MAX_OFFSCREEN_TEXT), options });

/** This browser's way to read a JSON answer. */
export const readJsonText: ReadJsonText = import.meta.env.FIREFOX ? readJsonHere : readJsonOffscreen;

/** This browser's way to parse HTML. */
export const parseHtml: ParseHtml = import.meta.env.FIREFOX ? parseHere : parseOffscreen;

/** This browser's way to read a scanned page. */
export const readScan: ReadScan = import.meta.env.FIREFOX ? readScanHere : readScanOffscreen;

/** This browser's way to run the extraction engine. */
export const extractText: ExtractText = import.meta.env.FIREFOX ? extractHere : extractOffscreen;
