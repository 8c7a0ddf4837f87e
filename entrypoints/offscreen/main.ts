// Chrome's offscreen document: parses account pages and runs the extraction engine for the service
// worker, which has no DOM and does not bundle the engine (utils/sources/platform.ts).
import { browser } from 'wxt/browser';
import { answerOffscreen, isOffscreenRequest } from '@/utils/sources/platform';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOffscreenRequest(message)) return undefined;
  return answerOffscreen(message);
});
