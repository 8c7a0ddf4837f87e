/** What a button of the account list does to storage; writing storage is all the background needs. */
import type { Account } from '@/utils/model';
import { readingsStore } from '@/utils/stores/db';
import { moveAccount, removeAccount, upsertAccount } from '@/utils/stores/settings';
import type { AccountListAction } from '@/entrypoints/options/accounts/account-list';
import { releasableOrigin } from '@/entrypoints/options/accounts/host-permission';

/** After an action: a site no account reads any more (offered back after a removal), and whether one was removed. */
export interface ListActionOutcome {
  removed: boolean;
  offer?: string;
}

/** Applies a list action other than `edit` to `account`; throws when storage refuses. */
export async function applyListAction(action: Exclude<AccountListAction, { kind: 'edit' }>, account: Account): Promise<ListActionOutcome> {
  switch (action.kind) {
    case 'remove': {
      const offer = releasableOrigin(account, await removeAccount(account.id));
      await readingsStore.clear(account.id).catch(() => undefined);
      return { removed: true, offer };
    }
    case 'move':
      await moveAccount(account.id, action.delta);
      break;
    case 'primary':
      await upsertAccount({ ...account, primary: true });
      break;
    case 'enabled':
      await upsertAccount({ ...account, enabled: action.enabled });
      break;
  }
  return { removed: false };
}
