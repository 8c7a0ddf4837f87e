/**
 * Guided setup (`options.html#/setup`): which line, how the user checks it today, then one screen that
 * says what will be refreshed, how often and what the extension may read, and saves a working account.
 * Opened on first install and from the empty popup; the accounts come from `setup-accounts.ts`.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Account, Settings } from '@/utils/model';
import { originPattern } from '@/utils/core/origins';
import { DEFAULT_REMIND_DAYS } from '@/utils/core/status';
import { createDemoAccount, getAccounts, getSettings, newAccountId, upsertAccount } from '@/utils/stores/settings';
import { DialHelp } from '@/components/dial-help';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import { storeSetupAccount } from '@/entrypoints/options/accounts/save-account';
import { focusElement, focusFirstInvalid } from '@/entrypoints/options/focus';
import type { PageMessage } from '@/entrypoints/options/page-message';
import type { Route } from '@/entrypoints/options/route';
import {
  AXIS_DIAL_CODE,
  MESSAGES_URL_HINT,
  type SetupContext,
  type SetupPath,
  setupAccount,
  setupUrl,
} from '@/entrypoints/options/setup/setup-accounts';
import { setupStrings as s } from '@/entrypoints/options/setup/setup-strings';
import { optionsStrings } from '@/entrypoints/options/strings';
import { navigate } from '@/entrypoints/options/use-route';
import { routeHash } from '@/entrypoints/options/route';

/** Props of `SetupPage`. */
export interface SetupPageProps {
  route: Extract<Route, { name: 'setup' }>;
  accounts: readonly Account[];
  settings: Settings;
  onMessage: (message: PageMessage | undefined) => void;
}

function Choice({ href, choice, title, note }: { href: string; choice: string; title: string; note: string }) {
  return (
    <li>
      <a class="setup-choice" href={href} data-testid="setup-choice" data-choice={choice}>
        <strong>{title}</strong>
        <span class="muted">{note}</span>
      </a>
    </li>
  );
}

