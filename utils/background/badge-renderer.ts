/**
 * The thin I/O layer of the toolbar button: gathers state, asks `formatBadge`, and calls the action API;
 * the same state becomes the popup's snapshot (`utils/core/popup-snapshot.ts`), kept in the popup's URL.
 */
import { browser } from 'wxt/browser';
import { type Badge, formatBadge } from '@/utils/core/badge';
import { latestReadings } from '@/utils/stores/db';
import { uiLocale } from '@/utils/i18n';
import { applyLanguage } from '@/utils/stores/language';
import { buildSnapshot, snapshotPopupPath } from '@/utils/core/popup-snapshot';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { getAccounts, getSettings } from '@/utils/stores/settings';
import { accountStatus } from '@/utils/core/status';
import { serial } from '@/utils/core/serial';

/** Draws a badge on the toolbar button. */
export async function renderBadge(badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    // setBadgeTextColor is missing from older browsers; the text then keeps the default colour.
    browser.action.setBadgeTextColor?.({ color: badge.textColor }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}

// One draw at a time: a draw that read the state before a reading was stored never lands after one that read it after.
const oneDraw = serial();

/**
 * Recomputes the badge from stored accounts, readings and refresh states at instant `now` (when the draw
 * starts, by default), and the popup's snapshot from the same data (so every change that redraws the
 * badge also reaches the popup). Draws run one after another.
 */
export function updateBadge(now?: number): Promise<Badge> {
  return oneDraw(() => drawBadge(now ?? Date.now()));
}

async function drawBadge(now: number): Promise<Badge> {
  const [accounts, settings, states] = await Promise.all([getAccounts(), getSettings(), getRefreshStates()]);
  // A language that cannot be loaded leaves the badge in the one in use: never without a badge.
  await applyLanguage(settings.language).catch(() => false);
  const enabled = accounts.filter((a) => a.enabled);
  const latest = await latestReadings(enabled.map((a) => a.id));
  const badge = formatBadge({
    accounts: enabled.map((account) => ({
      account,
      latest: latest.get(account.id),
      status: accountStatus(account, latest.get(account.id), states[account.id], now),
    })),
    settings,
    now,
    locale: uiLocale(),
  });
  await Promise.all([renderBadge(badge), browser.action.setPopup({ popup: snapshotPopupPath(buildSnapshot(enabled, latest, states)) })]);
  return badge;
}
