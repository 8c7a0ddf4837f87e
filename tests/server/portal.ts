/**
 * A carrier self-care portal as real ones are built: a single-page app whose HTML is a shell (menu, cookie
 * banner, a spinner) and a script that fetches the account as JSON with a session cookie and draws it
 * 1–3 s after load, in two steps, with class names that change on every load. A sign-in form sets the
 * cookie; an expired session sends the page to sign in. For rendered refresh, the picker and any test
 * that needs a page only a browser can read. Served by `tests/server/server.ts` under `/portal/`:
 *
 * - `GET /portal/account` the account page (`?lang=id|en|zh`, default `id`); `GET /portal/never` a shell that never draws;
 * - `GET /portal/api/account` the JSON (401 without a live session); `GET|POST /portal/signin` the sign-in form;
 * - `GET /portal/signout` ends the session.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';

/** What the account page shows. */
export interface PortalValues {
  /** Credit in rupiah. */
  credit: number;
  /** Active until, `YYYY-MM-DD`. */
  activeUntil: string;
  /** Grace until, `YYYY-MM-DD`. */
  graceUntil: string;
  /** Packages, each with its own end date. */
  packages: { name: string; remainingGb: number; totalGb: number; until: string }[];
}

/** The portal's controls for tests. */
export interface Portal {
  /** Answers a request under `/portal/`; false when the path is not the portal's. */
  route(url: URL, req: IncomingMessage, res: ServerResponse, body: string): boolean;
  /** The values the account page draws from now on. */
  setValues(values: PortalValues): void;
  /** How long after load the values are drawn, ms: a fixed time (negative: never), or a range picked at random per load (default 1000–3000). */
  setDrawDelay(ms: number | [number, number]): void;
  /** How long the account JSON takes to answer, ms (default 0): an expired session's page then leaves for sign-in that late. */
  setAnswerDelay(ms: number): void;
  /** Every session ends now: the next account page goes to sign in. */
  expireSessions(): void;
  /** How long a new session lasts, ms (default an hour). */
  setSessionMs(ms: number): void;
  /** Sign-ins so far. */
  signIns(): number;
  /** Loads of the account JSON answered with values. */
  reads(): number;
}

export const PORTAL_COOKIE = 'portal_session';

/** The values a new portal starts with: an Indonesian line with two packages that end on their own dates. */
export const PORTAL_VALUES: PortalValues = {
  credit: 48_250,
  activeUntil: '2026-12-20',
  graceUntil: '2027-01-19',
  packages: [
    { name: 'Kuota Internet', remainingGb: 3.5, totalGb: 10, until: '2026-12-28' },
    { name: 'Kuota Malam', remainingGb: 1, totalGb: 2, until: '2027-01-05' },
  ],
};

const MENU = ['Beranda', 'Isi Ulang', 'Paket', 'Roaming', 'Riwayat', 'Bantuan', 'Promo', 'Toko'];

