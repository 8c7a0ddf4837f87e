/**
 * What the local test server serves: account pages in Indonesian, English and Chinese (with
 * promotions and prices near the balance), a page drawn by JavaScript, a sign-in page, and JSON
 * answers shaped like the providers' documented examples.
 */

const page = (title: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** Indonesian carrier portal: a table, with package prices and a promotion around the balance. */
export const INDONESIAN_PAGE = page(
  'Akun Saya',
  `<header><nav><a href="/">Beranda</a> <a href="/paket">Beli Paket</a></nav></header>
  <main>
    <section class="promo"><h2>Promo Spesial!</h2><p>Paket Combo 10GB hanya Rp 50.000 — hemat Rp 15.000</p></section>
    <table class="info">
      <tr><th>Nomor</th><td>0831-2345-6789</td></tr>
      <tr><th>Sisa Pulsa</th><td class="pulsa">Rp 25.750</td></tr>
      <tr><th>Masa Aktif</th><td class="aktif">31 Desember 2026</td></tr>
      <tr><th>Masa Tenggang</th><td>30 Januari 2027</td></tr>
    </table>
    <div class="kuota"><span class="label">Kuota Utama</span> <span class="value">3,5 GB</span></div>
    <aside><p>Isi ulang Rp 100.000 dapat bonus 5GB</p><button>Beli Rp 20.000</button></aside>
  </main>`,
  'id',
);

/** English eSIM portal: a definition list, a price list next to it. */
export const ENGLISH_PAGE = page(
  'My account',
  `<main>
    <h1>Your plan</h1>
    <dl class="summary">
      <dt>Account balance</dt><dd id="balance">$4.50</dd>
      <dt>Plan expires</dt><dd id="expires">Dec 31, 2026</dd>
    </dl>
    <div class="data"><span>Data remaining</span><span>1.2 GB</span></div>
    <section class="shop"><h2>Top up</h2><ul><li>5 GB for $12.00</li><li>Add $10 credit</li></ul></section>
  </main>`,
);

/** Chinese carrier page: label/value spans, a package offer near the balance. */
export const CHINESE_PAGE = page(
  '我的账户',
  `<div class="card">
    <div class="row"><span class="k">账户余额</span><span class="v">¥18.90</span></div>
    <div class="row"><span class="k">有效期至</span><span class="v">2026年12月31日</span></div>
    <div class="ad">流量包优惠：30元10GB，立即办理</div>
  </div>`,
  'zh',
);

/**
 * The Chinese portal's card in GBK, as older portals in China still send it (bytes made once with
 * Python's gbk codec: Node has no GBK encoder). `gbkPage` wraps it in ASCII, which GBK shares.
 */
const GBK_CARD_HEX =
  '3c64697620636c6173733d2263617264223e3c64697620636c6173733d22726f77223e3c7370616e20636c6173733d226b223ed5cbbba7d3e0b6ee3c2f7370616e3e3c7370616e20636c6173733d2276223ea3a431382e39303c2f7370616e3e3c2f6469763e3c64697620636c6173733d22726f77223e3c7370616e20636c6173733d226b223ed3d0d0a7c6dad6c13c2f7370616e3e3c7370616e20636c6173733d2276223e32303236c4ea3132d4c23331c8d53c2f7370616e3e3c2f6469763e3c64697620636c6173733d226164223ec1f7c1bfb0fcd3c5bbdda3ba3330d4aa31304742a3acc1a2bcb4b0ecc0ed3c2f6469763e3c2f6469763e';

/** A GBK page: the charset named by `<meta charset>`, by `http-equiv`, or nowhere (the server's header says it). */
export function gbkPage(meta: 'charset' | 'http-equiv' | 'none'): Buffer {
  const tag = {
    charset: '<meta charset="gbk">',
    'http-equiv': '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">',
    none: '',
  }[meta];
  return Buffer.concat([
    Buffer.from(`<!doctype html><html lang="zh"><head>${tag}<title>Account</title></head><body>`),
    Buffer.from(GBK_CARD_HEX, 'hex'),
    Buffer.from('</body></html>'),
  ]);
}

/** A portal that draws the balance with JavaScript after load: the HTML has none. */
export const SCRIPTED_PAGE = page(
  'Account',
  `<div id="app">Loading…</div>
  <script>
    setTimeout(function () {
      document.getElementById('app').innerHTML =
        '<table><tr><th>Sisa Pulsa</th><td>Rp 12.345</td></tr><tr><th>Masa Aktif</th><td>15 Desember 2026</td></tr></table>';
    }, 300);
  </script>`,
);

/**
 * An ordinary app shell: a long menu, a footer and a cookie banner in its HTML (far more than a
 * "Loading…"), and a script that draws the balance after load.
 */
export const SCRIPTED_SHELL_PAGE = page(
  'My Account',
  `<header><nav>${['Home', 'Shop', 'Plans', 'Roaming', 'Top up', 'Devices', 'Internet packages', 'Entertainment', 'Help centre', 'Store locator', 'Business', 'Promotions'].map((item) => `<a href="/${item.toLowerCase().replace(/ /g, '-')}">${item}</a>`).join(' ')}</nav></header>
  <main><div id="root"><div class="spinner" aria-busy="true"></div></div></main>
  <footer>
    <p>About us · Careers · Investor relations · Newsroom · Sustainability · Terms of use · Privacy policy · Accessibility · Contact us · Sitemap</p>
    <p>© 2026 Example Telecom. All rights reserved. Registered office: 1 Example Street, Jakarta 10110. Customer care 188 (24 hours).</p>
  </footer>
  <div class="cookies">We use cookies to make this site work and to understand how it is used. You can choose which cookies to allow in the settings. <button>Accept all</button> <button>Settings</button></div>
  <script>
    setTimeout(function () {
      document.getElementById('root').innerHTML =
        '<dl><dt>Main balance</dt><dd>Rp 31.500</dd><dt>Active until</dt><dd>20 December 2026</dd></dl>';
    }, 300);
  </script>`,
);

/** The page after a redesign: none of the old selectors match, and no balance label is left. */
export const CHANGED_PAGE = page('Akun Saya', `<main><div class="new-layout"><p>Selamat datang kembali!</p></div></main>`, 'id');

/** A sign-in page. */
export const SIGN_IN_PAGE = page(
  'Sign in',
  `<form method="post" action="/login"><label>Phone <input name="msisdn"></label><label>Password <input type="password" name="pw"></label><button>Sign in</button></form>`,
);

/** `$.data.balance.remaining`, with its currency. */
export const BALANCE_JSON = {
  data: { balance: { remaining: 25750, currency: 'IDR' }, expired_at: '2026-12-31 23:59:59', msisdn: '6283123456789' },
};

/** `$.balance_infos[0].total_balance` as a string, validity as unix seconds. */
export const BALANCE_INFOS_JSON = {
  code: 0,
  balance_infos: [{ total_balance: '18.90', currency: 'CNY', valid_until: 1798675200 }],
};

/**
 * Account pages that list the line's rows next to packages carrying their own end dates: each date
 * belongs to its owner (the active period to its row, a package's end to that package's quota).
 * One page per language, each with several layouts a portal uses: label/value spans and cards,
 * tables, definition lists.
 */
export const LABEL_ROWS_PAGES = {
  /** MyXL/AXISnet-like: a card of label-above-value rows, then package cards whose end date sits right below the Masa Aktif row. */
  id: page(
    'Akun Saya',
    `<main>
    <section class="card">
      <div class="row"><div class="k">Sisa Pulsa</div><div class="v">Rp 25.750</div></div>
      <div class="row"><div class="k">Masa Aktif</div><div class="v">31 Desember 2026</div></div>
      <div class="pkg"><div>Berlaku s.d. 20 Des 2026</div><div><span>Kuota Internet</span> <span>8,5 GB</span></div></div>
      <div class="row"><div class="k">Masa Tenggang</div><div class="v">30 Januari 2027</div></div>
    </section>
    <section class="paket">
      <h2>Paket Saya</h2>
      <div class="pkg"><div>Kuota Malam</div><div>12 GB</div><div>Berlaku s.d.</div><div>15 Des 2026</div></div>
      <table><tr><th>Kuota Lokal</th><td>2,5 GB</td><td>s.d. 10 Des 2026</td></tr></table>
      <table>
        <thead><tr><th>Paket</th><th>Sisa</th><th>Berlaku s.d.</th></tr></thead>
        <tbody><tr><td>Kuota Video</td><td>4 GB</td><td>08 Des 2026</td></tr><tr><td>Kuota Musik</td><td>750 MB</td><td>07 Des 2026</td></tr></tbody>
      </table>
      <dl><dt>Kuota Aplikasi</dt><dd>1 GB</dd><dt>Berlaku hingga</dt><dd>05 Des 2026</dd></dl>
    </section>
  </main>`,
    'id',
  ),
  /** An eSIM seller's dashboard: the line in a definition list, packages as cards and a table. */
  en: page(
    'My line',
    `<main>
    <dl class="line">
      <dt>Balance</dt><dd>$4.50</dd>
      <dt>Active until</dt><dd>Dec 31, 2026</dd>
    </dl>
    <div class="card"><h3>Data pack</h3><p>Valid until Dec 20, 2026</p><p><span>Data</span> <span>3.2 GB</span></p></div>
    <table>
      <tr><th>Grace period</th><td>Jan 30, 2027</td></tr>
      <tr><th>Weekend data</th><td>1.5 GB</td><td>expires Dec 12, 2026</td></tr>
    </table>
  </main>`,
  ),
  /** A Chinese carrier page: label/value spans for the line, a package table and a package card. */
  zh: page(
    '我的账户',
    `<div class="card">
    <div class="row"><span class="k">话费余额</span><span class="v">¥18.90</span></div>
    <div class="row"><span class="k">有效期</span><span class="v">2026年12月31日</span></div>
    <div class="pkg"><div>有效期至 2026年12月20日</div><div><span>国内通用流量</span> <span>剩余5GB</span></div></div>
    <div class="row"><span class="k">宽限期</span><span class="v">2027年1月30日</span></div>
    <table><tr><td>夜间流量</td><td>剩余2GB</td><td>有效期至2026年12月15日</td></tr></table>
  </div>`,
    'zh',
  ),
};
