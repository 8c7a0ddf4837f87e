/** One allowance of a plan: its label, what is left in words, and a bar when the total is known. */
import { formatDate, formatQuotaAmount, quotaBytes, quotaFraction } from '@/utils/core/format';
import type { Quota } from '@/utils/model';
import { quotaLabel } from '@/components/card-text';
import { cardStrings as s } from '@/components/strings';

/** Props of `QuotaBar`. */
export interface QuotaBarProps {
  quota: Quota;
  locale?: string;
}

/** "Kuota Utama — 3.5 GB left of 10 GB" over a bar (the bar is decoration; the text says it all). */
export function QuotaBar({ quota, locale }: QuotaBarProps) {
  const fraction = quotaFraction(quota);
  const bytes = quotaBytes(quota);
  const amount = quota.unlimited
    ? s.unlimited
    : s.quotaLeft(
        formatQuotaAmount(quota, quota.remaining, locale),
        quota.total === undefined ? undefined : formatQuotaAmount(quota, quota.total, locale),
      );
  return (
    <div class="quota" data-testid="quota" data-kind={quota.kind} data-remaining-bytes={bytes === undefined ? undefined : String(bytes)}>
      <div class="quota-head">
        <span class="quota-label">{quotaLabel(quota)}</span>
        <span class="quota-amount">{amount}</span>
      </div>
      {fraction !== undefined && (
        <div class="quota-bar" aria-hidden="true">
          <div class="quota-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
        </div>
      )}
      {quota.expiresAt && (
        <p class="quota-until muted">
          {s.quotaUntil} <time dateTime={quota.expiresAt}>{formatDate(quota.expiresAt, locale)}</time>
        </p>
      )}
    </div>
  );
}
