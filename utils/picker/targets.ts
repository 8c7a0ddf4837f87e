/**
 * What the picker can assign a pick to, and how each shows the value as it will be stored: the text the
 * locator finds, read by the same page reader as a refresh (`readingFromScan`) and worded as the card
 * words it. A new value target is one more entry here (a message list's item is made by `utils/sources/item-selector.ts`).
 */
import type { FieldLocator, PickedLocator, Reading, SourceField } from '@/utils/model';
import type { PickField } from '@/utils/model/picker';
import { formatBytes, formatDate, formatMoney } from '@/utils/core/format';
import { readingFromScan } from '@/utils/sources/page-reading';

/** What a preview needs to read a value as a refresh would. */
export interface PreviewContext {
  currency: string;
  now: number;
  timeZone?: string;
  /** The UI language, for the words of the preview. */
  locale?: string;
  host: string;
}

/** A value found by a locator, as it will be stored; undefined when it is not a value of that field. */
export type Preview = (text: string, locator: PickedLocator, context: PreviewContext) => string | undefined;

/** The reading a refresh would store from `text` at `field`. */
function readAs(field: SourceField, text: string, locator: FieldLocator, context: PreviewContext): Reading | undefined {
  const result = readingFromScan(
    { text: '', selected: { [field]: text }, hasPassword: false, scripts: 0, textLength: 0 },
    {
      accountId: 'pick',
      at: context.now,
      host: context.host,
      currency: context.currency,
      now: context.now,
      timeZone: context.timeZone,
      selectors: { [field]: locator },
    },
  );
  return result.ok && result.reading ? result.reading : undefined;
}

const dataPreview: Preview = (text, locator, context) => {
  // A total alone makes no quota: read it as an amount of data, as a refresh reads the total beside what is left.
  const bytes = readAs('quotaRemaining', text, locator, context)?.quotas?.[0]?.remaining;
  return bytes === undefined ? undefined : formatBytes(bytes, context.locale);
};

/** How each target shows its value; a target is a key of this table. */
export const PREVIEWS: Readonly<Record<PickField, Preview>> = {
  credit: (text, locator, context) => {
    const credit = readAs('credit', text, locator, context)?.credit;
    return credit ? formatMoney(credit.amount, credit.currency, context.locale) : undefined;
  },
  validUntil: (text, locator, context) => {
    const date = readAs('validUntil', text, locator, context)?.validUntil;
    return date ? formatDate(date, context.locale) : undefined;
  },
  graceUntil: (text, locator, context) => {
    const date = readAs('graceUntil', text, locator, context)?.graceUntil;
    return date ? formatDate(date, context.locale) : undefined;
  },
  quotaRemaining: dataPreview,
  quotaTotal: dataPreview,
};
