/** Popup hook: loads each card's last 30 days after the first paint, so the cards never wait on it. */
import { useEffect, useState } from 'preact/hooks';
import { readingsStore } from '../utils/db';
import type { Insight } from './card-insights';
import { buildInsight, SPARK_DAYS } from './insight-model';

const DAY_MS = 86_400_000;

/** Insights by account id; reloads whenever `version` changes (new readings, new accounts). */
export function useInsights(accountIds: readonly string[] | undefined, version: unknown): ReadonlyMap<string, Insight> {
  const [insights, setInsights] = useState<ReadonlyMap<string, Insight>>(new Map());
  useEffect(() => {
    if (!accountIds || accountIds.length === 0) return;
    let alive = true;
    // After the browser has painted the cards: rAF fires before paint, the timeout after it.
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        void (async () => {
          const now = Date.now();
          const next = new Map<string, Insight>();
          try {
            for (const id of accountIds) {
              const readings = await readingsStore.range(id, now - SPARK_DAYS * DAY_MS, Number.MAX_SAFE_INTEGER);
              if (readings.length > 0) next.set(id, buildInsight(readings, now));
            }
          } catch (error) {
            console.error('Balance Badge: could not read the history', error);
          }
          if (alive) setInsights(next);
        })();
      }, 0);
    });
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
    };
  }, [accountIds?.join(','), version]);
  return insights;
}
