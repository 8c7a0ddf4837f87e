/** The popup: one card per enabled account from stored data, a refresh button, and an empty state. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccountCard } from '@/entrypoints/popup/account-card';
import { buildCards, type CardAction, type CardModel } from '@/components/card-model';
import { useDialHelp } from '@/entrypoints/popup/use-dial-help';
import { DialLine } from '@/entrypoints/popup/dial-line';
import { useInsights } from '@/entrypoints/popup/use-insights';
import { CardInsights } from '@/components/card-insights';
import type { Insight } from '@/utils/core/insight';
import { readingsStore } from '@/utils/stores/db';
import { sendMessage } from '@/utils/background/messages';
import type { Reading } from '@/utils/model';
import type { CardAccount, CardState } from '@/utils/core/popup-snapshot';
import { getRefreshStates, watchRefreshStates } from '@/utils/stores/refresh-state';
import { createDemoAccount, getAccounts, getSettings, upsertAccount, watchAccounts } from '@/utils/stores/settings';
import { accountUrl } from '@/utils/model/source-kinds';
import { strings } from '@/entrypoints/popup/strings';

/** What the cards are drawn from: read from storage, or first from the snapshot in the popup's URL. */
export interface Stored {
  accounts: readonly CardAccount[];
  readings: ReadonlyMap<string, Reading>;
  states: Readonly<Record<string, CardState>>;
}

/** Result of the last press of Refresh. */
type RefreshResult = { kind: 'ok' } | { kind: 'failed'; names: string[] } | { kind: 'unreachable' };

/** Reads everything the popup shows, from storage and IndexedDB only (never the network). */
async function loadStored(): Promise<Stored> {
  const [accounts, states] = await Promise.all([getAccounts(), getRefreshStates()]);
  let readings = new Map<string, Reading>();
  try {
    readings = await readingsStore.latestMany(accounts.filter((a) => a.enabled).map((a) => a.id));
  } catch (error) {
    // Cards still show names and statuses when IndexedDB is unavailable.
    console.error('Balance Badge: could not read readings', error);
  }
  return { accounts, readings, states };
}

