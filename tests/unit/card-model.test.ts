import { describe, expect, it } from 'vitest';
import { buildCards, type CardAction, type CardNotice, cardModel } from '@/components/card-model';
import { noticeText, noticeTitle } from '@/components/card-text';
import { cardStrings } from '@/components/strings';
import type { Account, Reading, RefreshState } from '@/utils/model';

const NOW = Date.UTC(2026, 5, 15, 12); // 2026-06-15 noon UTC
const DAY = 86_400_000;
const TZ = 'UTC';

const account = (fields: Partial<Account> = {}): Account => ({
  id: 'a',
  name: 'Line',
  currency: 'IDR',
  source: { kind: 'demo' },
  intervalMinutes: 60,
  thresholds: { warnDays: 7 },
  primary: false,
  enabled: true,
  ...fields,
});
const manual = (fields: Partial<Account> = {}) => account({ source: { kind: 'manual', preset: 'axis', remindAfterDays: 7 }, ...fields });
const reading = (fields: Partial<Reading> = {}): Reading => ({ accountId: 'a', at: NOW - 60_000, ...fields });

describe('buildCards', () => {
  it('shows enabled accounts only, primary first, the rest in order', () => {
    const accounts = [
      account({ id: 'one' }),
      account({ id: 'off', enabled: false }),
      account({ id: 'two' }),
      account({ id: 'main', primary: true }),
    ];
    expect(buildCards(accounts, new Map(), {}, NOW, TZ).map((c) => c.account.id)).toEqual(['main', 'one', 'two']);
  });

  it('pairs each account with its reading and state', () => {
    const r = reading({ accountId: 'one' });
    const cards = buildCards([account({ id: 'one' })], new Map([['one', r]]), { one: { failures: 0 } }, NOW, TZ);
    expect(cards[0]).toMatchObject({ reading: r, status: 'ok', level: 'normal', busy: false });
    expect(cards[0]?.notice).toBeUndefined();
  });
});

describe('cardModel days and level reasons', () => {
  it.each<[string, Partial<Reading>, number | undefined, string | undefined, string | undefined]>([
    ['far ahead', { validUntil: '2026-07-15' }, 30, 'normal', undefined],
    ['within warning days', { validUntil: '2026-06-20' }, 5, 'warning', 'ends-soon'],
    ['tomorrow', { validUntil: '2026-06-16' }, 1, 'critical', 'ends-tomorrow'],
    ['today', { validUntil: '2026-06-15' }, 0, 'critical', 'ends-today'],
    ['ended, no grace known', { validUntil: '2026-06-10' }, -5, 'critical', 'ended'],
    ['in grace', { validUntil: '2026-06-10', graceUntil: '2026-07-10' }, -5, 'critical', 'grace'],
    ['grace over', { validUntil: '2026-05-01', graceUntil: '2026-05-31' }, -45, 'critical', 'blocked'],
    ['no date', {}, undefined, 'normal', undefined],
  ])('%s', (_name, fields, days, level, reason) => {
    const card = cardModel(account(), reading(fields), undefined, NOW, TZ);
    expect(card.days).toBe(days);
    expect(card.level).toBe(level);
    expect(card.reason).toBe(reason);
  });

  it('says low credit when credit is under the threshold', () => {
    const card = cardModel(
      account({ thresholds: { warnDays: 7, lowCredit: 10_000 } }),
      reading({ credit: { amount: 5000, currency: 'IDR' }, validUntil: '2026-08-01' }),
      undefined,
      NOW,
      TZ,
    );
    expect(card).toMatchObject({ level: 'warning', reason: 'low-credit' });
  });

  it('counts grace days from today', () => {
    expect(cardModel(account(), reading({ validUntil: '2026-06-10', graceUntil: '2026-06-18' }), undefined, NOW, TZ).graceDays).toBe(3);
  });
});

