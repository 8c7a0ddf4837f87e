/** Site access for network accounts: asked for one origin at a time, given back when no account needs it. */
import { browser } from 'wxt/browser';
import type { Account } from '@/utils/model';
import { accountUrl } from '@/utils/model/source-kinds';
import { originPattern } from '@/utils/core/origins';

/**
 * Asks for access to the origin of `url`. Call it before any other `await` in a click handler:
 * browsers only show the prompt while the click's user activation lasts.
 */
export function requestOrigin(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
}

/** The origin `removed` used that no account in `remaining` still reads, if any. */
export function releasableOrigin(removed: Account, remaining: readonly Account[]): string | undefined {
  const url = accountUrl(removed);
  if (!url) return undefined;
  const origin = originPattern(url);
  return remaining.some((a) => {
    const other = accountUrl(a);
    return other !== undefined && originPattern(other) === origin;
  })
    ? undefined
    : origin;
}

/** Gives back access to `origin`; false when the browser kept it (e.g. it is granted at install). */
export function releaseOrigin(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] }).catch(() => false);
}
