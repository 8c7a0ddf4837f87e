// The picker: injected on demand (scripting.executeScript) into the one tab showing an account's page,
// by the options page (entrypoints/options/accounts/pick-on-page.ts); never registered for any page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PickerAnswer, PickerOptions } from '@/utils/model/picker';
import { showPicker } from '@/utils/picker/overlay';

declare global {
  // The entry the options page calls in this tab's isolated world, once the script is in.
  var balanceBadgePick: ((options: PickerOptions) => Promise<PickerAnswer>) | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    globalThis.balanceBadgePick = (options) =>
      showPicker(options).finally(() => {
        globalThis.balanceBadgePick = undefined;
      });
  },
});
