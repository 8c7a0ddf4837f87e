/** The sync switch and what sync could not do: accounts kept on this browser only, the last failure. */
import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@/utils/model';
import { getSyncState, setSyncEnabled, type SyncState, watchSyncState } from '@/utils/stores/settings';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.sync;

/** Props of `SyncPanel`. */
export interface SyncPanelProps {
  /** To name the accounts kept here. */
  accounts: readonly Account[];
}

/** The panel, with the `setting-sync` hooks of `docs/test-hooks.md`. */
export function SyncPanel({ accounts }: SyncPanelProps) {
  const [state, setState] = useState<SyncState>();
  useEffect(() => {
    void getSyncState().then(setState);
    return watchSyncState(setState);
  }, []);
  if (!state) return null;
  const nameOf = (id: string) => accounts.find((a) => a.id === id)?.name ?? id;
  const localOnly = Object.entries(state.localOnly ?? {}).filter(([id]) => accounts.some((a) => a.id === id));
  return (
    <section class="panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{s.heading}</h2>
      <label class="field-inline">
        <input
          type="checkbox"
          data-testid="setting-sync"
          checked={state.enabled}
          // The background merges when sync is turned on (utils/background/lifecycle.ts onStorageChanged).
          onChange={(e) => void setSyncEnabled(e.currentTarget.checked)}
        />{' '}
        {s.enable}
      </label>
      <p class="muted">{state.enabled ? s.onNote : s.offNote}</p>
      {state.enabled &&
        localOnly.map(([id, reason]) => (
          <p key={id} data-testid="sync-local-only" data-account-id={id} data-reason={reason}>
            {s.localOnly[reason](nameOf(id))}
          </p>
        ))}
      {state.enabled && state.error && (
        <p class="banner banner-error" data-testid="sync-error">
          {s.failed(state.error)}
        </p>
      )}
    </section>
  );
}
