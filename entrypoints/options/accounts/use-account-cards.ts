/** Each account's status and latest reading for the options list, kept in step with refreshes and saved readings. */
import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@/utils/model';
import { readingsStore } from '@/utils/stores/db';
import { getRefreshStates, watchRefreshStates } from '@/utils/stores/refresh-state';
import { type CardModel, cardModel } from '@/components/card-model';

/** Card models by account id (empty until loaded). */
export function useAccountCards(accounts: readonly Account[] | undefined): ReadonlyMap<string, CardModel> {
  const [cards, setCards] = useState<ReadonlyMap<string, CardModel>>(new Map());
  useEffect(() => {
    if (!accounts) return;
    let alive = true;
    let latestLoad = 0;
    const load = async () => {
      const mine = ++latestLoad;
      const [states, readings] = await Promise.all([
        getRefreshStates(),
        readingsStore.latestMany(accounts.map((a) => a.id)).catch(() => new Map()),
      ]);
      const now = Date.now();
      // Only the newest load lands, so a slow early read never overwrites a newer one.
      if (alive && mine === latestLoad) setCards(new Map(accounts.map((a) => [a.id, cardModel(a, readings.get(a.id), states[a.id], now)])));
    };
    void load();
    // Every refresh and every recorded reading ends with a refresh-state write.
    const stop = watchRefreshStates(() => void load());
    return () => {
      alive = false;
      stop();
    };
  }, [accounts]);
  return cards;
}
