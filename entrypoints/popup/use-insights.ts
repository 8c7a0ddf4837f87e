/**
 * Popup hook: each card's sparkline and forecast. The snapshot's (computed by the background with the
 * badge) come first and stay while the readings are the ones the snapshot was made from, so the app changes
 * nothing the first paint drew; new readings (a refresh, a recorded reading) load the last 30 days again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Insight } from '@/utils/core/insight';
import { windowReadings } from '@/components/window-readings';

const DAY_MS = 86_400_000;

/**
 * Insights by account id. `readingsKey` names the readings the cards show (it changes when one does);
 * `initial` are the snapshot's insights for the first key.
 */
export function useInsights(
  accountIds: readonly string[] | undefined,
  readingsKey: string,
  initial?: ReadonlyMap<string, Insight>,
): ReadonlyMap<string, Insight> {
  const [insights, setInsights] = useState<{ key: string; byAccount: ReadonlyMap<string, Insight> }>(() => ({
    key: readingsKey,
    byAccount: initial ?? new Map(),
  }));
  // The ids' text, not the array (a new array each render), decides when to load again.
  const idsKey = accountIds?.join(',') ?? '';
  const current = insights.key === readingsKey && idsKey.split(',').every((id) => id === '' || insights.byAccount.has(id));
  useEffect(() => {
    const ids = idsKey === '' ? [] : idsKey.split(',');
    if (ids.length === 0 || current) return;
    let alive = true;
    // After the browser has painted the cards: rAF fires before paint, the timeout after it.
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        void (async () => {
          const now = Date.now();
          const next = new Map<string, Insight>();
          try {
            const { sparkInsight, SPARK_DAYS } = await import('@/utils/core/insight');
            const from = now - SPARK_DAYS * DAY_MS;
            // Every account gets one, even without readings: "too little history" and the history button.
            for (const id of ids) next.set(id, sparkInsight(await windowReadings(id, from), now));
          } catch (error) {
            console.error('Balance Badge: could not read the history', error);
          }
          if (alive) setInsights({ key: readingsKey, byAccount: next });
        })();
      }, 0);
    });
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
    };
  }, [idsKey, readingsKey, current]);
  return insights.byAccount;
}
