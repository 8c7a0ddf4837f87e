/**
 * Message-list fixtures (issue 13): a conversation shaped like Messages for web's public markup
 * (custom elements such as `mws-message-wrapper` holding text parts, day headers, a compose box and a
 * send button, at `/web/conversations/<id>`), and a generic message list. Not the live site: built
 * from its public markup so the recipe (utils/sources/recipes/messages-for-web.ts) has a page to read.
 *
 * The conversation: balance replies in Indonesian, English and Chinese (oldest first), then a
 * promotion and a one-time code as the newest messages. `?later=1` appends a balance reply by script
 * after load. The send button POSTs what the compose box holds to `/web/conversations/<id>/send`
 * (the test counts those requests) and a reply arrives by script. `?compose=0` draws the page without
 * its compose box and send button (a markup change the recipe does not expect); `?strict=1` keeps the
 * send button disabled while the box is empty, as some sites do, enabling it a moment after typing.
 */
import type { ServerResponse } from 'node:http';

/** One message of the fixture conversation, oldest first. */
export interface FixtureMessage {
  /** The day header it sits under. */
  day: string;
  /** Its time as the page shows it. */
  time: string;
  text: string;
  /** What it holds: a balance (credit, rupiah) or nothing. */
  credit?: number;
}

/** The conversation's messages; the balance replies' times and credits are what the tests expect. */
export const CONVERSATION: readonly FixtureMessage[] = [
  { day: '30 November 2026', time: '09:15', text: 'Sisa pulsa Anda Rp 50.000. Masa aktif s/d 31-12-2026. Info 123', credit: 50_000 },
  { day: 'Yesterday', time: '8:30 AM', text: 'Your balance is Rp 42,500, active until 31/12/2026.', credit: 42_500 },
  { day: 'Today', time: '00:01', text: '您的余额为Rp 35.000，有效期至2026年12月31日。', credit: 35_000 },
  { day: 'Today', time: '00:02', text: 'Promo! Beli paket 10GB hanya Rp 25.000 s/d 10/12/2026. Ketik *123#' },
  { day: 'Today', time: '00:03', text: 'Kode OTP Anda 482913. Jangan berikan kode ini kepada siapapun.' },
];

/** The reply appended after load (`?later=1`) and the answer to a query: no time yet ("Now"). */
export const LATER_REPLY = { text: 'Sisa pulsa Rp 30.000, aktif s/d 31-12-2026.', credit: 30_000 };
export const QUERY_REPLY = { text: 'Pulsa Anda Rp 27.500. Masa aktif s/d 31-12-2026.', credit: 27_500 };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A received message as Messages for web draws it. */
const received = (text: string, time: string) =>
  `<mws-message-wrapper is-outgoing="false" role="article"><div class="msg-container"><mws-message-part-router><mws-text-message-part><div class="text-msg-content"><div class="text-msg msg-content">${escape(text)}</div></div></mws-text-message-part></mws-message-part-router><mws-relative-timestamp>${escape(time)}</mws-relative-timestamp></div></mws-message-wrapper>`;

/** A conversation's messages as the app's markup holds them once drawn (unit tests and the bench read this without a script). */
export function conversationMarkup(messages: readonly Pick<FixtureMessage, 'day' | 'time' | 'text'>[] = CONVERSATION): string {
  let day = '';
  const rows: string[] = [];
  for (const m of messages) {
    if (m.day !== day) {
      day = m.day;
      rows.push(`<mws-tombstone-message-wrapper><div class="tombstone-timestamp">${escape(day)}</div></mws-tombstone-message-wrapper>`);
    }
    rows.push(received(m.text, m.time));
  }
  return `<!doctype html><html lang="en"><body><mws-messages-list>${rows.join('')}</mws-messages-list></body></html>`;
}

