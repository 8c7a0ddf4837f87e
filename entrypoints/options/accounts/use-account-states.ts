/** Each account's status and latest reading for the options list, kept in step with refreshes and saved readings. */
import { useEffect, useState } from 'preact/hooks';
import type { Account, Reading, Status } from '@/utils/model';
import { accountStatus } from '@/utils/core/status';
import { readingsStore } from '@/utils/stores/db';
import { getRefreshStates, watchRefreshStates } from '@/utils/stores/refresh-state';

/** What an account row shows of the account's state. */
export interface AccountState {
  status: Status;
  reading?: Reading;
}

/** States by account id (empty until loaded), with the time they were worked out at. */
export function useAccountStates(accounts: readonly Account[] | undefined): { states: ReadonlyMap<string, AccountState>; now: number } {
  const [loaded, setLoaded] = useState<{ states: ReadonlyMap<string, AccountState>; now: number }>({ states: new Map(), now: 0 });
  useEffect(() => {
    if (!accounts) return;
    let alive = true;
    let latestLoad = 0;
    const load = async () => {
      const mine = ++latestLoad;
      const [refresh, readings] = await Promise.all([
        getRefreshStates(),
        readingsStore.latestMany(accounts.map((a) => a.id)).catch(() => new Map<string, Reading>()),
      ]);
      const now = Date.now();
      const states = new Map(
        accounts.map((a) => {
          const reading = readings.get(a.id);
          return [a.id, { status: accountStatus(a, reading, refresh[a.id], now), reading }];
        }),
      );
      // Only the newest load lands, so a slow early read never overwrites a newer one.
      if (alive && mine === latestLoad) setLoaded({ states, now });
    };
    void load();
    // Every refresh and every recorded reading ends with a refresh-state write.
    const stop = watchRefreshStates(() => void load());
    return () => {
      alive = false;
      stop();
    };
  }, [accounts]);
  return loaded;
}
