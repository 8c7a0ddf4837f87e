import { describe, expect, it } from 'vitest';
import { isValidPath, parsePath, readPath, readPathAll } from '@/utils/model/json-path';

const doc = {
  data: { balance: { remaining: 25750 }, 'odd key': [1, 2, 3] },
  balance_infos: [{ total_balance: '18.90' }, { total_balance: '2.00' }],
  nothing: null,
};

describe('parsePath', () => {
  it.each([
    ['$.data.balance.remaining', ['data', 'balance', 'remaining']],
    ['$.balance_infos[0].total_balance', ['balance_infos', 0, 'total_balance']],
    ["$['data']['odd key'][-1]", ['data', 'odd key', -1]],
    ['data.balance', ['data', 'balance']],
    ['$', []],
    ['$["a.b"]', ['a.b']],
    ['$[*]', [null]],
    ['$.bundles[*].assignments[ * ].left', ['bundles', null, 'assignments', null, 'left']],
  ])('%s', (path, steps) => {
    expect(parsePath(path)).toEqual({ ok: true, steps });
  });

  it.each(['', '$.', '$..a', '$.*', '$[**]', '$[*', '$[?(@.a)]', '$.a[', 'a b', '$.a;alert(1)', '$.constructor()', `$.${'a'.repeat(400)}`])(
    'refuses %j',
    (path) => {
      expect(isValidPath(path)).toBe(false);
    },
  );
});

describe('readPath', () => {
  it.each([
    ['$.data.balance.remaining', 25750],
    ['$.balance_infos[0].total_balance', '18.90'],
    ['$.balance_infos[-1].total_balance', '2.00'],
    ["$.data['odd key'][1]", 2],
    ['$.data.missing', undefined],
    ['$.balance_infos[5].total_balance', undefined],
    ['$.data.balance[0]', undefined],
    ['$.nothing.deeper', undefined],
  ])('%s → %j', (path, value) => {
    expect(readPath(doc, path)).toEqual(value);
  });

  it('never reaches a prototype', () => {
    expect(readPath({}, '$.constructor')).toBeUndefined();
    expect(readPath({ a: {} }, '$.a.__proto__')).toBeUndefined();
    expect(readPath([], '$.length')).toBeUndefined();
  });
});

describe('readPathAll', () => {
  const bundles = { bundles: [{ a: [{ left: 1 }, { left: 2 }] }, { a: [] }, { a: [{ left: 3 }, { other: 4 }] }, { a: 'not a list' }] };

  it('[*] takes every item of every list, each with the object that holds it', () => {
    const found = readPathAll(bundles, '$.bundles[*].a[*].left');
    expect(found.map((m) => m.value)).toEqual([1, 2, 3]);
    expect(found[2]?.parent).toBe(bundles.bundles[2]?.a[0]);
    expect(readPath(bundles, '$.bundles[*].a[*].left')).toBe(1);
  });

  it('finds nothing through a non-list, a missing key or a prototype', () => {
    expect(readPathAll(bundles, '$.bundles[*].b[*]')).toEqual([]);
    expect(readPathAll({ x: { length: 1 } }, '$.x[*]')).toEqual([]);
    expect(readPathAll([{}], '$[*].constructor')).toEqual([]);
    expect(readPathAll(bundles, '$.bundles[*')).toEqual([]);
  });
});
