/** One account row's status and last reading, in words: "Up to date · Rp 25.750 · 12 days left · updated 3 hours ago". */
import { formatMoney, formatRelative } from '@/utils/core/format';
import type { CardModel } from '@/components/card-model';
import { cardStrings } from '@/components/strings';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.accounts;

/** `[data-testid=account-status]`, `data-status` as on the popup card. */
export function AccountStatus({ card, now }: { card: CardModel | undefined; now: number }) {
  if (!card) return null;
  const { reading } = card;
  const parts = [s.status[card.status]];
  if (reading?.credit) parts.push(formatMoney(reading.credit.amount, reading.credit.currency));
  if (card.days !== undefined) parts.push(cardStrings.daysLeft(card.days));
  parts.push(reading ? s.lastReading(formatRelative(reading.confirmedAt ?? reading.at, now)) : s.noReading);
  return (
    <span class={`account-status status-${card.status}`} data-testid="account-status" data-status={card.status}>
      {parts.join(' · ')}
    </span>
  );
}
