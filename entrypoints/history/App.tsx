/** The history page (`history.html#<accountId>`): a chart per account over a chosen range, and the readings. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { download } from '@/components/download';
import { ForecastLine } from '@/components/card-insights';
import { HistoryChart, type TopUpMark } from '@/entrypoints/history/history-chart';
import { csvParts, type HistoryView, loadHistory, loadRecent, tablePage } from '@/entrypoints/history/load-history';
import { buildInsight } from '@/utils/core/insight';
import { resolveAlerts } from '@/utils/core/alerts';
import { csvFileName } from '@/utils/stores/csv';
import { localDate } from '@/utils/core/days-left';
import { formatBytes, formatDate, formatDateTime, formatMoney } from '@/utils/core/format';
import { dataBytes, type HistoryRow } from '@/utils/core/readings';
import type { Account, Reading } from '@/utils/model';
import { getAccounts } from '@/utils/stores/settings';
import { strings } from '@/entrypoints/history/strings';

/** The ranges offered, in days (`all` = everything kept). */
const RANGES = { '7d': 7, '30d': 30, '1y': 365, all: undefined } as const;
type Range = keyof typeof RANGES;
/** Table rows shown at first and added per "Show more". */
const PAGE = 200;

/** The history page. */
export function App() {
  const [accounts, setAccounts] = useState<Account[]>();
  const [accountId, setAccountId] = useState(() => decodeURIComponent(location.hash.replace(/^#\/?/, '')));
  const [range, setRange] = useState<Range>('30d');
  // The view with the account and range it was read for: it never shows under another's name or range.
  const [loaded, setLoaded] = useState<{ key: string; view: HistoryView; now: number }>();
  // The table's rows read so far (pages of PAGE by cursor, newest first), for the same key.
  const [rows, setRows] = useState<{ key: string; list: HistoryRow[] }>();
  const [failed, setFailed] = useState(false);
  // The forecast's readings (the last 30 days), read once per account: the same whatever the range.
  const [recent, setRecent] = useState<{ accountId: string; readings: Reading[]; now: number }>();
  // An export under way: a second click waits for it (a ref, so the click re-renders nothing).
  const exporting = useRef(false);

  useEffect(() => {
    void getAccounts().then((list) => {
      setAccounts(list);
      setAccountId((id) => (list.some((a) => a.id === id) ? id : ((list.find((a) => a.primary) ?? list[0])?.id ?? '')));
    });
    const onHash = () => setAccountId(decodeURIComponent(location.hash.replace(/^#\/?/, '')));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const account = accounts?.find((a) => a.id === accountId);
  const topUpAbove = account ? resolveAlerts(account).topUpAbove : 0;
  const key = `${accountId}|${range}`;

  useEffect(() => {
    if (!accountId || !accounts) return;
    let alive = true;
    const at = Date.now();
    loadHistory(accountId, RANGES[range], at, topUpAbove, PAGE)
      .then((view) => {
        if (!alive) return;
        setLoaded({ key, view, now: at });
        setRows({ key, list: view.rows });
        setFailed(false);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
    // `key` and `topUpAbove` follow from the account, its settings and the range.
  }, [accountId, range, accounts, key, topUpAbove]);

  useEffect(() => {
    if (!accountId || !accounts) return;
    let alive = true;
    const at = Date.now();
    loadRecent(accountId, at)
      .then((readings) => alive && setRecent({ accountId, readings, now: at }))
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [accountId, accounts]);

  const view = loaded?.key === key ? loaded.view : undefined;
  const now = loaded?.now ?? Date.now();
  const tableRows = rows?.key === key ? rows.list : [];
  const currency = account?.currency ?? 'IDR';
  const from = view?.from ?? now;
  // Also without readings: the forecast then says plainly that there is too little history.
  const forecastFrom = recent?.accountId === accountId ? recent : undefined;
  const insight = useMemo(() => (forecastFrom ? buildInsight(forecastFrom.readings, forecastFrom.now) : undefined), [forecastFrom]);
  const topUps: TopUpMark[] = (view?.topUps ?? []).map((t) => ({
    at: t.at,
    value: t.value,
    label: strings.topUp(formatMoney(t.rise, currency)),
  }));
  const total = view?.total ?? 0;

  const showMore = () => {
    const last = tableRows[tableRows.length - 1];
    if (!view || !last) return;
    void tablePage(accountId, view.from, last.reading.at, PAGE, topUpAbove).then(
      (page) => setRows((current) => (current?.key === key ? { key, list: [...current.list, ...page] } : current)),
      () => setFailed(true),
    );
  };

  const exportCsv = () => {
    if (!account || !view || exporting.current) return;
    exporting.current = true;
    // Built batch by batch from the cursor, so the page stays responsive for a year of readings.
    void csvParts(account.id, view.from)
      .then((parts) => download(parts, csvFileName(account.name, localDate(Date.now())), 'text/csv'))
      .catch(() => setFailed(true))
      .finally(() => {
        exporting.current = false;
      });
  };

  const pace = (n: number | undefined) => (n === undefined ? undefined : formatMoney(n, currency));
  const credit = insight?.forecast.credit;

  return (
    <main class="history">
      <header class="history-controls">
        <h1>{strings.title}</h1>
        {accounts && accounts.length > 0 && (
          <label>
            {strings.account}{' '}
            <select
              data-testid="history-account"
              value={accountId}
              onChange={(e) => {
                location.hash = e.currentTarget.value;
              }}
            >
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <div role="group" aria-label={strings.rangeLabel} class="history-controls">
          {(Object.keys(RANGES) as Range[]).map((r) => (
            <button
              key={r}
              type="button"
              class="button small"
              data-testid="history-range"
              data-range={r}
              aria-pressed={r === range ? 'true' : 'false'}
              onClick={() => setRange(r)}
            >
              {strings.ranges[r]}
            </button>
          ))}
        </div>
        <button type="button" class="button small" data-testid="export-csv" disabled={!view} onClick={exportCsv}>
          ⤓ {strings.exportCsv}
        </button>
      </header>

      {accounts && accounts.length === 0 && <p class="muted">{strings.noAccounts}</p>}
      {failed && (
        <p class="banner banner-error" role="alert">
          {strings.loadFailed}
        </p>
      )}
      {!view && !failed && accountId && <p class="muted">{strings.loading}</p>}

      {account && view && (
        <>
          <HistoryChart
            credit={view.credit.points}
            data={view.data.points}
            creditDays={view.credit.days}
            dataDays={view.data.days}
            topUps={topUps}
            from={from}
            to={now}
            label={strings.chartLabel(account.name, strings.ranges[range])}
            formatCredit={(n) => formatMoney(n, currency)}
            formatData={(n) => formatBytes(n)}
            formatTime={(at) => formatDate(localDate(at))}
          />
          <p class="legend small">
            <span class="swatch-credit">{strings.creditLegend}</span>
            <span class="swatch-data">{strings.dataLegend}</span>
            <span class="swatch-topup">{strings.topUpLegend}</span>
          </p>
          {insight && <ForecastLine insight={insight} />}
          {credit && credit.kind !== 'too-little' && (
            <p class="muted small" data-testid="history-pace">
              {strings.pace(pace(credit.pace7), pace(credit.pace30))}
            </p>
          )}
          {total === 0 ? (
            <p class="muted">{strings.empty}</p>
          ) : (
            <>
              <table class="history-table">
                <thead>
                  <tr>
                    <th>{strings.columns.time}</th>
                    <th>{strings.columns.credit}</th>
                    <th>{strings.columns.change}</th>
                    <th>{strings.columns.validUntil}</th>
                    <th>{strings.columns.data}</th>
                    <th>{strings.columns.note}</th>
                  </tr>
                </thead>
                <tbody>
                  {tableRows.map(({ reading: r, change, topUp }) => {
                    const data = dataBytes(r);
                    const notes = [
                      topUp !== undefined ? `★ ${strings.topUp(formatMoney(topUp, currency))}` : undefined,
                      r.day && r.day.creditMin !== undefined && r.day.creditMax !== undefined
                        ? strings.daySummary(r.day.count, formatMoney(r.day.creditMin, currency), formatMoney(r.day.creditMax, currency))
                        : undefined,
                      r.confirmedAt !== undefined ? strings.seenUntil(formatDateTime(r.confirmedAt)) : undefined,
                    ].filter(Boolean);
                    return (
                      <tr
                        key={r.at}
                        data-testid="history-row"
                        data-at={new Date(r.at).toISOString()}
                        data-top-up={topUp !== undefined ? 'true' : undefined}
                      >
                        <td>
                          <time dateTime={new Date(r.at).toISOString()}>{formatDateTime(r.at)}</time>
                        </td>
                        <td>{r.credit ? formatMoney(r.credit.amount, r.credit.currency) : ''}</td>
                        <td>{change ? (change > 0 ? '+' : '') + formatMoney(change, currency) : ''}</td>
                        <td>{r.validUntil ? formatDate(r.validUntil) : ''}</td>
                        <td>{data === undefined ? '' : formatBytes(data)}</td>
                        <td>{notes.join(' · ')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p class="muted small" data-testid="history-count">
                {strings.shown(tableRows.length, total)}{' '}
                {tableRows.length < total && (
                  <button type="button" class="button small" data-testid="history-more" onClick={showMore}>
                    {strings.showMore(Math.min(PAGE, total - tableRows.length))}
                  </button>
                )}
              </p>
            </>
          )}
        </>
      )}
    </main>
  );
}
