// The paste tool rendered into linkedom: typed text gives the preview hooks, edits change what is
// saved, and a wrong currency is refused in the user's language with nothing saved.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PASTE_CHARS } from '@/entrypoints/options/paste/use-paste-preview';
import { PasteTool } from '@/entrypoints/options/paste/paste-tool';
import { setChosenLanguage } from '@/utils/i18n';
import type { Account } from '@/utils/model';
import { getAccounts } from '@/utils/stores/settings';
import { catalog } from '../locales';
import { useDom } from './dom';

const GB = 1024 ** 3;
const TEXT = 'Sisa pulsa Anda Rp 25.750. Aktif s.d 31/12/2030. Kuota Utama 2,5GB. Info: *888#';

const account: Account = {
  id: 'axis1',
  name: 'My AXIS',
  currency: 'IDR',
  source: { kind: 'manual', preset: 'axis', graceDays: 30 },
  intervalMinutes: 60,
  thresholds: { warnDays: 7 },
  primary: true,
  enabled: true,
};

interface Sent {
  name: string;
  payload: unknown;
}

const dom = useDom('root');
let sent: Sent[];

beforeEach(() => {
  sent = [];
  // Stands in for the background's message table.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, payload } = message as Sent;
    sent.push({ name, payload });
    return Promise.resolve(name === 'recordReading' ? { ok: true } : null);
  });
});

afterEach(() => setChosenLanguage(null));

const $ = (hook: string) => dom('root').querySelector<HTMLElement>(`[data-testid="${hook}"]`);
const $$ = (hook: string) => [...dom('root').querySelectorAll<HTMLElement>(`[data-testid="${hook}"]`)];
const attr = (hook: string, name: string) => $(hook)?.getAttribute(name) ?? null;

function show(): void {
  act(() => {
    render(<PasteTool accounts={[account]} />, dom('root'));
  });
}

/** Sets a control's value as typing would and fires `event` (input for text, change for selects and dates). */
function type(control: Element | null, value: string, event: 'input' | 'change' = 'input'): void {
  if (!control) throw new Error('no such control');
  act(() => {
    // linkedom's select has no value setter: the chosen option carries the attribute.
    if (control.localName === 'select')
      for (const option of control.querySelectorAll('option')) option.toggleAttribute('selected', option.getAttribute('value') === value);
    else (control as HTMLInputElement).value = value;
    control.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

async function submit(): Promise<void> {
  await act(async () => {
    dom('root')
      .querySelector('form')
      ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // The save awaits storage and two messages.
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });
}

describe('PasteTool', () => {
  it('shows the preview hooks for a pasted text, with what was found marked in it', () => {
    show();
    expect($('preview-credit')).toBeNull();
    type($('paste-input'), TEXT);
    expect(attr('preview-credit', 'data-amount')).toBe('25750');
    expect(attr('preview-credit', 'data-currency')).toBe('IDR');
    expect(attr('preview-valid-until', 'datetime')).toBe('2030-12-31');
    expect($$('preview-quota').map((q) => [q.getAttribute('data-kind'), q.getAttribute('data-remaining-bytes')])).toEqual([
      ['data', String(2.5 * GB)],
    ]);
    const marks = [...dom('root').querySelectorAll('[data-testid="paste-highlight"] mark')].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Rp 25.750', '31/12/2030']));
    expect($('paste-nothing')).toBeNull();
    expect($('paste-save')?.hasAttribute('disabled')).toBe(false);
  });

  it('reads at most MAX_PASTE_CHARS characters of a paste, and says so', () => {
    show();
    expect($('paste-too-long')).toBeNull();
    type($('paste-input'), `${TEXT} ${'1GB '.repeat(50_000)}`);
    expect($('paste-too-long')?.textContent).toMatch(/Only the first 10,000 characters are read/);
    expect(attr('preview-credit', 'data-amount')).toBe('25750');
    expect(dom('root').querySelector('[data-testid="paste-highlight"]')?.textContent?.length).toBeLessThanOrEqual(MAX_PASTE_CHARS);
  });

  it('saves the values as edited: credit, currency and a quota', async () => {
    show();
    type($('paste-input'), TEXT);
    type($('edit-credit'), '4,5');
    type($('edit-currency'), 'usd');
    expect(attr('preview-credit', 'data-amount')).toBe('4.5');
    expect(attr('preview-credit', 'data-currency')).toBe('USD');
    type(dom('root').querySelector('[data-testid="preview-quota"] [data-testid="edit-quota-unit"]'), 'MB', 'change');
    type(dom('root').querySelector('[data-testid="preview-quota"] [data-testid="edit-quota-remaining"]'), '750');
    type(dom('root').querySelector('[data-testid="preview-quota"] [data-testid="edit-quota-label"]'), 'Kuota Malam');
    expect(attr('preview-quota', 'data-remaining-bytes')).toBe(String(750 * 1024 ** 2));
    expect($('preview-quota')?.textContent).toContain('Kuota Malam');
    expect($('field-error')).toBeNull();

    await submit();
    expect(attr('paste-result', 'data-ok')).toBe('true');
    // The reading goes through the background; nothing else is sent (a stored account change speaks for itself).
    expect(sent.map((s) => s.name)).toEqual(['recordReading']);
    const record = sent.find((s) => s.name === 'recordReading')?.payload as { reading: Record<string, unknown> };
    expect(record.reading).toMatchObject({
      accountId: 'axis1',
      credit: { amount: 4.5, currency: 'USD' },
      validUntil: '2030-12-31',
      // The AXIS account's 30-day grace length fills the date the text did not give.
      graceUntil: '2031-01-30',
      quotas: [{ label: 'Kuota Malam', kind: 'data', remaining: 750, unit: 'MB' }],
    });
  });

  it('refuses a currency that is not ISO 4217, in the user language, and saves nothing', async () => {
    setChosenLanguage({ lang: 'id', version: '0.1.0', messages: catalog('id') });
    show();
    type($('paste-input'), TEXT);
    type($('edit-currency'), 'RP');
    const error = dom('root').querySelector('[data-testid="field-error"][data-field="currency"]');
    expect(error?.textContent).toContain('Gunakan kode ISO 4217 tiga huruf');
    expect(attr('edit-currency', 'aria-invalid')).toBe('true');
    expect(attr('edit-currency', 'aria-describedby')).toBe(error?.getAttribute('id'));
    // The preview keeps the last good value; save is blocked.
    expect(attr('preview-credit', 'data-currency')).toBe('IDR');
    expect($('paste-save')?.hasAttribute('disabled')).toBe(true);

    await submit();
    expect(sent).toEqual([]);
    expect($('paste-result')).toBeNull();
    expect(await getAccounts()).toEqual([]);

    // Corrected, the error goes and save comes back.
    type($('edit-currency'), 'IDR');
    expect(dom('root').querySelector('[data-testid="field-error"]')).toBeNull();
    expect($('paste-save')?.hasAttribute('disabled')).toBe(false);
  });

  it('refuses a wrong quota amount and keeps the found one', () => {
    show();
    type($('paste-input'), TEXT);
    type(dom('root').querySelector('[data-testid="edit-quota-remaining"]'), 'banyak');
    expect(dom('root').querySelector('[data-testid="field-error"][data-field="quotas.0.remaining"]')).not.toBeNull();
    expect(attr('preview-quota', 'data-remaining-bytes')).toBe(String(2.5 * GB));
    expect($('paste-save')?.hasAttribute('disabled')).toBe(true);
  });
});
