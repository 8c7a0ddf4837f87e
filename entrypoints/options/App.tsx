/**
 * The options page, routed by `location.hash`: at home, sections in the order a user scans them —
 * accounts (each with its status, last reading and every action on it), alerts, appearance and
 * language, sync, backup; the account form, alerts form, paste tool and guided setup on their routes.
 */
import { useCallback, useState } from 'preact/hooks';
import { AccountForm } from '@/entrypoints/options/accounts/account-form';
import { AccountList, type AccountListAction } from '@/entrypoints/options/accounts/account-list';
import { applyListAction } from '@/entrypoints/options/accounts/list-action';
import { PermissionOffer } from '@/entrypoints/options/accounts/permission-offer';
import { saveAccount, storeSetupAccount } from '@/entrypoints/options/accounts/save-account';
import { useAccountEditor } from '@/entrypoints/options/accounts/use-account-editor';
import { AlertsForm } from '@/entrypoints/options/alerts/alerts-form';
import { AccountStatus } from '@/entrypoints/options/accounts/account-status';
import { useAccountStates } from '@/entrypoints/options/accounts/use-account-states';
import { AlertsPanel } from '@/entrypoints/options/alerts/alerts-panel';
import { HistoryActions } from '@/entrypoints/options/alerts/history-actions';
import { useReadingCounts } from '@/entrypoints/options/alerts/use-reading-counts';
import { alertsStrings } from '@/entrypoints/options/alerts/alerts-strings';
import type { PageMessage } from '@/entrypoints/options/page-message';
import { pasteStrings } from '@/entrypoints/options/paste/paste-strings';
import { routeHash } from '@/entrypoints/options/route';
import { BackupPanel } from '@/entrypoints/options/settings/backup-panel';
import { LanguagePicker } from '@/entrypoints/options/settings/language-picker';
import { SettingsForm } from '@/entrypoints/options/settings/settings-form';
import { SyncPanel } from '@/entrypoints/options/settings/sync-panel';
import { optionsStrings as strings } from '@/entrypoints/options/strings';
import { useFocusAfterNavigation } from '@/entrypoints/options/use-focus-after-navigation';
import { navigate, useRoute } from '@/entrypoints/options/use-route';
import { useLazyView } from '@/entrypoints/options/use-lazy-view';
import { useStoredState } from '@/entrypoints/options/use-stored-state';
import type { Account, Settings } from '@/utils/model';
import type { ManualInput } from '@/utils/core/presets';
import { createDemoAccount, getAccounts, getSettings, saveSettings, upsertAccount } from '@/utils/stores/settings';

const loadSetup = () => import('@/entrypoints/options/setup/setup-page').then((m) => m.SetupPage);
const loadPasteTool = () => import('@/entrypoints/options/paste/paste-tool').then((m) => m.PasteTool);

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The options page. */
export function App() {
  const { route, focusFor } = useRoute();
  const { accounts, settings, setSettings } = useStoredState();
  const [message, setMessage] = useState<PageMessage>();
  const [busy, setBusy] = useState(false);
  /** A site no account reads any more, offered back after a removal. */
  const [offer, setOffer] = useState<string>();
  const routeKey = routeHash(route);
  const editor = useAccountEditor(routeKey, setMessage);
  useFocusAfterNavigation(route, focusFor, message !== undefined);
  const SetupPage = useLazyView(route.name === 'setup', loadSetup);
  const PasteTool = useLazyView(route.name === 'paste', loadPasteTool);
  const rowStates = useAccountStates(route.name === 'home' ? accounts : undefined);
  const [countsVersion, setCountsVersion] = useState(0);
  const { counts, used } = useReadingCounts(route.name === 'home' ? accounts : undefined, countsVersion);

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
        const outcome = await applyListAction(action, account);
        if (outcome.removed) {
          setOffer(outcome.offer);
          setMessage({ ok: true, text: strings.accounts.removed(account.name) });
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
    const outcome = await saveAccount(
      result.account,
      result.manual,
      editor.latest,
      Date.now(),
      editor.fromSetup ? storeSetupAccount : undefined,
    );
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
      await upsertAccount(createDemoAccount(await getSettings(), await getAccounts()));
    } catch (error) {
      setMessage({ ok: false, text: `${strings.accounts.changeFailed} ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const onSaveQuiet = async (next: Settings) => {
    setMessage(undefined);
    try {
      setSettings(await saveSettings(next));
      setMessage({ ok: true, text: alertsStrings.quietSaved });
    } catch (error) {
      setMessage({ ok: false, text: strings.settings.saveFailed(errorText(error)) });
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

      {route.name === 'setup' && SetupPage && accounts && settings && (
        <SetupPage key={routeKey} route={route} accounts={accounts} settings={settings} onMessage={setMessage} />
      )}

      {route.name === 'paste' && PasteTool && accounts && (
        <section class="panel" data-testid="paste-tool">
          <PasteTool accounts={accounts} initialAccountId={route.account} />
        </section>
      )}

      {(route.name === 'add' || route.name === 'edit') && editor && (
        <section class="panel">
          {editor.demoLeaves && (
            <p class="muted small" data-testid="form-demo-leaves">
              {strings.form.demoLeavesOnSave}
            </p>
          )}
          <AccountForm
            key={routeKey}
            base={editor.base}
            initial={editor.initial}
            isNew={editor.isNew}
            pickNow={route.name === 'edit' && route.pick === true}
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
              <>
                <a href="#/setup" class="button add-more" data-testid="open-setup">
                  {strings.accounts.setup}
                </a>
                <a href="#/paste" class="button" data-testid="open-paste-tool">
                  {pasteStrings.open}
                </a>
              </>
            }
            onTryDemo={() => void onTryDemo()}
            onAction={(action) => void onListAction(action)}
            status={(account) => <AccountStatus state={rowStates.states.get(account.id)} now={rowStates.now} />}
            rowActions={(account) => (
              <HistoryActions
                account={account}
                count={counts?.get(account.id) ?? (counts ? 0 : undefined)}
                onAlerts={(id) => navigate({ name: 'alerts', id })}
                onMessage={setMessage}
                onCleared={() => setCountsVersion((n) => n + 1)}
              />
            )}
          />
          <AlertsPanel settings={settings} used={used} onSaveSettings={onSaveQuiet} />
          <SettingsForm
            settings={settings}
            onSave={onSaveSettings}
            onInvalid={() => setMessage({ ok: false, text: strings.settings.fixErrors })}
          >
            <LanguagePicker settings={settings} onSave={onSaveSettings} />
          </SettingsForm>
          <SyncPanel accounts={accounts} />
          <BackupPanel />
        </>
      )}
    </main>
  );
}
