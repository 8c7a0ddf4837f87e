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
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
