// The account and settings forms under random input: never a throw, never an invalid account saved.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type AccountFormValues, emptyQuotaRow, formFromAccount, validateForm } from '@/entrypoints/options/accounts/account-form-values';
import { validateSettings } from '@/entrypoints/options/settings/settings-form-values';
import { QUOTA_KINDS } from '@/utils/model';
import { AccountSchema, SettingsSchema } from '@/utils/model/schemas';
import { prng } from '../extract/prng';
import { testAccount } from '../helpers';
import { HOSTILE_STRINGS } from './inputs';

const SEED = 8_888;
const RUNS = 3_000;
const base = testAccount({ id: 'fuzz', source: { kind: 'manual', preset: 'axis' } });
const NICE = ['25750', '25.750', '4.50', '7', '60', '2026-12-31', 'IDR', 'usd', 'AXIS 0838', '2.5', 'GB', 'Kuota'];

function randomText(rand: ReturnType<typeof prng>): string {
  return rand.int(0, 2) === 0 ? rand.pick(NICE) : String(rand.pick(HOSTILE_STRINGS));
}

const VALID: AccountFormValues = {
  ...formFromAccount(base),
  name: 'AXIS 0838',
  credit: '25750',
  validUntil: '2026-12-31',
  graceDays: '30',
  quotas: [{ ...emptyQuotaRow('data'), label: 'Kuota', remaining: '2.5', total: '10', unit: 'GB' }],
};

/** A valid form with one to three fields replaced by random or hostile text. */
function randomForm(rand: ReturnType<typeof prng>): AccountFormValues {
  const form: AccountFormValues = structuredClone(VALID);
  const fields = ['name', 'currency', 'interval', 'lowCredit', 'warnDays', 'credit', 'validUntil', 'graceDays', 'remindDays'] as const;
  for (let n = rand.int(1, 3); n > 0; n--) {
    const choice = rand.int(0, fields.length);
    if (choice === fields.length) {
      const row = form.quotas[0];
      if (row)
        Object.assign(row, {
          [rand.pick(['label', 'remaining', 'total', 'unit'] as const)]: randomText(rand),
          kind: rand.pick(QUOTA_KINDS),
        });
    } else {
      form[fields[choice] as (typeof fields)[number]] = randomText(rand);
    }
  }
  if (rand.int(0, 4) === 0) form.source = 'demo';
  return form;
}

describe('account form fuzz', () => {
  it(`validates ${RUNS} random forms into a valid account or field errors, never a throw (seed ${SEED})`, () => {
    const rand = prng(SEED);
    let saved = 0;
    for (let i = 0; i < RUNS; i++) {
      const form = randomForm(rand);
      const result = validateForm(form, base);
      if (result.ok) {
        saved++;
        expect(v.is(AccountSchema, result.account)).toBe(true);
        const credit = result.manual?.credit;
        if (credit !== undefined) expect(Number.isFinite(credit) && credit >= 0).toBe(true);
      } else {
        const messages = Object.values(result.errors);
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) expect(typeof m === 'string' && m.length > 0 && m.length < 200).toBe(true);
      }
    }
    expect(saved).toBeGreaterThan(0);
  });

  it.each(HOSTILE_STRINGS.filter((s) => s.trim() !== ''))('never accepts %j as a currency or an interval', (bad) => {
    const form = { ...formFromAccount(base), currency: bad, interval: bad };
    const result = validateForm(form, base);
    if (result.ok) {
      // Only strings that really are a currency code and an interval could pass.
      expect(result.account.currency).toMatch(/^[A-Z]{3}$/);
    } else {
      expect(result.errors.currency ?? result.errors.interval).toBeTruthy();
    }
  });
});

describe('settings form fuzz', () => {
  it('validates random settings into valid settings or errors', () => {
    const rand = prng(SEED + 1);
    for (let i = 0; i < 1_000; i++) {
      const result = validateSettings({
        badgeShows: rand.pick(['credit', 'days'] as const),
        interval: randomText(rand),
        warnDays: randomText(rand),
      });
      if (result.ok) expect(v.is(SettingsSchema, result.settings)).toBe(true);
      else expect(Object.keys(result.errors).length).toBeGreaterThan(0);
    }
  });
});
