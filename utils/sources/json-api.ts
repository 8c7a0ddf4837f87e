/** The JSON API source: one request (URL, method, headers, body), values by path or by key names. */
import { hasQuery, isSafeForSecrets, type SourceResult } from '@/utils/model';
import { type ReadJsonText, readJsonText } from '@/utils/sources/platform';
import { fetchText, hasPasswordField, hostOf } from '@/utils/sources/http';
import { accessNotGranted } from '@/utils/sources/host-access';
import { fieldArg, sourceFailure as fail } from '@/utils/core/source-messages';
import type { AccountOf, Source, SourceDeps } from '@/utils/sources/types';

/** Headers sent with a request; a JSON body gets its content type unless the user set one. */
export function requestHeaders(source: AccountOf<'json-api'>['source']): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', ...source.headers };
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  if (source.method === 'POST' && source.body && !hasType) headers['Content-Type'] = 'application/json';
  return headers;
}

/** Reads a JSON API account now; `read` makes the answer a reading (in Chrome's offscreen document, in place in Firefox). */
export async function readJsonApi(
  account: AccountOf<'json-api'>,
  deps: SourceDeps,
  read: ReadJsonText = readJsonText,
): Promise<SourceResult> {
  const { source } = account;
  const host = hostOf(source.url);
  // A definition from sync whose token, body or URL query stayed on the browser it was entered in.
  if (source.headerNames?.length && !source.headers) return { ok: false, code: 'invalid-config', ...fail('source.tokenElsewhere', host) };
  if (source.bodyElsewhere && source.body === undefined)
    return { ok: false, code: 'invalid-config', ...fail('source.bodyElsewhere', host) };
  if (source.queryElsewhere) return { ok: false, code: 'invalid-config', ...fail('source.queryElsewhere', host) };
  // Headers, a body and a key in the query are secrets: never over plain http, where anyone on the network reads them.
  const carried = Object.keys(source.headers ?? {}).length > 0 || Boolean(source.body);
  if ((carried || hasQuery(source.url)) && !isSafeForSecrets(source.url))
    return { ok: false, code: 'invalid-config', ...fail('source.plainHttp', host) };
  const denied = await accessNotGranted(source.url);
  if (denied) return denied;
  const answer = await fetchText(
    {
      url: source.url,
      method: source.method ?? 'GET',
      headers: requestHeaders(source),
      body: source.body,
      // A redirect would carry headers and a body along; without them the final origin is checked instead.
      redirect: carried ? 'manual' : 'follow',
    },
    { fetch: deps.fetch, signal: deps.signal, now: deps.now },
  );
  if (!answer.ok) return answer;
  try {
    JSON.parse(answer.text);
  } catch {
    // An HTML sign-in form where JSON was expected: the session behind the API ended.
    if (/html/i.test(answer.contentType) && hasPasswordField(answer.text))
      return { ok: false, code: 'login-required', ...fail('source.passwordPage', host) };
    return { ok: false, code: 'parse', ...fail('source.notJson', host) };
  }
  const result = await read(answer.text, {
    accountId: account.id,
    at: deps.now,
    currency: account.currency,
    now: deps.now,
    timeZone: deps.timeZone,
    fields: source.fields,
    quotaUnit: source.quotaUnit,
    deadline: deps.deadline,
  });
  if (result.ok) return { ok: true, reading: result.reading };
  if (result.cause === 'out-of-time') return { ok: false, code: 'timeout', ...fail('source.tooLongToRead', host) };
  if (result.cause === 'missing-path')
    return { ok: false, code: 'layout-changed', ...fail('source.missingPath', result.path, fieldArg(result.field)) };
  return { ok: false, code: 'parse', ...fail('source.nothingInJson', host) };
}

export const jsonApiSource: Source<'json-api'> = {
  kind: 'json-api',
  read: (account, deps) => readJsonApi(account, deps),
};
