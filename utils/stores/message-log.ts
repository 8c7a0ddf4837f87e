/**
 * What this browser remembers of each message-list account (`source.messages`), in `storage.local`,
 * never synced: the keys of the messages already read (`messageKeys:<account id>`: for a balance message a
 * hash of its text with its time, for one that holds no value its text's hash alone; never a text; at most
 * `MAX_MESSAGE_KEYS` of each), when it last sent the balance query (`querySentAt:<account id>`, kept 30 days
 * after its account is gone), and this browser's install id (`installId`).
 */
import { browser } from 'wxt/browser';
import { MAX_QUERY_HOURS } from '@/utils/model/constants';
import { localItem } from '@/utils/stores/storage-item';

/** Keys of the balance messages of an account read so far, oldest first (`utils/core/message-list.ts`). */
export const messageKeysItem = (accountId: string) => localItem<string[]>(`messageKeys:${accountId}`, []);

/** When this browser last sent an account's balance query, epoch ms (0: never). */
export const querySentItem = (accountId: string) => localItem<number>(`querySentAt:${accountId}`, 0);

/** `storage.local` `installId`: this browser's id, which a balance query names as its sender. */
export const installIdItem = localItem<string>('installId', '');

/** This browser's install id, made on first use (by the page where the user turns the query on). */
export async function ensureInstallId(random: () => string = () => crypto.randomUUID()): Promise<string> {
  const id = await installIdItem.getValue();
  if (id) return id;
  const made = random()
    .replace(/[^A-Za-z0-9_-]/g, '')
    .slice(0, 64);
  await installIdItem.setValue(made);
  return made;
}

/** The keys this module writes for one account: `messageKeys:<id>` and `querySentAt:<id>`. */
const PER_ACCOUNT = /^(?:messageKeys|querySentAt):(.+)$/;

/**
 * Forgets what was kept for accounts no longer in `keepIds` (deleted here, or by sync or an import). When a
 * query was last sent stays for the longest interval after it: an account restored from a backup meanwhile
 * must not send again early.
 */
export async function pruneMessageLogs(keepIds: readonly string[], now = Date.now()): Promise<void> {
  const stored = await browser.storage.local.get(null);
  const gone = Object.keys(stored).filter((key) => {
    const id = PER_ACCOUNT.exec(key)?.[1];
    if (id === undefined || keepIds.includes(id)) return false;
    const sentAt = key.startsWith('querySentAt:') ? stored[key] : undefined;
    return !(typeof sentAt === 'number' && now - sentAt < MAX_QUERY_HOURS * 3_600_000);
  });
  if (gone.length > 0) await browser.storage.local.remove(gone);
}

/**
 * Forgets which messages of these accounts were found to hold no value (`<hash>.x`): read with another
 * source or currency, they may hold one now. The balance keys stay (those messages are stored).
 */
export async function forgetNoValueKeys(accountIds: readonly string[]): Promise<void> {
  for (const id of accountIds) {
    const item = messageKeysItem(id);
    const keys = await item.getValue();
    const kept = keys.filter((key) => !key.endsWith('.x'));
    if (kept.length !== keys.length) await item.setValue(kept);
  }
}
