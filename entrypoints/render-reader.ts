/**
 * Rendered refresh: injected by the background (`utils/sources/render.ts`, `scripting.executeScript`) into
 * the background tab it opened on an account's page, never registered for any page. It leaves two functions
 * in the extension's isolated world, which the background's next injections call with the account's request:
 * read the page, and (a message list whose balance query is due) send the query and read the reply.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readUntilSettled, type RenderRequest } from '@/utils/sources/render-read';
import { type QuerySend, sendAndAwaitReply } from '@/utils/sources/render-query';

export default defineUnlistedScript(() => {
  const g = globalThis as {
    balanceBadgeRender?: (request: RenderRequest) => unknown;
    balanceBadgeQuery?: (request: RenderRequest & { send: QuerySend }) => unknown;
  };
  g.balanceBadgeRender = (request) => readUntilSettled(document, request);
  g.balanceBadgeQuery = (request) => sendAndAwaitReply(document, request);
});
