import { describe, expect, it } from 'vitest';
import { telHref } from '@/utils/core/dial';
import { DEFAULT_SETTINGS, type Account } from '@/utils/model';
import { parseAccounts } from '@/utils/model/schemas';
import {
  accountsAfterSetup,
  AXIS_DIAL_CODE,
  draftAccount,
  isMessagesUrl,
  messagesOrigin,
  messagesSource,
  noLineEnabled,
  type SetupContext,
  setupAccount,
  setupUrl,
} from '@/entrypoints/options/setup/setup-accounts';
import { formFromAccount } from '@/entrypoints/options/accounts/account-form-values';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';

const ctx: SetupContext = {
  id: 'new1',
  settings: { ...DEFAULT_SETTINGS, defaultIntervalMinutes: 45, defaultWarnDays: 5 },
  name: 'My AXIS line',
};
const PORTAL = 'https://my.carrier.test/akun?tab=pulsa';
const CONVERSATION = 'https://messages.google.com/web/conversations/42';

describe('guided setup: the account each path makes', () => {
  it('dial: a manual AXIS account with the dial code, grace period and the user defaults, on the badge', () => {
    const account = setupAccount('dial', ctx) as Account;
    expect(account).toEqual({
      id: 'new1',
      name: 'My AXIS line',
      currency: 'IDR',
      source: { kind: 'manual', preset: 'axis', graceDays: 30, dialCode: '*888#' },
      intervalMinutes: 45,
      thresholds: { warnDays: 5 },
      primary: true,
      enabled: true,
    });
    expect(AXIS_DIAL_CODE).toBe('*888#');
  });

  it('website: a web page account for the given URL, captured on visit and rendered', () => {
    expect(setupAccount('website', ctx, `  ${PORTAL} `)?.source).toEqual({ kind: 'web-page', url: PORTAL, capture: true, render: true });
  });

  it('messages: the conversation read as a message list with the Messages for web recipe, on visit and rendered', () => {
    expect(setupAccount('messages', ctx, ` ${CONVERSATION} `)?.source).toEqual({
      kind: 'web-page',
      url: CONVERSATION,
      capture: true,
      render: true,
      messages: messagesForWeb().list,
    });
    expect(messagesSource(CONVERSATION)).toEqual(setupAccount('messages', ctx, CONVERSATION)?.source);
  });

  it('messages: a loopback copy of the site (the e2e fixture) gets the recipe built on its own origin', () => {
    const local = 'http://127.0.0.1:43210/web/conversations/axis123';
    expect(messagesOrigin(local)).toBe('http://127.0.0.1:43210');
    expect(setupAccount('messages', ctx, local)?.source).toEqual({
      kind: 'web-page',
      url: local,
      capture: true,
      render: true,
      messages: messagesForWeb('http://127.0.0.1:43210').list,
    });
    expect(messagesOrigin('http://localhost:8080/web/conversations/a_b-1/')).toBe('http://localhost:8080');
  });

  it.each([
    ['website', ''],
    ['website', 'javascript:alert(1)'],
    ['website', 'file:///etc/passwd'],
    ['website', 'my.carrier.test'],
    ['website', `https://x.test/${'a'.repeat(2000)}`],
    ['messages', PORTAL],
    ['messages', 'http://messages.google.com/web/conversations/1'],
    // Only a conversation: not the list, not another path on the site.
    ['messages', 'https://messages.google.com/web/conversations'],
    ['messages', 'https://messages.google.com/web/conversations/'],
    ['messages', 'https://messages.google.com/web/settings'],
    ['messages', 'https://messages.google.com/web/conversations/42/details'],
    // Other origins with the same path: lookalikes and any non-loopback host.
    ['messages', 'https://messages.google.com.evil.test/web/conversations/42'],
    ['messages', 'https://evil.test/web/conversations/42'],
    ['messages', 'http://192.168.1.5/web/conversations/42'],
    ['messages', 'http://127.0.0.1.evil.test/web/conversations/42'],
    ['messages', 'ftp://127.0.0.1/web/conversations/42'],
  ] as const)('%s refuses %j', (path, url) => {
    expect(setupAccount(path, ctx, url)).toBeUndefined();
  });

  it('every account it makes passes the account schema', () => {
    const made = [setupAccount('dial', ctx), setupAccount('website', ctx, PORTAL), setupAccount('messages', ctx, CONVERSATION)];
    expect(parseAccounts(made)).toEqual(made);
  });

  it('setupUrl and isMessagesUrl', () => {
    expect(setupUrl(' http://127.0.0.1:8080/akun ')).toBe('http://127.0.0.1:8080/akun');
    expect(setupUrl('ftp://x.test')).toBeUndefined();
    expect(isMessagesUrl(CONVERSATION)).toBe(true);
    expect(isMessagesUrl('https://messages.google.com.evil.test/web')).toBe(false);
    expect(isMessagesUrl('https://messages.google.com/web/conversations')).toBe(false);
    expect(isMessagesUrl('http://127.0.0.1:1/web/conversations/x')).toBe(true);
    expect(isMessagesUrl('not a url')).toBe(false);
  });
});

