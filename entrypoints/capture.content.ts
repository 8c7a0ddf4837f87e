// Capture on visit: registered at run time (utils/background/capture.ts) for each capture account's page only.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { capturePage } from '@/utils/background/capture-page';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    void capturePage().catch((error: unknown) =>
      console.warn('Balance Badge: capture failed', error instanceof Error ? error.message : ''),
    );
  },
});
