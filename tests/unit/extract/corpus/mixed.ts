/** Mixed languages: bilingual pages, travellers' SIMs described in another language, pasted fragments. */
import { CN, GB, ID, US, type CorpusCase } from './types';

export const mixed: CorpusCase[] = [
  {
    id: 'mx-bilingual-page',
    text: 'Saldo/Balance: Rp 45.000 | Masa aktif/Valid until: 30 Sep 2026 | Kuota/Data: 8.5 GB',
    hints: ID,
    expect: { credit: [45000, 'IDR'], validUntil: '2026-09-30', quotas: [{ kind: 'data', bytes: GB(8.5) }] },
  },
  {
    id: 'mx-axis-english',
    text: '[AXIS] Your balance: Rp5.500. Active until 22-08-2026. Kuota Malam 3GB s.d 05-08-2026',
    hints: ID,
    expect: { credit: [5500, 'IDR'], validUntil: '2026-08-22', quotas: [{ kind: 'data', bytes: GB(3), expiresAt: '2026-08-05' }] },
  },
  {
    id: 'mx-tourist-esim',
    text: 'Telkomsel Tourist eSIM\nRemaining: 14.2 GB\nValid until: 29/08/2026\nTop up from Rp 50.000',
    hints: US,
    expect: { validUntil: '2026-08-29', quotas: [{ kind: 'data', bytes: GB(14.2) }] },
  },
  {
    id: 'mx-chinese-user-id-sim',
    text: '印尼卡余额 Rp 25.750，masa aktif 31/12/2026',
    hints: CN,
    expect: { credit: [25750, 'IDR'], validUntil: '2026-12-31' },
  },
  {
    id: 'mx-en-zh-hk',
    text: 'Balance 餘額: HK$56.30\nExpiry 到期日: 15/11/2026',
    hints: { currency: 'HKD', locale: 'zh-HK', timeZone: 'Asia/Hong_Kong' },
    expect: { credit: [56.3, 'HKD'], validUntil: '2026-11-15' },
  },
  {
    id: 'mx-id-en-sms',
    text: 'Hi, sisa pulsa kamu Rp 13.450 & data 2.1GB. Expired 14/08/2026. Thx - XL',
    hints: ID,
    expect: { credit: [13450, 'IDR'], validUntil: '2026-08-14', quotas: [{ kind: 'data', bytes: GB(2.1) }] },
  },
  {
    id: 'mx-empty-chatter',
    text: 'ok thanks, I will check tomorrow 🙂',
    hints: US,
    expect: {},
  },
  {
    id: 'mx-pasted-forward',
    text: 'Fwd: 【中国移动】话费余额18.00元，流量剩余2.5GB，有效期至2026-12-31。回复CXLL查询流量。',
    hints: CN,
    expect: { credit: [18, 'CNY'], quotas: [{ kind: 'data', bytes: GB(2.5), expiresAt: '2026-12-31' }] },
  },
];
