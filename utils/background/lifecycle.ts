/** What the background does for each browser event; `entrypoints/background.ts` only wires these. */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { accountOfNotification } from '@/utils/background/alert-runner';
import { loadWorkerState, settle, updateBadge } from '@/utils/background/settle';
import { captureHandlers, syncCaptureScripts } from '@/utils/background/capture';
import type { MessageHandlers } from '@/utils/background/messages';
import { ReadingSchema } from '@/utils/model/schemas';
import { defaultRefreshDeps, recordExternalReading, refreshAccount, refreshAccounts, runningRefresh } from '@/utils/background/refresh';
import { clearReadings } from '@/utils/stores/db';
import { pruneRefreshStates } from '@/utils/stores/refresh-state';
import { runRetention } from '@/utils/stores/retention';
import { ensureAlarms, parseAlarm } from '@/utils/background/scheduler';
import { getAccounts, seedDemoAccount } from '@/utils/stores/settings';
import { migrateStorage } from '@/utils/stores/migrations';
import { syncNow } from '@/utils/stores/sync';
import { testAccountSource } from '@/utils/background/test-source';
import { isPassive } from '@/utils/core/status';
import { serial } from '@/utils/core/serial';
import { originPattern } from '@/utils/core/origins';
import { planForChange, type StorageChange } from '@/utils/stores/account-changes';
import { forgetNoValueKeys, messageKeysItem, pruneMessageLogs } from '@/utils/stores/message-log';

/**
 * First install takes the accounts other browsers synced, else seeds the demo account (a newcomer sees a
 * live badge at once) and opens guided setup (`options.html#/setup`); with synced accounts, the options page. An update upgrades stored settings and accounts to
 * the current shape, and from a version without sync moves them to sync here (a union with what is there).
 */
export async function onInstalled(reason: string): Promise<void> {
  // Before anything reads them: an update may find settings and accounts in an older shape.
  await migrateStorage();
  await syncNow('sync');
  const newcomer = reason === 'install' && (await getAccounts()).length === 0;
  if (newcomer) await seedDemoAccount();
  const accounts = await getAccounts();
  await ensureAlarms(accounts);
  await syncCaptureScripts(accounts).catch(() => undefined);
  // Drawn from what is stored before any refresh: a slow site must not leave the badge blank meanwhile.
  await updateBadge();
  if (reason === 'install') {
    // Each refresh redraws the badge when it ends.
    await refreshAccounts(accounts.filter((a) => a.enabled && !isPassive(a)));
    // A newcomer starts in guided setup (the demo only stands in until a line is chosen); synced accounts need none.
    if (newcomer) await browser.tabs.create({ url: browser.runtime.getURL('/options.html#/setup') });
    else await browser.runtime.openOptionsPage();
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
    // Days left change with the date, not only with readings: "ends in N days" is checked here too.
    await settle({ alerts: 'all' });
    await runRetention().catch((error: unknown) => console.error('Balance Badge: retention failed', error));
    return;
  }
  if (job.kind === 'alerts-release') {
    await settle({ alerts: 'all' });
    return;
  }
  // A refresh of this account already running answers the alarm too, joined before anything is awaited.
  const joined = runningRefresh(job.accountId);
  if (joined) {
    await joined;
    return;
  }
  // One read for the account and the refresh states the refresh starts from.
  const { accounts, states, mark } = await loadWorkerState();
  const account = accounts.find((a) => a.id === job.accountId && a.enabled);
  if (account) await refreshAccount(account, defaultRefreshDeps(), { states, mark });
}

// Two saves in a row plan one after the other, each from the accounts stored by then.
const onePlan = serial();

/** Accounts or settings changed: alarms, refresh bookkeeping and capture scripts follow; the badge redraws; the named accounts refresh. */
async function replan(refreshIds: readonly string[]): Promise<void> {
  const accounts = await onePlan(async () => {
    const stored = await getAccounts();
    await ensureAlarms(stored);
    await pruneRefreshStates(stored.map((a) => a.id));
    // A deleted account's message keys go with it (its last query send after the longest interval).
    await pruneMessageLogs(stored.map((a) => a.id));
    // Capture scripts follow the accounts; a failure here must not stop the refresh.
    await syncCaptureScripts(stored).catch(() => undefined);
    return stored;
  });
  // Drawn before any refresh: a rename, a reorder or a new primary shows at once, whatever a slow site does.
  await updateBadge();
  await refreshAccounts(accounts.filter((a) => a.enabled && !isPassive(a) && refreshIds.includes(a.id)));
}

/**
 * Storage changed; the one way the background learns that accounts or settings changed. Here: a
 * change of accounts or settings goes to sync, then alarms, capture scripts and the badge follow, and new
 * or re-configured accounts refresh. From sync (another browser): merge; what the merge writes here
 * comes back as a change here. Sync turned on: merge.
 */
export async function onStorageChanged(changes: Record<string, StorageChange>, area: string): Promise<void> {
  if (area === 'sync') {
    await syncNow('sync');
    return;
  }
  if (area !== 'local') return;
  const plan = planForChange(changes);
  const wasOn = (changes.syncState?.oldValue as { enabled?: boolean } | undefined)?.enabled ?? true;
  const turnedOn = (changes.syncState?.newValue as { enabled?: boolean } | undefined)?.enabled === true && !wasOn;
  if (plan.replan || turnedOn) await syncNow('local');
  // Before the refresh that reads them again.
  if (plan.reconfiguredIds.length > 0) await forgetNoValueKeys(plan.reconfiguredIds);
  if (plan.replan) await replan(plan.refreshIds);
}

/**
 * The user granted sites (the options page asks as it saves an account): the enabled accounts on them
 * are read now and their capture scripts registered, also when the saved account itself was unchanged.
 */
export async function onPermissionsAdded(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const accounts = await getAccounts();
  const onGranted = accounts.filter((a) => 'url' in a.source && origins.includes(originPattern(a.source.url)));
  if (onGranted.length > 0) await replan(onGranted.map((a) => a.id));
}

export const messageHandlers: MessageHandlers = {
  async refresh({ accountIds }) {
    const { accounts, states, mark } = await loadWorkerState();
    const chosen = accounts.filter((a) => a.enabled && (!accountIds || accountIds.includes(a.id)));
    return refreshAccounts(chosen, defaultRefreshDeps(), { states, mark });
  },

  async recordReading({ reading }) {
    const parsed = v.safeParse(ReadingSchema, reading);
    if (!parsed.success) return { ok: false, message: parsed.issues[0]?.message ?? 'invalid reading' };
    if (!(await getAccounts()).some((a) => a.id === parsed.output.accountId)) {
      return { ok: false, message: 'unknown account' };
    }
    return recordExternalReading(parsed.output);
  },

  // A test stores nothing: a message list is read without its log (no history, no keys remembered).
  testSource: ({ account }) => testAccountSource(account, { ...defaultRefreshDeps(), messages: undefined }),

  // Readings live in IndexedDB, which storage.onChanged does not cover: the clear goes through here.
  async clearHistory({ accountId }) {
    await clearReadings(accountId);
    // The messages read before are forgotten with their readings: the next read records them again.
    await browser.storage.local.remove(messageKeysItem(accountId).key);
    await updateBadge();
    return null;
  },
  ...captureHandlers,
};

/** A click on an alert opens the account's history page. */
export async function onNotificationClicked(id: string): Promise<void> {
  const accountId = accountOfNotification(id);
  if (!accountId) return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/history.html')}#${accountId}` });
  await browser.notifications.clear(id);
}
