// Chrome's offscreen document, as the worker asks it: looked up once, remembered while open, and
// re-created once when the browser has closed it (utils/sources/platform.ts).
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readJsonOffscreen } from '@/utils/sources/platform';

const ask = (balance: number) =>
  readJsonOffscreen(JSON.stringify({ balance, currency: 'IDR' }), {
    accountId: 'a',
    at: Date.now(),
    now: Date.now(),
    currency: 'IDR',
    fields: { credit: '$.balance' },
  });

describe('the offscreen document, as the worker asks it', () => {
  it('is looked up and created once, then asked without a lookup; a closed one is re-created once and asked again', async () => {
    const contexts = vi.spyOn(fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> }, 'getContexts');
    const create = vi.spyOn((fakeBrowser as unknown as { offscreen: { createDocument: () => Promise<void> } }).offscreen, 'createDocument');
    expect(await ask(1_000)).toMatchObject({ ok: true, reading: { credit: { amount: 1_000 } } });
    expect(await ask(2_000)).toMatchObject({ ok: true, reading: { credit: { amount: 2_000 } } });
    expect({ lookups: contexts.mock.calls.length, created: create.mock.calls.length }).toEqual({ lookups: 1, created: 1 });

    // The browser closes the document: nobody listens, and a lookup finds none.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    contexts.mockResolvedValueOnce([]);
    expect(await ask(3_000)).toMatchObject({ ok: true, reading: { credit: { amount: 3_000 } } });
    expect({ lookups: contexts.mock.calls.length, created: create.mock.calls.length }).toEqual({ lookups: 2, created: 2 });
  });

  it('a document that cannot be reached after re-creating fails the request instead of trying again and again', async () => {
    expect(await ask(1_000)).toMatchObject({ ok: true });
    const create = vi.spyOn((fakeBrowser as unknown as { offscreen: { createDocument: () => Promise<void> } }).offscreen, 'createDocument');
    // Closed, and the lookup wrongly reports it open: the one retry fails too.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await expect(ask(2_000)).rejects.toThrow();
    expect(create).not.toHaveBeenCalled();
  });
});
