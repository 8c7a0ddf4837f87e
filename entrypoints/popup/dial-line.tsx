/**
 * The "check on your phone" line of a dialled account while `DialHelp` (`components/dial-help.tsx`,
 * loaded after the first paint) is on its way: the same markup without its hooks and the QR code, as the
 * first paint draws it (`entrypoints/popup/first-paint.ts`), so the card never grows when it arrives.
 */
import { telHref } from '@/utils/core/dial';
import { dialStrings as s } from '@/components/dial-strings';

/** `[data-testid=dial-help-placeholder]`: the code, its `tel:` link and the QR button, which works once `DialHelp` has loaded. */
export function DialLine({ code }: { code: string }) {
  return (
    <div class="dial-help" data-testid="dial-help-placeholder">
      <p class="dial-line">
        <span>{s.howTo(code)}</span>{' '}
        <a class="button small" href={telHref(code)}>
          {s.call(code)}
        </a>{' '}
        <button type="button" class="button small" aria-expanded="false">
          {s.showQr}
        </button>
      </p>
    </div>
  );
}
