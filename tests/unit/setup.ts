// Every unit test starts from an empty fake browser and an empty IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDrawnBadge } from '@/utils/background/badge-renderer';
import { closeBalanceDb } from '@/utils/stores/db';
import { getMessageIn } from './locales';

// The fake browser has no i18n: it speaks English, the test browsers' language, from utils/i18n/locales/en.yml.
const english = getMessageIn('en');

/**
 * Chrome's offscreen document (`entrypoints/offscreen/main.ts`), which the fake browser lacks: once
 * created it answers the worker's requests in process with the same handler, so code that reaches the
 * extraction engine through `utils/sources/platform.ts` runs the real engine here. Imported on creation,
 * so test files that never reach it do not load the engine.
 */
function fakeOffscreenDocument(): void {
  let open = false;
  Object.assign(fakeBrowser.runtime, {
    getContexts: async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
  });
  Object.assign(fakeBrowser, {
    offscreen: {
      createDocument: async () => {
        const { answerOffscreenMessage } = await import('@/utils/sources/offscreen-answer');
        open = true;
        // The sender Chrome gives the worker's messages: the extension's id, no URL, no tab.
        fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerOffscreenMessage(message, { id: fakeBrowser.runtime.id }));
      },
    },
  });
}

/** `action.setPopup` / `getPopup`, which the fake browser lacks: the popup path, global scope only. */
function fakePopupPath(): void {
  let popup = 'popup.html';
  Object.assign(fakeBrowser.action, {
    setPopup: async (details: { popup: string | null }) => void (popup = details.popup ?? 'popup.html'),
    getPopup: async () => popup,
  });
}

/**
 * `permissions`, which the fake browser lacks: every site granted unless a test says otherwise (a test
 * of a site never granted mocks `contains`), and an `onAdded` event a test can fire with `trigger`.
 */
function fakePermissions(): void {
  const listeners = new Set<(granted: { origins?: string[] }) => void>();
  Object.assign(fakeBrowser.permissions, {
    contains: async () => true,
    onAdded: {
      addListener: (listener: (granted: { origins?: string[] }) => void) => void listeners.add(listener),
      removeListener: (listener: (granted: { origins?: string[] }) => void) => void listeners.delete(listener),
      hasListener: (listener: (granted: { origins?: string[] }) => void) => listeners.has(listener),
      trigger: async (granted: { origins?: string[] }) => Promise.all([...listeners].map((listener) => listener(granted))),
    },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeOffscreenDocument();
  fakePermissions();
  Object.assign(fakeBrowser.i18n, { getMessage: english });
  fakePopupPath();
  // A new fake browser has a blank button: the worker's memory of what it set goes with it.
  forgetDrawnBadge();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => closeBalanceDb());
