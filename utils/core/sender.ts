/**
 * Who sent a runtime message. Both browsers deliver a content script's messages to the same
 * `runtime.onMessage` listeners as the extension's own pages, with the extension's own `id`: what tells
 * them apart is the sender's document. A content script's `url` (and `origin`) is the web page's and it
 * has a `tab`; an extension page's `url` is under the extension's origin (`chrome-extension://<id>/…`,
 * `moz-extension://<uuid>/…`), with a `tab` only when it is open in one. Chrome's service worker sends
 * with no `url` and no `tab` (Firefox gives its background page's URL).
 */

/** The sender fields both browsers fill (`runtime.MessageSender`). */
export interface MessageSender {
  /** The sending extension's id: always ours on `runtime.onMessage`, content scripts included. */
  id?: string;
  /** The sending document's URL: the web page for a content script. */
  url?: string;
  /** The sending document's origin (Chrome 80+, Firefox 126+). */
  origin?: string;
  /** Set for a sender in a tab: every content script, and an extension page open in a tab. */
  tab?: { id?: number; url?: string };
}

/** This extension: its id and its base URL, `runtime.getURL('')` (`chrome-extension://<id>/`). */
export interface ExtensionSelf {
  id: string;
  baseUrl: string;
}

/**
 * True when a message comes from the extension's own pages or worker, never from a content script:
 * the sender is this extension, its origin (when given) is the extension's, and its URL is under the
 * extension's base URL, or, with no URL (Chrome's service worker), it is in no tab.
 */
export function isExtensionPage(sender: MessageSender | undefined, self: ExtensionSelf): boolean {
  if (!sender || !self.id || sender.id !== self.id || !self.baseUrl) return false;
  if (sender.origin !== undefined && `${sender.origin}/` !== self.baseUrl) return false;
  if (sender.url !== undefined) return sender.url.startsWith(self.baseUrl);
  return sender.tab === undefined;
}
