// The JSON API part of the account form rendered into linkedom: the provider picker and the Test panel
// speak the UI language, and a preset shows the "built from the docs" label the user really sees.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountForm } from '@/entrypoints/options/accounts/account-form';
import { formFromAccount } from '@/entrypoints/options/accounts/account-form-values';
import { emptyNetworkForm } from '@/entrypoints/options/accounts/network-form-values';
import { NetworkSourceFields } from '@/entrypoints/options/accounts/sources/network-source-fields';
import { foundDrawnByScript } from '@/entrypoints/options/accounts/sources/network-fields';
import { refreshStateItem } from '@/utils/stores/refresh-state';
import type { MessageRef } from '@/utils/i18n';
import { API_PRESETS, type Reading, type RefreshState } from '@/utils/model';
import type { SourceTestResult } from '@/utils/background/test-source';
import { testAccount } from '../helpers';
import { catalog, getMessageIn, type LOCALE_FILES } from '../locales';
import { useDom } from './dom';

const dom = useDom('root');
type Lang = keyof typeof LOCALE_FILES;

/** Makes the fake browser speak `lang`, as a browser in that language would. */
function speak(lang: Lang): Record<string, { message: string }> {
  Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn(lang) });
  return catalog(lang);
}

const $ = <T extends Element = HTMLElement>(testId: string) => dom('root').querySelector(`[data-testid="${testId}"]`) as T | null;
/** A control's value; for a select, the value Preact gave it (linkedom's select has no `value` setter, a browser's picks that option). */
function valueOf(testId: string): string | null {
  const el = $<HTMLInputElement>(testId) as HTMLInputElement;
  return el.localName === 'select' ? el.getAttribute('value') : el.value;
}

