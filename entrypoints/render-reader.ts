/**
 * Rendered refresh: injected by the background (`utils/sources/render.ts`, `scripting.executeScript`) into
 * the background tab it opened on an account's page, never registered for any page. It leaves one function
 * in the extension's isolated world, which the background's next injection calls with the account's request.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readUntilSettled, type RenderRequest } from '@/utils/sources/render-read';

export default defineUnlistedScript(() => {
  (globalThis as { balanceBadgeRender?: (request: RenderRequest) => unknown }).balanceBadgeRender = (request) =>
    readUntilSettled(document, request);
});
