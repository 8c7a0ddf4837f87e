// Chrome's offscreen document: parses account pages for the service worker, which has no DOM.
import { browser } from 'wxt/browser';
import { isOffscreenRequest, parseHere } from '@/utils/platform';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOffscreenRequest(message)) return undefined;
  return parseHere(message.html, message.selectors);
});
