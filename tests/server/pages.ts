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
    <div class="card"><h3>Local data</h3><p>Valid until Dec 20, 2026</p><p><span>Data</span> <span>3.2 GB</span></p></div>
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

/** The layouts a portal draws the line's rows in; each language has a page in each (`LABEL_ROW_LAYOUTS`). */
export const LAYOUTS = ['spans', 'table', 'dl', 'cards'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * The line's rows (credit, active period, grace period) beside two packages with their own end dates, in each
 * layout and each language, one package between the active and the grace rows: each date must go to its owner.
 * Served as `/label-rows/<lang>/<layout>`; their reading-order text is in the corpus (`tests/unit/extract/corpus/`).
 */
export const LABEL_ROW_LAYOUTS: Record<'id' | 'en' | 'zh', Record<Layout, string>> = {
  id: {
    spans: page(
      'Akun Saya',
      `<main>
      <div class="row"><span class="k">Sisa Pulsa</span> <span class="v">Rp 31.500</span></div>
      <div class="row"><span class="k">Masa Aktif</span> <span class="v">31 Desember 2026</span></div>
      <div class="pkg"><span>Kuota Internet</span> <span>6 GB</span> <span>Berlaku s.d. 18 Des 2026</span></div>
      <div class="row"><span class="k">Masa Tenggang</span> <span class="v">30 Januari 2027</span></div>
      <div class="pkg"><span>Kuota Malam</span> <span>10 GB</span> <span>Berlaku s.d. 12 Des 2026</span></div>
    </main>`,
      'id',
    ),
    table: page(
      'Akun Saya',
      `<table>
      <tr><th>Sisa Pulsa</th><td>Rp 31.500</td></tr>
      <tr><th>Masa Aktif</th><td>31 Desember 2026</td></tr>
      <tr><th>Kuota Internet</th><td>6 GB</td><td>Berlaku s.d. 18 Des 2026</td></tr>
      <tr><th>Masa Tenggang</th><td>30 Januari 2027</td></tr>
      <tr><th>Kuota Malam</th><td>10 GB</td><td>Berlaku s.d. 12 Des 2026</td></tr>
    </table>`,
      'id',
    ),
    dl: page(
      'Akun Saya',
      `<dl>
      <dt>Sisa Pulsa</dt><dd>Rp 31.500</dd>
      <dt>Masa Aktif</dt><dd>31 Desember 2026</dd>
      <dt>Kuota Internet</dt><dd>6 GB</dd><dt>Berlaku s.d.</dt><dd>18 Des 2026</dd>
      <dt>Masa Tenggang</dt><dd>30 Januari 2027</dd>
      <dt>Kuota Malam</dt><dd>10 GB</dd><dt>Berlaku s.d.</dt><dd>12 Des 2026</dd>
    </dl>`,
      'id',
    ),
    cards: page(
      'Akun Saya',
      `<main>
      <div class="card"><h3>Sisa Pulsa</h3><p>Rp 31.500</p></div>
      <div class="card"><h3>Masa Aktif</h3><p>31 Desember 2026</p></div>
      <div class="card"><h3>Kuota Internet</h3><p>6 GB</p><p>Berlaku s.d. 18 Des 2026</p></div>
      <div class="card"><h3>Masa Tenggang</h3><p>30 Januari 2027</p></div>
      <div class="card"><h3>Kuota Malam</h3><p>10 GB</p><p>Berlaku s.d. 12 Des 2026</p></div>
    </main>`,
      'id',
    ),
  },
  en: {
    spans: page(
      'My line',
      `<main>
      <div class="row"><span class="k">Balance</span> <span class="v">$7.25</span></div>
      <div class="row"><span class="k">Active until</span> <span class="v">Dec 31, 2026</span></div>
      <div class="pkg"><span>Local data</span> <span>2.5 GB</span> <span>Valid until Dec 18, 2026</span></div>
      <div class="row"><span class="k">Grace period</span> <span class="v">Jan 30, 2027</span></div>
      <div class="pkg"><span>Roaming data</span> <span>800 MB</span> <span>Expires Dec 12, 2026</span></div>
    </main>`,
    ),
    table: page(
      'My line',
      `<table>
      <tr><th>Balance</th><td>$7.25</td></tr>
      <tr><th>Active until</th><td>Dec 31, 2026</td></tr>
      <tr><th>Local data</th><td>2.5 GB</td><td>Valid until Dec 18, 2026</td></tr>
      <tr><th>Grace period</th><td>Jan 30, 2027</td></tr>
      <tr><th>Roaming data</th><td>800 MB</td><td>Expires Dec 12, 2026</td></tr>
    </table>`,
    ),
    dl: page(
      'My line',
      `<dl>
      <dt>Balance</dt><dd>$7.25</dd>
      <dt>Active until</dt><dd>Dec 31, 2026</dd>
      <dt>Local data</dt><dd>2.5 GB</dd><dt>Valid until</dt><dd>Dec 18, 2026</dd>
      <dt>Grace period</dt><dd>Jan 30, 2027</dd>
      <dt>Roaming data</dt><dd>800 MB</dd><dt>Expires</dt><dd>Dec 12, 2026</dd>
    </dl>`,
    ),
    cards: page(
      'My line',
      `<main>
      <div class="card"><h3>Balance</h3><p>$7.25</p></div>
      <div class="card"><h3>Active until</h3><p>Dec 31, 2026</p></div>
      <div class="card"><h3>Local data</h3><p>2.5 GB</p><p>Valid until Dec 18, 2026</p></div>
      <div class="card"><h3>Grace period</h3><p>Jan 30, 2027</p></div>
      <div class="card"><h3>Roaming data</h3><p>800 MB</p><p>Expires Dec 12, 2026</p></div>
    </main>`,
    ),
  },
  zh: {
    spans: page(
      '我的账户',
      `<main>
      <div class="row"><span class="k">话费余额</span> <span class="v">¥23.50</span></div>
      <div class="row"><span class="k">有效期</span> <span class="v">2026年12月31日</span></div>
      <div class="pkg"><span>国内通用流量</span> <span>剩余6GB</span> <span>有效期至2026年12月18日</span></div>
      <div class="row"><span class="k">宽限期</span> <span class="v">2027年1月30日</span></div>
      <div class="pkg"><span>夜间流量</span> <span>剩余10GB</span> <span>有效期至2026年12月12日</span></div>
    </main>`,
      'zh',
    ),
    table: page(
      '我的账户',
      `<table>
      <tr><th>话费余额</th><td>¥23.50</td></tr>
      <tr><th>有效期</th><td>2026年12月31日</td></tr>
      <tr><th>国内通用流量</th><td>剩余6GB</td><td>有效期至2026年12月18日</td></tr>
      <tr><th>宽限期</th><td>2027年1月30日</td></tr>
      <tr><th>夜间流量</th><td>剩余10GB</td><td>有效期至2026年12月12日</td></tr>
    </table>`,
      'zh',
    ),
    dl: page(
      '我的账户',
      `<dl>
      <dt>话费余额</dt><dd>¥23.50</dd>
      <dt>有效期</dt><dd>2026年12月31日</dd>
      <dt>国内通用流量</dt><dd>剩余6GB</dd><dt>有效期至</dt><dd>2026年12月18日</dd>
      <dt>宽限期</dt><dd>2027年1月30日</dd>
      <dt>夜间流量</dt><dd>剩余10GB</dd><dt>有效期至</dt><dd>2026年12月12日</dd>
    </dl>`,
      'zh',
    ),
    cards: page(
      '我的账户',
      `<main>
      <div class="card"><h3>话费余额</h3><p>¥23.50</p></div>
      <div class="card"><h3>有效期</h3><p>2026年12月31日</p></div>
      <div class="card"><h3>国内通用流量</h3><p>剩余6GB</p><p>有效期至2026年12月18日</p></div>
      <div class="card"><h3>宽限期</h3><p>2027年1月30日</p></div>
      <div class="card"><h3>夜间流量</h3><p>剩余10GB</p><p>有效期至2026年12月12日</p></div>
    </main>`,
      'zh',
    ),
  },
};

/** What each language's layouts read: the line's dates from its rows, each package's end to its quota. */
export const LABEL_ROW_EXPECTED = {
  id: {
    currency: 'IDR',
    timeZone: 'Asia/Jakarta',
    credit: 31500,
    quotas: [
      ['Kuota Internet', '6 GB', '2026-12-18'],
      ['Kuota Malam', '10 GB', '2026-12-12'],
    ],
  },
  en: {
    currency: 'USD',
    timeZone: 'America/New_York',
    credit: 7.25,
    quotas: [
      ['Local data', '2.5 GB', '2026-12-18'],
      ['Roaming data', '800 MB', '2026-12-12'],
    ],
  },
  zh: {
    currency: 'CNY',
    timeZone: 'Asia/Shanghai',
    credit: 23.5,
    quotas: [
      ['国内通用流量', '6 GB', '2026-12-18'],
      ['夜间流量', '10 GB', '2026-12-12'],
    ],
  },
} as const;
/** Every layout page shows the line active until 31 December 2026 and in grace until 30 January 2027. */
export const LABEL_ROW_DATES = { validUntil: '2026-12-31', graceUntil: '2027-01-30' } as const;
