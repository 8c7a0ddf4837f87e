/**
 * Where a web page account finds one value (`source.fields`): a CSS selector typed in the form, or a locator
 * picked by pointing at the value (utils/sources/locator.ts makes and resolves them). Checked by hand, a few
 * lines the worker carries for every synced or imported account.
 */

/** A value picked on the page: the label beside it, where the value sits from it, and a selector of stable marks. */
export interface PickedLocator {
  /** The label text nearest the value, as shown (`Masa Aktif`). */
  label?: string;
  /** Levels from the label's element up to the element holding both label and value (0–4). */
  up?: number;
  /** Children after the label's branch where the value is (0–6); 0: it follows the label in the same element. */
  next?: number;
  /** A selector of stable attributes (`#id`, `[data-*]`, `[aria-label]`, `[name]`), never generated class names. */
  css?: string;
}

/** A CSS selector string or a picked locator. */
export type FieldLocator = string | PickedLocator;

const isStep = (x: unknown) => x === undefined || (Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 6);
const isText = (x: unknown, max: number) => x === undefined || (typeof x == 'string' && x.length <= max);

/** True for a picked locator: known keys only, a label of at most 100 characters, steps of 0–6, a selector without braces. */
export function isPickedLocator(x: unknown): x is PickedLocator {
  if (!x || typeof x != 'object' || Array.isArray(x)) return false;
  const { label, up, next, css, ...rest } = x as PickedLocator;
  return (
    Object.keys(rest).length == 0 &&
    isText(label, 100) &&
    isText(css, 300) &&
    (css === undefined || (css.trim() != '' && !/[{}]/.test(css))) &&
    isStep(up) &&
    isStep(next)
  );
}

/** What `source.fields` of a web page account may hold per field: a selector, or a picked locator of the shape above. */
export const isFieldLocator = (x: unknown): x is FieldLocator =>
  typeof x == 'string' ? x.trim() != '' && x.length <= 300 && !/[{}]/.test(x) : isPickedLocator(x);
