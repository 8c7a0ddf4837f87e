/**
 * Popup hook: loads each card's last 30 days, and the code that draws them, after the first paint,
 * so the cards never wait on either.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CardInsightsProps, Insight } from '@/components/card-insights';
import { windowReadings } from '@/components/window-readings';

const DAY_MS = 86_400_000;

/** Insights by account id and the component that shows one, once loaded. */
export interface LoadedInsights {
  byAccount: ReadonlyMap<string, Insight>;
  View?: FunctionComponent<CardInsightsProps>;
}

/** Insights by account id; reloads whenever `version` changes (new readings, new accounts). */
export function useInsights(accountIds: readonly string[] | undefined, version: unknown): LoadedInsights {
  const [insights, setInsights] = useState<LoadedInsights>({ byAccount: new Map() });
  // The ids' text, not the array (a new array each render), decides when to load again.
  const idsKey = accountIds?.join(',') ?? '';
  useEffect(() => {
    const ids = idsKey === '' ? [] : idsKey.split(',');
    if (ids.length === 0) return;
    let alive = true;
    // After the browser has painted the cards: rAF fires before paint, the timeout after it.
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        void (async () => {
          const now = Date.now();
          const next = new Map<string, Insight>();
          let View: LoadedInsights['View'];
          try {
            const [{ buildInsight, SPARK_DAYS }, { CardInsights }] = await Promise.all([
              import('@/components/insight-model'),
              import('@/components/card-insights'),
            ]);
            View = CardInsights;
            const from = now - SPARK_DAYS * DAY_MS;
            // Every account gets one, even without readings: "too little history" and the history button.
            for (const id of ids) next.set(id, buildInsight(await windowReadings(id, from), now));
          } catch (error) {
            console.error('Balance Badge: could not read the history', error);
          }
          if (alive) setInsights({ byAccount: next, View });
        })();
      }, 0);
    });
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
    };
  }, [idsKey, version]);
  return insights;
}
