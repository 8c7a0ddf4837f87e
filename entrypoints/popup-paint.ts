/**
 * The popup's first paint (`popup-paint.js`, a classic script at the end of `popup.html`): the cards from
 * the snapshot the background keeps in the popup's URL, drawn without a framework or any storage read.
 * Built on its own as one file, so the paint waits on one script instead of the shared chunks of a module;
 * it then loads the app's module (`wxt.config.ts` takes it out of `popup.html`).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildCards } from '@/components/card-model';
import { popupView } from '@/entrypoints/popup/first-paint';
import { decodeSnapshot, snapshotData, snapshotInsights } from '@/utils/core/popup-snapshot';

/** Loads the app's module (named by the build in `<meta name="popup-app">`). */
function loadApp(): void {
  const src = document.querySelector('meta[name="popup-app"]')?.getAttribute('content');
  if (!src) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

export default defineUnlistedScript(() => {
  const root = document.getElementById('app');
  const snapshot = decodeSnapshot(location.hash);
  if (!root || !snapshot) {
    loadApp();
    return;
  }
  const { accounts, readings, states } = snapshotData(snapshot);
  const now = Date.now();
  root.append(popupView(buildCards(accounts, readings, states, now), now, snapshotInsights(snapshot)));
  // The app is requested after the browser has painted the cards: rAF runs before that paint, the timeout after it.
  requestAnimationFrame(() => setTimeout(loadApp, 0));
});
