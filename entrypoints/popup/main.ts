/**
 * Loads the popup's Preact app. When `popup-paint.js` has already drawn the cards from the snapshot in
 * the URL, the app loads after the browser has painted them (rAF runs before that paint, the timeout
 * after it) and takes the same DOM over; without a snapshot it loads at once and reads storage.
 */
import '@/entrypoints/popup/style.css';

const root = document.getElementById('app');
const mount = () => void import('@/entrypoints/popup/mount').then((app) => root && app.mount(root));
if (root?.firstChild) requestAnimationFrame(() => setTimeout(mount, 0));
else mount();
