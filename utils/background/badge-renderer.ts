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

type ActionState = { text: string; color: string; textColor: string; title: string; popup: string };

/** What this worker last set on the toolbar button: a call that would set the same again is left out. */
let drawn: Partial<ActionState> = {};

/** Forgets what was set (the browser's button was reset: a new browser in tests). */
export function forgetDrawnBadge(): void {
  drawn = {};
}

/** Sets `key` with `call` unless it already holds `value`; a call that fails is forgotten, so the next draw makes it again. */
function setOnce<K extends keyof ActionState>(
  key: K,
  value: ActionState[K],
  call: () => Promise<void> | undefined,
): Promise<void> | undefined {
  if (drawn[key] === value) return undefined;
  drawn[key] = value;
  return call()?.catch((error: unknown) => {
    drawn[key] = undefined;
    throw error;
  });
}

/** Draws a badge on the toolbar button: only the text, colours and title that changed. */
export async function renderBadge(badge: Badge): Promise<void> {
  await Promise.all([
    setOnce('text', badge.text, () => browser.action.setBadgeText({ text: badge.text })),
    setOnce('color', badge.color, () => browser.action.setBadgeBackgroundColor({ color: badge.color })),
    // setBadgeTextColor is missing from older browsers; the text then keeps the default colour.
    setOnce('textColor', badge.textColor, () => browser.action.setBadgeTextColor?.({ color: badge.textColor })),
    setOnce('title', badge.title, () => browser.action.setTitle({ title: badge.title })),
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
  const popup = snapshotPopupPath(buildSnapshot(enabled, latest, states, insights, now));
  await Promise.all([renderBadge(badge), setOnce('popup', popup, () => browser.action.setPopup({ popup }))]);
  return badge;
}
