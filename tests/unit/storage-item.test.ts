import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localItem } from '@/utils/stores/storage-item';

describe('localItem', () => {
  it('gives the fallback until a value is stored, then the value', async () => {
    const item = localItem<{ n: number }>('thing', { n: 0 });
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 2 });
    expect(await item.getValue()).toEqual({ n: 2 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { n: 2 } });
  });

  it('calls back on a real change of its key only, and no more once unwatched', async () => {
    const item = localItem<{ n: number }>('thing', { n: 0 });
    const seen: { n: number }[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.setValue({ n: 1 });
    // The fake browser reports a write of an equal value as a change, as some browsers do: it is none.
    await item.setValue({ n: 1 });
    await fakeBrowser.storage.local.set({ other: 5 });
    await fakeBrowser.storage.sync.set({ thing: { n: 9 } });
    await item.setValue({ n: 2 });
    await fakeBrowser.storage.local.remove('thing');
    stop();
    await item.setValue({ n: 3 });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 0 }]);
  });
});
