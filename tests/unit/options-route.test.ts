import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '@/entrypoints/options/route';

describe('options routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/add', { name: 'add' }],
    ['#add', { name: 'add' }],
    ['#/edit/abc_12-x', { name: 'edit', id: 'abc_12-x' }],
    ['#/edit/', { name: 'home' }],
    ['#/edit/bad id', { name: 'home' }],
    ['#/edit/abc_1/pick', { name: 'edit', id: 'abc_1', pick: true }],
    ['#/edit/abc_1/other', { name: 'home' }],
    ['#/paste', { name: 'paste' }],
    ['#/alerts/abc_1', { name: 'alerts', id: 'abc_1' }],
    ['#/alerts/', { name: 'home' }],
    ['#/paste?text=hi', { name: 'paste' }],
    ['#/nowhere', { name: 'home' }],
    ['#/add/esim', { name: 'add', line: 'esim' }],
    ['#/add/other', { name: 'add', line: 'other' }],
    ['#/add/nope', { name: 'home' }],
    ['#/paste?account=abc_1', { name: 'paste', account: 'abc_1' }],
    ['#/paste?account=bad%20id', { name: 'paste' }],
    ['#/setup', { name: 'setup' }],
    ['#/setup/prepaid', { name: 'setup', line: 'prepaid' }],
    ['#/setup/prepaid/website', { name: 'setup', line: 'prepaid', path: 'website' }],
    ['#/setup/prepaid/messages', { name: 'setup', line: 'prepaid', path: 'messages' }],
    ['#/setup/prepaid/dial', { name: 'setup', line: 'prepaid', path: 'dial' }],
    ['#/setup/prepaid/dial/done/a1B_2', { name: 'setup', line: 'prepaid', path: 'dial', done: 'a1B_2' }],
    ['#/setup/prepaid/website/done/bad%20id', { name: 'home' }],
    ['#/setup/prepaid/fax/done/a1', { name: 'home' }],
    ['#/setup/prepaid/fax', { name: 'home' }],
    ['#/setup/esim', { name: 'home' }],
  ])('%j → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes hashes that read back as the same route', () => {
    for (const route of [
      { name: 'home' },
      { name: 'add' },
      { name: 'paste' },
      { name: 'edit', id: 'x1' },
      { name: 'edit', id: 'x1', pick: true },
      { name: 'alerts', id: 'y2' },
      { name: 'add', line: 'esim' },
      { name: 'add', line: 'other' },
      { name: 'paste', account: 'z3' },
      { name: 'setup' },
      { name: 'setup', line: 'prepaid' },
      { name: 'setup', line: 'prepaid', path: 'dial' },
      { name: 'setup', line: 'prepaid', path: 'website' },
      { name: 'setup', line: 'prepaid', path: 'messages' },
      { name: 'setup', line: 'prepaid', path: 'messages', done: 'm4' },
    ] as const) {
      expect(parseRoute(routeHash(route))).toStrictEqual(route);
    }
  });
});
