import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openBalanceDb, readingsStore } from '@/utils/stores/db';
import type { Reading } from '@/utils/model';

const reading = (accountId: string, at: number, amount: number): Reading => ({
  accountId,
  at,
  credit: { amount, currency: 'IDR' },
});

describe('readingsStore', () => {
  it('returns the latest reading of each account, not of another', async () => {
    await readingsStore.put(reading('a', 1000, 30_000));
    await readingsStore.put(reading('a', 3000, 10_000));
    await readingsStore.put(reading('a', 2000, 20_000));
    await readingsStore.put(reading('ab', 9000, 5));
    await readingsStore.put(reading('b', 500, 7));
    expect((await readingsStore.latest('a'))?.credit?.amount).toBe(10_000);
    expect((await readingsStore.latest('b'))?.credit?.amount).toBe(7);
    expect(await readingsStore.latest('missing')).toBeUndefined();
    const many = await readingsStore.latestMany(['a', 'b', 'missing']);
    expect([...many.keys()].sort()).toEqual(['a', 'b']);
    expect(many.get('a')?.at).toBe(3000);
  });

  it('reads a time range oldest first and counts and clears per account', async () => {
    for (let i = 0; i < 10; i++) await readingsStore.put(reading('a', i * 100, i));
    await readingsStore.put(reading('b', 250, 99));
    const range = await readingsStore.range('a', 200, 500);
    expect(range.map((r) => r.at)).toEqual([200, 300, 400, 500]);
    // The reading a window starting at 250 leaves out, so a chart can start from its value.
    expect((await readingsStore.before('a', 250))?.at).toBe(200);
    expect((await readingsStore.before('a', 200))?.at).toBe(100);
    expect(await readingsStore.before('a', 0)).toBeUndefined();
    expect(await readingsStore.before('b', 250)).toBeUndefined();
    expect(await readingsStore.count('a')).toBe(10);
    await readingsStore.clear('a');
    expect(await readingsStore.count('a')).toBe(0);
    expect(await readingsStore.count('b')).toBe(1);
  });
});

describe('database upgrade', () => {
  it('keeps readings written by version 1 and adds the time index of version 2', async () => {
    // A profile made by version 1: the readings store without the time index.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('readings', { keyPath: ['accountId', 'at'] });
      },
    });
    await v1.put('readings', reading('old', 1234, 25_750));
    v1.close();

    const db = await openBalanceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('readings').store.indexNames]).toContain('by-at');
    expect((await readingsStore.latest('old'))?.credit?.amount).toBe(25_750);
    expect(await db.getAllFromIndex('readings', 'by-at')).toHaveLength(1);
  });

  it('keeps every reading of the version-1 profile fixture (tests/fixtures/db-v1.json), unchanged', async () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/db-v1.json', import.meta.url), 'utf8')) as {
      databaseName: string;
      databaseVersion: number;
      store: { name: 'readings'; keyPath: string[] };
      readings: Reading[];
    };
    expect(fixture.databaseName).toBe(DB_NAME);
    const v1 = await openDB(fixture.databaseName, fixture.databaseVersion, {
      upgrade(db) {
        db.createObjectStore(fixture.store.name, { keyPath: fixture.store.keyPath });
      },
    });
    for (const r of fixture.readings) await v1.put(fixture.store.name, r);
    v1.close();

    const ids = [...new Set(fixture.readings.map((r) => r.accountId))];
    for (const id of ids) {
      expect(await readingsStore.range(id, 0, Number.MAX_SAFE_INTEGER)).toEqual(fixture.readings.filter((r) => r.accountId === id));
    }
    const latest = await readingsStore.latestMany(ids);
    expect(latest.get('v1axis')?.credit?.amount).toBe(35_000);
    const db = await openBalanceDb();
    expect((await db.getAllFromIndex('readings', 'by-at')).map((r) => r.at)).toEqual(
      fixture.readings.map((r) => r.at).sort((a, b) => a - b),
    );
  });

  it('creates the current schema on a fresh profile', async () => {
    const db = await openBalanceDb();
    expect([...db.objectStoreNames]).toEqual(['days', 'readings']);
    expect(db.transaction('days').store.keyPath).toEqual(['accountId', 'day']);
    expect(db.transaction('readings').store.keyPath).toEqual(['accountId', 'at']);
  });
});
