/**
 * Texts written after the engine passed the first batch, run once before any change and recorded
 * in docs/extraction.md as the held-out figure. Kept in the corpus afterwards.
 */
import { CN, GB, GB_UK, HK, ID, MB, TW, US, type CorpusCase } from './types';

export const holdout: CorpusCase[] = [
  {
    id: 'ho-id-pipes-voice',
    text: 'PULSA: Rp.3.500 | AKTIF: 19/08/2026 | TENGGANG: 18/09/2026 | Paket Nelpon 30mnt ke sesama sisa 12 mnt',
    hints: ID,
    expect: { credit: [3500, 'IDR'], validUntil: '2026-08-19', graceUntil: '2026-09-18', quotas: [{ kind: 'voice', remaining: 12 }] },
  },
  {
    id: 'ho-id-quota-list-expiry',
    text: 'Yth Pelanggan, sisa kuota Anda: Kuota Utama 3,75GB; Kuota Apps 1GB; berlaku hingga 21 Agustus 2026.',
    hints: ID,
    // Corrected after the first run: "berlaku hingga" closes the whole list, both quotas.
    expect: {
      quotas: [
        { kind: 'data', bytes: GB(3.75), expiresAt: '2026-08-21' },
        { kind: 'data', bytes: GB(1), expiresAt: '2026-08-21' },
      ],
    },
  },
  {
    id: 'ho-id-bonus-promo',
    text: 'Pulsa Anda Rp 52.300. Dapatkan bonus 5GB dengan isi ulang min. Rp 50.000 s.d 31/08/2026.',
    hints: ID,
    expect: { credit: [52300, 'IDR'] },
  },
  {
    id: 'ho-id-grace-length',
    text: 'Info saldo: Rp 7.000,- ; Masa aktif hingga tgl 12-12-2026 ; Masa tenggang 30 hari',
    hints: ID,
    expect: { credit: [7000, 'IDR'], validUntil: '2026-12-12', graceUntil: '2027-01-11' },
  },
  {
    id: 'ho-id-tinggal-lagi',
    text: 'Kuota kamu tinggal 500 MB lagi nih! Beli Extra Kuota 5GB cuma Rp20rb. Ketik *808#',
    hints: ID,
    expect: { quotas: [{ kind: 'data', bytes: MB(500) }] },
  },
  {
    id: 'ho-id-purchase-receipt',
    text: 'Telkomsel: Pembelian paket Combo Sakti 12GB Rp 85.000 berhasil. Paket berlaku s.d 30/08/2026. Sisa pulsa Rp 3.400.',
    hints: ID,
    expect: { credit: [3400, 'IDR'] },
  },
  {
    id: 'ho-id-voucher-hint',
    text: 'Sisa pulsa:Rp1.000\nMasa aktif:09-08-2026\nUtk isi ulang tekan *889*kode voucher#',
    hints: ID,
    expect: { credit: [1000, 'IDR'], validUntil: '2026-08-09' },
  },
  {
    id: 'ho-en-hotlink',
    text: 'Welcome to Malaysia! Your Hotlink balance: RM5.00. Expiry: 30/09/2026. Roaming rates apply.',
    hints: { currency: 'MYR', locale: 'en-MY', timeZone: 'Asia/Kuala_Lumpur' },
    expect: { credit: [5, 'MYR'], validUntil: '2026-09-30' },
  },
  {
    id: 'ho-en-autorenew',
    text: 'Your data plan Europe 10GB: 9.1GB remaining. Auto-renews on 09/02/2026.',
    hints: US,
    expect: { validUntil: '2026-09-02', quotas: [{ kind: 'data', bytes: GB(9.1) }] },
  },
  {
    id: 'ho-en-payment',
    text: "We've received your payment of $25.00. Your new balance is $31.40 and your service is active through 10/15/2026.",
    hints: US,
    expect: { credit: [31.4, 'USD'], validUntil: '2026-10-15' },
  },
  {
    id: 'ho-en-percent',
    text: 'You have used 80% of your 5 GB data. 1 GB remains.',
    hints: US,
    expect: { quotas: [{ kind: 'data', bytes: GB(1) }] },
  },
  {
    id: 'ho-en-plan-ends',
    text: 'Reminder: your plan ends on 12 Aug 2026. Current credit: £0.50.',
    hints: GB_UK,
    expect: { credit: [0.5, 'GBP'], validUntil: '2026-08-12' },
  },
  {
    id: 'ho-en-promo-code',
    text: 'Promo code SUMMER26 gives 15% off 3GB plans until 31/08/2026.',
    hints: GB_UK,
    expect: {},
  },
  {
    id: 'ho-en-airtel-india',
    text: 'Airtel: Bal Rs 23.45, Val 15-09-2026. Data Bal 1.2GB.',
    hints: { currency: 'INR', locale: 'en-IN', timeZone: 'Asia/Kolkata' },
    expect: { credit: [23.45, 'INR'], validUntil: '2026-09-15', quotas: [{ kind: 'data', bytes: GB(1.2) }] },
  },
  {
    id: 'ho-en-days-left-colon',
    text: 'eSIM status: Active\nData: 0.48 GB / 3 GB\nDays left: 4',
    hints: US,
    expect: { validUntil: '2026-08-04', quotas: [{ kind: 'data', bytes: GB(0.48) }] },
  },
  {
    id: 'ho-zh-cmcc-used-left',
    text: '【中国移动】截至07月31日24时，您当月已使用国内通用流量8.52GB，剩余11.48GB；国内通话已使用30分钟，剩余70分钟。',
    hints: CN,
    expect: {
      quotas: [
        { kind: 'data', bytes: GB(11.48) },
        { kind: 'voice', remaining: 70 },
      ],
    },
  },
  {
    id: 'ho-zh-arrears-risk',
    text: '尊敬的客户，您的账户当前可用余额为0.55元，已有欠费停机风险，请尽快缴费。',
    hints: CN,
    expect: { credit: [0.55, 'CNY'] },
  },
  {
    id: 'ho-zh-suspend-grace',
    text: '【中国电信】您的号码将于2026年08月10日停机，宽限期至2026年09月09日，请及时充值。',
    hints: CN,
    expect: { validUntil: '2026-08-10', graceUntil: '2026-09-09' },
  },
  {
    id: 'ho-zh-300m',
    text: '您好，您本月话费余额 12 元，本月套餐剩余流量 300M。',
    hints: CN,
    expect: { credit: [12, 'CNY'], quotas: [{ kind: 'data', bytes: MB(300) }] },
  },
  {
    id: 'ho-zh-pack-activated',
    text: '【中国联通】您办理的30元10GB流量包已生效，有效期至2026-08-31。',
    hints: CN,
    expect: {},
  },
  {
    id: 'ho-zh-hk-smartone-trad',
    text: '數碼通：您的儲值額尚餘 HK$12.00，有效日期至 2026年10月01日。',
    hints: HK,
    expect: { credit: [12, 'HKD'], validUntil: '2026-10-01' },
  },
  {
    id: 'ho-zh-tw-fet',
    text: '遠傳：您的預付卡餘額 $199，使用期限 2026/11/15。',
    hints: TW,
    expect: { credit: [199, 'TWD'], validUntil: '2026-11-15' },
  },
  {
    id: 'ho-mx-lines',
    text: 'Saldo: Rp 17.500\nValid: 2026-09-14\nData: 4.7GB / 10GB',
    hints: ID,
    expect: { credit: [17500, 'IDR'], validUntil: '2026-09-14', quotas: [{ kind: 'data', bytes: GB(4.7) }] },
  },
  {
    id: 'ho-mx-byu',
    text: '[by.U] Kuota kamu: 6,7 GB. Aktif sampai 03/09/2026. Pulsa: Rp0',
    hints: ID,
    expect: { credit: [0, 'IDR'], validUntil: '2026-09-03', quotas: [{ kind: 'data', bytes: GB(6.7) }] },
  },
  {
    id: 'ho-mx-traveller',
    text: 'Your Indosat balance Rp 9.000, masa aktif 15 Agustus 2026, thanks!',
    hints: US,
    expect: { credit: [9000, 'IDR'], validUntil: '2026-08-15' },
  },
];
