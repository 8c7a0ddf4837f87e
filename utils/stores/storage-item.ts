/**
 * A typed value under one key of `storage.local`, for the modules that own state: what we use of
 * WXT's `storage.defineItem` (no versions, no migrations) at a tenth of its bundled size, so the
 * background worker stays within its 30 KB budget.
 */
import { browser } from 'wxt/browser';

/** One stored value with its fallback. */
export interface StorageItem<T> {
  /** Its key in `storage.local`, and what `getValue` gives when nothing is stored there. */
  readonly key: string;
  readonly fallback: T;
  /** The stored value, or the fallback when there is none. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value whenever it really changes, from any page; returns the unwatch. */
  watch(cb: (value: T) => void): () => void;
}

/** The item at `key` in `storage.local`. */
export function localItem<T>(key: string, fallback: T): StorageItem<T> {
  return {
    key,
    fallback,
    getValue: async () => ((await browser.storage.local.get(key))[key] as T | undefined) ?? fallback,
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    watch(cb) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
        const change = changes[key];
        // Like WXT's: a write of an equal value is no change.
        if (area === 'local' && change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue)) {
          cb((change.newValue as T | undefined) ?? fallback);
        }
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

type Values<T> = { [K in keyof T]: T[K] extends StorageItem<infer V> ? V : never };

/** Several items in one `storage.local` read (one round trip to the browser instead of one each). */
export async function getItems<T extends Record<string, StorageItem<unknown>>>(items: T): Promise<Values<T>> {
  const stored = await browser.storage.local.get(Object.values(items).map((item) => item.key));
  return Object.fromEntries(Object.entries(items).map(([name, item]) => [name, stored[item.key] ?? item.fallback])) as Values<T>;
}
