/**
 * The one typed message table between pages and the background worker.
 * Pages call `sendMessage(name, payload)`; the background registers one handler per name. Saved accounts
 * and settings need no message: the background follows `storage.onChanged` (`onStorageChanged`).
 */
import { browser } from 'wxt/browser';
import type { Account, Reading, SourceField } from '@/utils/model';
import type { PageScan } from '@/utils/sources/page-scan';
import type { RefreshOutcome } from '@/utils/background/refresh';
import type { SourceTestResult } from '@/utils/background/test-source';

export type { RefreshOutcome };

export interface MessageTable {
  /** Refresh the given accounts now (all enabled accounts when none are given). */
  refresh: { request: { accountIds?: string[] }; response: RefreshOutcome[] };
  /** Store a reading the user typed or pasted, then redraw the badge. */
  recordReading: { request: { reading: Reading }; response: { ok: true } | { ok: false; message: string } };
  /** Read an account that is not saved yet (the options page's Test button); nothing is stored. */
  testSource: { request: { account: Account }; response: SourceTestResult };
  /** From the capture content script: the capture accounts of the page it runs in, with their selectors. */
  captureConfig: { request: Record<string, never>; response: { accountId: string; selectors?: Partial<Record<SourceField, string>> }[] };
  /** From the capture content script: the page as read; stored as a reading when it holds values. */
  recordCapture: { request: { accountId: string; scan: PageScan }; response: { ok: boolean; found: boolean } };
}

export type MessageName = keyof MessageTable;

interface Envelope<K extends MessageName = MessageName> {
  type: 'balance-badge';
  name: K;
  payload: MessageTable[K]['request'];
}

/** Sends a message to the background and resolves with its handler's answer. */
export async function sendMessage<K extends MessageName>(
  name: K,
  payload: MessageTable[K]['request'],
): Promise<MessageTable[K]['response']> {
  const envelope: Envelope<K> = { type: 'balance-badge', name, payload };
  return (await browser.runtime.sendMessage(envelope)) as MessageTable[K]['response'];
}

/** Who sent a message: the tab tells a content script's page. */
export interface MessageSender {
  tab?: { id?: number; url?: string };
  url?: string;
}

export type MessageHandlers = {
  [K in MessageName]: (payload: MessageTable[K]['request'], sender?: MessageSender) => Promise<MessageTable[K]['response']>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).type === 'balance-badge';
}

/** Registers the handlers; call synchronously in the background's main. */
export function handleMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as ((payload: unknown, sender: MessageSender) => Promise<unknown>) | undefined;
    return handler ? handler(message.payload, sender) : undefined;
  });
}
