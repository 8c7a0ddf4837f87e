/**
 * The thin I/O layer of the toolbar button: asks `formatBadge` and calls the action API; the same state
 * becomes the popup's snapshot (`utils/core/popup-snapshot.ts`), kept in the popup's URL. The state comes
 * from the settle step (`utils/background/settle.ts`), which reads it once for badge, snapshot and alerts.
 */
import { browser } from 'wxt/browser';
import { type Badge, formatBadge } from '@/utils/core/badge';
import { uiLocale } from '@/utils/i18n';
import { buildSnapshot, snapshotPopupPath } from '@/utils/core/popup-snapshot';
import { accountStatus } from '@/utils/core/status';
import type { Insight } from '@/utils/core/insight';
import type { Account, Reading, RefreshState, Settings } from '@/utils/model';

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

/** What the badge and the snapshot are drawn from. */
export interface BadgeInput {
  accounts: readonly Account[];
  settings: Settings;
  states: Readonly<Record<string, RefreshState>>;
  latest: ReadonlyMap<string, Reading>;
  /** Each enabled account's sparkline and forecast at `now`. */
  insights?: ReadonlyMap<string, Insight>;
  now: number;
}

/** Draws the badge and sets the popup's snapshot from `input` (the enabled accounts). */
export async function drawBadge({ accounts, settings, states, latest, insights, now }: BadgeInput): Promise<Badge> {
  const enabled = accounts.filter((a) => a.enabled);
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
  await Promise.all([
    renderBadge(badge),
    browser.action.setPopup({ popup: snapshotPopupPath(buildSnapshot(enabled, latest, states, insights, now)) }),
  ]);
  return badge;
}
