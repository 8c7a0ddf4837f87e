/**
 * The popup's first paint without a framework: the same markup, classes and `data-testid` hooks as
 * `entrypoints/popup/App.tsx` and `entrypoints/popup/account-card.tsx` draw for the same cards, so the Preact
 * app that loads next takes the DOM over unchanged. `tests/unit/components/first-paint.test.tsx`
 * compares the two; a change to the card's markup belongs in both.
 */
import { strings as popupStrings } from '@/entrypoints/popup/strings';
import { lastSeen } from '@/utils/core/readings';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatQuotaAmount,
  formatRelative,
  plainDecimal,
  quotaBytes,
  quotaFraction,
} from '@/utils/core/format';
import type { Quota } from '@/utils/model';
import type { CardModel, CardNotice } from '@/components/card-model';
import { linePath, SPARK_BOX } from '@/components/chart-geometry';
import { forecastLines } from '@/components/forecast-lines';
import { insightStrings } from '@/components/insight-strings';
import type { Insight } from '@/utils/core/insight';
import { LEVEL_SYMBOLS, NOTICE_SYMBOLS, noticeText, noticeTitle, quotaLabel } from '@/components/card-text';
import { cardStrings as s } from '@/components/strings';
import { dialStrings } from '@/components/dial-strings';
import { telHref } from '@/utils/core/dial';

type Child = Node | string | false | undefined;

