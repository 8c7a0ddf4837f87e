/**
 * Loads the popup's Preact app. `popup-paint.js` requests this module after it has painted the cards from
 * the snapshot (or at once without one, `wxt.config.ts`), so the app mounts as soon as it arrives and
 * takes the same DOM over; without a snapshot it reads storage.
 */
import '@/entrypoints/popup/style.css';

const root = document.getElementById('app');
void import('@/entrypoints/popup/mount').then((app) => root && app.mount(root));
