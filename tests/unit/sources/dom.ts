// Unit tests parse HTML with linkedom: the same DOM calls the offscreen document makes with DOMParser.
import { DOMParser } from 'linkedom';
import { scanDocument } from '@/utils/sources/page-scan';
import type { ParseHtml } from '@/utils/sources/platform';

/** Parses `html` into a Document. */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A `ParseHtml` for tests, as `utils/sources/platform.ts` gives the sources in a browser. */
export const parseWithLinkedom: ParseHtml = async (html, selectors) => scanDocument(parseDocument(html), selectors);
