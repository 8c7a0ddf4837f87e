/** An amount of money, formatted with Intl, carrying its plain value for tests and tools. */
import type { Money as MoneyValue } from '@/utils/model';
import { formatMoney, plainDecimal } from '@/utils/core/format';

/** Props of `Money`. */
export interface MoneyProps {
  money: MoneyValue;
  /** `data-testid` of the element, e.g. `credit`. */
  testId?: string;
  class?: string;
  locale?: string;
}

/** `IDR 25,750`, with `data-amount="25750"` and `data-currency="IDR"`. */
export function Money({ money, testId, class: className, locale }: MoneyProps) {
  return (
    <span class={className} data-testid={testId} data-amount={plainDecimal(money.amount)} data-currency={money.currency}>
      {formatMoney(money.amount, money.currency, locale)}
    </span>
  );
}
