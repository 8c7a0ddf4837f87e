/**
 * The web page source: the account page the user signs in to in this browser, fetched with its
 * cookies, parsed and read where this browser can (`utils/sources/platform.ts`), values found by label or selector.
 */
import type { SourceResult } from '@/utils/model';
import { type ParseHtml, parseHtml, type ReadScan, readScan } from '@/utils/sources/platform';
import { accessNotGranted } from '@/utils/sources/host-access';
import { fetchText, hostOf } from '@/utils/sources/http';
import type { PageResult } from '@/utils/sources/page-reading';
import { sourceFailure as fail } from '@/utils/core/source-messages';
import type { AccountOf, Source, SourceDeps } from '@/utils/sources/types';

/** Reads a web page account now; `scripted` tells the options page to offer capture on visit. */
export async function readWebPage(
  account: AccountOf<'web-page'>,
  deps: SourceDeps,
  parse: ParseHtml = parseHtml,
  read: ReadScan = readScan,
): Promise<PageResult> {
  const { source } = account;
  const host = hostOf(source.url);
  // A definition from sync whose URL query stayed on the browser it was entered in.
  if (source.queryElsewhere) return { ok: false, code: 'invalid-config', ...fail('source.queryElsewhere', host) };
  const denied = await accessNotGranted(source.url);
  if (denied) return denied;
  const answer = await fetchText({ url: source.url }, { fetch: deps.fetch, signal: deps.signal, now: deps.now });
  if (!answer.ok) return answer;
  const scan = await parse(answer.text, source.fields, source.messages);
  const readScanned = (seen?: string[]) =>
    read(scan, {
      accountId: account.id,
      at: deps.now,
      host,
      currency: account.currency,
      now: deps.now,
      timeZone: deps.timeZone,
      selectors: source.fields,
      deadline: deps.deadline,
      seen,
    });
  const result = await (deps.messages ? deps.messages(account.id, source.messages, readScanned) : readScanned());
  // With capture on visit, a fetched page is expected to hold no values (it is drawn after load): the visit brings them.
  if (!result.ok && source.capture && result.code === 'parse') return { ok: true, reading: null };
  return result;
}

/** The source, parsing with `parse` (tests pass one built on a DOM library) and reading the page with `read`. */
export function createWebPageSource(parse: ParseHtml = parseHtml, read: ReadScan = readScan): Source<'web-page'> {
  return {
    kind: 'web-page',
    read: async (account, deps): Promise<SourceResult> => {
      const { scripted: _scripted, ...result } = await readWebPage(account, deps, parse, read);
      return result;
    },
  };
}

export const webPageSource = createWebPageSource();
