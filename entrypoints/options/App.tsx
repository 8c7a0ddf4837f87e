/** The options page: accounts, the account form, general settings and backup, routed by `location.hash`. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { AccountForm } from '@/entrypoints/options/accounts/account-form';
import { type AccountFormValues, formFromAccount } from '@/entrypoints/options/accounts/account-form-values';
import { AccountList, type AccountListAction } from '@/entrypoints/options/accounts/account-list';
import { AlertsForm } from '@/entrypoints/options/alerts/alerts-form';
import { BackupPanel } from '@/entrypoints/options/settings/backup-panel';
import { focusElement } from '@/entrypoints/options/focus';
import { AlertsPanel } from '@/entrypoints/options/alerts/alerts-panel';
import { alertsStrings } from '@/entrypoints/options/alerts/alerts-strings';
import { optionsStrings as strings } from '@/entrypoints/options/strings';
import { PasteTool } from '@/entrypoints/options/paste/paste-tool';
import { pasteStrings } from '@/entrypoints/options/paste/paste-strings';
import { releasableOrigin } from '@/entrypoints/options/accounts/host-permission';
import { PermissionOffer } from '@/entrypoints/options/accounts/permission-offer';
import { saveAccount } from '@/entrypoints/options/accounts/save-account';
import { LanguagePicker } from '@/entrypoints/options/settings/language-picker';
import { SettingsForm } from '@/entrypoints/options/settings/settings-form';
import { SyncPanel } from '@/entrypoints/options/settings/sync-panel';
import { readingsStore } from '@/utils/stores/db';
import type { Account, Reading, Settings } from '@/utils/model';
import type { ManualInput } from '@/utils/core/presets';
import {
  createDemoAccount,
  getAccounts,
  getSettings,
  moveAccount,
  newAccount,
  removeAccount,
  saveSettings,
  upsertAccount,
  watchAccounts,
  watchSettings,
} from '@/utils/stores/settings';
import { parseRoute, type Route, routeHash } from '@/entrypoints/options/route';

/** The account form's starting point. */
interface Editor {
  base: Account;
  initial: AccountFormValues;
  isNew: boolean;
  latest?: Reading;
}

/** The `save-result` message. */
interface Message {
  ok: boolean;
  text: string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function navigate(route: Route): void {
  location.hash = routeHash(route);
}

/** The options page. */
export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [accounts, setAccounts] = useState<Account[]>();
  const [settings, setSettings] = useState<Settings>();
  const [editor, setEditor] = useState<Editor>();
  const [message, setMessage] = useState<Message>();
  const [busy, setBusy] = useState(false);
  /** A site no account reads any more, offered back after a removal. */
  const [offer, setOffer] = useState<string>();
  // The route whose view takes the focus once drawn: set by a route change and by opening the page on a sub-route.
  const focusFor = useRef(route.name === 'home' ? undefined : routeHash(route));