/** Screen 1: which line. */
function LineScreen({ onMessage }: { onMessage: SetupPageProps['onMessage'] }) {
  const [busy, setBusy] = useState(false);
  const showDemo = async () => {
    setBusy(true);
    try {
      const accounts = await getAccounts();
      // The demo seeded at install is kept (shown again if it was turned off); a second one is never added.
      // It takes the badge only when no other account is enabled: never from the user's own line.
      const demo = accounts.find((a) => a.source.kind === 'demo');
      const takesBadge = !accounts.some((a) => a.enabled && a.id !== demo?.id);
      if (!demo) await upsertAccount(createDemoAccount(await getSettings(), accounts));
      else if (!demo.enabled) await upsertAccount({ ...demo, enabled: true, primary: takesBadge });
      navigate({ name: 'home' });
    } catch (error) {
      onMessage({ ok: false, text: s.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p class="muted setup-step">{s.step(1, 3)}</p>
      <h2 id="setup-heading">{s.lineHeading}</h2>
      <p class="muted">{s.lineIntro}</p>
      <ul class="setup-choices">
        <Choice href="#/setup/prepaid" choice="prepaid" title={s.lines.prepaid} note={s.lines.prepaidNote} />
        <Choice href="#/add/esim" choice="esim" title={s.lines.esim} note={s.lines.esimNote} />
        <Choice href="#/add/other" choice="other" title={s.lines.other} note={s.lines.otherNote} />
      </ul>
      <div class="actions">
        <button type="button" class="button" data-testid="setup-demo" disabled={busy} onClick={() => void showDemo()}>
          {s.demo}
        </button>
        <span class="muted small">{s.demoNote}</span>
        <a href="#/" class="button" data-testid="setup-skip">
          {s.skip}
        </a>
      </div>
    </>
  );
}

/** Screen 2: how the user checks a prepaid line today. */
function PathScreen() {
  return (
    <>
      <p class="muted setup-step">{s.step(2, 3)}</p>
      <h2 id="setup-heading">{s.howHeading}</h2>
      <ul class="setup-choices">
        <Choice href="#/setup/prepaid/website" choice="website" title={s.paths.website} note={s.paths.websiteNote} />
        <Choice href="#/setup/prepaid/messages" choice="messages" title={s.paths.messages} note={s.paths.messagesNote} />
        <Choice href="#/setup/prepaid/dial" choice="dial" title={s.paths.dial} note={s.paths.dialNote} />
      </ul>
      <div class="actions">
        <a href="#/setup" class="button" data-testid="setup-back">
          ← {s.back}
        </a>
      </div>
    </>
  );
}

const hostOf = (url: string | undefined) => (url ? new URL(url).host : undefined);

/**
 * The last screen (`setup-done`): what path `path` made, and the one step left. Its route
 * (`#/setup/prepaid/<path>/done/<id>`) replaces the form's in history, so Back then Forward shows it
 * again rather than a form that would make a second account.
 */
function DoneScreen({ path, account }: { path: SetupPath; account: Account }) {
  const source = account.source;
  // The save button is gone with the form: focus goes to what it made, as after a route change.
  useEffect(() => {
    focusElement(document.getElementById('setup-heading'));
  }, []);
  return (
    <div data-testid="setup-done" data-account-id={account.id}>
      <p class="muted setup-step">{s.step(3, 3)}</p>
      <h2 id="setup-heading">
        ✓{' '}
        {path === 'dial'
          ? s.dial.done(account.name)
          : path === 'website'
            ? s.website.done(account.name, hostOf(source.kind === 'web-page' ? source.url : undefined) ?? '')
            : s.messages.done(account.name)}
      </h2>
      {source.kind === 'manual' && source.dialCode && <DialHelp code={source.dialCode} />}
      <div class="actions">
        {source.kind === 'manual' && (
          <a class="button primary" href={`#/paste?account=${account.id}`} data-testid="setup-paste">
            {s.dial.paste}
          </a>
        )}
        {source.kind === 'web-page' && (
          <button
            type="button"
            class="button primary"
            data-testid="setup-open-site"
            onClick={() => void browser.tabs.create({ url: source.url })}
          >
            {path === 'messages' ? s.messages.open : s.website.open(hostOf(source.url) ?? '')}
          </button>
        )}
        <a href="#/" class="button" data-testid="setup-to-settings">
          {s.toSettings}
        </a>
      </div>
    </div>
  );
}

/** The last screen opened by its route: the account it names, if it is still stored. */
function DoneRoute({ path, id, accounts }: { path: SetupPath; id: string; accounts: readonly Account[] }) {
  const account = accounts.find((a) => a.id === id);
  if (account) return <DoneScreen path={path} account={account} />;
  return (
    <>
      <h2 id="setup-heading">{optionsStrings.form.notFound}</h2>
      <div class="actions">
        <a href="#/setup" class="button" data-testid="setup-back">
          ← {s.back}
        </a>
      </div>
    </>
  );
}

/** Screen 3: the summary and the save, then the result (`setup-done`). */
function PathSetup({ path, accounts, settings, onMessage }: { path: SetupPath } & Omit<SetupPageProps, 'route'>) {
  const [name, setName] = useState(s.defaultName);
  const [url, setUrl] = useState(path === 'messages' ? MESSAGES_URL_HINT : '');
  const [urlError, setUrlError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Account>();
  const checked = setupUrl(url);
  const site = hostOf(checked);
  const hadDemo = accounts.some((a) => a.source.kind === 'demo');

  const save = async (event: Event) => {
    event.preventDefault();
    onMessage(undefined);
    const ctx: SetupContext = { id: newAccountId(), settings, name: name.trim() || s.defaultName };
    const account = setupAccount(path, ctx, url);
    if (!account) {
      setUrlError(path === 'messages' ? s.messagesUrlInvalid : s.urlInvalid);
      focusFirstInvalid();
      return;
    }
    setUrlError(undefined);
    setBusy(true);
    try {
      if (account.source.kind === 'web-page') {
        // The first await of the click: the browser shows its prompt only while the click lasts.
        const origin = originPattern(account.source.url);
        if (!(await requestOrigin(account.source.url))) {
          onMessage({ ok: false, text: s.denied(origin) });
          return;
        }
      }
      await storeSetupAccount(account);
      // The form's history entry becomes the last screen's (no hashchange: this view stays as it is).
      history.replaceState(history.state, '', routeHash({ name: 'setup', line: 'prepaid', path, done: account.id }));
      setDone(account);
    } catch (error) {
      onMessage({ ok: false, text: s.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  const words =
    path === 'dial'
      ? {
          heading: s.dial.heading(AXIS_DIAL_CODE),
          intro: s.dial.intro(AXIS_DIAL_CODE),
          refreshed: s.dial.refreshed(AXIS_DIAL_CODE),
          often: s.dial.often(DEFAULT_REMIND_DAYS),
          reads: s.dial.reads,
        }
      : path === 'website'
        ? {
            heading: s.website.heading,
            intro: s.website.intro,
            refreshed: s.website.refreshed,
            often: s.website.often(settings.defaultIntervalMinutes),
            reads: site ? s.website.reads(site) : s.website.readsAny,
          }
        : {
            heading: s.messages.heading,
            intro: s.messages.intro,
            refreshed: s.messages.refreshed,
            often: s.messages.often(settings.defaultIntervalMinutes),
            reads: s.messages.reads(site ?? 'messages.google.com'),
          };

  if (done) return <DoneScreen path={path} account={done} />;

  return (
    <form noValidate onSubmit={(e) => void save(e)}>
      <p class="muted setup-step">{s.step(3, 3)}</p>
      <h2 id="setup-heading">{words.heading}</h2>
      <p class="muted">{words.intro}</p>
      <div class="field">
        <label for="setup-name">{s.name}</label>
        <input id="setup-name" data-testid="setup-name" value={name} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      {path !== 'dial' && (
        <div class="field">
          <label for="setup-url">{s.url}</label>
          <input
            id="setup-url"
            type="url"
            data-testid="setup-url"
            value={url}
            placeholder="https://"
            aria-invalid={urlError ? 'true' : undefined}
            aria-describedby="setup-url-hint"
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <p id="setup-url-hint" class="muted small">
            {path === 'website' ? s.website.urlHint : s.messages.urlHint}
          </p>
          {urlError && (
            <p class="field-error" role="alert" data-testid="field-error" data-field="url">
              ✕ {urlError}
            </p>
          )}
        </div>
      )}
      <h3>{s.summaryHeading}</h3>
      <dl class="setup-summary" data-testid="setup-summary">
        <dt>{s.refreshed}</dt>
        <dd>{words.refreshed}</dd>
        <dt>{s.often}</dt>
        <dd>{words.often}</dd>
        <dt>{s.reads}</dt>
        <dd>{words.reads}</dd>
      </dl>
      {hadDemo && <p class="muted small">{s.demoLeaves}</p>}
      <div class="actions">
        <button type="submit" class="button primary" data-testid="setup-save" disabled={busy}>
          {busy ? s.saving : s.save}
        </button>
        <a href="#/setup/prepaid" class="button" data-testid="setup-back">
          ← {s.back}
        </a>
      </div>
    </form>
  );
}

/** The setup page, `[data-testid=setup]`. */
export function SetupPage({ route, accounts, settings, onMessage }: SetupPageProps) {
  return (
    <section class="panel setup" data-testid="setup" aria-labelledby="setup-heading">
      {route.path && route.done ? (
        <DoneRoute path={route.path} id={route.done} accounts={accounts} />
      ) : route.path ? (
        <PathSetup key={route.path} path={route.path} accounts={accounts} settings={settings} onMessage={onMessage} />
      ) : route.line === 'prepaid' ? (
        <PathScreen />
      ) : (
        <LineScreen onMessage={onMessage} />
      )}
    </section>
  );
}
