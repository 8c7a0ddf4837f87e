import { describe, expect, it } from 'vitest';
import {
  type AccountFormValues,
  applyPreset,
  applySource,
  changeQuotaKind,
  emptyQuotaRow,
  formFromAccount,
  parseAmount,
  validateForm,
} from '@/entrypoints/options/accounts/account-form-values';
import type { Account } from '@/utils/model';

const base: Account = {
  id: 'acc1',
  name: '',
  currency: 'IDR',
  source: { kind: 'manual', preset: 'generic' },
  intervalMinutes: 60,
  thresholds: { warnDays: 7 },
  primary: false,
  enabled: true,
};

const form = (values: Partial<AccountFormValues> = {}): AccountFormValues => ({
  ...formFromAccount(base),
  name: 'My AXIS',
  ...values,
});

const errorsOf = (values: Partial<AccountFormValues>) => {
  const result = validateForm(form(values), base);
  return result.ok ? {} : result.errors;
};

describe('parseAmount', () => {
  it.each<[string, string, number | undefined]>([
    ['25750', 'IDR', 25750],
    [' 25 750 ', 'IDR', 25750],
    ['25.750', 'IDR', 25750],
    ['25,750', 'IDR', 25750],
    ['1.250.000', 'IDR', 1250000],
    ['4.5', 'USD', 4.5],
    ['4,5', 'EUR', 4.5],
    ['4.500', 'USD', 4.5],
    ['1,234.56', 'USD', 1234.56],
    ['1.234,56', 'EUR', 1234.56],
    ['0', 'USD', 0],
    ['-5', 'USD', undefined],
    ['abc', 'USD', undefined],
    ['', 'USD', undefined],
    ['1.2.3', 'USD', undefined],
    ['1e5', 'USD', undefined],
  ])('%j in %s → %s', (input, currency, expected) => {
    expect(parseAmount(input, currency)).toBe(expected);
  });
});

describe('formFromAccount', () => {
  it('fills a manual account from its source and latest reading', () => {
    const account: Account = {
      ...base,
      name: 'AXIS',
      source: { kind: 'manual', preset: 'axis', graceDays: 30, remindAfterDays: 5 },
      thresholds: { warnDays: 3, lowCredit: 5000 },
      primary: true,
    };
    const values = formFromAccount(account, {
      accountId: 'acc1',
      at: 1,
      credit: { amount: 25750, currency: 'IDR' },
      validUntil: '2026-07-31',
      quotas: [{ label: 'Data', kind: 'data', remaining: 3.5, total: 10, unit: 'GB' }],
    });
    expect({ ...values, quotas: values.quotas.map(({ key: _key, ...q }) => q) }).toEqual({
      name: 'AXIS',
      source: 'manual',
      preset: 'axis',
      currency: 'IDR',
      interval: '60',
      lowCredit: '5000',
      warnDays: '3',
      primary: true,
      credit: '25750',
      validUntil: '2026-07-31',
      graceDays: '30',
      remindDays: '5',
      dialCode: '',
      quotas: [{ label: 'Data', kind: 'data', remaining: '3.5', total: '10', unit: 'GB' }],
    });
  });

  it('leaves manual fields empty for a demo account', () => {
    const values = formFromAccount({ ...base, source: { kind: 'demo' } }, { accountId: 'acc1', at: 1, validUntil: '2026-01-01' });
    expect(values).toMatchObject({ source: 'demo', credit: '', validUntil: '', quotas: [] });
  });
});

describe('presets and sources', () => {
  it('AXIS fills IDR and 30 days of grace', () => {
    expect(applyPreset(form({ currency: 'USD', graceDays: '' }), 'axis')).toMatchObject({
      preset: 'axis',
      currency: 'IDR',
      graceDays: '30',
    });
  });

  it('generic keeps what was typed', () => {
    expect(applyPreset(form({ currency: 'USD', graceDays: '5' }), 'generic')).toMatchObject({ currency: 'USD', graceDays: '5' });
  });

  it('demo names an unnamed account Demo', () => {
    expect(applySource(form({ name: '' }), 'demo')).toMatchObject({ source: 'demo', name: 'Demo', currency: 'IDR' });
    expect(applySource(form({ name: 'Mine' }), 'demo').name).toBe('Mine');
  });

  it('a quota row changing kind gets a fitting unit', () => {
    const row = emptyQuotaRow('data');
    expect(row.unit).toBe('GB');
    expect(changeQuotaKind(row, 'voice').unit).toBe('min');
    expect(changeQuotaKind({ ...row, kind: 'voice', unit: 'min' }, 'data').unit).toBe('GB');
    expect(changeQuotaKind({ ...row, unit: 'MB' }, 'data').unit).toBe('MB');
    expect(changeQuotaKind({ ...row, kind: 'other', unit: 'tickets' }, 'sms').unit).toBe('tickets');
  });
});

