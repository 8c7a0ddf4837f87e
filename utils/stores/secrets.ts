/**
 * Which fields of an account are secrets (tokens, API keys), and copies of accounts without or with
 * them: what leaves this browser (sync, exports without secrets) and what stays.
 */
import type { Account } from '@/utils/model';

/**
 * Dotted paths, inside an account, of fields that hold secrets (passwords, tokens; a POST body may
 * carry a key too). They stay in `storage.local`: never in `storage.sync`, and out of exports unless the user asks.
 */
export const SECRET_FIELDS: readonly string[] = ['source.headers', 'source.body'];

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

/** True when the account holds something that stays on this browser: a secret field or a query in its URL (it may hold a key). */
export function hasLocalParts(account: Account): boolean {
  return hasSecrets(account) || ('url' in account.source && new URL(account.source.url).search !== '');
}

/**
 * The definition that leaves this browser (storage.sync, an export without secrets): no secrets,
 * and no query in a URL. What stayed here is marked (a JSON API's header names, `bodyElsewhere`, `queryElsewhere`),
 * so the browser that gets it asks for the token or the full address instead of failing oddly.
 */
export function withoutLocalParts(account: Account): Account {
  const copy = withoutSecrets(account);
  const source = copy.source;
  if (source.kind === 'json-api' && account.source.kind === 'json-api' && account.source.headers) {
    source.headerNames = Object.keys(account.source.headers);
  }
  if (source.kind === 'json-api' && account.source.kind === 'json-api' && account.source.body !== undefined) source.bodyElsewhere = true;
  if ('url' in source) {
    const url = new URL(source.url);
    if (url.search) {
      url.search = '';
      source.url = url.href;
      source.queryElsewhere = true;
    }
  }
  return copy;
}
