/**
 * A local HTTP server for the network tests: Node's `http` on 127.0.0.1, a free port, started and
 * stopped by the tests. It serves account pages, JSON APIs and every failure the sources map.
 * Paths under `/switch/` answer as their current mode says, so a test can sign out or break a site.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  BALANCE_INFOS_JSON,
  BALANCE_JSON,
  CHANGED_PAGE,
  CHINESE_PAGE,
  ENGLISH_PAGE,
  INDONESIAN_PAGE,
  LABEL_ROW_LAYOUTS,
  LABEL_ROWS_PAGES,
  type Layout,
  SCRIPTED_PAGE,
  SCRIPTED_SHELL_PAGE,
  SIGN_IN_PAGE,
  gbkPage,
} from './pages';
import { createPortal, type Portal } from './portal';
import { messagesRoute } from './messages-pages';
import { pickerPage } from './picker-page';

/** What a switchable path serves: its page or JSON when `ok`, and the `Retry-After` of a 429 (default 120 s). */
export interface ModeBody {
  html?: string;
  json?: unknown;
  retryAfter?: string;
}

/** How a switchable path answers. */
export type Mode =
  | 'ok'
  | 'signed-out'
  | 'password-page'
  | '401'
  | '403'
  | '500'
  | '429'
  | 'malformed'
  | 'changed'
  | 'slow'
  // Faults (issue 8): the socket closed unanswered, a proxy's HTML error page, a body cut short,
  // 10 MB with and without its length declared, a redirect to itself, an answer held until released.
  | 'refused'
  | '502'
  | 'truncated'
  | 'huge'
  | 'huge-declared'
  | 'redirect-loop'
  | 'hold';

/** A running server. */
export interface TestServer {
  /** `http://127.0.0.1:<port><path>`. */
  origin: string;
  url(path: string): string;
  /** Sets how `/switch/<name>` answers; `ok` serves `body`. */
  setMode(name: string, mode: Mode, body?: ModeBody): void;
  /** Answers every request held by mode `hold` as `ok` would; returns how many were waiting. */
  release(): number;
  /** Requests seen for a path (query aside), with their headers. */
  requests(path: string): { method: string; headers: IncomingMessage['headers']; body: string }[];
  /** The single-page carrier portal under `/portal/` (`tests/server/portal.ts`). */
  portal: Portal;
  close(): Promise<void>;
}

