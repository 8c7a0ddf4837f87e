// Giving site access back: the options page (rendered into linkedom) offers it after the last account
// that read a site is removed, and gives back exactly that origin through permissions.remove.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PermissionOffer } from '@/entrypoints/options/accounts/permission-offer';
import type { Account } from '@/utils/model';
import { getAccounts, saveAccounts } from '@/utils/stores/settings';
import { testAccount } from '../helpers';
import { catalog, getMessageIn } from '../locales';
import { useDom } from './dom';

const dom = useDom('root');
const ORIGIN = 'https://my.carrier.test/*';

let remove: ReturnType<typeof vi.fn<(p: { origins?: string[] }) => Promise<boolean>>>;

beforeEach(() => {
  remove = vi.fn(async () => true);
  Object.assign(fakeBrowser.permissions, { remove });
  // No background here: answer its messages so the page's notifications land somewhere.
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve([]));
});

// Before useDom takes the document away: unmount, and let the effects' clean-ups run.
afterEach(async () => {
  act(() => render(null, dom('root')));
  await settle();
});

const $ = (testId: string) => dom('root').querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;

/** Lets the click's promise chain (storage, permissions) run to its end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function click(el: Element | null): Promise<void> {
  expect(el).not.toBeNull();
  act(() => {
    el?.dispatchEvent(new Event('click', { bubbles: true }));
  });
  await settle();
}

const page = (id: string, url: string): Account => testAccount({ id, name: id, primary: false, source: { kind: 'web-page', url } });
const api = (id: string, url: string): Account =>
  testAccount({ id, name: id, primary: false, source: { kind: 'json-api', url, headers: { Authorization: 'Bearer t' } } });

/** The options page on its home route, with `accounts` stored. */
async function showOptions(accounts: Account[]): Promise<void> {
  await saveAccounts(accounts);
  Object.assign(globalThis, { location: { hash: '#/' } });
  // Imported here: its strings are read when it loads, after the fake browser has its i18n.
  const { App } = await import('@/entrypoints/options/App');
  act(() => {
    render(<App />, dom('root'));
  });
  await settle();
}

async function removeAccount(id: string): Promise<void> {
  await click(dom('root').querySelector(`[data-testid="account-row"][data-account-id="${id}"] [data-testid="remove-account"]`));
  await click($('confirm-remove'));
}

describe('after removing an account on the options page', () => {
  it('offers the site back only when no account reads it any more, and gives back exactly that origin', async () => {
    await showOptions([
      page('page1', 'https://my.carrier.test/account'),
      api('api1', 'https://my.carrier.test:8443/api/balance?x=1'),
      page('other', 'https://other.test/'),
    ]);

    await removeAccount('page1');
    expect((await getAccounts()).map((a) => a.id)).toEqual(['api1', 'other']);
    // The JSON API account still reads that site (another port and path, the same origin pattern).
    expect($('permission-offer')).toBeNull();

    await removeAccount('api1');
    expect((await getAccounts()).map((a) => a.id)).toEqual(['other']);
    const offer = $('permission-offer');
    expect(offer?.getAttribute('data-origin')).toBe(ORIGIN);
    expect(offer?.textContent).toContain(ORIGIN);
    expect(remove).not.toHaveBeenCalled();

    await click($('release-permission'));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    const result = $('release-result');
    expect(result?.getAttribute('data-ok')).toBe('true');
    expect(result?.textContent).toBe(`Access to ${ORIGIN} was given back.`);
    expect($('permission-offer')).toBeNull();
  });

  it('offers nothing after removing an account that reads no site', async () => {
    await showOptions([
      testAccount({ id: 'manual1', primary: true, source: { kind: 'manual' } }),
      page('page1', 'https://my.carrier.test/account'),
    ]);
    await removeAccount('manual1');
    expect((await getAccounts()).map((a) => a.id)).toEqual(['page1']);
    expect($('permission-offer')).toBeNull();
  });
});

describe('PermissionOffer', () => {
  function show(onDone = () => undefined): void {
    act(() => {
      render(<PermissionOffer origin={ORIGIN} onDone={onDone} />, dom('root'));
    });
  }

  it.each([
    ['the browser keeps it', async () => false],
    ['the browser throws', async (): Promise<boolean> => Promise.reject(new Error('cannot remove a required permission'))],
  ])('says so when %s', async (_name, answer) => {
    remove.mockImplementation(answer);
    show();
    await click($('release-permission'));
    expect(remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect($('release-result')?.getAttribute('data-ok')).toBe('false');
    expect($('release-result')?.textContent).toBe(`Could not give back access to ${ORIGIN}.`);
  });

  it('Keep gives nothing back', async () => {
    const onDone = vi.fn();
    show(onDone);
    await click($('keep-permission'));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(remove).not.toHaveBeenCalled();
  });

  it('speaks the UI language', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn('id') });
    show();
    const words = catalog('id');
    expect($('permission-offer')?.textContent).toContain(words.options_network_releaseOffer?.message.replace('$1', ORIGIN));
    expect($('release-permission')?.textContent).toBe(words.options_network_release?.message);
    await click($('release-permission'));
    expect($('release-result')?.textContent).toBe(words.options_network_released?.message.replace('$1', ORIGIN));
  });
});
