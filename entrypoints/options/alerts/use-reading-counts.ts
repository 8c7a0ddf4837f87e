/** How many readings each account keeps, and what the extension stores in all; read again when `version` changes. */
import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@/utils/model';
import { readingsStore } from '@/utils/stores/db';

export function useReadingCounts(
  accounts: readonly Account[] | undefined,
  version: number,
): { counts: ReadonlyMap<string, number> | undefined; used: number | undefined } {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>();
  const [used, setUsed] = useState<number>();
  useEffect(() => {
    if (!accounts) return;
    void readingsStore.countMany(accounts.map((a) => a.id)).then(setCounts, () => setCounts(new Map()));
    void navigator.storage?.estimate?.().then(
      (e) => setUsed(e.usage),
      () => undefined,
    );
  }, [accounts, version]);
  return { counts, used };
}