/** The conversation page `/web/conversations/<id>`: drawn by script after load, as the real app draws it (its HTML holds no message). */
export function conversationPage(id: string, compose = true, strict = false): string {
  const template = received('@TEXT@', '@TIME@');
  const header = '<mws-tombstone-message-wrapper><div class="tombstone-timestamp">@DAY@</div></mws-tombstone-message-wrapper>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Messages (fixture, not the live site)</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:auto}mws-message-wrapper{display:block;margin:.5rem 0;padding:.5rem;background:#eef;border-radius:.75rem}
mws-message-wrapper[is-outgoing="true"]{background:#dfd;margin-left:30%}
mws-relative-timestamp{display:block;font-size:.75rem;color:#555}mws-tombstone-message-wrapper{display:block;text-align:center;color:#555;margin:1rem 0}
mws-message-compose{display:flex;gap:.5rem;margin-top:1rem}mws-message-compose textarea{flex:1}</style></head>
<body><header><h1>AXIS (123)</h1><p>Fixture shaped like Messages for web — not the live site</p></header>
<mws-messages-list data-conversation="${escape(id)}"></mws-messages-list>
${
  compose
    ? `<mws-message-compose><mws-autosize-textarea><textarea class="input" placeholder="Text message" aria-label="Text message"></textarea></mws-autosize-textarea>
<mws-message-send-button><button aria-label="Send SMS"${strict ? ' disabled' : ''}>Send</button></mws-message-send-button></mws-message-compose>`
    : ''
}
<script>
const list = document.querySelector('mws-messages-list');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const template = ${JSON.stringify(template)};
const header = ${JSON.stringify(header)};
function appendReceived(text, time = 'Now') {
  list.insertAdjacentHTML('beforeend', template.replace('@TEXT@', esc(text)).replace('@TIME@', esc(time)));
}
let day = '';
for (const m of ${JSON.stringify(CONVERSATION)}) {
  if (m.day !== day) list.insertAdjacentHTML('beforeend', header.replace('@DAY@', esc((day = m.day))));
  appendReceived(m.text, m.time);
}
if (new URLSearchParams(location.search).get('later') === '1') setTimeout(() => appendReceived(${JSON.stringify(LATER_REPLY.text)}), 1000);
if (${strict}) {
  const box = document.querySelector('mws-message-compose textarea');
  const send = document.querySelector('mws-message-send-button button');
  // As an app redraws after an input event: the button follows the box a moment later.
  box?.addEventListener('input', () => setTimeout(() => { send.disabled = !box.value; }, 150));
}
document.querySelector('mws-message-send-button button')?.addEventListener('click', async () => {
  const box = document.querySelector('mws-message-compose textarea');
  const text = box.value;
  if (!text) return;
  box.value = '';
  list.insertAdjacentHTML('beforeend', '<mws-message-wrapper is-outgoing="true"><div class="text-msg">' + esc(text) + '</div></mws-message-wrapper>');
  await fetch(location.pathname.replace(/\\/$/, '') + '/send', { method: 'POST', body: text });
  appendReceived(${JSON.stringify(QUERY_REPLY.text)});
});
</script></body></html>`;
}

/** A generic message list: day headers as siblings, `time[datetime]` inside each message. */
export const GENERIC_LIST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox</title></head><body>
<ol class="thread">
<li class="day">2 December 2026</li>
<li class="msg"><time datetime="2026-12-02T10:00:00Z">10:00</time><p>Sisa pulsa Rp 20.000, masa aktif s/d 31-12-2026.</p></li>
<li class="day">Yesterday</li>
<li class="msg" title="3 December 2026 09:00"><p>Balance: Rp 15,000. Active until 31/12/2026.</p></li>
<li class="msg"><p>Dapatkan kuota 20GB cuma Rp 50rb! Promo terbatas.</p></li>
<li class="msg"><p>Your verification code is 381920.</p></li>
</ol></body></html>`;

/** Answers the message-list paths; false for any other path. */
export function messagesRoute(url: URL, res: ServerResponse): boolean {
  const conversation = /^\/web\/conversations\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
  if (conversation) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(conversationPage(conversation[1] as string, url.searchParams.get('compose') !== '0', url.searchParams.get('strict') === '1'));
    return true;
  }
  if (/^\/web\/conversations\/[A-Za-z0-9_-]+\/send$/.test(url.pathname)) {
    res.writeHead(204);
    res.end();
    return true;
  }
  if (url.pathname === '/messages/list') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(GENERIC_LIST_PAGE);
    return true;
  }
  return false;
}