/** Opens the options page at a route (`#/edit/<id>`), or its start when none is given. */
async function openOptions(route?: string): Promise<void> {
  if (route) await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${route}` });
  else await browser.runtime.openOptionsPage();
  // Close only a real popup: the same page opened in a tab (tests, "open in tab") stays.
  if (!(await browser.tabs.getCurrent())) window.close();
}

/** Opens an extension page in a tab, and closes a real popup. */
async function openPage(path: `/history.html${string}`): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  if (!(await browser.tabs.getCurrent())) window.close();
}

/** Props of `App`. */
export interface AppProps {
  /** What the first paint showed (the snapshot); storage is read right after and replaces it. */
  initial?: Stored;
  /** The snapshot's sparklines and forecasts, kept while the readings are the ones they were made from. */
  initialInsights?: ReadonlyMap<string, Insight>;
}

/** The readings the cards show, as a key: it changes when one of them does. */
function readingsKeyOf(stored: Stored | undefined): string {
  if (!stored) return '';
  return stored.accounts
    .filter((a) => a.enabled)
    .map((a) => {
      const r = stored.readings.get(a.id);
      return `${a.id}:${r?.at ?? ''}:${r?.confirmedAt ?? ''}`;
    })
    .join('|');
}

/** The popup page. */
export function App({ initial, initialInsights }: AppProps) {
  const [stored, setStored] = useState<Stored | undefined>(initial);
  const [loadError, setLoadError] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [refreshing, setRefreshing] = useState(false);
  const [refreshResult, setRefreshResult] = useState<RefreshResult>();
  const [retrying, setRetrying] = useState<ReadonlySet<string>>(new Set());
  const [demoError, setDemoError] = useState(false);

  useEffect(() => {
    let alive = true;
    let latestLoad = 0;
    const load = async () => {
      const mine = ++latestLoad;
      try {
        const next = await loadStored();
        // Only the newest load may land, so a slow early read never overwrites a newer one.
        if (alive && mine === latestLoad) {
          setStored(next);
          setNow(Date.now());
          setLoadError(false);
        }
      } catch (error) {
        console.error('Balance Badge: could not load accounts', error);
        if (alive) setLoadError(true);
      }
    };
    void load();
    // Refresh states change after every refresh and every recorded reading: reload on both.
    const stopAccounts = watchAccounts(() => void load());
    const stopStates = watchRefreshStates(() => void load());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      alive = false;
      stopAccounts();
      stopStates();
      clearInterval(timer);
    };
  }, []);

  const cards = useMemo(() => (stored ? buildCards(stored.accounts, stored.readings, stored.states, now) : []), [stored, now]);
  const dialCodeOf = (card: CardModel) => (card.account.source.kind === 'manual' ? card.account.source.dialCode : undefined);
  const DialHelp = useDialHelp(cards.some((c) => dialCodeOf(c) !== undefined));
  // Sparklines and forecasts: the snapshot's with the first paint, loaded after the cards when readings change.
  const insights = useInsights(
    stored?.accounts.filter((a) => a.enabled).map((a) => a.id),
    readingsKeyOf(stored),
    initialInsights,
  );

  const refreshAll = useCallback(async () => {
    setRefreshing(true);
    setRefreshResult(undefined);
    try {
      const outcomes = await sendMessage('refresh', {});
      const failed = (outcomes ?? []).filter((o) => !o.ok);
      const names = failed.map((o) => stored?.accounts.find((a) => a.id === o.accountId)?.name ?? o.accountId);
      setRefreshResult(names.length > 0 ? { kind: 'failed', names } : { kind: 'ok' });
    } catch (error) {
      console.error('Balance Badge: refresh failed', error);
      setRefreshResult({ kind: 'unreachable' });
    } finally {
      setRefreshing(false);
    }
  }, [stored]);

  const onAction = useCallback(async (card: CardModel, action: CardAction) => {
    // The card may come from the snapshot, which holds no URL: the account is read from storage.
    const account = action === 'sign-in' ? (await getAccounts()).find((a) => a.id === card.account.id) : undefined;
    const signInUrl = account && accountUrl(account);
    if (signInUrl) {
      // Signing in happens on the site itself; the next refresh then reads the account again.
      await browser.tabs.create({ url: signInUrl });
      if (!(await browser.tabs.getCurrent())) window.close();
      return;
    }
    // Pick: the account's form, picking the values on the page at once.
    if (action === 'pick') {
      await openOptions(`/edit/${card.account.id}/pick`);
      return;
    }
    // Update and update-token (a JSON API refused its token): the fix is in the account's form.
    if (action !== 'retry') {
      await openOptions(`/edit/${card.account.id}`);
      return;
    }
    const id = card.account.id;
    setRetrying((ids) => new Set(ids).add(id));
    try {
      await sendMessage('refresh', { accountIds: [id] });
    } catch (error) {
      console.error('Balance Badge: retry failed', error);
    } finally {
      setRetrying((ids) => {
        const next = new Set(ids);
        next.delete(id);
        return next;
      });
    }
  }, []);

  const tryDemo = useCallback(async () => {
    setDemoError(false);
    try {
      const demo = createDemoAccount(await getSettings(), await getAccounts());
      // The background sees the stored account and plans its first refresh.
      await upsertAccount(demo);
    } catch (error) {
      console.error('Balance Badge: could not add the demo', error);
      setDemoError(true);
    }
  }, []);

  const busy = refreshing || cards.some((c) => c.busy);

  return (
    <main class="popup" aria-busy={stored ? undefined : 'true'}>
      <header class="popup-head">
        <h1 class="popup-title">{strings.title}</h1>
        {cards.length > 0 && (
          <button
            type="button"
            class="button"
            data-testid="refresh"
            aria-busy={refreshing ? 'true' : 'false'}
            aria-label={strings.refreshLabel}
            title={strings.refreshLabel}
            // Never disabled, which would drop the keyboard focus; aria-busy says it runs, and a second
            // press joins the running refresh in the background.
            onClick={() => void refreshAll()}
          >
            <span class={busy ? 'spin' : undefined} aria-hidden="true">
              ↻
            </span>{' '}
            {refreshing ? strings.refreshing : strings.refresh}
          </button>
        )}
        <button type="button" class="button" data-testid="open-paste" title={strings.pasteLabel} onClick={() => void openOptions('/paste')}>
          {strings.paste}
        </button>
        <button
          type="button"
          class="button icon"
          data-testid="open-options"
          aria-label={strings.settingsLabel}
          title={strings.settingsLabel}
          onClick={() => void openOptions()}
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </header>

      {loadError && (
        <p class="banner banner-error" role="alert">
          {strings.loadFailed}
        </p>
      )}

      {/* Always there, so screen readers announce the result put into it. */}
      <div class="live" role="status">
        {refreshResult && refreshResult.kind !== 'ok' && (
          <p class="banner banner-error" data-testid="refresh-result" data-ok="false">
            {refreshResult.kind === 'failed' ? strings.refreshFailed(refreshResult.names.join(', ')) : strings.refreshUnreachable}
          </p>
        )}
        {refreshResult?.kind === 'ok' && (
          <p class="visually-hidden" data-testid="refresh-result" data-ok="true">
            {strings.refreshDone}
          </p>
        )}
      </div>

      {stored && cards.length === 0 && (
        <section class="empty" data-testid="empty">
          <h2>{strings.empty.heading}</h2>
          <p class="muted">{strings.empty.text}</p>
          <div class="empty-actions">
            <button type="button" class="button primary" data-testid="add-account" onClick={() => void openOptions('/setup')}>
              {strings.empty.add}
            </button>
            <button type="button" class="button" data-testid="try-demo" onClick={() => void tryDemo()}>
              {strings.empty.demo}
            </button>
          </div>
          {demoError && (
            <p class="banner banner-error" role="alert">
              {strings.empty.demoFailed}
            </p>
          )}
        </section>
      )}

      {cards.length > 0 && (
        <div class="cards">
          {cards.map((card) => (
            <AccountCard
              key={card.account.id}
              card={retrying.has(card.account.id) ? { ...card, busy: true } : card}
              now={now}
              onAction={(c, action) => void onAction(c, action)}
            >
              {insights.has(card.account.id) && (
                <CardInsights
                  insight={insights.get(card.account.id) as Insight}
                  onOpenHistory={() => void openPage(`/history.html#${card.account.id}`)}
                />
              )}
              {dialCodeOf(card) &&
                (DialHelp ? <DialHelp code={dialCodeOf(card) as string} /> : <DialLine code={dialCodeOf(card) as string} />)}
            </AccountCard>
          ))}
        </div>
      )}
    </main>
  );
}
