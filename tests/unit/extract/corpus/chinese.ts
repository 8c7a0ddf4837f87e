/** Chinese: China Mobile / Unicom / Telecom SMS, Hong Kong and Taiwan carriers, simplified and traditional. */
import { CN, GB, HK, MB, TW, type CorpusCase } from './types';

export const chinese: CorpusCase[] = [
  {
    id: 'zh-cmcc-monthly',
    text: '【中国移动】尊敬的客户，您好！截至2026年08月01日10时，您的话费余额为12.30元。您本月套餐内国内通用流量剩余1.50GB，语音剩余85分钟。',
    hints: CN,
    expect: {
      credit: [12.3, 'CNY'],
      quotas: [
        { kind: 'data', bytes: GB(1.5) },
        { kind: 'voice', remaining: 85 },
      ],
    },
  },
  {
    id: 'zh-unicom-used-left',
    text: '【中国联通】您好，截至08月01日09时，您的账户余额：36.80元，本月已用流量3.25GB，剩余流量16.75GB。',
    hints: CN,
    expect: { credit: [36.8, 'CNY'], quotas: [{ kind: 'data', bytes: GB(16.75) }] },
  },
  {
    id: 'zh-telecom-validity',
    text: '【中国电信】尊敬的客户，您的可用余额为5.00元，您的号码有效期至2026年12月31日。',
    hints: CN,
    expect: { credit: [5, 'CNY'], validUntil: '2026-12-31' },
  },
  {
    id: 'zh-low-warning',
    text: '【中国移动】您的余额已不足5元，为避免停机，请及时充值。',
    hints: CN,
    expect: {},
  },
  {
    id: 'zh-recharge-then-balance',
    text: '【中国联通】您已成功充值50.00元，当前余额62.50元。',
    hints: CN,
    expect: { credit: [62.5, 'CNY'] },
  },
  {
    id: 'zh-hk-csl',
    text: '【CSL】你的儲值卡餘額為HK$88.00，有效期至2026年12月31日。',
    hints: HK,
    expect: { credit: [88, 'HKD'], validUntil: '2026-12-31' },
  },
  {
    id: 'zh-hk-three',
    text: '3香港：閣下的戶口餘額為$45.20，到期日：31/10/2026。',
    hints: HK,
    expect: { credit: [45.2, 'HKD'], validUntil: '2026-10-31' },
  },
  {
    id: 'zh-hk-data-expiry',
    text: '本地數據剩餘 3.8GB，有效期至 2026年08月25日',
    hints: HK,
    expect: { quotas: [{ kind: 'data', bytes: GB(3.8), expiresAt: '2026-08-25' }] },
  },
  {
    id: 'zh-cmcc-promo',
    text: '【中国移动】5G畅享套餐限时优惠，月费仅需58元，包含30GB流量，立即办理回复KT。',
    hints: CN,
    expect: {},
  },
  {
    id: 'zh-unicom-otp',
    text: '【中国联通】验证码：482913，5分钟内有效，请勿泄露。',
    hints: CN,
    expect: {},
  },
  {
    id: 'zh-telecom-relative',
    text: '【中国电信】您的套餐将于12天后到期，请及时续费。账户余额8.60元。',
    hints: CN,
    expect: { credit: [8.6, 'CNY'], validUntil: '2026-08-13' },
  },
  {
    id: 'zh-grace',
    text: '您的号码已进入保号期，保号期至2026年10月15日，逾期将被销号。当前话费余额0.00元。',
    hints: CN,
    expect: { credit: [0, 'CNY'], graceUntil: '2026-10-15' },
  },
  {
    id: 'zh-tw-cht',
    text: '【中華電信】您的預付卡餘額為新台幣150元，有效期限至2026/09/30。',
    hints: TW,
    expect: { credit: [150, 'TWD'], validUntil: '2026-09-30' },
  },
  {
    id: 'zh-unicom-breakdown',
    text: '国内流量：总量20.00GB，已用12.35GB，剩余7.65GB',
    hints: CN,
    expect: { quotas: [{ kind: 'data', bytes: GB(7.65) }] },
  },
  {
    id: 'zh-cmcc-three-kinds',
    text: '短信剩余88条，通话剩余120分钟，流量剩余500MB。',
    hints: CN,
    expect: {
      quotas: [
        { kind: 'sms', remaining: 88 },
        { kind: 'voice', remaining: 120 },
        { kind: 'data', bytes: MB(500) },
      ],
    },
  },
  {
    id: 'zh-unlimited',
    text: '您的套餐包含不限量流量，当前已使用45.2GB。',
    hints: CN,
    expect: { quotas: [{ kind: 'data', unlimited: true }] },
  },
  {
    id: 'zh-bill',
    text: '【中国移动】您本月账单金额为58.00元，将于次月1日自动扣款。',
    hints: CN,
    expect: {},
  },
  {
    id: 'zh-esim-mixed',
    text: '您的eSIM剩余流量 2.35 GB，有效期至 2026-08-20 23:59 (UTC+8)',
    hints: CN,
    expect: { quotas: [{ kind: 'data', bytes: GB(2.35), expiresAt: '2026-08-20' }] },
  },
  {
    id: 'zh-telecom-yen',
    text: '话费余额：¥23.50，套餐到期日：2026-09-30',
    hints: CN,
    expect: { credit: [23.5, 'CNY'], validUntil: '2026-09-30' },
  },
  {
    id: 'zh-bars',
    text: '余额 12.3 元 | 剩余流量 1.5G | 到期 2026.10.01',
    hints: CN,
    expect: { credit: [12.3, 'CNY'], validUntil: '2026-10-01', quotas: [{ kind: 'data', bytes: GB(1.5) }] },
  },
  {
    id: 'zh-hk-smartone',
    text: 'SmarTone：你的預付卡儲值額為$120.50，將於2026年11月30日到期。',
    hints: HK,
    expect: { credit: [120.5, 'HKD'], validUntil: '2026-11-30' },
  },
  {
    id: 'zh-unicom-balance-and-campaign',
    text: '【中国联通】您的账户余额为3.20元，余额不足，请尽快充值。充值100元送20元话费，活动截止2026年8月31日。',
    hints: CN,
    expect: { credit: [3.2, 'CNY'] },
  },
  {
    id: 'zh-tw-order',
    text: '您的門號有效期限：2026年10月20日，餘額：NT$230',
    hints: TW,
    expect: { credit: [230, 'TWD'], validUntil: '2026-10-20' },
  },
  {
    id: 'zh-debt-grace',
    text: '您的手机已停机，停机保号期至2026-11-30，账户余额-2.50元。',
    hints: CN,
    expect: { credit: [-2.5, 'CNY'], graceUntil: '2026-11-30' },
  },
  {
    id: 'zh-spaces-typos',
    text: '尊敬的用户:您当前话费余额 为 18.6元 ,有效期至2026 年 9 月 9 日',
    hints: CN,
    expect: { credit: [18.6, 'CNY'], validUntil: '2026-09-09' },
  },
  {
    id: 'zh-fullwidth',
    text: '【中国移动】您的话费余额为１２．３０元，有效期至２０２６年１２月３１日。',
    hints: CN,
    expect: { credit: [12.3, 'CNY'], validUntil: '2026-12-31' },
  },
  {
    id: 'zh-data-pack-promo',
    text: '【中国电信】流量加油包：10元1GB，30元5GB，当月有效，回复编码订购。',
    hints: CN,
    expect: {},
  },
  {
    id: 'zh-no-hints',
    text: '您的话费余额为25.60元，有效期至2027年01月31日。',
    expect: { credit: [25.6, 'CNY'], validUntil: '2027-01-31' },
  },
  // Label rows own their dates (#12 part 3): 有效期 of the number from its row, 有效期至 of a package to its 流量.
  {
    id: 'zh-page-spans-package-below-validity',
    text: '话费余额 ¥18.90\n有效期 2026年12月31日\n有效期至 2026年12月20日\n国内通用流量 剩余5GB\n宽限期 2027年1月30日',
    hints: CN,
    expect: {
      credit: [18.9, 'CNY'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [{ kind: 'data', bytes: GB(5), expiresAt: '2026-12-20' }],
    },
  },
  {
    id: 'zh-page-card-label-above-value',
    text: '话费余额\n¥36.20\n有效期\n2026年10月31日\n套餐内流量\n剩余 6.5GB\n有效期至\n2026年8月31日\n保号期\n2026年11月30日',
    hints: CN,
    expect: {
      credit: [36.2, 'CNY'],
      validUntil: '2026-10-31',
      graceUntil: '2026-11-30',
      quotas: [{ kind: 'data', bytes: GB(6.5), expiresAt: '2026-08-31' }],
    },
  },
  {
    id: 'zh-page-table-packages',
    text: '余额: ¥9.80\n有效期: 2026-09-30\n宽限期: 2026-10-30\n流量包: 剩余1.5GB: 有效期至2026-08-20\n语音包: 剩余80分钟: 有效期至2026-08-21',
    hints: CN,
    expect: {
      credit: [9.8, 'CNY'],
      validUntil: '2026-09-30',
      graceUntil: '2026-10-30',
      quotas: [
        { kind: 'data', bytes: GB(1.5), expiresAt: '2026-08-20' },
        { kind: 'voice', remaining: 80, expiresAt: '2026-08-21' },
      ],
    },
  },
  // Each layout (label/value spans, a table, a definition list, cards) as the page reader gives the server's
  // `/label-rows/zh/<layout>` page (LABEL_ROW_LAYOUTS in tests/server/pages.ts): the line's rows beside packages with their own ends.
  {
    id: 'zh-layout-spans',
    text: '话费余额 ¥23.50\n有效期 2026年12月31日\n国内通用流量 剩余6GB 有效期至2026年12月18日\n宽限期 2027年1月30日\n夜间流量 剩余10GB 有效期至2026年12月12日',
    hints: CN,
    expect: {
      credit: [23.5, 'CNY'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'zh-layout-table',
    text: '话费余额: ¥23.50\n有效期: 2026年12月31日\n国内通用流量: 剩余6GB: 有效期至2026年12月18日\n宽限期: 2027年1月30日\n夜间流量: 剩余10GB: 有效期至2026年12月12日',
    hints: CN,
    expect: {
      credit: [23.5, 'CNY'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'zh-layout-dl',
    text: '话费余额: ¥23.50\n有效期: 2026年12月31日\n国内通用流量: 剩余6GB\n有效期至: 2026年12月18日\n宽限期: 2027年1月30日\n夜间流量: 剩余10GB\n有效期至: 2026年12月12日',
    hints: CN,
    expect: {
      credit: [23.5, 'CNY'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'zh-layout-cards',
    text: '话费余额\n¥23.50\n有效期\n2026年12月31日\n国内通用流量\n剩余6GB\n有效期至2026年12月18日\n宽限期\n2027年1月30日\n夜间流量\n剩余10GB\n有效期至2026年12月12日',
    hints: CN,
    expect: {
      credit: [23.5, 'CNY'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(6), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: GB(10), expiresAt: '2026-12-12' },
      ],
    },
  },
];