/** The shell: a menu, a cookie banner and a spinner; `draws` false for the page that never draws. */
function shell(draws: boolean): string {
  // Generated class names, as CSS-in-JS builds make them: different on every load.
  const cls = () => `css-${randomBytes(3).toString('hex')}`;
  const [nav, main, banner] = [cls(), cls(), cls()];
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Portal Pelanggan</title></head>
<body>
<header class="${nav}"><nav>${MENU.map((m) => `<a href="#${m.toLowerCase().replace(/ /g, '-')}">${m}</a>`).join(' ')}</nav></header>
<main class="${main}"><div id="root"><div class="${cls()}" aria-busy="true">Memuat…</div></div></main>
<div class="${banner}" id="cookies">Kami memakai cookie agar situs ini berfungsi. <button type="button" onclick="this.parentNode.remove()">Terima semua</button></div>
<footer><p>© 2026 Contoh Seluler · Syarat · Privasi · Hubungi kami 188</p></footer>
<script>${draws ? DRAW_SCRIPT : NEVER_SCRIPT}</script>
</body></html>`;
}

/** Fetches the account with the session cookie, then draws it in two steps; a 401 goes to sign in. */
const DRAW_SCRIPT = `
(function () {
  var c = function () { return 'sc-' + Math.random().toString(36).slice(2, 8); };
  var lang = new URLSearchParams(location.search).get('lang') || 'id';
  var words = {
    id: { credit: 'Sisa Pulsa', active: 'Masa Aktif', grace: 'Masa Tenggang', left: 'dari', until: 'berlaku s.d.', packages: 'Paket Aktif' },
    en: { credit: 'Remaining balance', active: 'Active until', grace: 'Grace period until', left: 'left of', until: 'valid until', packages: 'Active packages' },
    zh: { credit: '余额', active: '有效期至', grace: '宽限期至', left: '剩余，共', until: '有效期至', packages: '当前套餐' }
  }[lang] || {};
  var months = { id: ['Jan','Feb','Mar','Apr','Mei','Jun','Jul','Agu','Sep','Okt','Nov','Des'], en: ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'] };
  var date = function (iso) {
    var p = iso.split('-');
    if (lang === 'zh') return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
    return Number(p[2]) + ' ' + months[lang][Number(p[1]) - 1] + ' ' + p[0];
  };
  var money = function (n) { return 'Rp ' + String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, '.'); };
  var row = function (label, value) { return '<div class="' + c() + '"><span class="' + c() + '">' + label + '</span> <span class="' + c() + '">' + value + '</span></div>'; };
  fetch('/portal/api/account', { credentials: 'same-origin' }).then(function (r) {
    if (r.status === 401) { location.replace('/portal/signin?next=' + encodeURIComponent(location.pathname + location.search)); return; }
    return r.json().then(function (a) {
      var root = document.getElementById('root');
      if (a.drawMs < 0) return;
      setTimeout(function () {
        root.innerHTML = '<section class="' + c() + '">' + row(words.credit, money(a.values.credit)) + '</section>';
        setTimeout(function () {
          root.firstChild.insertAdjacentHTML('beforeend', row(words.active, date(a.values.activeUntil)) + row(words.grace, date(a.values.graceUntil)));
          root.insertAdjacentHTML('beforeend', '<section class="' + c() + '"><h2>' + words.packages + '</h2><ul>' + a.values.packages.map(function (p) {
            return '<li class="' + c() + '"><b>' + p.name + '</b> ' + (lang === 'id' ? 'sisa ' : '') + p.remainingGb + ' GB ' + words.left + ' ' + p.totalGb + ' GB, ' + words.until + ' ' + date(p.until) + '</li>';
          }).join('') + '</ul></section>');
          document.body.setAttribute('data-drawn', String(Math.round(performance.now())));
        }, 200);
      }, a.drawMs);
    });
  });
})();`;

/** Fetches like the real page, then never shows the values. */
const NEVER_SCRIPT = `fetch('/portal/api/account', { credentials: 'same-origin' });`;

const SIGN_IN = (next: string, failed: boolean) => `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Masuk</title></head>
<body><main><h1>Masuk ke Portal Pelanggan</h1>${failed ? '<p role="alert">Nomor atau kata sandi salah.</p>' : ''}
<form method="post" action="/portal/signin">
<input type="hidden" name="next" value="${next.replace(/[^\w/?=&%.-]/g, '')}">
<label>Nomor HP <input name="phone" autocomplete="username"></label>
<label>Kata sandi <input type="password" name="password" autocomplete="current-password"></label>
<button type="submit">Masuk</button>
</form></main></body></html>`;

function cookieOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  return header
    .split(';')
    .map((p) => p.trim().split('='))
    .find(([k]) => k === PORTAL_COOKIE)?.[1];
}

/** A new portal with its own sessions and values. */
export function createPortal(): Portal {
  let values = PORTAL_VALUES;
  let delay: number | [number, number] = [1000, 3000];
  let sessionMs = 3_600_000;
  let answerMs = 0;
  let signIns = 0;
  let reads = 0;
  const sessions = new Map<string, number>();
  const live = (req: IncomingMessage) => {
    const token = cookieOf(req);
    return token !== undefined && (sessions.get(token) ?? 0) > Date.now();
  };
  const drawMs = () => (typeof delay === 'number' ? delay : delay[0] + Math.round(Math.random() * (delay[1] - delay[0])));
  const send = (res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  const html = 'text/html; charset=utf-8';

  return {
    route(url, req, res, body) {
      switch (url.pathname) {
        case '/portal/account':
          send(res, 200, html, shell(true));
          return true;
        case '/portal/never':
          send(res, 200, html, shell(false));
          return true;
        case '/portal/api/account': {
          const answer = () => {
            if (!live(req)) send(res, 401, 'application/json', '{"error":"session expired"}');
            else {
              reads += 1;
              send(res, 200, 'application/json', JSON.stringify({ values, drawMs: drawMs() }));
            }
          };
          if (answerMs > 0) setTimeout(answer, answerMs);
          else answer();
          return true;
        }
        case '/portal/signin': {
          if (req.method !== 'POST') {
            send(res, 200, html, SIGN_IN(url.searchParams.get('next') ?? '/portal/account', false));
            return true;
          }
          const form = new URLSearchParams(body);
          const next = form.get('next') ?? '';
          if (!form.get('phone') || !form.get('password')) {
            send(res, 200, html, SIGN_IN(next, true));
            return true;
          }
          const token = randomBytes(12).toString('hex');
          sessions.set(token, Date.now() + sessionMs);
          signIns += 1;
          send(res, 303, 'text/plain', '', {
            location: next.startsWith('/portal/') ? next : '/portal/account',
            'set-cookie': `${PORTAL_COOKIE}=${token}; Path=/portal; HttpOnly; SameSite=Lax`,
          });
          return true;
        }
        case '/portal/signout':
          sessions.delete(cookieOf(req) ?? '');
          send(res, 303, 'text/plain', '', { location: '/portal/signin' });
          return true;
        default:
          return false;
      }
    },
    setValues: (next) => {
      values = next;
    },
    setDrawDelay: (ms) => {
      delay = ms;
    },
    setAnswerDelay: (ms) => {
      answerMs = ms;
    },
    expireSessions: () => sessions.clear(),
    setSessionMs: (ms) => {
      sessionMs = ms;
    },
    signIns: () => signIns,
    reads: () => reads,
  };
}