/** Picks `value` in a select and fires `change`, as a user's choice does (linkedom's `value` is read-only). */
function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    for (const option of select.querySelectorAll('option'))
      option.toggleAttribute('selected', (option.getAttribute('value') ?? '') === value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function showApiForm(): void {
  const base = testAccount({ source: { kind: 'json-api', url: 'https://api.example.com/usage' } });
  act(() => {
    render(
      <AccountForm
        base={base}
        initial={formFromAccount(base)}
        isNew
        onSubmit={async () => undefined}
        onInvalid={() => undefined}
        onCancel={() => undefined}
      />,
      dom('root'),
    );
  });
}

/** The preset picker's message key of each preset's name. */
const LABEL_KEYS = { airalo: 'airalo', 'esim-access': 'esimAccess', 'esim-go': 'esimGo', celitech: 'celitech', bearer: 'bearer' } as const;
const PROVIDERS = { airalo: 'Airalo', 'esim-access': 'eSIM Access', 'esim-go': 'eSIM Go', celitech: 'Celitech', bearer: 'JSON' } as const;

describe('provider picker', () => {
  it.each<Lang>(['en', 'id', 'zh_CN'])('names every preset in %s, keeping the provider names', (lang) => {
    const messages = speak(lang);
    const english = catalog('en');
    showApiForm();
    const select = $<HTMLSelectElement>('field-api-preset') as HTMLSelectElement;
    for (const id of API_PRESETS) {
      const text = select.querySelector(`option[value="${id}"]`)?.textContent;
      const key = `apiPresets_labels_${LABEL_KEYS[id]}`;
      expect(text).toBe(messages[key]?.message);
      expect(text).toContain(PROVIDERS[id]);
      // The words around the provider's name are the language's own, not English left behind.
      if (lang !== 'en') expect(text).not.toBe(english[key]?.message);
    }
    expect(select.querySelector('option:not([value])')?.textContent).toBe(messages.options_network_apiPresetNone?.message);
  });

  it.each<Lang>(['en', 'id', 'zh_CN'])(
    'picking eSIM Access in %s shows the built-from-the-docs label, fills the request and reads every 180 minutes',
    (lang) => {
      const messages = speak(lang);
      const disclaimer = messages.options_network_presetDisclaimer?.message as string;
      expect(disclaimer).toBeTruthy();
      showApiForm();
      const select = $<HTMLSelectElement>('field-api-preset') as HTMLSelectElement;
      expect(dom('root').textContent).not.toContain(disclaimer);
      expect(valueOf('field-interval')).toBe('60');

      choose(select, 'esim-access');

      // The hint under the picker, which the picker's aria-describedby also points screen readers to.
      const hint = dom('root').querySelector('#f-api-preset-hint');
      expect(hint?.textContent).toContain(disclaimer);
      expect(hint?.textContent).toContain(messages.apiPresets_esimAccess?.message);
      expect(select.getAttribute('aria-describedby')).toContain('f-api-preset-hint');
      expect(valueOf('field-url')).toBe('https://api.esimaccess.com/api/v1/open/esim/usage/query');
      expect(valueOf('field-method')).toBe('POST');
      expect(valueOf('field-headers')).toBe('RT-AccessCode: {access code}');
      expect(valueOf('field-body')).toBe('{"esimTranNoList": ["{esimTranNo}"]}');
      expect(valueOf('field-path-quotaUsed')).toBe('$.obj.esimUsageList[*].dataUsage');
      expect(valueOf('field-path-quotaTotal')).toBe('$.obj.esimUsageList[*].totalData');
      expect(valueOf('field-path-credit')).toBe('');
      expect(valueOf('field-quota-unit')).toBe('B');
      // Its docs say usage updates every 2–3 hours.
      expect(valueOf('field-interval')).toBe('180');

      choose(select, '');
      expect(dom('root').querySelector('#f-api-preset-hint')).toBeNull();
    },
  );
});

describe('Test panel', () => {
  const found: Reading = {
    accountId: 'acct1',
    at: Date.UTC(2026, 5, 1),
    credit: { amount: 25_750, currency: 'IDR' },
    validUntil: '2026-12-31',
    graceUntil: '2027-01-30',
    quotas: [{ label: 'Data', kind: 'data', remaining: 1_288_490_189, total: 2_147_483_648, unit: 'B' }],
  };

  async function runTest(result: SourceTestResult): Promise<HTMLElement> {
    act(() => {
      render(
        <NetworkSourceFields
          kind="json-api"
          values={{ ...emptyNetworkForm(), url: 'https://api.example.com/usage' }}
          errors={{}}
          onChange={() => undefined}
          onInterval={() => undefined}
          onTest={async () => result}
        />,
        dom('root'),
      );
    });
    await act(async () => {
      ($('test-source') as HTMLElement).dispatchEvent(new Event('click', { bubbles: true }));
    });
    const panel = $('test-result');
    expect(panel).not.toBeNull();
    return panel as HTMLElement;
  }

  it.each<[Lang, RegExp, string, string, string]>([
    ['en', /^IDR\s25,750$/, 'Dec 31, 2026', 'Jan 30, 2027', 'Data: 1.2 GB left of 2 GB'],
    ['id', /^Rp\s?25\.750$/, '31 Des 2026', '30 Jan 2027', 'Data: Sisa 1,2 GB dari 2 GB'],
    ['zh_CN', /^IDR\s?25,750$/, '2026年12月31日', '2027年1月30日', 'Data: 剩余 1.2 GB / 共 2 GB'],
  ])('in %s shows money, dates and data as the popup words them, with its hooks unchanged', async (lang, money, until, grace, quota) => {
    speak(lang);
    const panel = await runTest({ ok: true, reading: found });
    expect(panel.getAttribute('data-ok')).toBe('true');
    const credit = $('test-credit') as HTMLElement;
    expect(credit.getAttribute('data-amount')).toBe('25750');
    expect(credit.getAttribute('data-currency')).toBe('IDR');
    expect(credit.textContent).toMatch(money);
    const validUntil = $('test-valid-until') as HTMLElement;
    expect(validUntil.getAttribute('datetime')).toBe('2026-12-31');
    expect(validUntil.textContent).toBe(until);
    expect(panel.querySelector('time[datetime="2027-01-30"]')?.textContent).toBe(grace);
    expect(($('test-quota') as HTMLElement).textContent).toBe(quota);
    // No raw byte counts or ISO dates left for the user to decode.
    expect(panel.textContent).not.toMatch(/1288490189|2147483648|\d{4}-\d\d-\d\d/);
  });

  it('says an unlimited quota in words', async () => {
    speak('id');
    await runTest({
      ok: true,
      reading: { ...found, quotas: [{ label: 'Malam', kind: 'data', remaining: 0, unit: 'B', unlimited: true }] },
    });
    expect(($('test-quota') as HTMLElement).textContent).toBe('Malam: Tanpa batas');
  });

  it('keeps a failure’s code on the panel', async () => {
    const panel = await runTest({ ok: false, code: 'login-required', message: 'Signed out of api.example.com' });
    expect(panel.getAttribute('data-ok')).toBe('false');
    expect(panel.getAttribute('data-code')).toBe('login-required');
  });
});

describe('the web page form offers rendering for a page drawn by JavaScript', () => {
  function showPageFields(refreshScripted: boolean, result?: SourceTestResult) {
    speak('en');
    const changes: { render: boolean; capture: boolean }[] = [];
    act(() => {
      render(
        <NetworkSourceFields
          kind="web-page"
          values={{ ...emptyNetworkForm(), url: 'https://my.carrier.test/akun' }}
          errors={{}}
          onChange={(values) => changes.push({ render: values.render, capture: values.capture })}
          onInterval={() => undefined}
          onTest={async () => result}
          refreshScripted={refreshScripted}
        />,
        dom('root'),
      );
    });
    return changes;
  }

  it('has the render checkbox, and offers rendering when the last refresh found a scripted page', () => {
    const changes = showPageFields(true);
    expect($('field-render')?.getAttribute('type')).toBe('checkbox');
    expect($('refresh-render-offer')?.textContent).toContain(
      'This page draws its values with JavaScript. Read it in a background tab on each refresh?',
    );
    act(() => {
      ($('enable-render') as HTMLElement).dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(changes).toEqual([{ render: true, capture: false }]);
  });

  it('offers nothing before a refresh or a Test found the page scripted', () => {
    showPageFields(false);
    expect($('refresh-render-offer')).toBeNull();
    expect($('enable-render')).toBeNull();
  });

  it('after a Test that finds a scripted page, offers rendering beside capture on visit', async () => {
    const changes = showPageFields(false, { ok: false, code: 'parse', message: 'drawn', scripted: true });
    await act(async () => {
      ($('test-source') as HTMLElement).dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect($('test-render-offer')).not.toBeNull();
    expect($('enable-capture')).not.toBeNull();
    act(() => {
      ($('enable-render') as HTMLElement).dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(changes.at(-1)).toEqual({ render: true, capture: false });
  });
});

describe('a capture-on account whose refresh found a page drawn by JavaScript is offered rendering', () => {
  const drawn: MessageRef = { key: 'source.drawnByScript', args: ['my.carrier.test'] };

  it.each<[string, RefreshState | undefined, boolean]>([
    ['no refresh yet', undefined, false],
    [
      'a failure saying the page is drawn by script (capture off)',
      { failures: 1, error: { code: 'parse', message: 'drawn', text: drawn, at: 1 } },
      true,
    ],
    ['a success that found the page drawn by script (capture on)', { failures: 0, lastSuccessAt: 1, drawnByScript: true }, true],
    ['a success that read the page', { failures: 0, lastSuccessAt: 1 }, false],
    ['another failure', { failures: 1, error: { code: 'network', message: 'down', at: 1 } }, false],
  ])('%s', (_name, state, offered) => {
    expect(foundDrawnByScript(state)).toBe(offered);
  });

  // linkedom's input has no `checked` property: Preact writes the attribute.
  const ticked = (testId: string) => $(testId)?.hasAttribute('checked');

  /** The whole form of a web page account with capture on visit, its refresh state stored as `state`. */
  async function showCaptureAccount(state: RefreshState | undefined) {
    speak('en');
    const base = testAccount({ id: 'page1', source: { kind: 'web-page', url: 'https://my.carrier.test/akun', capture: true } });
    if (state) await refreshStateItem.setValue({ page1: state });
    act(() => {
      render(
        <AccountForm
          base={base}
          initial={formFromAccount(base)}
          isNew={false}
          onSubmit={async () => undefined}
          onInvalid={() => undefined}
          onCancel={() => undefined}
        />,
        dom('root'),
      );
    });
    // The form reads the refresh state once drawn; it is read when the URL field is there.
    await vi.waitFor(() => expect($('field-url')).not.toBeNull());
  }

  it('offers rendering beside the ticked capture on visit, and the offer ticks render', async () => {
    await showCaptureAccount({ failures: 0, lastSuccessAt: 1, drawnByScript: true });
    await vi.waitFor(() => expect($('refresh-render-offer')).not.toBeNull());
    expect($('refresh-render-offer')?.textContent).toContain('This page draws its values with JavaScript.');
    expect(ticked('field-capture')).toBe(true);
    expect(ticked('field-render')).toBe(false);
    act(() => {
      ($('enable-render') as HTMLElement).dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(ticked('field-render')).toBe(true);
    // Capture on visit stays ticked beside it.
    expect(ticked('field-capture')).toBe(true);
    expect($('refresh-render-offer')).toBeNull();
  });

  it('offers nothing when the last refresh read the page', async () => {
    await showCaptureAccount({ failures: 0, lastSuccessAt: 1 });
    // The state is read: wait for the read to settle before saying nothing was offered.
    await act(async () => {
      await refreshStateItem.getValue();
    });
    expect($('refresh-render-offer')).toBeNull();
  });
});
