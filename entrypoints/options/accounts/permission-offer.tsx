/** After removing an account: offers to give back the access to a site no account reads any more. */
import { useState } from 'preact/hooks';
import { releaseOrigin } from '@/entrypoints/options/accounts/host-permission';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.network;

/** Props of `PermissionOffer`. */
export interface PermissionOfferProps {
  /** Match pattern of the site, e.g. `https://my.carrier.test/*`. */
  origin: string;
  onDone: () => void;
}

/** `No account reads … any more. Give back the access to it? [Give back access] [Keep]`. */
export function PermissionOffer({ origin, onDone }: PermissionOfferProps) {
  const [outcome, setOutcome] = useState<boolean>();
  if (outcome !== undefined) {
    return (
      <p class={`banner ${outcome ? 'banner-ok' : 'banner-error'}`} data-testid="release-result" data-ok={String(outcome)}>
        {outcome ? s.released(origin) : s.releaseFailed(origin)}
      </p>
    );
  }
  return (
    <div class="banner" role="group" data-testid="permission-offer" data-origin={origin}>
      <span>{s.releaseOffer(origin)}</span>{' '}
      <button
        type="button"
        class="button small"
        data-testid="release-permission"
        onClick={() => void releaseOrigin(origin).then(setOutcome)}
      >
        {s.release}
      </button>{' '}
      <button type="button" class="button small" data-testid="keep-permission" onClick={onDone}>
        {s.keep}
      </button>
    </div>
  );
}
