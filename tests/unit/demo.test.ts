import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { daysLeft } from '@/utils/core/days-left';
import { setChosenLanguage } from '@/utils/i18n';
import { AccountSchema, ReadingSchema } from '@/utils/model/schemas';
import { createDemoAccount, getAccounts, getSettings, seedDemoAccount } from '@/utils/stores/settings';
import { DEMO_CYCLE_DAYS, demoReading } from '@/utils/sources/demo';
import * as v from 'valibot';
import { catalog, getMessageIn } from './locales';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 5, 0);

describe('demoReading', () => {
  it('is a valid reading, pinned by the clock', () => {
    const r = demoReading('demo', T0, 'Asia/Jakarta');
    expect(v.is(ReadingSchema, r)).toBe(true);
    expect(demoReading('demo', T0, 'Asia/Jakarta')).toEqual(r);
    expect(r.credit?.currency).toBe('IDR');
    expect(r.quotas?.[0]?.kind).toBe('data');
  });

  it('spends credit and data over a day and keeps the valid-until date weeks ahead', () => {
    for (let day = 0; day < 2 * DEMO_CYCLE_DAYS; day++) {
      const now = T0 + day * DAY;
      const today = demoReading('demo', now, 'UTC');
      const left = daysLeft(today.validUntil ?? '', now, 'UTC');
      expect(left).toBeGreaterThanOrEqual(5);
      expect(left).toBeLessThanOrEqual(DEMO_CYCLE_DAYS + 5);
      expect(today.credit?.amount).toBeGreaterThan(0);
      const later = demoReading('demo', now + 6 * 3_600_000, 'UTC');
      if (later.validUntil === today.validUntil) {
        expect(later.credit?.amount).toBeLessThan(today.credit?.amount ?? 0);
      }
    }
  });
});

describe('the demo account', () => {
  afterEach(() => setChosenLanguage(null));

  it.each([
    ['an English browser', () => undefined, 'Demo (AXIS-like)'],
    ['an Indonesian browser', () => Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn('id') }), 'Demo (mirip AXIS)'],
    [
      'Chinese chosen in the options page',
      () => setChosenLanguage({ lang: 'zh_CN', version: '0.1.0', messages: catalog('zh_CN') }),
      '演示（类似 AXIS）',
    ],
  ])('is seeded on first install with its name in the UI language: %s', async (_name, speak, name) => {
    speak();
    await seedDemoAccount();
    const [seeded] = await getAccounts();
    expect(seeded?.name).toBe(name);
    expect(v.is(AccountSchema, seeded)).toBe(true);
    // The options page's "Try the demo" names it the same way.
    expect(createDemoAccount(await getSettings()).name).toBe(name);
  });
});

describe('createDemoAccount', () => {
  it('takes the badge only when no other account is enabled', async () => {
    const settings = await getSettings();
    const line = { ...createDemoAccount(settings), id: 'line1', source: { kind: 'manual' as const, preset: 'axis' as const } };
    expect(createDemoAccount(settings).primary).toBe(true);
    expect(createDemoAccount(settings, []).primary).toBe(true);
    expect(createDemoAccount(settings, [{ ...line, enabled: false }]).primary).toBe(true);
    expect(createDemoAccount(settings, [line]).primary).toBe(false);
  });
});
