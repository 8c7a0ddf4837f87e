/** Whether this browser lets the extension read a site: access is per browser, and sync does not carry it. */
import { browser } from 'wxt/browser';
import type { MessageRef } from '@/utils/i18n';
import type { ErrorCode } from '@/utils/model';
import { hostOf } from '@/utils/sources/http';
import { originPattern } from '@/utils/core/origins';
import { sourceFailure } from '@/utils/core/source-messages';

/**
 * True when the extension may read `url`'s site here. A network account that arrived from another
 * browser (sync) has no access until the user saves it here. True when the browser cannot tell.
 */
export async function hasHostAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return true;
  }
}

/** A network failure, said plainly when the cause is that this browser has no access to the site. */
export async function notGrantedOr<F extends { ok: false; code: ErrorCode; message: string }>(
  failure: F,
  url: string,
): Promise<F | { ok: false; code: 'invalid-config'; message: string; text: MessageRef }> {
  if (await hasHostAccess(url)) return failure;
  return { ok: false, code: 'invalid-config', ...sourceFailure('source.accessNotGranted', hostOf(url)) };
}