/** `<tag attrs>children</tag>`; undefined and false attributes and children are left out. */
function el(tag: string, attrs: Record<string, string | number | boolean | undefined>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

function quotaView(quota: Quota): HTMLElement {
  const fraction = quotaFraction(quota);
  const bytes = quotaBytes(quota);
  const amount = quota.unlimited
    ? s.unlimited
    : s.quotaLeft(formatQuotaAmount(quota, quota.remaining), quota.total === undefined ? undefined : formatQuotaAmount(quota, quota.total));
  let bar: HTMLElement | undefined;
  if (fraction !== undefined) {
    const fill = el('div', { class: 'quota-fill' });
    fill.style.width = `${(fraction * 100).toFixed(1)}%`;
    bar = el('div', { class: 'quota-bar', 'aria-hidden': 'true' }, fill);
  }
  return el(
    'div',
    {
      class: 'quota',
      'data-testid': 'quota',
      'data-kind': quota.kind,
      'data-remaining-bytes': bytes === undefined ? undefined : String(bytes),
    },
    el(
      'div',
      { class: 'quota-head' },
      el('span', { class: 'quota-label' }, quotaLabel(quota)),
      el('span', { class: 'quota-amount' }, amount),
    ),
    bar,
    quota.expiresAt &&
      el('p', { class: 'quota-until muted' }, s.quotaUntil, ' ', el('time', { datetime: quota.expiresAt }, formatDate(quota.expiresAt))),
  );
}

function validityView(card: CardModel, validUntil: string, days: number): HTMLElement {
  const { graceUntil } = card.reading ?? {};
  const graceDays = card.graceDays;
  const inGrace = days < 0 && graceDays !== undefined && graceDays >= 0;
  const graceOver = days < 0 && graceDays !== undefined && graceDays < 0;
  return el(
    'div',
    { class: 'validity' },
    el(
      'p',
      { class: 'validity-main' },
      el('strong', { 'data-testid': 'days-left', 'data-days': days }, s.daysLeft(days)),
      el(
        'span',
        { class: 'muted' },
        ' · ',
        days < 0 ? s.lastDay : s.activeUntil,
        ' ',
        el('time', { 'data-testid': 'valid-until', datetime: validUntil }, formatDate(validUntil)),
      ),
    ),
    graceUntil &&
      el(
        'p',
        { class: 'validity-grace' },
        s.graceUntil,
        ' ',
        el('time', { 'data-testid': 'grace-until', datetime: graceUntil }, formatDate(graceUntil)),
        inGrace && el('span', { class: 'grace-note' }, s.graceNow(graceDays)),
        graceOver && el('span', { class: 'grace-note' }, s.graceOver),
      ),
  );
}

function noticeView(notice: CardNotice, busy: boolean): HTMLElement {
  const title = noticeTitle(notice);
  return el(
    'div',
    { class: `status-message status-${notice.kind}`, 'data-testid': 'status-message', 'data-kind': notice.kind },
    el('span', { class: 'status-symbol', 'aria-hidden': 'true' }, NOTICE_SYMBOLS[notice.kind]),
    el('p', { class: 'status-text' }, title && el('strong', {}, title, ': '), noticeText(notice)),
    notice.action &&
      el(
        'button',
        { type: 'button', class: 'button small', 'data-testid': `action-${notice.action}`, disabled: busy },
        s.action[notice.action],
      ),
  );
}

function svg(tag: string, attrs: Record<string, string>, ...children: Element[]): Element {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The sparkline, forecast and history button, as `CardInsights` draws them. */
function insightsView(insight: Insight): HTMLElement {
  const i = insightStrings;
  const credit = linePath(insight.credit, insight.from, insight.to, SPARK_BOX);
  const data = linePath(insight.data, insight.from, insight.to, SPARK_BOX);
  const spark =
    (credit || data) &&
    svg(
      'svg',
      {
        class: 'sparkline',
        'data-testid': 'sparkline',
        viewBox: `0 0 ${SPARK_BOX.width} ${SPARK_BOX.height}`,
        preserveAspectRatio: 'none',
        role: 'img',
        'aria-label': i.sparklineLabel(data ? i.creditAndData : i.credit),
      },
      ...(credit ? [svg('path', { d: credit, class: 'spark-credit', 'data-series': 'credit' })] : []),
      ...(data ? [svg('path', { d: data, class: 'spark-data', 'data-series': 'data' })] : []),
    );
  const lines = forecastLines(insight);
  const forecast =
    lines.length === 0
      ? el('p', { class: 'forecast muted small', 'data-testid': 'forecast', 'data-state': 'too-little' }, i.tooLittle)
      : el(
          'div',
          { class: 'forecast small', 'data-testid': 'forecast', 'data-state': 'ok', 'data-runs-out': insight.forecast.runsOut },
          ...lines.map((l) => el('p', { 'data-testid': `forecast-${l.key}`, 'data-runs-out': l.runsOut }, l.text)),
        );
  return el(
    'div',
    { class: 'insights' },
    el(
      'div',
      { class: 'insights-row' },
      spark || undefined,
      el('button', { type: 'button', class: 'button small', 'data-testid': 'open-history', title: i.historyLabel }, i.history),
    ),
    forecast,
  );
}

/**
 * The "check on your phone" line of a dialled account, as `DialLine` draws it until the app's `DialHelp`
 * (the same markup, with its hooks and the QR code) has loaded: the card has its full height at once.
 */
function dialView(code: string): HTMLElement {
  const d = dialStrings;
  return el(
    'div',
    { class: 'dial-help', 'data-testid': 'dial-help-placeholder' },
    el(
      'p',
      { class: 'dial-line' },
      el('span', {}, d.howTo(code)),
      ' ',
      el('a', { class: 'button small', href: telHref(code) }, d.call(code)),
      ' ',
      el('button', { type: 'button', class: 'button small', 'aria-expanded': 'false' }, d.showQr),
    ),
  );
}

/** One account card, as `AccountCard` draws it, with its sparkline and forecast when the snapshot has them. */
export function cardView(card: CardModel, now: number, insight?: Insight): HTMLElement {
  const { account, reading, level } = card;
  const seen = reading && lastSeen(reading);
  return el(
    'article',
    {
      class: `card level-${level} status-${card.status}`,
      'data-testid': 'account',
      'data-account-id': account.id,
      'data-status': card.status,
      'data-level': level,
      'aria-busy': card.busy ? 'true' : undefined,
      'aria-labelledby': `name-${account.id}`,
    },
    el(
      'header',
      { class: 'card-head' },
      el('h2', { class: 'card-name', id: `name-${account.id}` }, account.name),
      account.source.kind === 'demo' && el('span', { class: 'tag tag-demo', 'data-testid': 'demo-label', title: s.demoTitle }, s.demo),
      account.primary && el('span', { class: 'tag tag-primary', title: s.onBadgeTitle }, s.onBadge),
      card.reason &&
        el(
          'span',
          { class: `tag tag-${level}`, 'data-testid': 'level-label' },
          el('span', { 'aria-hidden': 'true' }, LEVEL_SYMBOLS[level], ' '),
          s.level[card.reason],
        ),
    ),
    reading?.credit &&
      el(
        'p',
        { class: 'credit' },
        el('span', { class: 'visually-hidden' }, s.credit, ': '),
        el(
          'span',
          {
            class: 'credit-amount',
            'data-testid': 'credit',
            'data-amount': plainDecimal(reading.credit.amount),
            'data-currency': reading.credit.currency,
          },
          formatMoney(reading.credit.amount, reading.credit.currency),
        ),
      ),
    reading?.validUntil !== undefined && card.days !== undefined && validityView(card, reading.validUntil, card.days),
    reading?.quotas !== undefined && reading.quotas.length > 0 && el('div', { class: 'quotas' }, ...reading.quotas.map(quotaView)),
    insight && insightsView(insight),
    account.source.kind === 'manual' && !!account.source.dialCode && dialView(account.source.dialCode),
    // Always there, so a status that changes after a refresh is announced.
    el('div', { class: 'live', role: 'status' }, card.notice && noticeView(card.notice, card.busy)),
    (seen !== undefined || card.busy) &&
      el(
        'p',
        { class: 'updated muted' },
        seen !== undefined &&
          el(
            'time',
            { 'data-testid': 'updated-at', datetime: new Date(seen).toISOString(), title: formatDateTime(seen) },
            s.updated(formatRelative(seen, now)),
          ),
        card.busy && el('span', { class: 'busy' }, ' · ', s.refreshing),
      ),
  );
}

/** The popup's header, as `App` draws it when nothing is running. */
function headerView(hasCards: boolean, busy: boolean): HTMLElement {
  const p = popupStrings;
  return el(
    'header',
    { class: 'popup-head' },
    el('h1', { class: 'popup-title' }, p.title),
    hasCards &&
      el(
        'button',
        {
          type: 'button',
          class: 'button',
          'data-testid': 'refresh',
          'aria-busy': 'false',
          'aria-label': p.refreshLabel,
          title: p.refreshLabel,
        },
        el('span', { class: busy ? 'spin' : undefined, 'aria-hidden': 'true' }, '↻'),
        ' ',
        p.refresh,
      ),
    el('button', { type: 'button', class: 'button', 'data-testid': 'open-paste', title: p.pasteLabel }, p.paste),
    el(
      'button',
      { type: 'button', class: 'button icon', 'data-testid': 'open-options', 'aria-label': p.settingsLabel, title: p.settingsLabel },
      el('span', { 'aria-hidden': 'true' }, '⚙'),
    ),
  );
}

function emptyView(): HTMLElement {
  const e = popupStrings.empty;
  return el(
    'section',
    { class: 'empty', 'data-testid': 'empty' },
    el('h2', {}, e.heading),
    el('p', { class: 'muted' }, e.text),
    el(
      'div',
      { class: 'empty-actions' },
      el('button', { type: 'button', class: 'button primary', 'data-testid': 'add-account' }, e.add),
      el('button', { type: 'button', class: 'button', 'data-testid': 'try-demo' }, e.demo),
    ),
  );
}

/**
 * The whole popup for `cards` at `now`, with each card's insight from `insights`, as `App` first draws it;
 * the buttons work once the app has loaded.
 */
export function popupView(cards: readonly CardModel[], now: number, insights?: ReadonlyMap<string, Insight>): HTMLElement {
  return el(
    'main',
    { class: 'popup' },
    headerView(
      cards.length > 0,
      cards.some((c) => c.busy),
    ),
    // The refresh result's live region, empty until a refresh ends.
    el('div', { class: 'live', role: 'status' }),
    cards.length === 0
      ? emptyView()
      : el('div', { class: 'cards' }, ...cards.map((card) => cardView(card, now, insights?.get(card.account.id)))),
  );
}
