// The account form rendered into linkedom: saving (or testing) a network account asks the browser for
// exactly the origin of its URL, and a refusal saves nothing; web pages can name a currency selector.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountForm } from '@/entrypoints/options/accounts/account-form';
import { formFromAccount } from '@/entrypoints/options/accounts/account-form-values';
import { originPattern } from '@/entrypoints/options/accounts/network-form-values';
import { saveAccount } from '@/entrypoints/options/accounts/save-account';
import type { Account } from '@/utils/model';
import { getAccounts, upsertAccount } from '@/utils/stores/settings';
import { testAccount } from '../helpers';
import { catalog, getMessageIn } from '../locales';
import { useDom } from './dom';

const dom = useDom('root');

const URL_TYPED = 'https://my.carrier.test:8443/account/balance?lang=id';
const EXISTING = testAccount({ id: 'old1', name: 'AXIS', primary: true });

let request: ReturnType<typeof vi.fn<(p: { origins?: string[] }) => Promise<boolean>>>;
let sent: unknown[];

beforeEach(async () => {
  request = vi.fn(async () => true);
  sent = [];
  Object.assign(fakeBrowser.permissions, { request });
  // The background is not running here: record what the page asks of it.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ ok: true, reading: null });
  });
  await upsertAccount(EXISTING);
});

const $ = <T extends Element = HTMLElement>(testId: string) => dom('root').querySelector(`[data-testid="${testId}"]`) as T | null;

/** Types `text` into a field and fires `input`, as typing does. */
function type(testId: string, text: string): void {
  act(() => {
    const input = $<HTMLInputElement>(testId) as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Lets the click's promise chain (permission, save) run to its end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

interface Shown {
  saved: Account[];
  invalid: { count: number };
}

/** A new account's form for `source`, saving through the options page's real `saveAccount`. */
function showForm(source: Account['source']): Shown {
  const base = testAccount({ id: 'new1', name: 'Carrier', primary: false, source });
  const shown: Shown = { saved: [], invalid: { count: 0 } };
  act(() => {
    render(
      <AccountForm
        base={base}
        initial={formFromAccount(base)}
        isNew
        onSubmit={async (result) => {
          shown.saved.push(result.account);
          await saveAccount(result.account, result.manual, undefined, Date.now());
        }}
        onInvalid={() => shown.invalid.count++}
        onCancel={() => undefined}
      />,
      dom('root'),
    );
  });
  return shown;
}

async function press(testId: 'save-account' | 'test-source'): Promise<void> {
  if (testId === 'save-account') {
    act(() => {
      ($('account-form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  } else {
    act(() => {
      ($('test-source') as HTMLElement).dispatchEvent(new Event('click', { bubbles: true }));
    });
  }
  await settle();
}

describe('saving a network account', () => {
  it.each([
    ['web page', { kind: 'web-page', url: '' }],
    ['JSON API', { kind: 'json-api', url: '' }],
  ] as const)('asks for exactly the origin of a %s URL, then saves it', async (_name, source) => {
    const shown = showForm(source);
    type('field-url', URL_TYPED);
    await press('save-account');
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: ['https://my.carrier.test/*'] });
    expect(request.mock.calls[0]?.[0]).toEqual({ origins: [originPattern(URL_TYPED)] });
    expect(shown.saved).toHaveLength(1);
    expect((await getAccounts()).map((a) => a.id)).toEqual(['old1', 'new1']);
    expect($('field-error')).toBeNull();
    // No message: the background follows the storage write.
    expect(sent).toEqual([]);
  });

  it.each(['en', 'id', 'zh_CN'] as const)('when access is refused, saves nothing and says why in %s', async (lang) => {
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn(lang) });
    request.mockResolvedValue(false);
    const before = await getAccounts();
    const shown = showForm({ kind: 'json-api', url: '' });
    type('field-url', URL_TYPED);
    type('field-headers', 'Authorization: Bearer secret-token');
    await press('save-account');

    expect(request).toHaveBeenCalledWith({ origins: ['https://my.carrier.test/*'] });
    expect(shown.saved).toEqual([]);
    expect(shown.invalid.count).toBe(1);
    expect(await getAccounts()).toEqual(before);
    expect(sent).toEqual([]);
    const error = $('field-error') as HTMLElement;
    expect(error.getAttribute('data-field')).toBe('url');
    const words = catalog(lang).options_network_permissionDenied?.message.replace('$1', 'https://my.carrier.test/*');
    expect(error.textContent).toContain(words);
    expect(($('field-url') as HTMLElement).getAttribute('aria-invalid')).toBe('true');
  });

  it('a browser that throws on the request counts as a refusal', async () => {
    request.mockRejectedValue(new Error('permissions.request may only be called from a user input handler'));
    const shown = showForm({ kind: 'web-page', url: '' });
    type('field-url', URL_TYPED);
    await press('save-account');
    expect(shown.saved).toEqual([]);
    expect(($('field-error') as HTMLElement).getAttribute('data-field')).toBe('url');
  });

  it('asks for nothing when the form is invalid', async () => {
    const shown = showForm({ kind: 'web-page', url: '' });
    type('field-url', 'javascript:alert(1)');
    await press('save-account');
    expect(request).not.toHaveBeenCalled();
    expect(shown.saved).toEqual([]);
  });

  it('Test asks for the same origin, and reads nothing when refused', async () => {
    request.mockResolvedValue(false);
    showForm({ kind: 'web-page', url: '' });
    type('field-url', URL_TYPED);
    await press('test-source');
    expect(request).toHaveBeenCalledWith({ origins: ['https://my.carrier.test/*'] });
    expect(sent).toEqual([]);
    expect($('test-result')).toBeNull();
    expect(($('field-error') as HTMLElement).getAttribute('data-field')).toBe('url');
  });
});

describe('web page currency selector', () => {
  it('is offered for web pages, with what its text must be, and saved with the others', async () => {
    const shown = showForm({ kind: 'web-page', url: '' });
    const field = $<HTMLInputElement>('field-selector-currency') as HTMLInputElement;
    expect(field).not.toBeNull();
    expect(dom('root').querySelector('label[for="f-selector-currency"]')?.textContent).toBe('Currency');
    expect(dom('root').querySelector('#f-selector-currency-hint')?.textContent).toMatch(/three-letter code/);
    type('field-url', URL_TYPED);
    type('field-selector-credit', '#pulsa .amount');
    type('field-selector-currency', '#pulsa .currency');
    await press('save-account');
    expect(shown.saved[0]?.source).toEqual({
      kind: 'web-page',
      url: URL_TYPED,
      fields: { credit: '#pulsa .amount', currency: '#pulsa .currency' },
    });
    expect((await getAccounts()).find((a) => a.id === 'new1')?.source).toEqual(shown.saved[0]?.source);
  });

  it('refuses a currency selector that is not CSS, next to the field', async () => {
    const shown = showForm({ kind: 'web-page', url: '' });
    type('field-url', URL_TYPED);
    type('field-selector-currency', 'span{color:red}');
    await press('save-account');
    expect(shown.saved).toEqual([]);
    expect(request).not.toHaveBeenCalled();
    expect(($('field-error') as HTMLElement).getAttribute('data-field')).toBe('selector.currency');
  });
});