describe('guided setup: lines it hands to the account form', () => {
  it('a travel eSIM starts as a JSON API account in US dollars', () => {
    const account = draftAccount('esim', { ...ctx, name: '' }, false);
    expect(account).toMatchObject({ source: { kind: 'json-api', url: '' }, currency: 'USD', primary: false, intervalMinutes: 45 });
    expect(formFromAccount(account)).toMatchObject({ source: 'json-api', currency: 'USD' });
  });

  it('another line starts as a generic manual account', () => {
    const account = draftAccount('other', { ...ctx, name: '' }, true);
    expect(account).toMatchObject({ source: { kind: 'manual', preset: 'generic' }, currency: 'IDR', primary: true });
  });
});

describe('guided setup: the accounts it leaves', () => {
  const demo: Account = { ...(setupAccount('dial', { ...ctx, id: 'demo' }) as Account), source: { kind: 'demo' }, name: 'Demo' };
  const mine: Account = { ...(setupAccount('website', { ...ctx, id: 'old' }, PORTAL) as Account), primary: false };

  it('the demo leaves, the new account takes the badge, other accounts stay in order without it', () => {
    const created = setupAccount('dial', ctx) as Account;
    const after = accountsAfterSetup([demo, { ...mine, primary: true }], created);
    expect(after.map((a) => [a.id, a.primary])).toEqual([
      ['old', false],
      ['new1', true],
    ]);
  });

  it('alone, it is the only account', () => {
    const created = setupAccount('dial', ctx) as Account;
    expect(accountsAfterSetup([], created)).toEqual([created]);
  });

  it('an account from the form whose box was unticked leaves the badge where it was; the demo leaves all the same', () => {
    const created = { ...draftAccount('other', ctx, false), name: 'Office' };
    const after = accountsAfterSetup([demo, { ...mine, primary: true }], created);
    expect(after.map((a) => [a.id, a.primary])).toEqual([
      ['old', true],
      ['new1', false],
    ]);
  });

  it('saving the same account again replaces it rather than adding a second', () => {
    const created = setupAccount('dial', ctx) as Account;
    const once = accountsAfterSetup([demo], created);
    expect(accountsAfterSetup(once, { ...created, name: 'Renamed' }).map((a) => [a.id, a.name])).toEqual([['new1', 'Renamed']]);
  });

  it('the form a line hands on starts on the badge while only the demo, or nothing, is enabled', () => {
    expect(noLineEnabled([])).toBe(true);
    expect(noLineEnabled([demo])).toBe(true);
    expect(noLineEnabled([demo, { ...mine, enabled: false }])).toBe(true);
    expect(noLineEnabled([demo, mine])).toBe(false);
  });
});

describe('dial links', () => {
  it.each([
    ['*888#', 'tel:*888%23'],
    ['*123#', 'tel:*123%23'],
    [' *888# ', 'tel:*888%23'],
    ['+62 21 1234', 'tel:+62211234'],
    ['*888#"><script>', 'tel:*888%23'],
  ])('%j → %s', (code, href) => {
    expect(telHref(code)).toBe(href);
  });
});