  useEffect(() => {
    const onHash = () => {
      const next = parseRoute(location.hash);
      focusFor.current = routeHash(next);
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    void Promise.all([getAccounts(), getSettings()]).then(([a, s]) => {
      setAccounts(a);
      setSettings(s);
    });
    const stopAccounts = watchAccounts(setAccounts);
    const stopSettings = watchSettings(setSettings);
    return () => {
      window.removeEventListener('hashchange', onHash);
      stopAccounts();
      stopSettings();
    };
  }, []);

  // After a route change, focus goes to the message it left (a save) or else the new view's heading,
  // as soon as that is drawn, so keyboard and screen-reader users are not left on a removed element.
  useEffect(() => {
    // A render of the old route may come after the hash changed: wait for the new one.
    if (focusFor.current !== routeHash(route)) return;
    const main = document.querySelector('main');
    const target =
      route.name === 'home' && message ? main?.querySelector('[data-testid="save-result"]') : main?.querySelector('section h2');
    if (focusElement(target)) focusFor.current = undefined;
  });

  const routeKey = routeHash(route);
  useEffect(() => {
    // The hash names the route completely, so it alone decides when the form reopens.
    const route = parseRoute(routeKey);
    setEditor(undefined);
    if (route.name !== 'add' && route.name !== 'edit') return;
    setMessage(undefined);
    let alive = true;
    void (async () => {
      const [currentSettings, currentAccounts] = await Promise.all([getSettings(), getAccounts()]);
      if (route.name === 'add') {
        // The first account takes the badge.
        const primary = !currentAccounts.some((a) => a.enabled);
        const base = newAccount(currentSettings, { kind: 'manual', preset: 'generic' }, { primary });
        if (alive) setEditor({ base, initial: formFromAccount(base), isNew: true });
        return;
      }
      const account = currentAccounts.find((a) => a.id === route.id);
      if (!account) {
        if (alive) setMessage({ ok: false, text: strings.form.notFound });
        navigate({ name: 'home' });
        return;
      }
      const latest = await readingsStore.latest(account.id).catch(() => undefined);
      if (alive) setEditor({ base: account, initial: formFromAccount(account, latest), isNew: false, latest });
    })();
    return () => {
      alive = false;
    };
  }, [routeKey]);

  const onListAction = useCallback(
    async (action: AccountListAction) => {
      if (action.kind === 'edit') {
        navigate({ name: 'edit', id: action.id });
        return;
      }
      const account = accounts?.find((a) => a.id === action.id);
      if (!account) return;
      setBusy(true);
      try {
        switch (action.kind) {
          case 'remove':
            setOffer(releasableOrigin(account, await removeAccount(account.id)));
            await readingsStore.clear(account.id).catch(() => undefined);
            setMessage({ ok: true, text: strings.accounts.removed(account.name) });
            break;
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
      } catch (error) {
        setMessage({ ok: false, text: `${strings.accounts.changeFailed} ${errorText(error)}` });
      } finally {
        setBusy(false);
      }
    },
    [accounts],
  );

  const onSubmitAccount = async (result: { account: Account; manual?: ManualInput }) => {
    if (!editor) return;
    // An earlier message must not stand for this save while it runs.
    setMessage(undefined);
    const outcome = await saveAccount(result.account, result.manual, editor.latest, Date.now());
    if (outcome.ok) {
      setMessage({ ok: true, text: strings.form.saved(result.account.name) });
      navigate({ name: 'home' });
    } else if (outcome.stage === 'reading') {
      setMessage({ ok: false, text: strings.form.savedReadingFailed(outcome.message) });
    } else {
      setMessage({ ok: false, text: strings.form.saveFailed(outcome.message) });
    }
  };

  const onTryDemo = async () => {
    setBusy(true);
    try {
      const demo = createDemoAccount(await getSettings());
      await upsertAccount(demo);
    } catch (error) {
      setMessage({ ok: false, text: `${strings.accounts.changeFailed} ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const onSaveSettings = async (next: Settings) => {
    setMessage(undefined);
    try {
      // The general form edits only its own fields; quiet hours and later settings are kept.
      // Shown at once, so the storage echo that follows changes nothing the user typed since.
      setSettings(await saveSettings({ ...settings, ...next }));
      setMessage({ ok: true, text: strings.settings.saved });
    } catch (error) {
      setMessage({ ok: false, text: strings.settings.saveFailed(errorText(error)) });
    }
  };

  return (
    <main class="options">
      <header class="options-head">
        <h1>{strings.title}</h1>
        <p class="muted">{strings.intro}</p>
      </header>

      <div class="live" aria-live="polite">
        {message && (
          <p class={`banner ${message.ok ? 'banner-ok' : 'banner-error'}`} data-testid="save-result" data-ok={String(message.ok)}>
            {message.ok ? '✓ ' : '✕ '}
            {message.text}
          </p>
        )}
      </div>

      {offer && route.name === 'home' && <PermissionOffer origin={offer} onDone={() => setOffer(undefined)} />}

      {route.name === 'paste' && accounts && (
        <section class="panel" data-testid="paste-tool">
          <PasteTool accounts={accounts} />
        </section>
      )}

      {(route.name === 'add' || route.name === 'edit') && editor && (
        <section class="panel">
          <AccountForm
            key={routeKey}
            base={editor.base}
            initial={editor.initial}
            isNew={editor.isNew}
            onSubmit={onSubmitAccount}
            onInvalid={() => setMessage({ ok: false, text: strings.form.fixErrors })}
            onCancel={() => navigate({ name: 'home' })}
          />
        </section>
      )}

      {route.name === 'alerts' && accounts?.some((a) => a.id === route.id) && (
        <section class="panel">
          <AlertsForm
            key={routeKey}
            account={accounts.find((a) => a.id === route.id) as Account}
            onSave={async (account) => {
              setMessage(undefined);
              try {
                await upsertAccount(account);
                setMessage({ ok: true, text: alertsStrings.form.saved(account.name) });
                navigate({ name: 'home' });
              } catch (error) {
                setMessage({ ok: false, text: `${strings.accounts.changeFailed} ${errorText(error)}` });
              }
            }}
            onInvalid={() => setMessage({ ok: false, text: strings.form.fixErrors })}
            onCancel={() => navigate({ name: 'home' })}
          />
        </section>
      )}

      {route.name === 'home' && accounts && settings && (
        <>
          <AccountList
            accounts={accounts}
            busy={busy}
            onAdd={() => navigate({ name: 'add' })}
            addActions={
              <a href="#/paste" class="button add-more" data-testid="open-paste-tool">
                {pasteStrings.open}
              </a>
            }
            onTryDemo={() => void onTryDemo()}
            onAction={(action) => void onListAction(action)}
          />
          <SettingsForm
            settings={settings}
            onSave={onSaveSettings}
            onInvalid={() => setMessage({ ok: false, text: strings.settings.fixErrors })}
          />
          <LanguagePicker settings={settings} onSave={onSaveSettings} />
          <AlertsPanel
            accounts={accounts}
            settings={settings}
            onSaveSettings={async (next) => {
              setMessage(undefined);
              try {
                setSettings(await saveSettings(next));
                setMessage({ ok: true, text: alertsStrings.quietSaved });
              } catch (error) {
                setMessage({ ok: false, text: strings.settings.saveFailed(errorText(error)) });
              }
            }}
            onAlerts={(id) => navigate({ name: 'alerts', id })}
            onMessage={setMessage}
          />
          <SyncPanel accounts={accounts} />
          <BackupPanel />
        </>
      )}
    </main>
  );
}
