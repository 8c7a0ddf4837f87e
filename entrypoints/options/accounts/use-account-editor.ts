/** Opens the account form for the `#/add` and `#/edit/<id>` routes: a fresh account, or a stored one with its latest reading. */
import { useEffect, useState } from 'preact/hooks';
import type { Account, Reading } from '@/utils/model';
import { readingsStore } from '@/utils/stores/db';
import { getAccounts, getSettings, newAccount, newAccountId } from '@/utils/stores/settings';
import { type AccountFormValues, formFromAccount } from '@/entrypoints/options/accounts/account-form-values';
import type { PageMessage } from '@/entrypoints/options/page-message';
import { parseRoute } from '@/entrypoints/options/route';
import { draftAccount, noLineEnabled } from '@/entrypoints/options/setup/setup-accounts';
import { optionsStrings as strings } from '@/entrypoints/options/strings';
import { navigate } from '@/entrypoints/options/use-route';

/** The account form's starting point. */
export interface Editor {
  base: Account;
  initial: AccountFormValues;
  isNew: boolean;
  latest?: Reading;
  /** A line guided setup handed on (`#/add/esim`, `#/add/other`): saving it removes the demo, as setup's own paths do. */
  fromSetup?: true;
  /** The demo is there, and saving this line from setup removes it: the form says so. */
  demoLeaves?: boolean;
}

/** The editor for the route `routeKey` names (undefined elsewhere and while loading); `say` sets the page message. */
export function useAccountEditor(routeKey: string, say: (message: PageMessage | undefined) => void): Editor | undefined {
  const [editor, setEditor] = useState<Editor>();
  useEffect(() => {
    // The hash names the route completely, so it alone decides when the form reopens.
    const route = parseRoute(routeKey);
    setEditor(undefined);
    if (route.name !== 'add' && route.name !== 'edit') return;
    say(undefined);
    let alive = true;
    void (async () => {
      const [currentSettings, currentAccounts] = await Promise.all([getSettings(), getAccounts()]);
      if (route.name === 'add') {
        if (route.line) {
          // The line the user chose in setup takes the badge unless one of theirs has it; the demo does not count.
          const primary = noLineEnabled(currentAccounts);
          const base = draftAccount(route.line, { id: newAccountId(), settings: currentSettings, name: '' }, primary);
          const demoLeaves = currentAccounts.some((a) => a.source.kind === 'demo');
          if (alive) setEditor({ base, initial: formFromAccount(base), isNew: true, fromSetup: true, demoLeaves });
          return;
        }
        // The first account takes the badge.
        const base = newAccount(
          currentSettings,
          { kind: 'manual', preset: 'generic' },
          { primary: !currentAccounts.some((a) => a.enabled) },
        );
        if (alive) setEditor({ base, initial: formFromAccount(base), isNew: true });
        return;
      }
      const account = currentAccounts.find((a) => a.id === route.id);
      if (!account) {
        if (alive) say({ ok: false, text: strings.form.notFound });
        navigate({ name: 'home' });
        return;
      }
      const latest = await readingsStore.latest(account.id).catch(() => undefined);
      if (alive) setEditor({ base: account, initial: formFromAccount(account, latest), isNew: false, latest });
    })();
    return () => {
      alive = false;
    };
  }, [routeKey, say]);
  return editor;
}