/** How long `/slow` waits before answering: far past any timeout the tests set. */
export const SLOW_MS = 45_000;
/** Size of `/huge`: 10 MB. */
export const HUGE_BYTES = 10 * 1024 * 1024;
/** The HTML page a reverse proxy answers with when the site behind it is down. */
export const BAD_GATEWAY_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** Writes `HUGE_BYTES` of `fill` in 64 KB chunks as the client reads them. */
function sendHuge(res: ServerResponse, contentType: string, declared: boolean): void {
  res.writeHead(200, { 'content-type': contentType, ...(declared ? { 'content-length': String(HUGE_BYTES) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, contentType.includes('json') ? ' ' : 'a');
  let sent = 0;
  const write = () => {
    while (sent < HUGE_BYTES) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    res.end();
  };
  // A client that stops reading closes the socket; the writes then just end.
  res.on('error', () => undefined);
  write();
}

const html = (res: ServerResponse, body: string, status = 200) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};
const json = (res: ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Starts the server on a free port of 127.0.0.1. */
export async function startTestServer(): Promise<TestServer> {
  const modes = new Map<string, { mode: Mode; body?: ModeBody }>();
  const seen = new Map<string, { method: string; headers: IncomingMessage['headers']; body: string }[]>();
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const held: { res: ServerResponse; body?: ModeBody }[] = [];
  const portal = createPortal();

  const answer = (res: ServerResponse, mode: Mode, body?: ModeBody, path = '/') => {
    switch (mode) {
      case 'ok':
        if (body?.json !== undefined) return json(res, body.json);
        return html(res, body?.html ?? INDONESIAN_PAGE);
      case 'signed-out':
        res.writeHead(302, { location: '/login?next=%2Faccount' });
        return res.end();
      case 'password-page':
        return html(res, SIGN_IN_PAGE);
      case '401':
        return json(res, { error: 'unauthorized' }, 401);
      case '403':
        return json(res, { error: 'forbidden' }, 403);
      case '500':
        return html(res, '<h1>Internal Server Error</h1>', 500);
      case '429':
        res.writeHead(429, { 'retry-after': body?.retryAfter ?? '120', 'content-type': 'text/plain' });
        return res.end('Too Many Attempts');
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"data": {"balance": 25750,');
      case 'changed':
        if (body?.json !== undefined) return json(res, { result: { ok: true } });
        return html(res, CHANGED_PAGE);
      case 'refused':
        // The connection dies without a byte of answer, as with a server that went away.
        return void res.socket?.destroy();
      case '502':
        return html(res, BAD_GATEWAY_PAGE, 502);
      case 'truncated': {
        // Announces more than it sends, then hangs up: the body ends early.
        const full = body?.json !== undefined ? JSON.stringify(body.json) : (body?.html ?? INDONESIAN_PAGE);
        const cut = Buffer.from(full).subarray(0, Math.floor(Buffer.byteLength(full) / 2));
        res.writeHead(200, {
          'content-type': body?.json !== undefined ? 'application/json' : 'text/html',
          'content-length': String(Buffer.byteLength(full)),
        });
        res.write(cut);
        return void setTimeout(() => res.socket?.destroy(), 50);
      }
      case 'huge':
      case 'huge-declared':
        return sendHuge(res, body?.json !== undefined ? 'application/json' : 'text/html', mode === 'huge-declared');
      case 'redirect-loop':
        // To itself, for ever: the browser gives up after 20 hops.
        res.writeHead(302, { location: path });
        return res.end();
      case 'hold':
        held.push({ res, body });
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          html(res, INDONESIAN_PAGE);
        }, SLOW_MS);
        timers.add(timer);
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const list = seen.get(url.pathname) ?? [];
      list.push({ method: req.method ?? 'GET', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      seen.set(url.pathname, list);
      if (!portal.route(url, req, res, list.at(-1)?.body ?? '')) route(url, res);
    });
  });

  const route = (url: URL, res: ServerResponse) => {
    const path = url.pathname;
    if (path.startsWith('/switch/')) {
      const current = modes.get(path.slice('/switch/'.length)) ?? { mode: 'ok' as Mode };
      return answer(res, current.mode, current.body, path);
    }
    switch (path) {
      case '/id/akun':
        return html(res, INDONESIAN_PAGE);
      case '/en/account':
        return html(res, ENGLISH_PAGE);
      case '/zh/account':
        return html(res, CHINESE_PAGE);
      case '/id/paket':
        return html(res, LABEL_ROWS_PAGES.id);
      case '/en/packages':
        return html(res, LABEL_ROWS_PAGES.en);
      case '/zh/packages':
        return html(res, LABEL_ROWS_PAGES.zh);
      case '/js/account':
        return html(res, SCRIPTED_PAGE);
      // GBK pages: the charset in the Content-Type header, in <meta charset>, in <meta http-equiv>.
      case '/zh/gbk':
        res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
        return res.end(gbkPage('none'));
      case '/zh/gbk-meta':
      case '/zh/gbk-http-equiv':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(gbkPage(path === '/zh/gbk-meta' ? 'charset' : 'http-equiv'));
      case '/js/shell':
        return html(res, SCRIPTED_SHELL_PAGE);
      case '/changed':
        return html(res, CHANGED_PAGE);
      case '/login':
        return html(res, SIGN_IN_PAGE);
      // New class names on every load; `setMode('picker', 'changed')` redesigns it.
      case '/picker/akun':
        return html(res, pickerPage(modes.get('picker')?.mode === 'changed' ? 'changed' : 'normal'));
      // Anywhere `to` says, as `status` (302 by default; 307 keeps a POST's body): redirects across origins.
      case '/redirect':
        res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: url.searchParams.get('to') ?? '/' });
        return res.end();
      case '/api/balance':
        return json(res, BALANCE_JSON);
      case '/api/balance-infos':
        return json(res, BALANCE_INFOS_JSON);
      case '/huge':
        return sendHuge(res, 'text/html', false);
      default: {
        // The line's rows beside packages with their own ends, in each layout and language: `/label-rows/en/dl`.
        const layout = /^\/label-rows\/(id|en|zh)\/(spans|table|dl|cards)$/.exec(path);
        if (layout) return html(res, LABEL_ROW_LAYOUTS[layout[1] as 'id' | 'en' | 'zh'][layout[2] as Layout]);
        const mode = /^\/(signed-out|password-page|401|403|500|429|malformed|slow)$/.exec(path)?.[1] as Mode | undefined;
        if (mode) return answer(res, mode);
        if (messagesRoute(url, res)) return;
        return html(res, '<h1>Not found</h1>', 404);
      }
    }
  };

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => `${origin}${path}`,
    setMode: (name, mode, body) => modes.set(name, { mode, body }),
    release: () => {
      const waiting = held.splice(0);
      for (const { res, body } of waiting) answer(res, 'ok', body);
      return waiting.length;
    },
    requests: (path) => seen.get(path) ?? [],
    portal,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        held.length = 0;
        // Open keep-alive and slow sockets would hold close() forever.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
