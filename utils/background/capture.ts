/**
 * Capture on visit: for web page accounts whose page is drawn by JavaScript, a content script
 * registered at run time for that page only reads the values when the user opens it. This module
 * keeps the registrations in step with the accounts and answers the content script's messages.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { MessageHandlers } from '@/utils/background/messages';
import type { Account } from '@/utils/model';
import { readScan } from '@/utils/sources/platform';
import { isPageScan } from '@/utils/sources/scan-check';
import { isRenderTab } from '@/utils/sources/render';
import { pageOptions } from '@/utils/sources/web-page';
import { ReadingSchema } from '@/utils/model/schemas';
import { DEFAULT_TIMEOUT_MS, recordExternalReading } from '@/utils/background/refresh';
import { getAccounts } from '@/utils/stores/settings';
import { hostOf } from '@/utils/sources/http';
import { hasHostAccess } from '@/utils/sources/host-access';
import type { AccountOf } from '@/utils/sources/types';
import { messageLog } from '@/utils/background/message-log';
import { claimQuery } from '@/utils/background/query-claim';
import { updateRefreshState } from '@/utils/stores/refresh-state';
import { sourceFailure } from '@/utils/core/source-messages';
import { settle } from '@/utils/background/settle';

/** Registered script ids start with this, followed by the account id. */
export const CAPTURE_PREFIX = 'capture-';
/** The built content script (`entrypoints/capture.content.ts`). */
export const CAPTURE_SCRIPT = 'content-scripts/capture.js';

/**
 * The match patterns of one page: its scheme, host and exact path, with or without a query; any port
 * (Chrome ignores ports) and hash (patterns never see it). `/account*` would also match `/accounts/…`.
 */
export function capturePatterns(url: string): string[] {
  const u = new URL(url);
  const page = `${u.protocol}//${u.hostname}${u.pathname}`;
  return [page, `${page}?*`];
}

/** True when a tab's URL is the account's page (same scheme, host and path; port and query aside). */
export function isCapturePage(pageUrl: string | undefined, accountUrl: string): boolean {
  if (!pageUrl) return false;
  try {
    const a = new URL(pageUrl);
    const b = new URL(accountUrl);
    return a.protocol === b.protocol && a.hostname === b.hostname && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Enabled web page accounts with capture on visit or rendered refresh (a sign-in there records a reading at once). */
export function captureAccounts(accounts: readonly Account[]): AccountOf<'web-page'>[] {
  return accounts.filter(
    (a): a is AccountOf<'web-page'> => a.enabled && a.source.kind === 'web-page' && (a.source.capture || a.source.render) === true,
  );
}

/**
 * Registers a capture script for each capture account whose site this browser has granted, and
 * removes the rest (a script registered before access was taken back goes too).
 */
export async function syncCaptureScripts(accounts: readonly Account[]): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  // A capture account from sync or a backup gets no script until its site is granted here.
  const granted = [];
  for (const a of captureAccounts(accounts)) if (await hasHostAccess(a.source.url)) granted.push(a);
  const wanted = new Map(granted.map((a) => [`${CAPTURE_PREFIX}${a.id}`, capturePatterns(a.source.url)]));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(CAPTURE_PREFIX));
  // A registration from an older version (one `…*` pattern) is stale too.
  const stale = registered.filter((s) => String(wanted.get(s.id)) !== String(s.matches)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id).filter((id) => !stale.includes(id)));
  for (const [id, matches] of wanted) {
    if (have.has(id)) continue;
    try {
      await browser.scripting.registerContentScripts([
        { id, matches, js: [CAPTURE_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    } catch (error) {
      console.warn(
        `Balance Badge: capture on visit not registered for ${hostOf(matches[0] as string)}`,
        error instanceof Error ? error.message : '',
      );
    }
  }
}

/** The content script's two messages. */
export const captureHandlers: Pick<MessageHandlers, 'captureConfig' | 'recordCapture'> = {
  async captureConfig(_payload, sender) {
    const url = sender?.tab?.url;
    // A render tab is read by its render (also one a stopped worker left); the capture script there stays idle.
    if (await isRenderTab(sender?.tab?.id)) return [];
    const answer = [];
    for (const a of captureAccounts(await getAccounts()).filter((a) => isCapturePage(url, a.source.url))) {
      // The balance query, when this browser sends it and it is due: counted as sent before the page is told.
      const send = await claimQuery(a);
      // The page learns where the compose box is only when it is to send now, and never which browser sends.
      const { query, ...list } = a.source.messages ?? { item: '' };
      const messages = a.source.messages && { ...list, ...(send && query ? { query: { ...query, sender: '' } } : {}) };
      answer.push({ accountId: a.id, selectors: a.source.fields, messages, send });
    }
    return answer;
  },

  async recordCapture({ accountId, scan, notSent }, sender) {
    const account = captureAccounts(await getAccounts()).find((a) => a.id === accountId);
    // Only the account's own page may write its readings.
    if (!account || !isCapturePage(sender?.tab?.url, account.source.url)) return { ok: false, found: false };
    if (notSent) {
      // The card says so and keeps its last good reading; the claimed send stays counted (no retry within the interval).
      const error = {
        code: 'layout-changed' as const,
        ...sourceFailure('source.queryNotSent', hostOf(account.source.url)),
        at: Date.now(),
      };
      await updateRefreshState(accountId, (s) => ({ ...s, error }));
      await settle();
      return { ok: true, found: false };
    }
    // The page is the user's account page, but its process is the site's: the scan is checked for shape and size.
    if (!isPageScan(scan)) return { ok: false, found: false };
    const now = Date.now();
    // A visited page is read under the refresh's time limit too.
    const result = await messageLog(accountId, account.source.messages, (seen) =>
      readScan(scan, { ...pageOptions(account, now, now + DEFAULT_TIMEOUT_MS), seen }),
    );
    // A message list not read in time: its messages are sent again with the next change.
    if (!result.ok && result.code === 'timeout' && account.source.messages) return { ok: false, found: false };
    // Not yet drawn, or a sign-in form: the content script looks again as the page changes.
    if (!result.ok || !result.reading) return { ok: true, found: false };
    const parsed = v.safeParse(ReadingSchema, result.reading);
    if (!parsed.success) return { ok: false, found: false };
    const stored = await recordExternalReading(parsed.output);
    return { ok: stored.ok, found: true };
  },
};
