/**
 * Top-ups, purchases, bonuses, deductions and limits: amounts next to a credit word that are not
 * the balance (an audit found each read as the credit at 0.91–0.95), and real balances beside them.
 */
import { CN, ID, US, type CorpusCase } from './types';

export const events: CorpusCase[] = [
  { id: 'ev-id-bonus-pulsa', text: 'Selamat! Anda mendapat bonus pulsa Rp5.000', hints: ID, expect: {} },
  { id: 'ev-id-pembelian-pulsa', text: 'Terima kasih, pembelian pulsa Rp 25.000 berhasil.', hints: ID, expect: {} },
  { id: 'ev-id-pulsa-ditambahkan', text: 'Pulsa Rp 50.000 telah berhasil ditambahkan ke nomor Anda', hints: ID, expect: {} },
  { id: 'ev-id-dapatkan-pulsa', text: 'Dapatkan pulsa Rp10.000 dengan isi ulang sekarang', hints: ID, expect: {} },
  { id: 'ev-id-cashback-pulsa', text: 'Cashback pulsa Rp 5.000 sudah masuk', hints: ID, expect: {} },
  { id: 'ev-id-hadiah-pulsa', text: 'Hadiah pulsa Rp 20.000 untuk Anda', hints: ID, expect: {} },
  { id: 'ev-id-pulsa-terpotong', text: 'Pulsa terpotong Rp 2.500 untuk langganan', hints: ID, expect: {} },
  { id: 'ev-id-pulsa-berkurang', text: 'Pulsa Anda berkurang Rp1.500', hints: ID, expect: {} },
  { id: 'ev-id-pulsa-akan-dipotong', text: 'Pulsa Rp 10.000 akan dipotong untuk perpanjangan paket', hints: ID, expect: {} },
  { id: 'ev-en-credit-added', text: 'Credit $10 added to your account', hints: US, expect: {} },
  { id: 'ev-en-credit-has-been-added', text: 'Your credit of $10 has been added.', hints: US, expect: {} },
  { id: 'ev-en-minimum-balance', text: 'A minimum balance of $5 is required.', hints: US, expect: {} },
  { id: 'ev-zh-deducted-balance', text: '本月已扣话费余额30元', hints: CN, expect: {} },
  // The positive counterparts: the balance stated beside the event still wins.
  {
    id: 'ev-id-topup-then-balance',
    text: 'Isi ulang Rp 50.000 berhasil. Sisa pulsa Anda Rp 62.300',
    hints: ID,
    expect: { credit: [62300, 'IDR'] },
  },
  {
    id: 'ev-id-bonus-then-balance',
    text: 'Selamat! Anda mendapat bonus pulsa Rp5.000. Pulsa Anda sekarang Rp 17.250, aktif s.d 30/09/2026',
    hints: ID,
    expect: { credit: [17250, 'IDR'], validUntil: '2026-09-30' },
  },
  {
    id: 'ev-id-deduction-then-balance',
    text: 'Pulsa Anda berkurang Rp1.500 untuk langganan NSP. Sisa pulsa Rp 8.450.',
    hints: ID,
    expect: { credit: [8450, 'IDR'] },
  },
  {
    id: 'ev-id-added-comma-balance',
    text: 'Pulsa Rp 50.000 telah ditambahkan, sisa pulsa Anda kini Rp 51.200 aktif s.d 15/10/2026',
    hints: ID,
    expect: { credit: [51200, 'IDR'], validUntil: '2026-10-15' },
  },
  {
    id: 'ev-en-added-then-balance',
    text: 'Your credit of $10 has been added. Your balance is $14.75.',
    hints: US,
    expect: { credit: [14.75, 'USD'] },
  },
  {
    id: 'ev-en-minimum-then-balance',
    text: 'Your balance is $3.10. A minimum balance of $5 is required to renew your plan.',
    hints: US,
    expect: { credit: [3.1, 'USD'] },
  },
  {
    id: 'ev-zh-deducted-then-balance',
    text: '【中国移动】本月已扣话费30元，当前话费余额12.50元。',
    hints: CN,
    expect: { credit: [12.5, 'CNY'] },
  },
  {
    id: 'ev-id-topup-success-balance-no-comma',
    text: 'Isi ulang berhasil sisa pulsa Anda Rp 33.000',
    hints: ID,
    expect: { credit: [33000, 'IDR'] },
  },
];
