/** Whether this browser lets the extension read a site: access is per browser, and sync does not carry it. */
import { browser } from 'wxt/browser';
import type { MessageRef } from '@/utils/i18n';
import { hostOf } from '@/utils/sources/http';
import { originPattern } from '@/utils/core/origins';
import { sourceFailure } from '@/utils/core/source-messages';

/**
 * True when the extension may read `url`'s site here. A network account that arrived from another
 * browser (sync) has no access until the user saves it here. False when the browser cannot tell: nothing is sent then.
 */
export async function hasHostAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/**
 * Null when this browser lets the extension read `url`'s site, else the failure that says so. Asked
 * before any request: an account from sync or a backup must not reach a site never granted here.
 */
export async function accessNotGranted(
  url: string,
): Promise<{ ok: false; code: 'invalid-config'; message: string; text: MessageRef } | null> {
  if (await hasHostAccess(url)) return null;
  return { ok: false, code: 'invalid-config', ...sourceFailure('source.accessNotGranted', hostOf(url)) };
}
