/**
 * The web page source: the account page the user signs in to in this browser, fetched with its
 * cookies, parsed and read where this browser can (`utils/sources/platform.ts`), values found by label or selector.
 */
import type { SourceResult } from '@/utils/model';
import { type ParseHtml, parseHtml, type ReadScan, readScan } from '@/utils/sources/platform';
import { accessNotGranted } from '@/utils/sources/host-access';
import { fetchText, hostOf } from '@/utils/sources/http';
import type { PageReadOptions, PageResult } from '@/utils/sources/page-reading';
import { type ClaimSend, type RenderPage, renderPage } from '@/utils/sources/render';
import { type QueryOutcome, queryAftermath } from '@/utils/core/query-reply';
import { QUERY_REPLY_WAIT_MS, QUERY_SEND_WAIT_MS, RENDER_MARGIN_MS } from '@/utils/model/constants';
import { isPageScan } from '@/utils/sources/scan-check';
import { sourceFailure as fail } from '@/utils/core/source-messages';
import type { AccountOf, Source, SourceDeps } from '@/utils/sources/types';

/** How a page of `account` is read at `now` (`readScan`), until `deadline`: for a fetched, rendered or visited page. */
export const pageOptions = (account: AccountOf<'web-page'>, now: number, deadline?: number, timeZone?: string): PageReadOptions => ({
  accountId: account.id,
  at: now,
  host: hostOf(account.source.url),
  currency: account.currency,
  now,
  timeZone,
  selectors: account.source.fields,
  deadline,
});

/**
 * Reads a web page account now; `scripted` tells the options page to offer capture on visit or rendering.
 * With `render`, the page fetched first only says it is there and signed in; its values are read from the
 * page drawn in a background tab (`utils/sources/render.ts`).
 */
export async function readWebPage(
  account: AccountOf<'web-page'>,
  deps: SourceDeps,
  parse: ParseHtml = parseHtml,
  read: ReadScan = readScan,
  render: RenderPage = renderPage,
): Promise<PageResult> {
  const { source } = account;
  const host = hostOf(source.url);
  // A definition from sync whose URL query stayed on the browser it was entered in.
  if (source.queryElsewhere) return { ok: false, code: 'invalid-config', ...fail('source.queryElsewhere', host) };
  const denied = await accessNotGranted(source.url);
  if (denied) return denied;
  const answer = await fetchText({ url: source.url }, { fetch: deps.fetch, signal: deps.signal, now: deps.now });
  if (!answer.ok) return answer;
  let options = pageOptions(account, deps.now, deps.deadline, deps.timeZone);
  // A query, or a wait for the render's turn, moves the time limit on: the page is read within the new one.
  const moved = (deadline: number) => (options = { ...options, deadline });
  // The refresh's clock stops while the render waits its turn, and starts again when it comes.
  const resume = source.render ? deps.hold?.() : undefined;
  const answered = source.render
    ? await render(
        { url: source.url, read: options, messages: source.messages },
        claimSend(account, deps, moved),
        resume &&
          (() => {
            const deadline = resume();
            if (deadline !== undefined) moved(deadline);
            return deadline;
          }),
      )
    : await parse(answer.text, source.fields, source.messages);
  // A render that sent the balance query says how it went beside the page it read.
  const { query: outcome, ...scan } = (answered ?? {}) as { query?: QueryOutcome };
  // A rendered page answers from the site's process: checked like any input. None means its values never
  // appeared, or kept changing, before the time limit (a sign-in page comes back with a password field).
  if (!isPageScan(scan)) return { ok: false, code: 'timeout', ...fail('source.notDrawn', host) };
  const readScanned = (seen?: string[]) => read(scan, { ...options, seen });
  const result = await (deps.messages ? deps.messages(account.id, source.messages, readScanned) : readScanned());
  // With capture on visit, a fetched page is expected to hold no values (it is drawn after load): the visit brings them.
  // `scripted` goes along, so the refresh records that the page is drawn by JavaScript and the form offers rendering.
  if (!result.ok && source.capture && result.code === 'parse')
    return { ok: true, reading: null, ...(result.scripted ? { scripted: true } : {}), ...queryAftermath(outcome, host) };
  return result.ok ? { ...result, ...queryAftermath(outcome, host) } : result;
}

/**
 * The balance query of a rendered message list, for `renderPage`: claimed (`deps.claimQuery`, stored before the
 * page is told) once the conversation is drawn, with the refresh's time limit moved on to cover the send and
 * the reply. None for a Test, which has no `claimQuery`, and for a page that is not a message list with a query.
 */
function claimSend(account: AccountOf<'web-page'>, deps: SourceDeps, moved: (deadline: number) => void): ClaimSend | undefined {
  const query = account.source.messages?.query;
  const { claimQuery, extend } = deps;
  if (!query || !claimQuery || !extend) return undefined;
  return async () => {
    const text = await claimQuery(account);
    if (!text) return undefined;
    const deadline = extend(QUERY_SEND_WAIT_MS + QUERY_REPLY_WAIT_MS + RENDER_MARGIN_MS);
    moved(deadline);
    return { send: { text, box: query.box, button: query.button }, deadline };
  };
}

/** The source, parsing with `parse` (tests pass one built on a DOM library) and reading the page with `read`. */
export function createWebPageSource(parse: ParseHtml = parseHtml, read: ReadScan = readScan): Source<'web-page'> {
  return {
    kind: 'web-page',
    // `scripted` goes along; a refresh keeps only the code and words of a failure, and of a success that it was drawn by script.
    read: (account, deps): Promise<SourceResult> => readWebPage(account, deps, parse, read),
  };
}

export const webPageSource = createWebPageSource();
