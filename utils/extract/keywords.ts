/**
 * The words that say what a number is: credit, validity, grace, quota roles and kinds, and the
 * cues that say a number is not a balance (prices, promotions, top-ups, codes, "as of" dates).
 * Indonesian, English, and Chinese (simplified and traditional).
 */

/** What a cue says about the value near it. */
export type CueField =
  | 'credit' // the line's balance
  | 'card' // the line's own active period (masa aktif, 号码有效期)
  | 'validity' // an end date of something: the line, or the quota just named
  | 'before' // "top up before": a deadline, too weak to be the validity
  | 'grace' // grace period (masa tenggang, 宽限期)
  | 'remaining' // amount left of a quota
  | 'used' // amount used of a quota
  | 'total' // a quota's size
  | 'plan' // a plan or package name, whose size is not what is left
  | 'data'
  | 'voice'
  | 'sms'
  | 'promo' // promotions and gifts
  | 'price' // prices and fees
  | 'soft-price' // "only", "hanya": a price unless a credit word is nearer
  | 'buy' // purchase instructions
  | 'topup' // top-up and transfer amounts
  | 'threshold' // "less than", "不足": a limit, not the amount
  | 'spent' // charges, bills, spending
  | 'code' // one-time codes and PINs
  | 'bonus' // bonus balances, not the main credit
  | 'asof' // the date of the message or the transaction
  | 'due'; // a bill's due date

/** One occurrence of a cue in the text. */
export interface Cue {
  start: number;
  end: number;
  fields: ReadonlySet<CueField>;
  /** How surely the cue names its field, 0..1 (sisa pulsa 1, pulsa 0.9, sisa 0.6). */
  strength: number;
  /** True when the cue may also follow its value (`1.2 GB left`, `2026年12月31日到期`). */
  post: boolean;
  /** True when the cue may precede its value. */
  pre: boolean;
}

interface Entry {
  fields: Set<CueField>;
  strength: number;
  pre: boolean;
  post: boolean;
}

/**
 * The cue table. Built by a function marked pure, as are its patterns below, so that a bundle which
 * imports this module without calling the engine (Chrome's service worker) leaves it out entirely.
 */
