/** One account row's status and last reading, in words: "Up to date · Rp 25.750 · 12 days left · last reading 3 hours ago". */
import { daysLeft } from '@/utils/core/days-left';
import { formatMoney, formatRelative } from '@/utils/core/format';
import { cardStrings } from '@/components/strings';
import type { AccountState } from '@/entrypoints/options/accounts/use-account-states';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.accounts;

/** `[data-testid=account-status]`, `data-status` as on the popup card. */
export function AccountStatus({ state, now }: { state: AccountState | undefined; now: number }) {
  if (!state) return null;
  const { reading } = state;
  const parts = [s.status[state.status]];
  if (reading?.credit) parts.push(formatMoney(reading.credit.amount, reading.credit.currency));
  if (reading?.validUntil) parts.push(cardStrings.daysLeft(daysLeft(reading.validUntil, now)));
  parts.push(reading ? s.lastReading(formatRelative(reading.confirmedAt ?? reading.at, now)) : s.noReading);
  return (
    <span class={`account-status status-${state.status}`} data-testid="account-status" data-status={state.status}>
      {parts.join(' · ')}
    </span>
  );
}
