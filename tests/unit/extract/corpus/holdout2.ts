/**
 * The second held-out batch: 40 texts written by someone who never saw the engine or the corpus,
 * run once against the engine unchanged (docs/extraction.md, "second held-out batch, first run"),
 * then kept in the corpus. Expectations corrected after that run say so in a comment.
 */
import type { CorpusCase } from './types';
import { GB, MB, ID, CN, HK, TW, US, GB_UK } from './types';

const PH = { currency: 'PHP', locale: 'en-PH', timeZone: 'Asia/Manila' };
const MY = { currency: 'MYR', locale: 'en-MY', timeZone: 'Asia/Kuala_Lumpur' };
const SG = { currency: 'SGD', locale: 'en-SG', timeZone: 'Asia/Singapore' };
const JP_TRAVEL = { currency: 'USD', locale: 'en-US', timeZone: 'Asia/Tokyo' };

export const holdout2: CorpusCase[] = [
  // ───────────────────────────── Indonesian (16) ─────────────────────────────
  {
    id: 'h2-id-axis-888-menu',
    text: 'Sisa Pulsa Rp 12.350\nAktif s.d 14/09/2026\nMasa Tenggang s.d 14/10/2026\n1.Beli Paket\n2.Info Kuota\n3.Pulsa Darurat\n99.Menu Utama',
    hints: ID,
    expect: { credit: [12350, 'IDR'], validUntil: '2026-09-14', graceUntil: '2026-10-14' },
  },
  {
    id: 'h2-id-tsel-cek-sms-promo',
    text: 'Sisa pulsa Anda Rp3.750, aktif sd 02-11-2026. Nikmati Internet 6GB hanya Rp25rb, ketik *363*46# . Info: 188',
    hints: ID,
    expect: { credit: [3750, 'IDR'], validUntil: '2026-11-02' },
  },
  {
    id: 'h2-id-xl-idr-comma-iso-date',
    text: 'XL: Sisa pulsa IDR 25,750 , aktif s/d 2026-09-30. Tenggang s/d 2026-10-30. Mau kuota murah? Tekan *123*8# ',
    hints: ID,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-09-30', graceUntil: '2026-10-30' },
  },
  {
    id: 'h2-id-im3-agt-abbrev-bonus',
    text: 'Pulsa Rp 1.500, masa aktif 05 Agt 2026. Isi ulang skrg & dptkan bonus 2GB! Ketik *123*8# atau buka myIM3',
    hints: ID,
    expect: { credit: [1500, 'IDR'], validUntil: '2026-08-05' },
  },
  // Debatable: "Pulsa: Rp 0" is a stated balance of zero, so credit is 0 (not absent).
  // "1.024MB" is Indonesian thousands grouping = 1024 MB.
  {
    id: 'h2-id-tri-quota-zero-pulsa',
    text: 'Info 3: Kuota Utama: 8,75GB s/d 21/08/2026 23:59 WIB\nKuota Lokal: 1.024MB s/d 21/08/2026\nPulsa: Rp 0\nMasa aktif kartu: 15/10/2026\nBalas 1 utk beli kuota',
    hints: ID,
    expect: {
      credit: [0, 'IDR'],
      validUntil: '2026-10-15',
      quotas: [
        { kind: 'data', bytes: GB(8.75), expiresAt: '2026-08-21' },
        { kind: 'data', bytes: MB(1024), expiresAt: '2026-08-21' },
      ],
    },
  },
  {
    id: 'h2-id-smartfren-rupiah-unlimited',
    text: 'Smartfren: Saldo Anda 27.500 rupiah. Berlaku hingga 17 Desember 2026. Kuota Unlimited Nonstop aktif sampai 10 Agustus 2026.  Perpanjang: *995#',
    hints: ID,
    expect: {
      credit: [27500, 'IDR'],
      validUntil: '2026-12-17',
      quotas: [{ kind: 'data', unlimited: true, expiresAt: '2026-08-10' }],
    },
  },
  {
    id: 'h2-id-axisnet-web-page',
    text: 'AXISnet\nHai, 0838****2291\nPulsa\nRp 8.200\nMasa Aktif\n23 Agu 2026\nKuota Kamu\nKuota Reguler 3.2 GB\nberlaku hingga 06 Agu 2026\nKuota Malam 12 GB\nberlaku hingga 06 Agu 2026\nRekomendasi\nBronet 24jam 2GB 7 hari  Rp 15.000  Beli',
    hints: ID,
    expect: {
      credit: [8200, 'IDR'],
      validUntil: '2026-08-23',
      quotas: [
        { kind: 'data', bytes: GB(3.2), expiresAt: '2026-08-06' },
        { kind: 'data', bytes: GB(12), expiresAt: '2026-08-06' },
      ],
    },
  },
  // Debatable: the package's "Berlaku s.d." line is read as applying to all three allowances;
  // "Aktif sampai" (number validity) is the line's validUntil.
  {
    id: 'h2-id-myxl-web-combo',
    text: 'Halo, 0817-xxxx-5521\nPulsa Rp 102.345\nAktif sampai 31 Jan 2027\nXtra Combo Flex S\nInternet  4,68 GB / 10 GB\nTelepon ke semua operator  37 menit\nSMS  100 SMS\nBerlaku s.d. 28 Agu 2026\nPerpanjang Rp 33.000',
    hints: ID,
    expect: {
      credit: [102345, 'IDR'],
      validUntil: '2027-01-31',
      quotas: [
        { kind: 'data', bytes: GB(4.68), expiresAt: '2026-08-28' },
        { kind: 'voice', remaining: 37, expiresAt: '2026-08-28' },
        { kind: 'sms', remaining: 100, expiresAt: '2026-08-28' },
      ],
    },
  },
  // Debatable: relative validity "30 hari" counted from now (2026-08-01 in Jakarta) → 2026-08-31.
  // The top-up amount Rp 20.000 is not the balance; Rp 23.400 is.
  {
    id: 'h2-id-topup-receipt-with-balance-relative',
    text: 'Isi ulang Rp 20.000 BERHASIL. Pulsa Anda skrg Rp 23.400, masa aktif berlaku 30 hari. Trx ID 8812733451. Tks',
    hints: ID,
    expect: { credit: [23400, 'IDR'], validUntil: '2026-08-31' },
  },
  {
    id: 'h2-id-neg-promo-package',
    text: 'PROMO! Beli paket 10GB Rp50.000 berlaku 30 hari. Hanya hari ini via *123#. Info 0800-1-123-123',
    hints: ID,
    expect: {},
  },
  {
    id: 'h2-id-neg-otp',
    text: 'JANGAN BERIKAN kode ini kpd siapapun termasuk pihak Telkomsel. Kode OTP MyTelkomsel Anda: 482913. Berlaku 5 menit.',
    hints: ID,
    expect: {},
  },
  {
    id: 'h2-id-neg-topup-receipt',
    text: 'Terima kasih, pengisian pulsa Rp 100.000 ke 081234567890 telah berhasil pd 01/08/2026 09:41. SN: 0412 8834 1123 9987. Harga Rp 101.500',
    hints: ID,
    expect: {},
  },
  {
    id: 'h2-id-caps-rp-dot-short-dates',
    text: 'SISA PULSA ANDA RP.5.125 MASA AKTIF SD 9-8-2026 TENGGANG SD 8-9-2026. AYO ISI ULANG SKRG!!',
    hints: ID,
    expect: { credit: [5125, 'IDR'], validUntil: '2026-08-09', graceUntil: '2026-09-08' },
  },
  // Debatable: the single "s.d 29/08/26" is read as the expiry of both quotas; no card validity is given.
  {
    id: 'h2-id-im3-freedom-quota-sms',
    text: 'Sisa kuota Freedom Internet Anda: 12,5GB (Kuota Utama) dan 750MB (Kuota Aplikasi) s.d 29/08/26. Sisa pulsa: Rp 2.000. Cek di myIM3.',
    hints: ID,
    expect: {
      credit: [2000, 'IDR'],
      quotas: [
        { kind: 'data', bytes: GB(12.5), expiresAt: '2026-08-29' },
        { kind: 'data', bytes: MB(750), expiresAt: '2026-08-29' },
      ],
    },
  },
  // Grace given as a length: 2027-03-03 + 30 days = 2027-04-02.
  {
    id: 'h2-id-mixed-english-grace-length',
    text: 'Your balance is Rp 45.600,00. Active until 03/03/2027. Masa tenggang 30 hari setelah masa aktif berakhir.',
    hints: ID,
    expect: { credit: [45600, 'IDR'], validUntil: '2027-03-03', graceUntil: '2027-04-02' },
  },
  {
    id: 'h2-id-tsel-quota-dotted-dates',
    text: 'Sisa kuota: Internet 1,2GB s.d 04.08.2026; Nelpon 45 mnt sesama Tsel s.d 04.08.2026; SMS 60 s.d 04.08.2026. Pulsa Rp 310 aktif s.d 31.12.2026. Info *888#',
    hints: ID,
    expect: {
      credit: [310, 'IDR'],
      validUntil: '2026-12-31',
      quotas: [
        { kind: 'data', bytes: GB(1.2), expiresAt: '2026-08-04' },
        { kind: 'voice', remaining: 45, expiresAt: '2026-08-04' },
        { kind: 'sms', remaining: 60, expiresAt: '2026-08-04' },
      ],
    },
  },

  // ───────────────────────────── Chinese (12) ─────────────────────────────
  // "截至…" is the time of the reading, not a validity; "本月已消费" is spending, not balance.
  {
    id: 'h2-cn-cmcc-balance-usage',
    text: '【中国移动】尊敬的客户，截至2026年08月01日10时，您的账户余额为23.56元，本月已消费34.44元。当前套餐剩余国内通用流量3.2GB，剩余语音58分钟。回复“CXLL”查询流量。中国移动',
    hints: CN,
    expect: {
      credit: [23.56, 'CNY'],
      quotas: [
        { kind: 'data', bytes: GB(3.2) },
        { kind: 'voice', remaining: 58 },
      ],
    },
  },
  {
    id: 'h2-cn-unicom-baohao',
    text: '【中国联通】尊敬的用户，您的话费余额：5.00元。您的号码有效期至2026-09-30，保号期至2026-12-29。充值50元送10元，详询10010。',
    hints: CN,
    expect: { credit: [5, 'CNY'], validUntil: '2026-09-30', graceUntil: '2026-12-29' },
  },
  // Debatable: "3天后到期" resolved against now in Shanghai (2026-08-01) → 2026-08-04. 积分 is points, not money.
  {
    id: 'h2-cn-telecom-relative-expiry',
    text: '【中国电信】您的账户余额为¥12.30，话费将于3天后到期，请尽快充值。天翼积分：1260分。',
    hints: CN,
    expect: { credit: [12.3, 'CNY'], validUntil: '2026-08-04' },
  },
  // Grace as a length: 2026-08-10 + 30 days = 2026-09-09.
  {
    id: 'h2-cn-cmcc-kuanxian-length',
    text: '【中国移动】您的号码有效期至2026年08月10日，当前余额0.00元。有效期到期后将进入30天宽限期（保号期），宽限期内充值即可恢复使用。',
    hints: CN,
    expect: { credit: [0, 'CNY'], validUntil: '2026-08-10', graceUntil: '2026-09-09' },
  },
  {
    id: 'h2-cn-neg-otp-plan-offer',
    text: '【中国移动】验证码：839201，您正在办理“5G畅享套餐”，月费128元，含流量30GB。验证码5分钟内有效，请勿泄露。',
    hints: CN,
    expect: {},
  },
  {
    id: 'h2-cn-neg-recharge-receipt',
    text: '【中国电信】您好，您于2026年08月01日10:12通过支付宝成功充值100.00元，交易流水号2026080110120003345。感谢您的使用！',
    hints: CN,
    expect: {},
  },
  {
    id: 'h2-hk-csl-prepaid-traditional',
    text: '【csl】你的儲值卡餘額為HK$88.50，有效期至2026年10月31日。本地數據剩餘 5.6GB，到期日 15/08/2026。',
    hints: HK,
    expect: {
      credit: [88.5, 'HKD'],
      validUntil: '2026-10-31',
      quotas: [{ kind: 'data', bytes: GB(5.6), expiresAt: '2026-08-15' }],
    },
  },
  // Same balance stated twice (Cantonese + English); "$98 = 12GB 30日" is an offer.
  {
    id: 'h2-hk-3hk-bilingual-promo',
    text: '3HK: 你嘅儲值額為 $ 42.00，有效期至 31/12/26。Balance: HK$42.00 valid till 31/12/26. 增值優惠：$98 = 12GB 30日，請致電 *109#',
    hints: HK,
    expect: { credit: [42, 'HKD'], validUntil: '2026-12-31' },
  },
  {
    id: 'h2-tw-cht-unlimited-until',
    text: '中華電信如意卡：您的餘額235元，有效期限2026/09/15。上網吃到飽 至 2026/08/20 止。客服 800',
    hints: TW,
    expect: {
      credit: [235, 'TWD'],
      validUntil: '2026-09-15',
      quotas: [{ kind: 'data', unlimited: true, expiresAt: '2026-08-20' }],
    },
  },
  // Debatable/hard: Taiwan ROC (Minguo) year 115 = 2026, so 115年09月30日 is 2026-09-30.
  {
    id: 'h2-tw-twm-roc-year',
    text: '【台灣大哥大】預付卡餘額：NT$1,050元，有效期限：115年09月30日。儲值300送1GB，詳洽188。',
    hints: TW,
    expect: { credit: [1050, 'TWD'], validUntil: '2026-09-30' },
  },
  {
    id: 'h2-cn-unicom-quota-only',
    text: '【中国联通】截至08月01日10时，您本月套餐内通用流量剩余1.5G，定向流量剩余 20480MB，语音剩余120分钟，短信剩余 88 条。',
    hints: CN,
    expect: {
      quotas: [
        { kind: 'data', bytes: GB(1.5) },
        { kind: 'data', bytes: MB(20480) },
        { kind: 'voice', remaining: 120 },
        { kind: 'sms', remaining: 88 },
      ],
    },
  },
  {
    id: 'h2-cn-neg-promo-flow',
    text: '【中国移动】限时特惠！仅需9.9元即可获得10GB流量，有效期7天，回复KT开通。退订回T',
    hints: CN,
    expect: {},
  },

  // ───────────────────────────── English (12) ─────────────────────────────
  // eSIM: package expiry belongs to the data quota; no money balance; "$26.00" is a top-up offer.
  {
    id: 'h2-en-airalo-usage-page',
    text: 'My eSIMs\nDiscover Global\nRemaining data\n3.47 GB of 5 GB\nExpires on Aug 19, 2026\nTop up\n10 GB - 30 days   $26.00   Buy now',
    hints: US,
    // Corrected after the first run: an eSIM's plan end is when the line stops working, so it is validUntil (the popup's days left), as in en-airalo-detail.
    expect: { validUntil: '2026-08-19', quotas: [{ kind: 'data', bytes: GB(3.47) }] },
  },
  // Debatable: the plan end date is read as the expiry of the unlimited data quota, not a line validUntil.
  {
    id: 'h2-en-holafly-unlimited',
    text: 'Holafly | Your Japan eSIM\nUnlimited data · 6 days left\nYour plan ends on 7 Aug 2026 (GMT+9)\nNeed more days? Extend from $4.90/day',
    hints: JP_TRAVEL,
    // Corrected after the first run: an eSIM's plan end is when the line stops working, so it is validUntil (the popup's days left), as in en-airalo-detail.
    expect: { validUntil: '2026-08-07', quotas: [{ kind: 'data', unlimited: true }] },
  },
  {
    id: 'h2-en-nomad-email-low-data',
    text: "Nomad\nHi Alex, you've used 80% of your data.\nPlan: Europe 10GB / 30 days\nData remaining: 2,048 MB\nPlan expires: 2026-08-23 14:00 UTC\nNeed more? Add 3GB for $9.00",
    hints: US,
    // Corrected after the first run: an eSIM's plan end is when the line stops working, so it is validUntil (the popup's days left), as in en-airalo-detail.
    expect: { validUntil: '2026-08-23', quotas: [{ kind: 'data', bytes: MB(2048) }] },
  },
  // Debatable/hard: relative "7 days" resolved in America/New_York, where now is 2026-07-31 23:00 → 2026-08-07.
  {
    id: 'h2-en-ubigi-relative-us-tz',
    text: "Ubigi: 500MB remaining on your plan 'France 3GB'. Valid for 7 days. Recharge at cellulardata.ubigi.com",
    hints: US,
    // Corrected after the first run: an eSIM's plan end is when the line stops working, so it is validUntil (the popup's days left), as in en-airalo-detail.
    expect: { validUntil: '2026-08-07', quotas: [{ kind: 'data', bytes: MB(500) }] },
  },
  // Debatable: "left until 19/08/2026" read as applying to data, mins and texts alike.
  {
    id: 'h2-en-uk-giffgaff-goodybag',
    text: 'giffgaff: Your credit balance is £7.20. Your goodybag: 15.2GB data, unlimited UK mins & texts left until 19/08/2026.',
    hints: GB_UK,
    expect: {
      credit: [7.2, 'GBP'],
      quotas: [
        { kind: 'data', bytes: GB(15.2), expiresAt: '2026-08-19' },
        { kind: 'voice', unlimited: true, expiresAt: '2026-08-19' },
        { kind: 'sms', unlimited: true, expiresAt: '2026-08-19' },
      ],
    },
  },
  {
    id: 'h2-en-uk-ee-pack-remaining',
    text: 'EE: Your balance is £0.45. Top up now at ee.co.uk/topup or call 150. Pack remaining: 312MB data, 58 mins, unlimited texts. Your pack renews automatically if you have enough credit.',
    hints: GB_UK,
    expect: {
      credit: [0.45, 'GBP'],
      quotas: [
        { kind: 'data', bytes: MB(312) },
        { kind: 'voice', remaining: 58 },
        { kind: 'sms', unlimited: true },
      ],
    },
  },
  // US month-first dates; "as of 07/31/26" is the reading time, not a validity.
  {
    id: 'h2-en-us-tracfone-units',
    text: 'TracFone: Balance as of 07/31/26: 1,250 Minutes, 1,400 Texts, 4.5 GB Data. Service End Date: 09/29/2026. Reply HELP for help.',
    hints: US,
    expect: {
      validUntil: '2026-09-29',
      quotas: [
        { kind: 'voice', remaining: 1250 },
        { kind: 'sms', remaining: 1400 },
        { kind: 'data', bytes: GB(4.5) },
      ],
    },
  },
  // Debatable: 08/04/2026 read month-first (en-US locale, US carrier) → 2026-08-04.
  {
    id: 'h2-en-us-tmobile-month-first',
    text: 'T-Mobile: Your account balance is $4.50. Your plan expires on 08/04/2026. To refill, dial 611 or visit t-mobile.com/refill.',
    hints: US,
    expect: { credit: [4.5, 'USD'], validUntil: '2026-08-04' },
  },
  // Globe writes pesos as "P"; 08/30/2026 can only be month-first. P50 is a promo price.
  {
    id: 'h2-en-ph-globe-load',
    text: 'Globe: Your load balance is P23.50 valid until 08/30/2026. Get GoSURF50 w/ 3GB for P50! Dial *143#',
    hints: PH,
    expect: { credit: [23.5, 'PHP'], validUntil: '2026-08-30' },
  },
  {
    id: 'h2-en-my-hotlink-reload-promo',
    text: 'Hotlink: Your credit balance is RM10.00, valid till 15/09/2026. Reload RM30 & get 10GB internet! T&C apply.',
    hints: MY,
    expect: { credit: [10, 'MYR'], validUntil: '2026-09-15' },
  },
  {
    id: 'h2-en-sg-neg-otp-topup-promo',
    text: 'Singtel: Your One-Time Password is 552 019. Valid for 5 minutes. Do not share. Top up $10 and get 5GB bonus!',
    hints: SG,
    expect: {},
  },
  {
    id: 'h2-en-sg-starhub-caps',
    text: 'STARHUB PREPAID: MAIN BAL S$5.00 EXP 31/10/2026. DATA 1.95GB EXP 05/08/2026. DIAL *122# FOR MORE.',
    hints: SG,
    expect: {
      credit: [5, 'SGD'],
      validUntil: '2026-10-31',
      quotas: [{ kind: 'data', bytes: GB(1.95), expiresAt: '2026-08-05' }],
    },
  },
];
