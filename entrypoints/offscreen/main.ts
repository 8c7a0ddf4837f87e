// Chrome's offscreen document: parses account pages and runs the extraction engine for the service
// worker, which has no DOM and does not bundle the engine (utils/sources/platform.ts).
import { browser } from 'wxt/browser';
import { answerOffscreenMessage } from '@/utils/sources/offscreen-answer';

// Only the worker's requests, checked for shape and size: a content script's messages reach this document too.
browser.runtime.onMessage.addListener((message: unknown, sender) => answerOffscreenMessage(message, sender));