describe('cardModel notices', () => {
  const error = (code: 'network' | 'login-required' | 'invalid-config'): RefreshState => ({
    failures: 1,
    error: { code, message: code === 'network' ? 'Network is down' : 'Please sign in', at: NOW },
  });

  it('offers Retry on an error and keeps its message', () => {
    const card = cardModel(account(), reading(), error('network'), NOW, TZ);
    expect(card.status).toBe('error');
    expect(card.notice).toEqual({ kind: 'error', error: error('network').error, action: 'retry' });
  });

  it('offers Update (the account form) when a token or site access this browser lacks is the cause', () => {
    expect(cardModel(account(), reading(), error('invalid-config'), NOW, TZ).notice).toMatchObject({ kind: 'error', action: 'update' });
  });

  const webPage = account({ source: { kind: 'web-page', url: 'https://my.carrier.test/account' } });

  it.each(['parse', 'layout-changed'] as const)('offers Pick on the page when a web page gives no values (%s)', (code) => {
    const state: RefreshState = { failures: 1, error: { code, message: 'No values on the page', at: NOW } };
    expect(cardModel(webPage, reading(), state, NOW, TZ).notice).toMatchObject({ kind: 'error', action: 'pick' });
    // Other sources and other failures keep Retry.
    expect(cardModel(account(), reading(), state, NOW, TZ).notice).toMatchObject({ action: 'retry' });
    expect(cardModel(webPage, reading(), error('network'), NOW, TZ).notice).toMatchObject({ action: 'retry' });
  });

  it('says a page changed on an ok card whose picked values were read by their labels, and keeps its status ok', () => {
    const notice = { key: 'source.pageChanged' as const, args: ['my.carrier.test'] };
    const card = cardModel(webPage, reading({ credit: { amount: 1000, currency: 'IDR' } }), { failures: 0, notice }, NOW, TZ);
    expect(card.status).toBe('ok');
    expect(card.notice).toMatchObject({ kind: 'page-changed', error: { code: 'layout-changed', text: notice }, action: 'pick' });
    expect(noticeTitle(card.notice as CardNotice)).toBe(cardStrings.notice['page-changed']);
    expect(noticeText(card.notice as CardNotice)).toContain('my.carrier.test');
    expect(noticeText(card.notice as CardNotice)).toMatch(/changed/);
  });

  const jsonApi = account({ source: { kind: 'json-api', url: 'https://api.esim.test/usage', headers: { Authorization: 'Bearer old' } } });

  it('offers Sign in on the site when a web page account is signed out', () => {
    expect(cardModel(webPage, reading(), error('login-required'), NOW, TZ).notice).toEqual({
      kind: 'login-required',
      error: error('login-required').error,
      action: 'sign-in',
    });
  });

  it('offers to update the token (the account form), not to sign in, when a JSON API refuses it', () => {
    const card = cardModel(jsonApi, reading(), error('login-required'), NOW, TZ);
    expect(card.status).toBe('login-required');
    expect(card.notice).toEqual({ kind: 'login-required', error: error('login-required').error, action: 'update-token' });
  });

  it('words a refused token as such, where a web page is asked to sign in', () => {
    const token = cardModel(jsonApi, reading(), error('login-required'), NOW, TZ).notice as CardNotice;
    expect(noticeTitle(token)).toBe('Access refused');
    expect(noticeText(token)).toMatch(/token or headers/);
    expect(cardStrings.action[token.action as CardAction]).toBe('Update token');
    const page = cardModel(webPage, reading(), error('login-required'), NOW, TZ).notice as CardNotice;
    expect(noticeTitle(page)).toBe('Sign-in needed');
    expect(noticeText(page)).toBe('Please sign in');
    expect(cardStrings.action[page.action as CardAction]).toBe('Sign in');
  });

  it.each([
    ['demo', account()],
    ['web page', webPage],
    ['JSON API', jsonApi],
  ])('offers Refresh now on a %s account that was never fetched', (_name, never) => {
    expect(cardModel(never, undefined, undefined, NOW, TZ)).toMatchObject({
      status: 'pending',
      notice: { kind: 'pending', action: 'retry' },
    });
  });

  it('asks a manual account without a reading to be filled in, with the preset code', () => {
    expect(cardModel(manual(), undefined, undefined, NOW, TZ).notice).toEqual({
      kind: 'pending-manual',
      checkCode: '*888#',
      action: 'update',
    });
  });

  it('reminds a stale manual account to dial *888# again', () => {
    const card = cardModel(manual(), reading({ at: NOW - 8 * DAY }), undefined, NOW, TZ);
    expect(card.status).toBe('stale');
    expect(card.notice).toEqual({ kind: 'stale-manual', checkCode: '*888#', action: 'update' });
  });

  it('has no code for a generic manual account', () => {
    const card = cardModel(manual({ source: { kind: 'manual' } }), reading({ at: NOW - 8 * DAY }), undefined, NOW, TZ);
    expect(card.notice).toEqual({ kind: 'stale-manual', checkCode: undefined, action: 'update' });
  });

  it('offers Retry on a stale fetched account', () => {
    const card = cardModel(account(), reading({ at: NOW - 3 * 60 * 60_000 }), undefined, NOW, TZ);
    expect(card.notice).toEqual({ kind: 'stale', action: 'retry' });
  });
});

describe('cardModel busy', () => {
  it('is busy while a refresh runs, but not after the worker died mid-refresh', () => {
    expect(cardModel(account(), reading(), { failures: 0, inProgressSince: NOW - 5000 }, NOW, TZ).busy).toBe(true);
    expect(cardModel(account(), reading(), { failures: 0, inProgressSince: NOW - 10 * 60_000 }, NOW, TZ).busy).toBe(false);
  });
});
