// What comes back from the picker in the account's page (whose process is the site's) is checked before the
// form takes it; picked locators go into the form beside typed selectors and out again as the stored fields.
import { describe, expect, it } from 'vitest';
import { asLocator, checkAnswer, pickerOptions } from '@/entrypoints/options/accounts/pick-on-page';
import { networkFormFromSource, validateNetwork } from '@/entrypoints/options/accounts/network-form-values';
import { PICK_FIELDS } from '@/utils/model/picker';

describe("the picker's answer", () => {
  it.each([
    [undefined, { ok: false, reason: 'reloaded' }],
    [null, { ok: false, reason: 'reloaded' }],
    ['confirmed', { ok: false, reason: 'reloaded' }],
    [{ done: 'cancelled' }, { ok: false, reason: 'cancelled' }],
    [{ done: 'confirmed' }, { ok: false, reason: 'reloaded' }],
    [
      { done: 'confirmed', picked: {} },
      { ok: false, reason: 'cancelled' },
    ],
  ])('%j → %j', (answer, outcome) => expect(checkAnswer(answer)).toEqual(outcome));

  it('keeps only well-formed locators of known fields', () => {
    const outcome = checkAnswer({
      done: 'confirmed',
      picked: {
        credit: { label: 'Sisa Pulsa', up: 1, next: 1 },
        validUntil: { css: '#x{}' },
        graceUntil: { label: 'x'.repeat(500) },
        quotaTotal: 'td.total',
        currency: { label: 'Mata uang', up: 1, next: 1 },
        evil: { label: 'x' },
      },
    });
    expect(outcome).toEqual({ ok: true, picked: { credit: { label: 'Sisa Pulsa', up: 1, next: 1 } } });
  });

  it('takes a locator the stored schema takes, with a label or a selector', async () => {
    const { isPickedLocator } = await import('@/utils/model/field-locator');
    for (const value of [
      { label: 'Masa Aktif', up: 1, next: 1 },
      { css: '#pulsa' },
      { label: 'x', css: 'span.v', up: 0, next: 0 },
      {},
      { label: '' },
      { label: 'x', up: 7 },
      { label: 'x', next: 1.5 },
      { css: 'a{}' },
      { label: 'x'.repeat(101) },
      { css: 'x'.repeat(301) },
      'td.pulsa',
      null,
    ])
      if (asLocator(value)) expect(isPickedLocator(value)).toBe(true);
    expect(asLocator({ label: 'Masa Aktif', up: 1, next: 1 })).toEqual({ label: 'Masa Aktif', up: 1, next: 1 });
    expect(asLocator({ css: ' #pulsa ' })).toEqual({ css: '#pulsa' });
    expect(asLocator({ label: 'Masa Aktif', extra: 'x' })).toBeUndefined();
    for (const bad of [
      {},
      { label: 'x', up: 7 },
      { label: 'x', next: 1.5 },
      { css: 'a{}' },
      { css: ' ' },
      { label: 'x'.repeat(101) },
      'td.pulsa',
      null,
    ])
      expect(asLocator(bad)).toBeUndefined();
  });

  it('gives the picker every target, its words with `$1` to fill, and the account currency', () => {
    const options = pickerOptions('IDR', 5);
    expect(options.targets).toEqual([...PICK_FIELDS]);
    expect(options).toMatchObject({ currency: 'IDR', now: 5 });
    expect(options.texts.storedAs).toContain('$1');
    expect(options.texts.unreadable).toContain('$1');
    expect(Object.keys(options.texts.fieldNames)).toEqual([...PICK_FIELDS, 'messageItem']);
  });

  it('picks one message, in its own words, when asked for a message item', () => {
    const values = pickerOptions('IDR', 5);
    const item = pickerOptions('IDR', 5, true);
    expect(item.targets).toEqual(['messageItem']);
    expect(item.texts.title).not.toBe(values.texts.title);
    expect(item.texts.intro).not.toBe(values.texts.intro);
    expect(item.texts.itemCount).toContain('$1');
  });

  it('takes a message item only as a CSS selector, and only when one was asked for', () => {
    const answer = { done: 'confirmed', picked: { messageItem: { css: 'mws-message-wrapper' }, credit: { css: '#pulsa' } } };
    expect(checkAnswer(answer, ['messageItem'])).toEqual({ ok: true, picked: { messageItem: { css: 'mws-message-wrapper' } } });
    expect(checkAnswer(answer)).toEqual({ ok: true, picked: { credit: { css: '#pulsa' } } });
    expect(checkAnswer({ done: 'confirmed', picked: { messageItem: { label: 'Pulsa', up: 1, next: 1 } } }, ['messageItem'])).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });
});

describe('picked locators in the web page form', () => {
  const source = {
    kind: 'web-page' as const,
    url: 'https://my.carrier.test/akun',
    fields: { credit: '#pulsa', validUntil: { label: 'Masa Aktif', up: 1, next: 1 } },
  };

  it('come into the form apart from typed selectors, and go back out unchanged', () => {
    const form = networkFormFromSource(source);
    expect(form.fields.credit).toBe('#pulsa');
    expect(form.fields.validUntil).toBe('');
    expect(form.picked).toEqual({ validUntil: { label: 'Masa Aktif', up: 1, next: 1 } });
    expect(validateNetwork('web-page', form)).toEqual({ ok: true, source });
  });

  it('give way to a selector typed for the same field', () => {
    const form = networkFormFromSource(source);
    const typed = { ...form, fields: { ...form.fields, validUntil: '#aktif' } };
    expect(validateNetwork('web-page', typed)).toMatchObject({ ok: true, source: { fields: { credit: '#pulsa', validUntil: '#aktif' } } });
  });
});