function buildTable(): Map<string, Entry> {
  const TABLE = new Map<string, Entry>();

  /** Adds phrases to the table; a phrase listed twice gets the union of its fields. */
  function add(fields: CueField[], strength: number, phrases: string[], where: 'pre' | 'post' | 'both' = 'pre'): void {
    for (const raw of phrases) {
      const phrase = raw.toLowerCase();
      const entry = TABLE.get(phrase) ?? { fields: new Set<CueField>(), strength: 0, pre: false, post: false };
      for (const f of fields) entry.fields.add(f);
      entry.strength = Math.max(entry.strength, strength);
      entry.pre ||= where !== 'post';
      entry.post ||= where !== 'pre';
      TABLE.set(phrase, entry);
    }
  }

  // Credit, strongest first.
  add(['credit'], 1, [
    'sisa pulsa',
    'pulsa utama',
    'pulsa reguler',
    'saldo pulsa',
    'sisa saldo',
    'main balance',
    'account balance',
    'credit balance',
    'remaining credit',
    'remaining balance',
    'current balance',
    'available balance',
    'prepaid balance',
    'airtime balance',
    'load balance',
    'stored value',
    'your balance',
    'balance is',
    '话费余额',
    '話費餘額',
    '账户余额',
    '帳戶餘額',
    '賬戶餘額',
    '户口余额',
    '戶口餘額',
    '可用余额',
    '可用餘額',
    '当前余额',
    '當前餘額',
    '储值余额',
    '儲值餘額',
    '储值卡余额',
    '儲值卡餘額',
    '储值额',
    '儲值額',
    '预付卡余额',
    '預付卡餘額',
    '现金余额',
  ]);
  add(['credit'], 0.9, ['pulsa', 'saldo', 'balance', 'credit', 'bal', 'airtime', '余额', '餘額', '结余', '結餘']);
  add(['credit'], 0.8, ['plsa', 'load', '储值', '儲值']);
  add(['credit'], 0.7, ['话费', '話費']);
  add(['credit', 'remaining'], 0.6, ['sisa', 'tersisa', 'remaining', '剩余', '剩餘']);
  add(['credit', 'remaining'], 0.6, ['remaining', 'left', 'tersisa', 'remains', 'is left', 'left over'], 'post');

  // Validity of the line itself.
  add(['card'], 1, [
    'masa aktif',
    'masa aktif kartu',
    'kartu aktif',
    'nomor aktif',
    'active period',
    'service end date',
    'service end',
    'account expires',
    'account expiry',
    'account valid until',
    'sim expiry',
    'sim valid until',
    'sim is valid until',
    'number valid until',
    'line active until',
    'validity',
    'masa berlaku kartu',
    '号码有效期',
    '號碼有效期',
    '门号有效期',
    '門號有效期',
    '门号有效期限',
    '門號有效期限',
    '话费有效期',
    '話費有效期',
    '账户有效期',
    '帳戶有效期',
    '賬戶有效期',
    '卡有效期',
    '号码到期',
    '號碼到期',
  ]);
  // End dates of whatever was just named.
  add(['validity'], 0.9, [
    's.d',
    's.d.',
    's/d',
    'aktif sd',
    'berlaku sd',
    'sampai',
    'sampai dengan',
    'hingga',
    'berlaku',
    'berlaku hingga',
    'berlaku sampai',
    'berlaku s.d',
    'berlaku s/d',
    'masa berlaku',
    'aktif',
    'aktif s.d',
    'aktif s/d',
    'aktif hingga',
    'aktif sampai',
    'aktif until',
    'berakhir',
    'berakhir pada',
    'berakhir tanggal',
    'kadaluarsa',
    'kedaluwarsa',
    'kadaluwarsa',
    'exp',
    'exp.',
    'expires',
    'expire',
    'expired',
    'expiry',
    'expiry date',
    'expiration',
    'expiration date',
    'expires on',
    'expire on',
    'will expire on',
    'valid until',
    'valid till',
    'valid thru',
    'valid through',
    'valid to',
    'valid',
    'until',
    'till',
    'active until',
    'active till',
    'end date',
    'ends',
    'ends on',
    'renews',
    'renews on',
    'renewal',
    'renewal date',
    'active through',
    'good through',
    'good until',
    'good till',
    'val',
    'val.',
    'auto-renews',
    'auto-renews on',
    'auto renews',
    '有效期',
    '有效期至',
    '有效期到',
    '有效期限',
    '有效期限至',
    '有效期截止',
    '有效期截至',
    '有效期截止至',
    '有效至',
    '到期日',
    '到期时间',
    '到期時間',
    '截止日期',
    '过期时间',
    '過期時間',
    '有效日期',
    '使用期限',
    '到期',
  ]);
  // "上網吃到飽 至 2026/08/20 止": 至 before the date ("截至" and "至少" are longer cues and win).
  add(['validity'], 0.9, ['至']);
  add(['validity'], 0.9, ['到期', '过期', '過期', '失效', '止', '为止', '為止', '前有效', '停机', '停機'], 'post');
  add(['before'], 0.5, ['sebelum', 'before', '之前'], 'pre');
  add(['before'], 0.5, ['之前', '前'], 'post');

  // Grace period, and the day the number is cut off for good.
  add(['grace'], 1, [
    'masa tenggang',
    'tenggang',
    'grace period',
    'grace',
    'grace until',
    '宽限期',
    '寬限期',
    '保号期',
    '保號期',
    '停机保号期',
    '停機保號期',
    '停机保号',
    '停機保號',
    'hangus',
    'diblokir',
    'terblokir',
    'dinonaktifkan',
    'deactivated',
  ]);

  // Quota roles, kinds and plan names.
  add(['remaining'], 0.9, [
    'sisa kuota',
    'kuota tersisa',
    'tinggal',
    'available',
    'data balance',
    'data bal',
    'sisa data',
    'remaining data',
    'data remaining',
    'data left',
    '尚余',
    '尚餘',
    '还剩',
    '還剩',
    '可用',
    '剩余流量',
    '剩餘流量',
    '余量',
    '餘量',
    '剩下',
  ]);
  add(['remaining'], 0.9, ['lagi', 'available'], 'post');
  add(['used', 'spent'], 0.9, [
    'terpakai',
    'pemakaian',
    'telah digunakan',
    'digunakan',
    'menggunakan',
    'telah menggunakan',
    'memakai',
    'sudah dipakai',
    'used',
    'usage',
    'consumed',
    'data used',
    '已用',
    '已使用',
    '已使用了',
    '使用了',
    '用了',
    '已用流量',
    '已消耗',
  ]);
  add(['used', 'spent'], 0.9, ['used', 'terpakai', 'consumed'], 'post');
  add(['total'], 0.9, [
    'total',
    'kuota awal',
    'total kuota',
    'plan size',
    '共',
    '总',
    '總',
    '总量',
    '總量',
    '总共',
    '總共',
    '共计',
    '共計',
  ]);
  add(['plan'], 0.8, ['paket', 'package', 'plan', 'bundle', 'pack', '套餐', '流量包', '加油包']);
  add(['data'], 0.9, [
    'kuota',
    'kuota utama',
    'kuota data',
    'kuota internet',
    'kuota malam',
    'kuota lokal',
    'internet',
    'data',
    'mobile data',
    'streaming',
    'flash',
    '流量',
    '数据',
    '數據',
    '上网',
    '上網',
    '国内流量',
    '國內流量',
    '通用流量',
  ]);
  add(['voice'], 0.9, [
    'nelpon',
    'telepon',
    'telpon',
    'telp',
    'panggilan',
    'bicara',
    'calls',
    'call',
    'voice',
    'minutes',
    'mins',
    'talk',
    'talktime',
    '通话',
    '通話',
    '语音',
    '語音',
    '通话时长',
    '通話時長',
  ]);
  add(['voice'], 0.8, ['ke sesama', 'semua operator', 'all operator', 'all networks', 'lokal', 'local'], 'post');
  add(['sms'], 0.9, ['sms', 'text', 'texts', 'messages', '短信', '短訊', '簡訊', '简讯', '短讯']);

  // Not a balance.
  add(['promo'], 1, [
    'promo',
    'promosi',
    'diskon',
    'discount',
    'hemat',
    'cashback',
    'spesial',
    'special',
    'offer',
    'deal',
    'sale',
    'hadiah',
    'undian',
    'poin',
    'points',
    'gratis',
    'free',
    'get',
    'dapatkan',
    'nikmati',
    'enjoy',
    'hot',
    '优惠',
    '優惠',
    '促销',
    '促銷',
    '特惠',
    '活动',
    '活動',
    '赠送',
    '贈送',
    '送',
    '立减',
    '立減',
    '返',
    '抽奖',
    '抽獎',
    '积分',
    '積分',
    '限时',
    '限時',
  ]);
  add(['price'], 1, [
    'harga',
    'seharga',
    'biaya',
    'tarif',
    'price',
    'priced',
    'cost',
    'costs',
    'fee',
    'mulai dari',
    'starting at',
    'for only',
    '资费',
    '資費',
    '价格',
    '價格',
    '仅需',
    '僅需',
    '只需',
    '月租',
    '月费',
    '月費',
    '套餐费',
    '套餐費',
    '费用',
    '費用',
    '收费',
    '收費',
  ]);
  add(['soft-price'], 1, ['hanya', 'cuma', 'only', 'just', 'from', 'mulai', '仅', '僅', '只要']);
  add(['buy'], 1, [
    'beli',
    'membeli',
    'pembelian',
    'buy',
    'purchase',
    'purchased',
    'subscribe',
    'berlangganan',
    'daftar',
    'aktifkan',
    'ketik',
    'dial',
    'reply',
    'balas',
    '发送',
    '發送',
    '订购',
    '訂購',
    '办理',
    '辦理',
    '购买',
    '購買',
    '开通',
    '開通',
    '回复',
    '回覆',
  ]);
  add(['topup'], 1, [
    'isi ulang',
    'isi pulsa',
    'beli pulsa',
    'transfer pulsa',
    'kirim pulsa',
    'top up',
    'top-up',
    'topup',
    'topping up',
    'topped up',
    'recharge',
    'recharged',
    'reload',
    'reloaded',
    'voucher',
    'added',
    'you added',
    '充值',
    '缴费',
    '繳費',
    '增值',
    '交费',
    '交費',
    '存入',
    '充入',
  ]);
  add(['threshold'], 1, [
    'kurang dari',
    'tidak cukup',
    'tidak mencukupi',
    'minimal',
    'minimum',
    'min.',
    'less than',
    'below',
    'under',
    'insufficient',
    'at least',
    '不足',
    '低于',
    '低於',
    '少于',
    '少於',
    '不够',
    '不夠',
    '至少',
  ]);
  add(['spent'], 1, [
    'tagihan',
    'spent',
    'charged',
    'deducted',
    'dipotong',
    'potongan',
    '消费',
    '消費',
    '扣费',
    '扣費',
    '扣除',
    '支出',
    '账单',
    '賬單',
    '帳單',
    '账单金额',
    '帳單金額',
  ]);
  add(['code'], 1, [
    'kode',
    'code',
    'otp',
    'pin',
    'verification',
    'verifikasi',
    'password',
    'sandi',
    'transaction id',
    'id transaksi',
    'ref',
    'reference',
    'customer id',
    '验证码',
    '驗證碼',
    '校验码',
    '校驗碼',
    '动态密码',
    '動態密碼',
    '密码',
    '密碼',
  ]);
  // Verbs after an amount that make it a transaction: "Rp 50.000 telah ditambahkan", "$10 has been added".
  add(['topup'], 1, ['pengisian', 'pengisian pulsa'], 'pre');
  add(
    ['topup'],
    1,
    [
      'ditambahkan',
      'telah ditambahkan',
      'berhasil ditambahkan',
      'added',
      'has been added',
      'was added',
      'credited',
      'dikreditkan',
      'sudah masuk',
      'telah masuk',
      'berhasil masuk',
      '已到账',
      '已到賬',
      '到账',
      '到賬',
    ],
    'post',
  );
  add(['spent'], 1, ['terpotong', 'berkurang', '已扣', '扣减', '扣減'], 'both');
  add(['spent'], 1, ['dipotong', 'akan dipotong', 'deducted', 'charged', 'debited', '已扣除', '扣除'], 'post');
  add(['threshold'], 1, ['is required', 'required', 'diperlukan', 'dibutuhkan', 'is needed', 'needed'], 'post');
  add(['bonus'], 1, ['bonus', 'pulsa bonus', 'saldo bonus', 'bonus balance', '赠费', '贈費', '赠送话费', '赠款', '贈款']);
  add(['asof'], 1, [
    'per tanggal',
    'per tgl',
    'as of',
    'as at',
    'updated',
    'last updated',
    'diperbarui',
    'transaksi',
    'transaction',
    'date',
    'tanggal transaksi',
    'tgl transaksi',
    'purchased on',
    'activated on',
    'diaktifkan',
    'sent',
    'dikirim',
    '截至',
    '截止到',
    '截止目前',
    '查询时间',
    '查詢時間',
    '统计时间',
    '統計時間',
    '充值时间',
    '充值時間',
  ]);
  add(['due'], 1, ['jatuh tempo', 'due date', 'due', 'bayar sebelum', 'pay by', '缴费期限', '繳費期限', '最后缴费日']);
  return TABLE;
}

