/** English: eSIM apps (Airalo, Holafly, Nomad, Ubigi style), US/UK/SG/HK/PH prepaid SMS and pages. */
import { GB, GB_UK, MB, US, type CorpusCase } from './types';

export const english: CorpusCase[] = [
  {
    id: 'en-airalo-detail',
    text: 'Discover Global\nRemaining data: 3.2 GB of 5 GB\nExpires: Sep 14, 2026',
    hints: US,
    expect: { validUntil: '2026-09-14', quotas: [{ kind: 'data', bytes: GB(3.2) }] },
  },
  {
    id: 'en-airalo-card',
    text: 'Indonesia eSIM · 1.45 GB left · Expires in 12 days',
    hints: US,
    // Read in New York, where it is still 31 July.
    expect: { validUntil: '2026-08-12', quotas: [{ kind: 'data', bytes: GB(1.45) }] },
  },
  {
    id: 'en-us-prepaid-sms',
    text: 'Your balance is $4.50. Your plan expires on 08/31/2026.',
    hints: US,
    expect: { credit: [4.5, 'USD'], validUntil: '2026-08-31' },
  },
  {
    id: 'en-holafly-unlimited',
    text: 'Unlimited data · Valid until 20 Aug 2026',
    hints: US,
    expect: { validUntil: '2026-08-20', quotas: [{ kind: 'data', unlimited: true }] },
  },
  {
    id: 'en-nomad-used',
    text: 'Data used: 1.2 GB / 10 GB. Plan valid till 2026-09-30.',
    hints: US,
    expect: { validUntil: '2026-09-30', quotas: [{ kind: 'data', bytes: GB(10) - GB(1.2) }] },
  },
  {
    id: 'en-us-account-page',
    text: 'Main Balance: $12.34\nService End Date: 09/15/2026\nData: 2.5GB remaining',
    hints: US,
    expect: { credit: [12.34, 'USD'], validUntil: '2026-09-15', quotas: [{ kind: 'data', bytes: GB(2.5) }] },
  },
  {
    id: 'en-sg-prepaid',
    text: 'Your main balance is S$5.20 and expires on 31/10/2026. Data bal: 1,536MB',
    hints: { currency: 'SGD', locale: 'en-SG', timeZone: 'Asia/Singapore' },
    expect: { credit: [5.2, 'SGD'], validUntil: '2026-10-31', quotas: [{ kind: 'data', bytes: MB(1536) }] },
  },
  {
    id: 'en-hk-stored-value',
    text: 'Your prepaid SIM stored value is HK$88.00, valid until 31/12/2026.',
    hints: { currency: 'HKD', locale: 'en-HK', timeZone: 'Asia/Hong_Kong' },
    expect: { credit: [88, 'HKD'], validUntil: '2026-12-31' },
  },
  {
    id: 'en-promo-only',
    text: 'Get 20GB for only $15! Offer ends 31/08/2026. Reply YES to buy.',
    hints: US,
    expect: {},
  },
  {
    id: 'en-otp',
    text: 'Your verification code is 583920. It expires in 10 minutes.',
    hints: US,
    expect: {},
  },
  {
    id: 'en-ph-load',
    text: 'Your load balance is P100.00 valid until 09/20/2026. Dial *143# for promos.',
    hints: { currency: 'PHP', locale: 'en-PH', timeZone: 'Asia/Manila' },
    expect: { credit: [100, 'PHP'], validUntil: '2026-09-20' },
  },
  {
    id: 'en-ph-peso-sign',
    text: 'Your load balance is ₱100.00 valid until 09/20/2026. Dial *143# for promos.',
    hints: { currency: 'PHP', locale: 'en-PH', timeZone: 'Asia/Manila' },
    expect: { credit: [100, 'PHP'], validUntil: '2026-09-20' },
  },
  {
    id: 'en-thai-tourist',
    text: 'Balance 50.00 Baht. Validity 10/09/2026',
    hints: { currency: 'THB', timeZone: 'Asia/Bangkok' },
    expect: { credit: [50, 'THB'], validUntil: '2026-09-10' },
  },
  {
    id: 'en-balance-then-promo',
    text: 'Balance: $3.20. Top up $10 and get 5GB bonus data! Valid 30 days.',
    hints: US,
    expect: { credit: [3.2, 'USD'] },
  },
  {
    id: 'en-esim-zero',
    text: 'Account balance: USD 0.00. Your eSIM will expire on 2026-08-05 12:00 UTC.',
    hints: US,
    expect: { credit: [0, 'USD'], validUntil: '2026-08-05' },
  },
  {
    id: 'en-uk-allowance',
    text: 'Credit: £7.45. Allowance: 4.2GB data, 250 mins, unlimited texts left until 22/08/2026.',
    hints: GB_UK,
    expect: {
      credit: [7.45, 'GBP'],
      quotas: [
        { kind: 'data', bytes: GB(4.2), expiresAt: '2026-08-22' },
        { kind: 'voice', remaining: 250, expiresAt: '2026-08-22' },
        { kind: 'sms', unlimited: true, expiresAt: '2026-08-22' },
      ],
    },
  },
  {
    id: 'en-renews',
    text: 'You have 750 MB of high-speed data remaining. Your plan renews on Sep 1, 2026.',
    hints: US,
    expect: { validUntil: '2026-09-01', quotas: [{ kind: 'data', bytes: MB(750) }] },
  },
  {
    id: 'en-topup-receipt',
    text: 'Thanks for topping up $20.00! Transaction ID 8837261. Date: 01/08/2026',
    hints: GB_UK,
    expect: {},
  },
  {
    id: 'en-recharge-before',
    text: 'Remaining balance $0.87 - please recharge before 08/03/2026 to keep your number.',
    hints: US,
    expect: { credit: [0.87, 'USD'] },
  },
  {
    id: 'en-airalo-plan-name',
    text: 'Plan: Asia Link 10 GB - 30 days\nData remaining: 6.75 GB\nValidity: 18 days left',
    hints: US,
    expect: { validUntil: '2026-08-18', quotas: [{ kind: 'data', bytes: GB(6.75) }] },
  },
  {
    id: 'en-ubigi-until',
    text: 'Your Ubigi plan: 2.00 GB remaining until Aug 20, 2026 17:00',
    hints: GB_UK,
    expect: { quotas: [{ kind: 'data', bytes: GB(2), expiresAt: '2026-08-20' }] },
  },
  {
    id: 'en-us-ambiguous-date',
    text: 'Balance $2.00, exp 09/10/2026',
    hints: US,
    expect: { credit: [2, 'USD'], validUntil: '2026-09-10' },
  },
  {
    id: 'en-gb-ambiguous-date',
    text: 'Balance £2.00, expires 09/10/2026',
    hints: GB_UK,
    expect: { credit: [2, 'GBP'], validUntil: '2026-10-09' },
  },
  {
    id: 'en-eu-comma',
    text: 'Credit remaining: €7,20 · valid to 31.10.2026',
    hints: { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin' },
    expect: { credit: [7.2, 'EUR'], validUntil: '2026-10-31' },
  },
  {
    id: 'en-eu-suffix',
    text: 'Your remaining credit is 7,20 € and your SIM is valid until 31 Oct 2026.',
    hints: { currency: 'EUR', locale: 'en-IE', timeZone: 'Europe/Dublin' },
    expect: { credit: [7.2, 'EUR'], validUntil: '2026-10-31' },
  },
  {
    id: 'en-support-only',
    text: 'Call 1-800-555-0199 for support. Customer ID 44820193.',
    hints: US,
    expect: {},
  },
  {
    id: 'en-bars',
    text: 'Balance US$4.50 | Data 512MB | Expires in 5 days',
    hints: US,
    expect: { credit: [4.5, 'USD'], validUntil: '2026-08-05', quotas: [{ kind: 'data', bytes: MB(512) }] },
  },
  {
    id: 'en-japan-esim-g',
    text: 'Hi! Your Japan eSIM has 1.5G remaining, valid until 2026/08/20.',
    hints: US,
    expect: { quotas: [{ kind: 'data', bytes: GB(1.5), expiresAt: '2026-08-20' }] },
  },
  {
    id: 'en-low-balance',
    text: 'Low balance alert: your credit is $1.15. Top up now to stay connected.',
    hints: US,
    expect: { credit: [1.15, 'USD'] },
  },
  {
    id: 'en-usage-mixed',
    text: 'Usage this cycle: 3.1 GB used of 8 GB. Minutes: 120 min left. Texts: 45 SMS left. Cycle ends 08/28/2026.',
    hints: US,
    expect: {
      validUntil: '2026-08-28',
      quotas: [
        { kind: 'data', bytes: GB(8) - GB(3.1) },
        { kind: 'voice', remaining: 120 },
        { kind: 'sms', remaining: 45 },
      ],
    },
  },
  {
    id: 'en-newsletter',
    text: 'Travel smarter: eSIMs from $4.50, 1GB to 20GB plans, valid 7 to 30 days. Download the app today.',
    hints: US,
    expect: {},
  },
  {
    id: 'en-my-celcom',
    text: 'Celcom Xpax: Your balance is RM 10.00 and valid till 15/09/2026. Internet balance 3.5GB.',
    hints: { currency: 'MYR', locale: 'en-MY', timeZone: 'Asia/Kuala_Lumpur' },
    expect: { credit: [10, 'MYR'], validUntil: '2026-09-15', quotas: [{ kind: 'data', bytes: GB(3.5) }] },
  },
  // Label rows own their dates (#12 part 3): a definition list for the line, package cards with their own ends.
  {
    id: 'en-page-dl-and-pack-card',
    text: 'Balance: $4.50\nActive until: Dec 31, 2026\nData pack\nValid until Dec 20, 2026\nData 3.2 GB\nGrace period: Jan 30, 2027',
    hints: US,
    expect: {
      credit: [4.5, 'USD'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [{ kind: 'data', bytes: GB(3.2), expiresAt: '2026-12-20' }],
    },
  },
  {
    id: 'en-page-card-label-above-value',
    text: 'Credit\n$12.40\nActive period\n30 Sep 2026\nRoaming data\n2.5 GB\nValid until\n15 Aug 2026\nGrace period\n30 Oct 2026',
    hints: US,
    expect: {
      credit: [12.4, 'USD'],
      validUntil: '2026-09-30',
      graceUntil: '2026-10-30',
      quotas: [{ kind: 'data', bytes: GB(2.5), expiresAt: '2026-08-15' }],
    },
  },
  // Each layout (label/value spans, a table, a definition list, cards) as the page reader gives the server's
  // `/label-rows/en/<layout>` page (LABEL_ROW_LAYOUTS in tests/server/pages.ts): the line's rows beside packages with their own ends.
  {
    id: 'en-layout-spans',
    text: 'Balance $7.25\nActive until Dec 31, 2026\nLocal data 2.5 GB Valid until Dec 18, 2026\nGrace period Jan 30, 2027\nRoaming data 800 MB Expires Dec 12, 2026',
    hints: US,
    expect: {
      credit: [7.25, 'USD'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(2.5), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: MB(800), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'en-layout-table',
    text: 'Balance: $7.25\nActive until: Dec 31, 2026\nLocal data: 2.5 GB: Valid until Dec 18, 2026\nGrace period: Jan 30, 2027\nRoaming data: 800 MB: Expires Dec 12, 2026',
    hints: US,
    expect: {
      credit: [7.25, 'USD'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(2.5), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: MB(800), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'en-layout-dl',
    text: 'Balance: $7.25\nActive until: Dec 31, 2026\nLocal data: 2.5 GB\nValid until: Dec 18, 2026\nGrace period: Jan 30, 2027\nRoaming data: 800 MB\nExpires: Dec 12, 2026',
    hints: US,
    expect: {
      credit: [7.25, 'USD'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(2.5), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: MB(800), expiresAt: '2026-12-12' },
      ],
    },
  },
  {
    id: 'en-layout-cards',
    text: 'Balance\n$7.25\nActive until\nDec 31, 2026\nLocal data\n2.5 GB\nValid until Dec 18, 2026\nGrace period\nJan 30, 2027\nRoaming data\n800 MB\nExpires Dec 12, 2026',
    hints: US,
    expect: {
      credit: [7.25, 'USD'],
      validUntil: '2026-12-31',
      graceUntil: '2027-01-30',
      quotas: [
        { kind: 'data', bytes: GB(2.5), expiresAt: '2026-12-18' },
        { kind: 'data', bytes: MB(800), expiresAt: '2026-12-12' },
      ],
    },
  },
];
