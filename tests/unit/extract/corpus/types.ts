/** One corpus text with what a careful human reads in it. Absent fields mean "nothing there". */
export interface CorpusCase {
  id: string;
  text: string;
  hints?: { currency?: string; locale?: string; timeZone?: string };
  /** ISO instant the message was read; defaults to CORPUS_NOW. */
  now?: string;
  expect: {
    credit?: [amount: number, currency: string];
    validUntil?: string;
    graceUntil?: string;
    quotas?: QuotaExpect[];
  };
}

/** A quota as expected: data by bytes left, voice and SMS by count, or unlimited. */
export type QuotaExpect =
  | { kind: 'data'; bytes: number; expiresAt?: string }
  | { kind: 'voice' | 'sms'; remaining: number; expiresAt?: string }
  | { kind: 'data' | 'voice' | 'sms'; unlimited: true; expiresAt?: string };

/** 10:00 in Jakarta, 11:00 in Shanghai, on 1 August 2026. */
export const CORPUS_NOW = '2026-08-01T03:00:00Z';

export const GB = (n: number): number => Math.round(n * 1024 ** 3);
export const MB = (n: number): number => Math.round(n * 1024 ** 2);

export const ID = { currency: 'IDR', locale: 'id-ID', timeZone: 'Asia/Jakarta' };
export const CN = { currency: 'CNY', locale: 'zh-CN', timeZone: 'Asia/Shanghai' };
export const HK = { currency: 'HKD', locale: 'zh-HK', timeZone: 'Asia/Hong_Kong' };
export const TW = { currency: 'TWD', locale: 'zh-TW', timeZone: 'Asia/Taipei' };
export const US = { currency: 'USD', locale: 'en-US', timeZone: 'America/New_York' };
export const GB_UK = { currency: 'GBP', locale: 'en-GB', timeZone: 'Europe/London' };
