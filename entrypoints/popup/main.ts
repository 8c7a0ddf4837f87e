/**
 * The popup's first paint: the cards from the snapshot the background keeps in the popup's URL, drawn
 * without a framework or any storage read; the Preact app then loads and takes the same DOM over.
 * Without a snapshot (first install, popup.html opened by hand) the app loads at once and reads storage.
 */
import '../../components/base.css';
import './style.css';
import { buildCards } from '../../components/card-model';
import { popupView } from '../../components/first-paint';
import { decodeSnapshot, snapshotData } from '../../utils/popup-snapshot';

const root = document.getElementById('app');
const snapshot = decodeSnapshot(location.hash);
const initial = snapshot && snapshotData(snapshot);
const mount = () => void import('./mount').then((app) => root && app.mount(root, initial));
if (root && initial) {
  const now = Date.now();
  root.append(popupView(buildCards(initial.accounts, initial.readings, initial.states, now), now));
  // The app loads after the browser has painted the cards: rAF runs before that paint, the timeout after it.
  requestAnimationFrame(() => setTimeout(mount, 0));
} else {
  mount();
}