const TABLE = /* @__PURE__ */ buildTable();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCjk = (s: string): boolean => /[\u3000-\u9fff]/.test(s);
/** One pattern for Latin phrases, one for CJK, longest phrases first. */
function buildPatterns(table: Map<string, Entry>): { latin: RegExp; cjk: RegExp } {
  const phrases = [...table.keys()].sort((a, b) => b.length - a.length);
  // Latin phrases are ASCII, so the boundaries can be Latin letters and the u flag can go: with it,
  // a case-insensitive alternation of this size is several times slower in V8.
  const latin = new RegExp(
    String.raw`(?<![A-Za-z0-9\u00c0-\u024f])(?:${phrases
      .filter((p) => !isCjk(p))
      .map((p) => escape(p).replace(/ /g, String.raw`\s+`))
      .join('|')})(?![A-Za-z\u00c0-\u024f])`,
    'gi',
  );
  const cjk = new RegExp(phrases.filter(isCjk).map(escape).join('|'), 'g');
  return { latin, cjk };
}

const PATTERNS = /* @__PURE__ */ buildPatterns(TABLE);

/** Every cue in the text, sorted by position; of overlapping cues the longer is kept. */
export function findCues(text: string): Cue[] {
  const found: Cue[] = [];
  for (const re of [PATTERNS.latin, PATTERNS.cjk]) {
    for (const m of text.matchAll(re)) {
      const entry = TABLE.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry) continue;
      found.push({ start: m.index, end: m.index + m[0].length, ...entry });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cue[] = [];
  for (const cue of found) {
    const last = out[out.length - 1];
    if (last && cue.start < last.end) continue;
    out.push(cue);
  }
  return out;
}

/** The fields named by cues found in `text`, for quick tests and tools. */
export function cueFields(text: string): CueField[] {
  return [...new Set(findCues(text).flatMap((c) => [...c.fields]))];
}
