/** Which fields of an account are secrets (tokens, API keys), and copies of accounts without or with them. */
import type { Account } from './model';

/**
 * Dotted paths, inside an account, of fields that hold secrets (passwords, tokens). They stay in
 * `storage.local`: never in `storage.sync`, and out of exports unless the user asks.
 */
export const SECRET_FIELDS: readonly string[] = ['source.headers'];

/** The value at a dotted path, or undefined. */
function valueAt(value: unknown, path: string): unknown {
  let at = value;
  for (const key of path.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/** True when the account holds a value at one of `SECRET_FIELDS`. */
export function hasSecrets(account: Account): boolean {
  return SECRET_FIELDS.some((path) => valueAt(account, path) !== undefined);
}

/** Copies an account without the fields listed in `SECRET_FIELDS`. */
export function withoutSecrets(account: Account): Account {
  const copy = structuredClone(account);
  for (const path of SECRET_FIELDS) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const target = keys.length ? valueAt(copy, keys.join('.')) : copy;
    if (target && typeof target === 'object') Reflect.deleteProperty(target, last);
  }
  return copy;
}

/** `account` with the secrets `from` holds (this browser's tokens for a definition that came from sync). */
export function withSecretsOf(account: Account, from: Account): Account {
  const copy = structuredClone(account);
  for (const path of SECRET_FIELDS) {
    const value = valueAt(from, path);
    const keys = path.split('.');
    const last = keys.pop() as string;
    const target = keys.length ? valueAt(copy, keys.join('.')) : copy;
    if (value !== undefined && target && typeof target === 'object') (target as Record<string, unknown>)[last] = structuredClone(value);
  }
  return copy;
}