describe('validateForm', () => {
  it('turns a full manual form into an account and the values to record', () => {
    const result = validateForm(
      form({
        name: '  My AXIS ',
        preset: 'axis',
        currency: 'idr',
        interval: '30',
        lowCredit: '5.000',
        warnDays: '5',
        primary: true,
        credit: '25.750',
        validUntil: '2026-07-31',
        graceDays: '30',
        remindDays: '3',
        quotas: [{ key: 1, label: 'Kuota', kind: 'data', remaining: '3,5', total: '10', unit: 'GB' }],
      }),
      base,
    );
    expect(result).toEqual({
      ok: true,
      account: {
        id: 'acc1',
        name: 'My AXIS',
        currency: 'IDR',
        source: { kind: 'manual', preset: 'axis', graceDays: 30, remindAfterDays: 3 },
        intervalMinutes: 30,
        thresholds: { warnDays: 5, lowCredit: 5000 },
        primary: true,
        enabled: true,
      },
      manual: {
        credit: 25750,
        currency: 'IDR',
        validUntil: '2026-07-31',
        graceDays: 30,
        quotas: [{ label: 'Kuota', kind: 'data', remaining: 3.5, total: 10, unit: 'GB' }],
      },
    });
  });

  it('keeps a demo account free of manual values', () => {
    const result = validateForm(form({ source: 'demo', credit: 'junk' }), base);
    expect(result).toMatchObject({ ok: true, account: { source: { kind: 'demo' } } });
    expect(result.ok && result.manual).toBe(undefined);
  });

  it.each<[string, Partial<AccountFormValues>, string]>([
    ['an empty name', { name: '  ' }, 'name'],
    ['a long name', { name: 'x'.repeat(61) }, 'name'],
    ['a 2-letter currency', { currency: 'RP' }, 'currency'],
    ['a currency with digits', { currency: 'US1' }, 'currency'],
    ['interval 0', { interval: '0' }, 'interval'],
    ['interval 1441', { interval: '1441' }, 'interval'],
    ['a fractional interval', { interval: '1.5' }, 'interval'],
    ['an empty interval', { interval: '' }, 'interval'],
    ['a negative low-credit threshold', { lowCredit: '-1' }, 'low-credit'],
    ['warn days 366', { warnDays: '366' }, 'warn-days'],
    ['negative credit', { credit: '-100' }, 'credit'],
    ['credit as words', { credit: 'lots' }, 'credit'],
    ['31 February', { validUntil: '2026-02-31' }, 'valid-until'],
    ['a malformed date', { validUntil: '31/01/2026' }, 'valid-until'],
    ['grace days 400', { graceDays: '400' }, 'grace-days'],
    ['remind days 0', { remindDays: '0' }, 'remind-days'],
    ['a dial code with letters', { dialCode: '*888#abc' }, 'dial-code'],
    ['a dial code over 20 characters', { dialCode: '*'.repeat(21) }, 'dial-code'],
  ])('refuses %s', (_name, values, field) => {
    expect(Object.keys(errorsOf(values))).toEqual([field]);
  });

  it('keeps a dial code through the form, and drops an emptied one', () => {
    const dialled: Account = { ...base, source: { kind: 'manual', preset: 'axis', dialCode: '*888#' } };
    const values = formFromAccount(dialled);
    expect(values.dialCode).toBe('*888#');
    const kept = validateForm({ ...values, name: 'AXIS' }, dialled);
    expect(kept.ok && kept.account.source).toMatchObject({ kind: 'manual', dialCode: '*888#' });
    const emptied = validateForm({ ...values, name: 'AXIS', dialCode: ' ' }, dialled);
    expect(emptied.ok && emptied.account.source).not.toHaveProperty('dialCode');
  });

  it('accepts the interval bounds', () => {
    expect(validateForm(form({ interval: '1' }), base).ok).toBe(true);
    expect(validateForm(form({ interval: '1440' }), base).ok).toBe(true);
  });

  it('names the field of each invalid quota cell', () => {
    const errors = errorsOf({
      quotas: [
        { key: 1, label: 'ok', kind: 'data', remaining: '1', total: '', unit: 'GB' },
        { key: 2, label: '', kind: 'data', remaining: '', total: 'x', unit: 'GiB' },
        { key: 3, label: 'calls', kind: 'voice', remaining: '5', total: '', unit: '' },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual([
      'quotas.1.label',
      'quotas.1.remaining',
      'quotas.1.total',
      'quotas.1.unit',
      'quotas.2.unit',
    ]);
  });

  it('reports every invalid field at once', () => {
    expect(Object.keys(errorsOf({ name: '', currency: '', interval: 'x', credit: '-1' })).sort()).toEqual([
      'credit',
      'currency',
      'interval',
      'name',
    ]);
  });
});
