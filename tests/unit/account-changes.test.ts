import { describe, expect, it } from 'vitest';
import type { Account } from '@/utils/model';
import { planForChange } from '@/utils/stores/account-changes';
import { testAccount } from './helpers';

const a = testAccount({ id: 'a' });
const web = testAccount({ id: 'w', primary: false, source: { kind: 'web-page', url: 'https://my.carrier.test/' } });
const accounts = (before: unknown, after: unknown) => planForChange({ accounts: { oldValue: before, newValue: after } });

describe('planForChange', () => {
  it.each<[string, Account[] | null | undefined, Account[], string[], string[]?]>([
    ['first accounts (nothing stored before)', undefined, [a, web], ['a', 'w']],
    ['first accounts (the fake browser says null)', null, [a], ['a']],
    ['one added', [a], [a, web], ['w']],
    ['renamed', [a, web], [a, { ...web, name: 'New name' }], []],
    [
      'reordered, primary moved',
      [a, web],
      [
        { ...web, primary: true },
        { ...a, primary: false },
      ],
      [],
    ],
    ['thresholds and alerts', [a], [{ ...a, thresholds: { warnDays: 3, lowCredit: 5 }, alerts: { lowCredit: false } }], []],
    ['interval (the alarm follows, no read)', [a], [{ ...a, intervalMinutes: 15 }], []],
    ['URL changed', [web], [{ ...web, source: { kind: 'web-page', url: 'https://other.test/' } }], ['w'], ['w']],
    ['source configuration changed', [web], [{ ...web, source: { ...web.source, capture: true } as Account['source'] }], ['w'], ['w']],
    ['kind changed', [a], [{ ...a, source: { kind: 'manual' } }], ['a'], ['a']],
    ['currency changed (a network source reads in it)', [web], [{ ...web, currency: 'USD' }], ['w'], ['w']],
    [
      'renamed, same source with keys in another order',
      [web],
      [{ ...web, name: 'X', source: { url: 'https://my.carrier.test/', kind: 'web-page' } }],
      [],
    ],
    ['added disabled', [a], [a, { ...web, enabled: false }], []],
    ['disabled, source changed', [web], [{ ...web, enabled: false, source: { kind: 'manual' } }], [], ['w']],
    ['enabled again', [{ ...web, enabled: false }], [web], ['w']],
    ['removed', [a, web], [a], []],
  ])('%s', (_name, before, after, refreshIds, reconfiguredIds = []) => {
    expect(accounts(before, after)).toEqual({ replan: true, refreshIds, reconfiguredIds });
  });

  it('settings alone re-plan without reading anything', () => {
    const plan = planForChange({ settings: { oldValue: { badgeShows: 'credit' }, newValue: { badgeShows: 'days' } } });
    expect(plan).toEqual({ replan: true, refreshIds: [], reconfiguredIds: [] });
  });

  it('other keys, and writes of an equal value, ask nothing', () => {
    expect(planForChange({ refreshState: { oldValue: {}, newValue: { a: { failures: 1 } } } })).toEqual({
      replan: false,
      refreshIds: [],
      reconfiguredIds: [],
    });
    expect(accounts([a], [structuredClone(a)])).toEqual({ replan: false, refreshIds: [], reconfiguredIds: [] });
    expect(planForChange({ settings: { oldValue: { a: 1, b: 2 }, newValue: { b: 2, a: 1 } } }).replan).toBe(false);
  });

  it('ignores what is not an account', () => {
    expect(accounts('garbage', [a, null, 3])).toEqual({ replan: true, refreshIds: ['a'], reconfiguredIds: [] });
  });
});
