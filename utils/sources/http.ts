/**
 * The network step shared by the JSON API and web page sources: one request with the browser's
 * cookies, a size cap on the body, and every failure mapped to an error code and a message.
 * Pure apart from the `fetch` it is given.
 */
import type { ErrorCode } from '@/utils/model';
import type { MessageRef } from '@/utils/i18n';
import { formatDateTime } from '@/utils/core/format';
import { sourceFailure as fail } from '@/utils/core/source-messages';

/** Bodies larger than this are refused unread (a real account page or API answer is far smaller). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** The longest `Retry-After` honoured: a day. */
const MAX_RETRY_AFTER_MS = 86_400_000;

/** One request. */
export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Readonly<Record<string, string>>;
  body?: string;
  /**
   * `manual` for a request that carries secrets (headers, a body): no redirect is followed. `follow`
   * follows redirects, and an answer from another origin is refused.
   */
  redirect?: 'manual' | 'follow';
}

/** What the request needs from the caller. */
export interface HttpDeps {
  fetch: typeof fetch;
  signal: AbortSignal;
  now: number;
}

/** The body of a successful answer, or a failure ready to be a `SourceResult`. */
export type HttpResult =
  | { ok: true; text: string; finalUrl: string; contentType: string }
  | { ok: false; code: ErrorCode; message: string; text?: MessageRef; retryAfterMs?: number };

/** The host of `url`, the only part of it a message may show. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the site';
  }
}

/** The origin of `url` (scheme, host and port), or '' when it is not a URL. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

// Paths and hosts of sign-in pages: /login, /signin, /sign-in, /auth, /sso, /masuk (Indonesian), /session/new.
const SIGN_IN = /(?:^|[/._-])(?:log-?in|sign-?in|auth(?:orize|enticate)?|sso|masuk|session\/new|oauth2?)(?:$|[/._?#-])/i;

/** True when a final URL after redirects is a sign-in page. */
export function isSignInUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return SIGN_IN.test(u.pathname) || SIGN_IN.test(`${u.hostname}/`);
  } catch {
    return false;
  }
}

/** Milliseconds a `Retry-After` header asks to wait (seconds or an HTTP date), capped at a day. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/**
 * The failure a non-2xx status means. A 429, or a 503 with `Retry-After`, carries the wait and says
 * until when (that time is also when the refresh state lets the next request go).
 */
export function statusFailure(status: number, host: string, retryAfter: string | null, now: number): HttpResult & { ok: false } {
  if (status === 401 || status === 403) return { ok: false, code: 'login-required', ...fail('source.signedOut', host) };
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(retryAfter, now) : undefined;
  const until = retryAfterMs === undefined ? undefined : formatDateTime(now + retryAfterMs);
  const wait = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) {
    return {
      ok: false,
      code: 'rate-limited',
      ...(until ? fail('source.rateLimitedWait', host, until) : fail('source.rateLimited', host)),
      ...wait,
    };
  }
  if (status >= 500)
    return {
      ok: false,
      code: 'http',
      ...(until ? fail('source.serverBusy', host, status, until) : fail('source.serverError', host, status)),
      ...wait,
    };
  return { ok: false, code: 'http', ...fail('source.httpError', host, status) };
}

/**
 * Bytes as text in the charset the Content-Type names, else a `<meta charset>` / `http-equiv` in the
 * first 1 KB, else UTF-8 (a GBK or Big5 portal read as UTF-8 is unreadable). An unknown name means UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Reads a body up to `maxBytes`, decoded in its charset (`decodeBody`); null when it is larger (the rest is never downloaded). */
export async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return decodeBody(new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()), response.headers.get('content-type') ?? '');
}

/** Sends the request with the browser's cookies and returns the body, or the failure it met. */
export async function fetchText(request: HttpRequest, deps: HttpDeps, maxBytes = MAX_BODY_BYTES): Promise<HttpResult> {
  const host = hostOf(request.url);
  // A thrown error may quote the URL (and a token in its query), so only the host is said.
  const unreachable = (): HttpResult =>
    deps.signal.aborted
      ? { ok: false, code: 'timeout', ...fail('source.timeout', host) }
      : { ok: false, code: 'network', ...fail('source.network', host) };
  const manual = request.redirect === 'manual';
  let response: Response;
  try {
    response = await deps.fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers ? { ...request.headers } : undefined,
      body: request.method === 'POST' ? request.body : undefined,
      // The user's own session: the account page or API they are signed in to in this browser.
      credentials: 'include',
      // Browsers forward custom headers (X-API-Key) and a 307/308's body to wherever a redirect points;
      // in Chrome and Firefox a manual redirect is opaque (no Location to check), so none is followed.
      redirect: manual ? 'manual' : 'follow',
      cache: 'no-store',
      signal: deps.signal,
    });
  } catch {
    return unreachable();
  }
  // `opaqueredirect` in browsers; a runtime that shows the 3xx itself (Node) is treated the same.
  if (manual && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, code: 'login-required', ...fail('source.redirectRefused', host) };
  }
  if (response.redirected && isSignInUrl(response.url)) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, code: 'login-required', ...fail('source.signedOut', host) };
  }
  // Another origin's answer (or the same site over plain http) is not the account's.
  if (response.url && originOf(response.url) !== originOf(request.url)) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, code: 'http', ...fail('source.redirectedAway', host, hostOf(response.url)) };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return statusFailure(response.status, host, response.headers.get('retry-after'), deps.now);
  }
  let text: string | null;
  try {
    text = await readCapped(response, maxBytes);
  } catch {
    return unreachable();
  }
  if (text === null) return { ok: false, code: 'parse', ...fail('source.tooLarge', host, Math.round(maxBytes / 1024 / 1024)) };
  return { ok: true, text, finalUrl: response.url || request.url, contentType: response.headers.get('content-type') ?? '' };
}

/** True when an HTML text holds a password field: a sign-in form rather than an account page. */
export function hasPasswordField(html: string): boolean {
  return /<input\b[^>]*\btype\s*=\s*["']?password\b/i.test(html);
}
