/** The history page (`history.html#<accountId>`): a chart per account over a chosen range, and the readings. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { download } from '@/components/download';
import { ForecastLine } from '@/components/card-insights';
import { HistoryChart, type TopUpMark } from '@/entrypoints/history/history-chart';
import { buildInsight } from '@/utils/core/insight';
import { windowReadings } from '@/components/window-readings';
import { resolveAlerts } from '@/utils/core/alerts';
import { csvFileName, readingsCsv } from '@/utils/stores/csv';
import { localDate } from '@/utils/core/days-left';
import { formatBytes, formatDate, formatDateTime, formatMoney } from '@/utils/core/format';
import { creditValue, dataBytes, fromWindowStart, historyRows, series } from '@/utils/core/readings';
import type { Account, Reading } from '@/utils/model';
import { getAccounts } from '@/utils/stores/settings';
import { strings } from '@/entrypoints/history/strings';

const DAY_MS = 86_400_000;
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
  // Readings with the account and range they were read for: a list never shows under another's name or range.
  const [loaded, setLoaded] = useState<{ key: string; list: Reading[] }>();
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void getAccounts().then((list) => {
      setAccounts(list);
      setAccountId((id) => (list.some((a) => a.id === id) ? id : ((list.find((a) => a.primary) ?? list[0])?.id ?? '')));
    });
    const onHash = () => setAccountId(decodeURIComponent(location.hash.replace(/^#\/?/, '')));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!accountId) return;
    let alive = true;
    setShown(PAGE);
    const at = Date.now();
    const days = RANGES[range];
    // The forecast needs 30 days even when a shorter range is drawn, and the reading before them.
    const from = days === undefined ? 0 : at - Math.max(days, 30) * DAY_MS;
    windowReadings(accountId, from)
      .then((list) => {
        if (!alive) return;
        setNow(at);
        setLoaded({ key: `${accountId}|${range}`, list });
        setFailed(false);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [accountId, range]);

  const readings = loaded?.key === `${accountId}|${range}` ? loaded.list : undefined;
  const account = accounts?.find((a) => a.id === accountId);
  const currency = account?.currency ?? 'IDR';
  const days = RANGES[range];
  const from = days === undefined ? (readings?.[0]?.at ?? now) : now - days * DAY_MS;
  const topUpAbove = account ? resolveAlerts(account).topUpAbove : 0;
  const tableRows = useMemo(() => historyRows(readings ?? [], from, topUpAbove), [readings, from, topUpAbove]);
  const inRange = useMemo(() => tableRows.map((r) => r.reading).reverse(), [tableRows]);
  // Lines start at the range's start, from the reading before it when there is one.
  const creditPoints = useMemo(() => fromWindowStart(series(readings ?? [], creditValue), from), [readings, from]);
  const dataPoints = useMemo(() => fromWindowStart(series(readings ?? [], dataBytes), from), [readings, from]);
  // Also without readings: the forecast then says plainly that there is too little history.
  const insight = useMemo(() => (readings ? buildInsight(readings, now) : undefined), [readings, now]);
  const topUps: TopUpMark[] = tableRows.flatMap((r) =>
    r.topUp !== undefined && r.reading.credit
      ? [{ at: r.reading.at, value: r.reading.credit.amount, label: strings.topUp(formatMoney(r.topUp, currency)) }]
      : [],
  );

  const exportCsv = () => {
    if (!account || !readings) return;
    download(readingsCsv(inRange), csvFileName(account.name, localDate(Date.now())), 'text/csv');
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
        <button type="button" class="button small" data-testid="export-csv" disabled={!readings} onClick={exportCsv}>
          ⤓ {strings.exportCsv}
        </button>
      </header>

      {accounts && accounts.length === 0 && <p class="muted">{strings.noAccounts}</p>}
      {failed && (
        <p class="banner banner-error" role="alert">
          {strings.loadFailed}
        </p>
      )}
      {!readings && !failed && accountId && <p class="muted">{strings.loading}</p>}

      {account && readings && (
        <>
          <HistoryChart
            credit={creditPoints}
            data={dataPoints}
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
          {inRange.length === 0 ? (
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
                  {tableRows.slice(0, shown).map(({ reading: r, change, topUp }) => {
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
                {strings.shown(Math.min(shown, tableRows.length), tableRows.length)}{' '}
                {shown < tableRows.length && (
                  <button type="button" class="button small" data-testid="history-more" onClick={() => setShown(shown + PAGE)}>
                    {strings.showMore(Math.min(PAGE, tableRows.length - shown))}
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
