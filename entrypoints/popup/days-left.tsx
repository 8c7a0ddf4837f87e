/** Days left in the active period, its last day, and the grace period when the carrier has one. */
import { formatDate } from '@/utils/core/format';
import { cardStrings as s } from '@/components/strings';

/** Props of `DaysLeft`. */
export interface DaysLeftProps {
  /** Whole days from today to `validUntil` (0 = ends today, negative = ended). */
  days: number;
  validUntil: string;
  graceUntil?: string;
  /** Whole days from today to `graceUntil`. */
  graceDays?: number;
  locale?: string;
}

/** "12 days left · Active until Jul 31, 2026", then the grace period line. */
export function DaysLeft({ days, validUntil, graceUntil, graceDays, locale }: DaysLeftProps) {
  const inGrace = days < 0 && graceDays !== undefined && graceDays >= 0;
  const graceOver = days < 0 && graceDays !== undefined && graceDays < 0;
  return (
    <div class="validity">
      <p class="validity-main">
        <strong data-testid="days-left" data-days={days}>
          {s.daysLeft(days)}
        </strong>
        <span class="muted">
          {' · '}
          {days < 0 ? s.lastDay : s.activeUntil}{' '}
          <time data-testid="valid-until" dateTime={validUntil}>
            {formatDate(validUntil, locale)}
          </time>
        </span>
      </p>
      {graceUntil && (
        <p class="validity-grace">
          {s.graceUntil}{' '}
          <time data-testid="grace-until" dateTime={graceUntil}>
            {formatDate(graceUntil, locale)}
          </time>
          {inGrace && graceDays !== undefined && <span class="grace-note">{s.graceNow(graceDays)}</span>}
          {graceOver && <span class="grace-note">{s.graceOver}</span>}
        </p>
      )}
    </div>
  );
}
