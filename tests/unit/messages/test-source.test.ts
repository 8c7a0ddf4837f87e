// The options page's Test of a message-list account reads the conversation and shows its newest balance,
// and stores nothing: no reading in IndexedDB, no message keys (the `testSource` handler reads without the log).
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageHandlers } from '@/utils/background/lifecycle';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { readingsStore } from '@/utils/stores/db';
import { messageKeysItem } from '@/utils/stores/message-log';
import { saveAccounts } from '@/utils/stores/settings';
import { testAccount } from '../helpers';
import { conversationMarkup } from '../../server/messages-pages';
import { parseDocument } from '../sources/dom';

// The worker's page reader, here rather than in Chrome's offscreen document: the DOM is linkedom's.
vi.mock('@/utils/sources/platform', async (original) => {
  const platform = await original<typeof import('@/utils/sources/platform')>();
  const { scanDocument } = await import('@/utils/sources/page-scan');
  return {
    ...platform,
    parseHtml: (async (html, selectors, messages) =>
      scanDocument(parseDocument(html), selectors, messages)) satisfies typeof platform.parseHtml,
    readScan: platform.readScanHere,
  };
});

describe('Test of a message-list account', () => {
  it('shows the newest balance and stores nothing', async () => {
    const recipe = messagesForWeb('https://sms.test');
    const account = testAccount({
      id: 'sms',
      source: { kind: 'web-page', url: recipe.conversationUrl('axis'), messages: recipe.list },
    });
    // Saved (so its id is known) yet only tested: the same account a refresh would log.
    await saveAccounts([account]);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const fetch = vi.fn(async () => new Response(conversationMarkup(), { headers: { 'content-type': 'text/html' } }));
    vi.stubGlobal('fetch', fetch);
    try {
      const result = await messageHandlers.testSource({ account });
      expect(fetch).toHaveBeenCalledOnce();
      expect(result).toMatchObject({ ok: true, reading: { credit: { amount: 35_000 } } });
      expect(await readingsStore.count('sms')).toBe(0);
      expect(await messageKeysItem('sms').getValue()).toEqual([]);
      expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('messageKeys:'))).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
