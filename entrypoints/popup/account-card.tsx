/** One popup card: an account's credit, days left, grace period, quotas, freshness and status. */
import type { ComponentChildren } from 'preact';
import { formatDateTime, formatRelative } from '@/utils/core/format';
import { lastSeen } from '@/utils/core/readings';
import type { CardAction, CardModel } from '@/components/card-model';
import { LEVEL_SYMBOLS } from '@/components/card-text';
import { DaysLeft } from '@/entrypoints/popup/days-left';
import { Money } from '@/components/money';
import { QuotaBar } from '@/entrypoints/popup/quota-bar';
import { StatusMessage } from '@/entrypoints/popup/status-message';
import { cardStrings as s } from '@/components/strings';

/** Props of `AccountCard`. */
export interface AccountCardProps {
  card: CardModel;
  now: number;
  onAction?: (card: CardModel, action: CardAction) => void;
  locale?: string;
  /** Shown under the quotas: the sparkline and forecast, once loaded. */
  children?: ComponentChildren;
}

/** The card, with the `data-testid` hooks of `docs/test-hooks.md`. */
export function AccountCard({ card, now, onAction, locale, children }: AccountCardProps) {
  const { account, reading, status, level } = card;
  const isDemo = account.source.kind === 'demo';
  return (
    <article
      class={`card level-${level} status-${status}`}
      data-testid="account"
      data-account-id={account.id}
      data-status={status}
      data-level={level}
      aria-busy={card.busy ? 'true' : undefined}
      aria-labelledby={`name-${account.id}`}
    >
      <header class="card-head">
        <h2 class="card-name" id={`name-${account.id}`}>
          {account.name}
        </h2>
        {isDemo && (
          <span class="tag tag-demo" data-testid="demo-label" title={s.demoTitle}>
            {s.demo}
          </span>
        )}
        {account.primary && (
          <span class="tag tag-primary" title={s.onBadgeTitle}>
            {s.onBadge}
          </span>
        )}
        {card.reason && (
          <span class={`tag tag-${level}`} data-testid="level-label">
            <span aria-hidden="true">{LEVEL_SYMBOLS[level]} </span>
            {s.level[card.reason]}
          </span>
        )}
      </header>

      {reading?.credit && (
        <p class="credit">
          <span class="visually-hidden">{s.credit}: </span>
          <Money money={reading.credit} testId="credit" class="credit-amount" locale={locale} />
        </p>
      )}

      {reading?.validUntil !== undefined && card.days !== undefined && (
        <DaysLeft
          days={card.days}
          validUntil={reading.validUntil}
          graceUntil={reading.graceUntil}
          graceDays={card.graceDays}
          locale={locale}
        />
      )}

      {reading?.quotas && reading.quotas.length > 0 && (
        <div class="quotas">
          {reading.quotas.map((quota, i) => (
            <QuotaBar key={`${quota.label}-${i}`} quota={quota} locale={locale} />
          ))}
        </div>
      )}

      {children}

      {/* Always there, so a status that changes after a refresh is announced. */}
      <div class="live" role="status">
        {card.notice && (
          <StatusMessage notice={card.notice} busy={card.busy} onAction={onAction ? (action) => onAction(card, action) : undefined} />
        )}
      </div>

      {(reading || card.busy) && (
        <p class="updated muted">
          {reading && (
            <time
              data-testid="updated-at"
              dateTime={new Date(lastSeen(reading)).toISOString()}
              title={formatDateTime(lastSeen(reading), locale)}
            >
              {s.updated(formatRelative(lastSeen(reading), now, locale))}
            </time>
          )}
          {card.busy && <span class="busy"> · {s.refreshing}</span>}
        </p>
      )}
    </article>
  );
}
