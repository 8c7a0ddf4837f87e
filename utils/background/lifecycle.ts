/** What the background does for each browser event; `entrypoints/background.ts` only wires these. */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { accountOfNotification, checkAlertsSafely } from '@/utils/background/alert-runner';
import { updateBadge } from '@/utils/background/badge-renderer';
import { captureHandlers, syncCaptureScripts } from '@/utils/background/capture';
import type { MessageHandlers } from '@/utils/background/messages';
import { ReadingSchema } from '@/utils/model/schemas';
import { defaultRefreshDeps, recordExternalReading, refreshAccount, refreshAccounts } from '@/utils/background/refresh';
import { pruneRefreshStates } from '@/utils/stores/refresh-state';
import { runRetention } from '@/utils/stores/retention';
import { ensureAlarms, parseAlarm } from '@/utils/background/scheduler';
import { getAccounts, seedDemoAccount } from '@/utils/stores/settings';
import { syncNow } from '@/utils/stores/sync';
import { testAccountSource } from '@/utils/background/test-source';
import { isPassive } from '@/utils/core/status';

/**
 * First install takes the accounts other browsers synced, else seeds the demo account (a newcomer sees a
 * live badge at once), and opens the options page. An update from a version without sync moves this
 * browser's accounts and settings to sync here (a union with what is there).
 */
export async function onInstalled(reason: string): Promise<void> {
  await syncNow('sync');
  if (reason === 'install' && (await getAccounts()).length === 0) await seedDemoAccount();
  const accounts = await getAccounts();
  await ensureAlarms(accounts);
  await syncCaptureScripts(accounts).catch(() => undefined);
  // Drawn from what is stored before any refresh: a slow site must not leave the badge blank meanwhile.
  await updateBadge();
  if (reason === 'install') {
    // Each refresh redraws the badge when it ends.
    await refreshAccounts(accounts.filter((a) => a.enabled && !isPassive(a)));
    await browser.runtime.openOptionsPage();
  }
}

/**
 * Keeps `storage.local`, which holds the accounts' tokens, away from content scripts where the browser
 * can: Chrome's `setAccessLevel` (on `storage.local` in recent versions; content scripts may read it by
 * default). Firefox offers it for `storage.session` only (docs/SECURITY.md says what that leaves open).
 * True when the browser took it.
 */
export async function restrictLocalStorage(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    // An older Chrome lists the method on every area but takes it on `storage.session` only.
    return false;
  }
}

/** The browser started: alarms may be gone and the badge is blank until drawn. */
export async function onStartup(): Promise<void> {
  await syncNow('sync');
  await ensureAlarms(await getAccounts());
  await updateBadge();
}

export async function onAlarm(name: string): Promise<void> {
  const job = parseAlarm(name);
  if (!job) return;
  if (job.kind === 'badge-tick') {
    await updateBadge();
    // Days left change with the date, not only with readings: "ends in N days" is checked here too.
    await checkAlertsSafely();
    await runRetention().catch((error: unknown) => console.error('Balance Badge: retention failed', error));
    return;
  }
  if (job.kind === 'alerts-release') {
    await checkAlertsSafely();
    return;
  }
  const account = (await getAccounts()).find((a) => a.id === job.accountId && a.enabled);
  if (account) await refreshAccount(account);
}

/** Accounts or settings changed: alarms, refresh bookkeeping and capture scripts follow; new ones refresh; the badge redraws. */
async function afterAccountsChanged(refreshIds: readonly string[] = []): Promise<void> {
  const accounts = await getAccounts();
  await ensureAlarms(accounts);
  await pruneRefreshStates(accounts.map((a) => a.id));
  // Capture scripts follow the accounts; a failure here must not stop the refresh.
  await syncCaptureScripts(accounts).catch(() => undefined);
  await refreshAccounts(accounts.filter((a) => a.enabled && !isPassive(a) && refreshIds.includes(a.id)));
  // Drawn even when nothing refreshed: a reorder or a new primary changes the badge too.
  await updateBadge();
}

/**
 * Storage changed. From sync (another browser): merge, then re-plan as after a save here. Here: a save
 * of accounts or settings goes to sync, and sync turned on merges.
 */
export async function onStorageChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): Promise<void> {
  const wasOn = (changes.syncState?.oldValue as { enabled?: boolean } | undefined)?.enabled ?? true;
  const turnedOn = (changes.syncState?.newValue as { enabled?: boolean } | undefined)?.enabled === true && !wasOn;
  if (area === 'local' ? !changes.accounts && !changes.settings && !turnedOn : area !== 'sync') return;
  const outcome = await syncNow(area === 'sync' ? 'sync' : 'local');
  if (outcome.changed) await afterAccountsChanged(outcome.added);
}

export const messageHandlers: MessageHandlers = {
  async refresh({ accountIds }) {
    const accounts = (await getAccounts()).filter((a) => a.enabled && (!accountIds || accountIds.includes(a.id)));
    return refreshAccounts(accounts, defaultRefreshDeps());
  },

  async accountsChanged({ refreshIds }) {
    await afterAccountsChanged(refreshIds);
    return null;
  },

  async recordReading({ reading }) {
    const parsed = v.safeParse(ReadingSchema, reading);
    if (!parsed.success) return { ok: false, message: parsed.issues[0]?.message ?? 'invalid reading' };
    if (!(await getAccounts()).some((a) => a.id === parsed.output.accountId)) {
      return { ok: false, message: 'unknown account' };
    }
    return recordExternalReading(parsed.output);
  },

  testSource: ({ account }) => testAccountSource(account, defaultRefreshDeps()),
  ...captureHandlers,
};

/** A click on an alert opens the account's history page. */
export async function onNotificationClicked(id: string): Promise<void> {
  const accountId = accountOfNotification(id);
  if (!accountId) return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/history.html')}#${accountId}` });
  await browser.notifications.clear(id);
}
