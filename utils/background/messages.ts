/**
 * The one typed message table between pages and the background worker.
 * Pages call `sendMessage(name, payload)`; the background registers one handler per name. Saved accounts
 * and settings need no message: the background follows `storage.onChanged` (`onStorageChanged`).
 * `MESSAGE_SENDERS` says who may send each one; `handleMessages` refuses everyone else.
 */
import { browser } from 'wxt/browser';
import { isExtensionPage, type MessageSender } from '@/utils/core/sender';
import type { Account, MessageList, Reading } from '@/utils/model';
import type { PageScan, Selectors } from '@/utils/sources/page-scan';
import type { RefreshOutcome } from '@/utils/background/refresh';
import type { SourceTestResult } from '@/utils/background/test-source';

export type { RefreshOutcome };

export interface MessageTable {
  /** Refresh the given accounts now (all enabled accounts when none are given). */
  refresh: { request: { accountIds?: string[] }; response: RefreshOutcome[] };
  /** Store a reading the user typed or pasted, then redraw the badge. */
  recordReading: { request: { reading: Reading }; response: { ok: true } | { ok: false; message: string } };
  /** Delete an account's readings, then redraw the badge and the popup snapshot without them. */
  clearHistory: { request: { accountId: string }; response: null };
  /** Read an account that is not saved yet (the options page's Test button); nothing is stored. */
  testSource: { request: { account: Account }; response: SourceTestResult };
  /** From the capture content script: the capture accounts of the page it runs in, with their selectors. */
  captureConfig: {
    request: Record<string, never>;
    /** `send`: the balance query to send now from this page (the worker counted it as sent). */
    response: { accountId: string; selectors?: Selectors; messages?: MessageList; send?: string }[];
  };
  /** From the capture content script: the page as read; stored as a reading when it holds values. */
  /** `notSent`: the balance query could not be sent (no compose box or send button where the recipe says). */
  recordCapture: { request: { accountId: string; scan: PageScan; notSent?: true }; response: { ok: boolean; found: boolean } };
}

export type MessageName = keyof MessageTable;

/**
 * Who may send each message. `extension`: the extension's own pages only (popup, options, history),
 * refused from a content script, whose page may be hostile. `content-script`: the capture content
 * script, answered only for its own tab's page (each handler checks the tab's URL, `utils/background/capture.ts`).
 * A new message must be listed here, or the table does not compile.
 */
export const MESSAGE_SENDERS: { readonly [K in MessageName]: 'extension' | 'content-script' } = {
  refresh: 'extension',
  recordReading: 'extension',
  testSource: 'extension',
  clearHistory: 'extension',
  captureConfig: 'content-script',
  recordCapture: 'content-script',
};

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

export type { MessageSender };

export type MessageHandlers = {
  [K in MessageName]: (payload: MessageTable[K]['request'], sender?: MessageSender) => Promise<MessageTable[K]['response']>;
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).type === 'balance-badge' &&
    Object.hasOwn(MESSAGE_SENDERS, (message as Envelope).name)
  );
}

/** True when `sender` may send the message `name` (`MESSAGE_SENDERS`). */
export function maySend(name: MessageName, sender: MessageSender | undefined): boolean {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // A content script is the extension's own too (its `id` is ours); its handler checks its tab.
  if (MESSAGE_SENDERS[name] === 'content-script') return sender?.id === self.id;
  return isExtensionPage(sender, self);
}

/**
 * Registers the handlers; call synchronously in the background's main. A message from a sender
 * `MESSAGE_SENDERS` does not allow is refused: its promise rejects and no handler runs.
 */
export function handleMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse?: (answer: unknown) => void) => {
    if (!isEnvelope(message)) return undefined;
    const answer = maySend(message.name, sender)
      ? (handlers[message.name] as (payload: unknown, sender: MessageSender) => Promise<unknown>)(message.payload, sender)
      : Promise.reject(new Error(`Balance Badge: ${message.name} is not accepted from this sender`));
    // Chrome's worker runs without the polyfill (wxt.config.ts), and Chrome's own listener answers through
    // `sendResponse`: a refusal goes in the polyfill's reject envelope, which rejects the sender's promise.
    if (import.meta.env.FIREFOX || typeof sendResponse !== 'function') return answer;
    answer.then(sendResponse, (error: unknown) => sendResponse(rejectEnvelope(error)));
    return true;
  });
}

/** The answer that makes the webextension polyfill reject the sender's `sendMessage` promise with `error`'s message. */
export function rejectEnvelope(error: unknown): { __mozWebExtensionPolyfillReject__: true; message: string } {
  return { __mozWebExtensionPolyfillReject__: true, message: error instanceof Error ? error.message : String(error) };
}
