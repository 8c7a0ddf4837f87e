/** Indonesian carriers: AXIS, XL, Telkomsel, Indosat (IM3), Tri, by.U, Smartfren — USSD, SMS, app and web text. */
import { GB, ID, MB, type CorpusCase } from './types';

export const indonesian: CorpusCase[] = [
  {
    id: 'id-axis-888',
    text: 'Sisa Pulsa Rp12.500. Aktif s.d 15-08-2026. Kuota: 1,2GB s.d 10-08-2026. Cek paket lain di AXISnet',
    hints: ID,
    expect: { credit: [12500, 'IDR'], validUntil: '2026-08-15', quotas: [{ kind: 'data', bytes: GB(1.2), expiresAt: '2026-08-10' }] },
  },
  {
    id: 'id-tsel-sms-123',
    text: 'Sisa pulsa Anda Rp25.750. Masa aktif s.d 31/12/2026. Masa tenggang s.d 30/01/2027. Info: 188',
    hints: ID,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-12-31', graceUntil: '2027-01-30' },
  },
  {
    id: 'id-indosat-ussd-menu',
    text: 'Pulsa: Rp 5.000\nAktif s/d: 28-09-2026\nTenggang s/d: 28-10-2026\n1.Paket Internet\n2.Paket Nelpon\n3.Info Kuota\n0.Kembali',
    hints: ID,
    expect: { credit: [5000, 'IDR'], validUntil: '2026-09-28', graceUntil: '2026-10-28' },
  },
  {
    id: 'id-tri-ussd',
    text: 'Pulsa Anda Rp 3.150, berlaku sd 12/09/2026. Kuota Utama 4,85 GB berlaku sd 20/08/2026. Tekan *123# utk beli kuota',
    hints: ID,
    expect: { credit: [3150, 'IDR'], validUntil: '2026-09-12', quotas: [{ kind: 'data', bytes: GB(4.85), expiresAt: '2026-08-20' }] },
  },
  {
    id: 'id-xl-promo-tail',
    text: 'Pulsa Rp10.400 Aktif 05/10/2026. Beli Xtra Combo 10GB Rp59rb, ketik *123*1# sekarang!',
    hints: ID,
    expect: { credit: [10400, 'IDR'], validUntil: '2026-10-05' },
  },
  {
    id: 'id-tsel-zero',
    text: 'Sisa Pulsa: Rp 0\nMasa Aktif: 02-08-2026\nSegera isi ulang agar nomor tetap aktif.',
    hints: ID,
    expect: { credit: [0, 'IDR'], validUntil: '2026-08-02' },
  },
  {
    id: 'id-promo-only',
    text: 'Beli paket 10GB Rp50.000 berlaku 30 hari. Ketik *363*46# sekarang! Promo s.d 31/08/2026',
    hints: ID,
    expect: {},
  },
  {
    id: 'id-otp',
    text: 'JANGAN BERIKAN kode ini kpd siapapun. Kode OTP MyTelkomsel Anda: 482913. Berlaku 5 menit.',
    hints: ID,
    expect: {},
  },
  {
    id: 'id-isi-ulang-success',
    text: 'Isi ulang Rp 20.000 BERHASIL. Pulsa Anda sekarang Rp 27.500, aktif s.d 14/11/2026. Terima kasih.',
    hints: ID,
    expect: { credit: [27500, 'IDR'], validUntil: '2026-11-14' },
  },
  {
    id: 'id-transfer-pulsa',
    text: 'Transfer pulsa Rp 10.000 ke 081234567890 berhasil. Sisa pulsa Anda Rp 4.250.',
    hints: ID,
    expect: { credit: [4250, 'IDR'] },
  },
  {
    id: 'id-axis-info-kuota',
    text: 'Info Kuota:\n- Kuota Utama: 2,5GB s.d 20-08-2026\n- Kuota Malam: 750MB s.d 20-08-2026\n- Nelpon ke sesama AXIS: 100 menit\nAktif s.d 30-09-2026',
    hints: ID,
    expect: {
      validUntil: '2026-09-30',
      quotas: [
        { kind: 'data', bytes: GB(2.5), expiresAt: '2026-08-20' },
        { kind: 'data', bytes: MB(750), expiresAt: '2026-08-20' },
        { kind: 'voice', remaining: 100 },
      ],
    },
  },
  {
    id: 'id-typos-spaces',
    text: 'sisa  pulsa  anda :  Rp.25.750,-  masa aktif  :31-12-2026',
    hints: ID,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-12-31' },
  },
  {
    id: 'id-myaxis-web',
    text: 'Pulsa\nRp 18.900\nMasa Aktif\n27 Agu 2026\nMasa Tenggang\n26 Sep 2026\nIsi Pulsa',
    hints: ID,
    expect: { credit: [18900, 'IDR'], validUntil: '2026-08-27', graceUntil: '2026-09-26' },
  },
  {
    id: 'id-kartu-as-relative',
    text: 'Kartu As: Sisa pulsa Rp 1.250, masa aktif 3 hari lagi. Isi ulang sekarang di *888#',
    hints: ID,
    expect: { credit: [1250, 'IDR'], validUntil: '2026-08-04' },
  },
  {
    id: 'id-tsel-reminder',
    text: 'Masa aktif kartu simPATI Anda berakhir 05/08/2026. Segera isi pulsa minimal Rp10.000 agar tidak masuk masa tenggang.',
    hints: ID,
    expect: { validUntil: '2026-08-05' },
  },
  {
    id: 'id-byu-app',
    text: 'Sisa Kuota\n12,4 GB\ndari 20 GB\nBerlaku sampai 28 Agu 2026',
    hints: ID,
    expect: { validUntil: '2026-08-28', quotas: [{ kind: 'data', bytes: GB(12.4) }] },
  },
  {
    id: 'id-im3-bars',
    text: 'Pulsa Rp 7.500 | Masa aktif 18 Okt 2026 | Kuota 1.5GB (berlaku s.d 06 Agt 2026)',
    hints: ID,
    expect: { credit: [7500, 'IDR'], validUntil: '2026-10-18', quotas: [{ kind: 'data', bytes: GB(1.5), expiresAt: '2026-08-06' }] },
  },
  {
    id: 'id-not-enough',
    text: 'Pelanggan Yth, pulsa Anda tidak mencukupi untuk membeli paket Freedom Internet 15GB seharga Rp 65.000. Sisa pulsa: Rp 12.300',
    hints: ID,
    expect: { credit: [12300, 'IDR'] },
  },
  {
    id: 'id-promo-after-balance',
    text: 'Sisa pulsa Rp 30.000. PROMO! Internet 25GB hanya Rp 75rb/30hr. Tekan *123*5# sekarang',
    hints: ID,
    expect: { credit: [30000, 'IDR'] },
  },
  {
    id: 'id-million',
    text: 'Saldo pulsa Anda Rp1.500.000 berlaku hingga 01-01-2027',
    hints: ID,
    expect: { credit: [1500000, 'IDR'], validUntil: '2027-01-01' },
  },
  {
    id: 'id-single-digit-dates',
    text: 'Info: Pulsa anda Rp.150, masa aktif s/d 10-8-2026, masa tenggang s/d 9-9-2026',
    hints: ID,
    expect: { credit: [150, 'IDR'], validUntil: '2026-08-10', graceUntil: '2026-09-09' },
  },
  {
    id: 'id-phone-number-first',
    text: 'Nomor Anda 081298765432. Pulsa: Rp 8.800. Aktif hingga 2026-10-31.',
    hints: ID,
    expect: { credit: [8800, 'IDR'], validUntil: '2026-10-31' },
  },
  {
    id: 'id-ussd-menu-only',
    text: 'Pilih:\n1 Paket Internet\n2 Paket Nelpon & SMS\n3 Beli Pulsa\n4 Cek Kuota\n99 Next',
    hints: ID,
    expect: {},
  },
  {
    id: 'id-tsel-kuota-sms',
    text: 'Sisa kuota Internet Anda 3.250MB s.d 15/08/2026 23:59 WIB. Info cek *363#',
    hints: ID,
    expect: { quotas: [{ kind: 'data', bytes: MB(3250), expiresAt: '2026-08-15' }] },
  },
  {
    id: 'id-tri-multi-quota',
    text: 'Sisa Kuota Flash 2.35GB, Kuota Malam 5GB, SMS 50 sms ke sesama. Masa Aktif 12-09-2026',
    hints: ID,
    expect: {
      validUntil: '2026-09-12',
      quotas: [
        { kind: 'data', bytes: GB(2.35) },
        { kind: 'data', bytes: GB(5) },
        { kind: 'sms', remaining: 50 },
      ],
    },
  },
  {
    id: 'id-used-of-total',
    text: 'Anda telah menggunakan 7,5GB dari 10GB kuota bulanan.',
    hints: ID,
    expect: { quotas: [{ kind: 'data', bytes: GB(2.5) }] },
  },
  {
    id: 'id-topup-thanks',
    text: 'Terima kasih telah isi ulang Rp 50.000. Masa aktif kartu Anda kini s.d 30 Nov 2026.',
    hints: ID,
    expect: { validUntil: '2026-11-30' },
  },
  {
    id: 'id-bonus-and-main',
    text: 'Pulsa bonus Rp 5.000 berlaku s.d 10/08/2026. Pulsa utama Rp 21.600 aktif s.d 22/10/2026',
    hints: ID,
    expect: { credit: [21600, 'IDR'], validUntil: '2026-10-22' },
  },
  {
    id: 'id-all-caps',
    text: 'SISA PULSA RP 9.250 MASA AKTIF 11/09/2026 MASA TENGGANG 11/10/2026',
    hints: ID,
    expect: { credit: [9250, 'IDR'], validUntil: '2026-09-11', graceUntil: '2026-10-11' },
  },
  {
    id: 'id-price-after-balance',
    text: 'Maaf, pulsa Anda tidak cukup. Pulsa Anda Rp 2.100. Harga paket Rp 10.000.',
    hints: ID,
    expect: { credit: [2100, 'IDR'] },
  },
  {
    id: 'id-tri-bima',
    text: 'Kuota Reguler: 1.024 MB\nKuota 4G: 3 GB\nBerlaku s/d 25-08-2026',
    hints: ID,
    expect: {
      validUntil: '2026-08-25',
      quotas: [
        { kind: 'data', bytes: MB(1024) },
        { kind: 'data', bytes: GB(3) },
      ],
    },
  },
  {
    id: 'id-ad-only',
    text: 'Hai! Nikmati kuota 50GB hanya Rp99rb di aplikasi bima+. S&K berlaku.',
    hints: ID,
    expect: {},
  },
  {
    id: 'id-bare-number',
    text: 'Sisa pulsa Anda 12500 dan masa aktif s.d 09-09-2026',
    hints: ID,
    expect: { credit: [12500, 'IDR'], validUntil: '2026-09-09' },
  },
  {
    id: 'id-in-grace',
    text: 'Masa aktif Anda telah berakhir. Anda dalam masa tenggang hingga 15/09/2026. Isi ulang sekarang.',
    hints: ID,
    expect: { graceUntil: '2026-09-15' },
  },
  {
    id: 'id-kuota-habis',
    text: 'Kuota internet Anda habis. Beli kuota di *363# atau aplikasi MyTelkomsel.',
    hints: ID,
    expect: {},
  },
  {
    id: 'id-byu-web-dots',
    text: 'Pulsa Rp 0 · Kuota 0 GB · Aktif sampai 12 Agt 2026',
    hints: ID,
    expect: { credit: [0, 'IDR'], validUntil: '2026-08-12', quotas: [{ kind: 'data', bytes: 0 }] },
  },
  {
    id: 'id-axis-bronet',
    text: 'Bronet 24jam 2GB sisa 850MB s.d 03-08-2026',
    hints: ID,
    expect: { quotas: [{ kind: 'data', bytes: MB(850), expiresAt: '2026-08-03' }] },
  },
  {
    id: 'id-en-style-separator',
    text: 'Sisa Pulsa IDR 25,750. Masa Aktif 20/09/2026',
    hints: ID,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-09-20' },
  },
  {
    id: 'id-transfer-only',
    text: 'Transfer pulsa ke 0813-1234-5678 sebesar Rp 5.000 berhasil. Biaya transfer Rp 1.850.',
    hints: ID,
    expect: {},
  },
  {
    id: 'id-smartfren-sms',
    text: 'Smartfren: Pulsa Rp 41.000, aktif s.d. 17 September 2026. Kuota Reguler 6,2GB, Kuota Malam 10GB.',
    hints: ID,
    expect: {
      credit: [41000, 'IDR'],
      validUntil: '2026-09-17',
      quotas: [
        { kind: 'data', bytes: GB(6.2) },
        { kind: 'data', bytes: GB(10) },
      ],
    },
  },
  {
    id: 'id-rupiah-word',
    text: 'Saldo Anda 25.750 rupiah. Berlaku hingga 31 Desember 2026.',
    hints: ID,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-12-31' },
  },
  {
    id: 'id-no-hints',
    text: 'Sisa pulsa Rp 6.600. Masa aktif s.d 03/09/2026.',
    expect: { credit: [6600, 'IDR'], validUntil: '2026-09-03' },
  },
  {
    id: 'id-decimals-idr',
    text: 'Saldo pulsa: Rp 25.750,00\nAktif s.d: 2026-12-31',
    hints: ID,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-12-31' },
  },
  // Label rows own their dates (#12 part 3): account pages as the page reader gives them, the line's
  // rows next to packages with their own end dates.
  {
    id: 'id-page-card-package-below-masa-aktif',
    text: 'Sisa Pulsa\nRp 25.750\nMasa Aktif\n31 Desember 2026\nBerlaku s.d. 20 Des 2026\nKuota Internet 8,5 GB\nMasa Tenggang\n30 hari',
    hints: ID,
    expect: {
      credit: [25750, 'IDR'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [{ kind: 'data', bytes: GB(8.5), expiresAt: '2026-12-20' }],
    },
  },
  {
    id: 'id-page-spans-label-above-value',
    text: 'Pulsa\nRp 48.100\nMasa Aktif\n05 Okt 2026\nKuota Utama\n14,1 GB\nBerlaku s.d.\n22 Agu 2026\nKuota Malam\n20 GB\nBerlaku s.d.\n25 Agu 2026\nTenggang s.d.\n04 Nov 2026',
    hints: ID,
    expect: {
      credit: [48100, 'IDR'],
      validUntil: '2026-10-05',
      graceUntil: '2026-11-04',
      quotas: [
        { kind: 'data', bytes: GB(14.1), expiresAt: '2026-08-22' },
        { kind: 'data', bytes: GB(20), expiresAt: '2026-08-25' },
      ],
    },
  },
  {
    id: 'id-page-table-rows-and-packages',
    text: 'Info Kartu\nSisa Pulsa: Rp 7.300\nMasa Aktif: 14 Nov 2026\nMasa Tenggang: 14 Des 2026\nPaket Aktif\nXtra Combo: 9,2 GB: Berlaku s.d. 02 Sep 2026\nNelpon ke semua operator: 45 Menit: Berlaku s.d. 03 Sep 2026',
    hints: ID,
    expect: {
      credit: [7300, 'IDR'],
      validUntil: '2026-11-14',
      graceUntil: '2026-12-14',
      quotas: [
        { kind: 'data', bytes: GB(9.2), expiresAt: '2026-09-02' },
        { kind: 'voice', remaining: 45, expiresAt: '2026-09-03' },
      ],
    },
  },
  // Each layout (label/value spans, a table, a definition list, cards) as the page reader gives the server's
  // `/label-rows/id/<layout>` page (LABEL_ROW_LAYOUTS in tests/server/pages.ts): the line's rows beside packages with their own ends.
  {
    id: 'id-layout-spans',
    text: 'Sisa Pulsa Rp 31.500\nMasa Aktif 31 Desember 2026\nKuota Internet 6 GB Berlaku s.d. 18 Des 2026\nMasa Tenggang 30 Januari 2027\nKuota Malam 10 GB Berlaku s.d. 12 Des 2026',
    hints: ID,
    expect: {
      credit: [31500, 'IDR'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'id-layout-table',
    text: 'Sisa Pulsa: Rp 31.500\nMasa Aktif: 31 Desember 2026\nKuota Internet: 6 GB: Berlaku s.d. 18 Des 2026\nMasa Tenggang: 30 Januari 2027\nKuota Malam: 10 GB: Berlaku s.d. 12 Des 2026',
    hints: ID,
    expect: {
      credit: [31500, 'IDR'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'id-layout-dl',
    text: 'Sisa Pulsa: Rp 31.500\nMasa Aktif: 31 Desember 2026\nKuota Internet: 6 GB\nBerlaku s.d.: 18 Des 2026\nMasa Tenggang: 30 Januari 2027\nKuota Malam: 10 GB\nBerlaku s.d.: 12 Des 2026',
    hints: ID,
    expect: {
      credit: [31500, 'IDR'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'id-layout-cards',
    text: 'Sisa Pulsa\nRp 31.500\nMasa Aktif\n31 Desember 2026\nKuota Internet\n6 GB\nBerlaku s.d. 18 Des 2026\nMasa Tenggang\n30 Januari 2027\nKuota Malam\n10 GB\nBerlaku s.d. 12 Des 2026',
    hints: ID,
    expect: {
      credit: [31500, 'IDR'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
];
