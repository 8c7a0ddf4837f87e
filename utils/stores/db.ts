/**
 * The only door to IndexedDB. Readings are keyed by `[accountId, at]`, so the latest reading of
 * an account is one reverse cursor step and a time range is one key range. Beside them, one day
 * record per account and local day (`[accountId, day]`: each series' low, high and last value, and
 * the day's rises in credit), written in the same transaction as the readings it sums up, so a
 * year's chart reads 365 records instead of 35,040 readings.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import {
  addConfirmation,
  addReading,
  type DayRecord,
  type DayRecords,
  dayRecords,
  localDayNumber,
  localDayStart,
} from '@/utils/core/day-summary';
import { downsample, sameValues } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';

export const DB_NAME = 'balance-badge';
/** Bump with a new `if (oldVersion < N)` step below; steps are cumulative and never edited. */
export const DB_VERSION = 3;

export interface BalanceDB extends DBSchema {
  readings: {
    key: [string, number];
    value: Reading;
    indexes: { 'by-at': number };
  };
  days: {
    key: [string, number];
    value: DayRecord;
  };
}

type WriteTx = IDBPTransaction<BalanceDB, ('readings' | 'days')[], 'readwrite' | 'versionchange'>;

/** The reading's additions to its day records, or undefined for a reading that cannot be summed up (a malformed old one). */
function summable(reading: Reading, previous: Reading | undefined): boolean {
  try {
    const trial: DayRecords = new Map();
    addReading(trial, reading, previous);
    return [...trial.keys()].every(Number.isFinite);
  } catch {
    return false;
  }
}

/**
 * Version 3: builds the day records of the readings already kept, by one cursor over them (account by account, oldest first).
 * A reading it cannot sum up (malformed, from an older version) is left out of the records instead of failing the upgrade.
 */
async function buildDays(tx: WriteTx): Promise<void> {
  const store = tx.objectStore('days');
  let days: DayRecords = new Map();
  let previous: Reading | undefined;
  const flush = () => {
    for (const record of days.values()) void store.put(record);
    days = new Map();
  };
  let cursor = await tx.objectStore('readings').openCursor();
  while (cursor) {
    const reading = cursor.value;
    if (previous && previous.accountId !== reading.accountId) {
      flush();
      previous = undefined;
    }
    if (summable(reading, previous)) {
      addReading(days, reading, previous);
      previous = reading;
    }
    cursor = await cursor.continue();
  }
  flush();
}

let dbPromise: Promise<IDBPDatabase<BalanceDB>> | undefined;

/** Opens (and upgrades) the database once per page or worker. */
export function openBalanceDb(): Promise<IDBPDatabase<BalanceDB>> {
  dbPromise ??= openDB<BalanceDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('readings', { keyPath: ['accountId', 'at'] });
      }
      if (oldVersion < 2) {
        // Version 2: retention and cross-account scans need readings ordered by time alone.
        tx.objectStore('readings').createIndex('by-at', 'at');
      }
      if (oldVersion < 3) {
        // Version 3: a day record per account and local day, built here from the readings already kept.
        db.createObjectStore('days', { keyPath: ['accountId', 'day'] });
        // A failed build (a refused write) aborts the upgrade (the open fails and is tried again on next use), never half-done;
        // a malformed old reading is only left out.
        buildDays(tx).catch(() => tx.abort());
      }
    },
    blocking() {
      // A newer version wants to upgrade: let it, and reopen on next use.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
  }).catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

/** Closes the connection; tests use it between fresh databases. */
export async function closeBalanceDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending).close();
}

const accountRange = (accountId: string, from = 0, to = Number.MAX_SAFE_INTEGER) => IDBKeyRange.bound([accountId, from], [accountId, to]);
const allDays = (accountId: string) => IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]);

/** Adds a reading (or, with `previous` = 'confirm', its new `confirmedAt`) to the stored records of its days, in `tx`. */
async function mergeDays(tx: WriteTx, reading: Reading, previous: Reading | undefined | 'confirm'): Promise<void> {
  const store = tx.objectStore('days');
  const touched = new Set([reading.at, reading.confirmedAt ?? reading.at].map(localDayNumber));
  const days: DayRecords = new Map();
  for (const record of await Promise.all([...touched].map((day) => store.get([reading.accountId, day])))) {
    if (record) days.set(record.day, record);
  }
  if (previous === 'confirm') addConfirmation(days, reading);
  else addReading(days, reading, previous);
  await Promise.all([...days.values()].map((record) => store.put(record)));
}

/** Rebuilds an account's records of the given days from its readings, in `tx` (for a change other than an append). */
async function rebuildDays(tx: WriteTx, accountId: string, dayNumbers: Iterable<number>): Promise<void> {
  const readings = tx.objectStore('readings');
  for (const day of new Set(dayNumbers)) {
    const start = localDayStart(day);
    const below = IDBKeyRange.bound([accountId, -Infinity], [accountId, start], false, true);
    const [before, inside] = await Promise.all([
      readings.openCursor(below, 'prev'),
      readings.getAll(accountRange(accountId, start, localDayStart(day + 1) - 1)),
    ]);
    const days: DayRecords = new Map();
    // The reading before the day: its rise is not the day's, but it may be confirmed into the day.
    if (before) addConfirmation(days, before.value);
    let previous = before?.value;
    for (const r of inside) {
      addReading(days, r, previous);
      previous = r;
    }
    const record = days.get(day);
    if (record && inside.some((r) => r.day)) await keepFolded(tx, record, inside);
    await (record ? tx.objectStore('days').put(record) : tx.objectStore('days').delete([accountId, day]));
  }
}

/**
 * A day retention folded: its stored record holds what the folded readings no longer show (the rises
 * in credit between readings now gone, a series its last reading lacked). The rebuilt `record` keeps
 * them: the stored rises but at the unfolded readings' times (those are counted again), and a series only the stored record has.
 */
async function keepFolded(tx: WriteTx, record: DayRecord, inside: readonly Reading[]): Promise<void> {
  const stored = await tx.objectStore('days').get([record.accountId, record.day]);
  if (!stored) return;
  const unfolded = new Set(inside.filter((r) => !r.day).map((r) => r.at));
  const rises = [
    ...(record.rises ?? []).filter((r) => unfolded.has(r.at)),
    ...(stored.rises ?? []).filter((r) => !unfolded.has(r.at)),
  ].sort((a, b) => a.at - b.at);
  if (rises.length > 0) record.rises = rises;
  else delete record.rises;
  record.credit ??= stored.credit;
  record.data ??= stored.data;
}

/**
 * Stores a reading anywhere in an account's history (replacing one with the same time); returns the
 * days whose records it changes: its own, its confirmation's, the replaced one's and the next reading's (its rise).
 */
async function putNotingDays(tx: WriteTx, reading: Reading): Promise<number[]> {
  const readings = tx.objectStore('readings');
  const after = IDBKeyRange.bound([reading.accountId, reading.at], [reading.accountId, Number.MAX_SAFE_INTEGER], true);
  const [replaced, next] = await Promise.all([readings.get([reading.accountId, reading.at]), readings.openCursor(after)]);
  await readings.put(reading);
  const times = [reading.at, reading.confirmedAt, replaced?.confirmedAt, next?.value.at];
  return times.filter((t) => t !== undefined).map(localDayNumber);
}

/** Stores a reading anywhere in an account's history (replacing one with the same time), and rebuilds the records of the days it changes. */
async function putKeepingDays(tx: WriteTx, reading: Reading): Promise<void> {
  await rebuildDays(tx, reading.accountId, await putNotingDays(tx, reading));
}

// The background imports the functions below one by one, so the worker bundles only what it uses;
// pages use `readingsStore`, which holds them all.

/** The newest reading of each account, in one read-only transaction. */
export async function latestReadings(accountIds: readonly string[]): Promise<Map<string, Reading>> {
  const db = await openBalanceDb();
  const store = db.transaction('readings').store;
  const found = await Promise.all(accountIds.map((id) => store.openCursor(accountRange(id), 'prev')));
  const result = new Map<string, Reading>();
  for (const cursor of found) if (cursor) result.set(cursor.value.accountId, cursor.value);
  return result;
}

/**
 * Stores a reading unless it says the same as the account's latest one, in which case only that
 * one's `confirmedAt` moves. One transaction. Returns what happened.
 */
export async function recordReading(reading: Reading): Promise<{ stored: 'new' | 'confirmed' }> {
  const db = await openBalanceDb();
  const tx = db.transaction(['readings', 'days'], 'readwrite');
  const readings = tx.objectStore('readings');
  const cursor = await readings.openCursor(accountRange(reading.accountId), 'prev');
  const latest = cursor?.value;
  const same = latest !== undefined && latest.at <= reading.at && sameValues(latest, reading);
  // The usual cases add to the day records they touch; anything else rebuilds the days it changes.
  if (!same) {
    if (!latest || reading.at > latest.at) await Promise.all([readings.put(reading), mergeDays(tx, reading, latest)]);
    else await putKeepingDays(tx, reading);
  } else if (reading.at > (latest.confirmedAt ?? latest.at)) {
    const confirmed = { ...latest, confirmedAt: reading.at };
    // A confirmation moved to another day leaves its old day: that day is rebuilt.
    if (latest.confirmedAt === undefined || localDayNumber(latest.confirmedAt) === localDayNumber(reading.at)) {
      await Promise.all([readings.put(confirmed), mergeDays(tx, confirmed, 'confirm')]);
    } else await putKeepingDays(tx, confirmed);
  }
  await tx.done;
  return { stored: same ? 'confirmed' : 'new' };
}

/**
 * Stores many readings (a message list's new messages) in one transaction, in the order given, each as
 * `recordReading` would: one that says the same as the latest only moves its `confirmedAt`; their day
 * records with them (an append adds to its days; the days a reading before the latest changes are
 * rebuilt once, at the end). All or none.
 */
export async function recordReadings(readings: readonly Reading[]): Promise<void> {
  if (readings.length === 0) return;
  const db = await openBalanceDb();
  const tx = db.transaction(['readings', 'days'], 'readwrite');
  const store = tx.objectStore('readings');
  const latest = new Map<string, Reading | undefined>();
  const rebuild = new Map<string, number[]>();
  const later = (id: string, days: number[]) => rebuild.set(id, (rebuild.get(id) ?? []).concat(days));
  try {
    for (const reading of readings) {
      const id = reading.accountId;
      if (!latest.has(id)) latest.set(id, (await store.openCursor(accountRange(id), 'prev'))?.value);
      const last = latest.get(id);
      if (!(last !== undefined && last.at <= reading.at && sameValues(last, reading))) {
        if (!last || reading.at > last.at) {
          await Promise.all([store.put(reading), mergeDays(tx, reading, last)]);
          latest.set(id, reading);
        } else {
          later(id, await putNotingDays(tx, reading));
          if (reading.at === last.at) latest.set(id, reading);
        }
      } else if (reading.at > (last.confirmedAt ?? last.at)) {
        const confirmed = { ...last, confirmedAt: reading.at };
        if (last.confirmedAt === undefined || localDayNumber(last.confirmedAt) === localDayNumber(reading.at)) {
          await Promise.all([store.put(confirmed), mergeDays(tx, confirmed, 'confirm')]);
        } else later(id, await putNotingDays(tx, confirmed));
        latest.set(id, confirmed);
      }
    }
    for (const [id, days] of rebuild) await rebuildDays(tx, id, days);
    await tx.done;
  } catch (error) {
    // A refused write (a full disk) takes the others back with it: none is half-stored.
    try {
      tx.abort();
    } catch {
      // Already ended by the refused write.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Each account's readings from `from` on, oldest first, led by the last one taken before `from` (what a
 * sparkline and forecast read; its last two are the account's newest two), in one read-only transaction.
 */
export async function windowReadingsMany(accountIds: readonly string[], from: number): Promise<Map<string, Reading[]>> {
  const db = await openBalanceDb();
  const store = db.transaction('readings').store;
  const lists = await Promise.all(
    accountIds.map(async (id) => {
      const below = IDBKeyRange.bound([id, -Infinity], [id, from], false, true);
      const [before, inside] = await Promise.all([store.openCursor(below, 'prev'), store.getAll(accountRange(id, from))]);
      return [id, before ? [before.value, ...inside] : inside] as const;
    }),
  );
  return new Map(lists);
}

/** The newest `n` readings of an account, newest first. */
export async function recentReadings(accountId: string, n: number): Promise<Reading[]> {
  const db = await openBalanceDb();
  const found: Reading[] = [];
  let cursor = await db.transaction('readings').store.openCursor(accountRange(accountId), 'prev');
  while (cursor && found.length < n) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

/**
 * Retention: folds an account's readings older than `cutoff` into one per local day
 * (`downsample`), in one transaction. Returns how many readings were removed. The day records keep
 * what they sum up (each day's low, high and last value, and the rises in credit that folding drops);
 * only their row counts follow the readings that are left.
 */
export async function compactReadings(accountId: string, cutoff: number, timeZone?: string): Promise<number> {
  const db = await openBalanceDb();
  const tx = db.transaction(['readings', 'days'], 'readwrite');
  const store = tx.objectStore('readings');
  const old = await store.getAll(accountRange(accountId, 0, cutoff - 1));
  const folded = downsample(old, cutoff, timeZone);
  if (!folded) {
    await tx.done;
    return 0;
  }
  await store.delete(accountRange(accountId, 0, cutoff - 1));
  await Promise.all(folded.map((r) => store.put(r)));
  // Only the days' row counts change: recounted for each day the fold touched.
  const days = tx.objectStore('days');
  for (const day of new Set(old.map((r) => localDayNumber(r.at)))) {
    const [record, rows] = await Promise.all([
      days.get([accountId, day]),
      store.count(accountRange(accountId, localDayStart(day), localDayStart(day + 1) - 1)),
    ]);
    if (record) await days.put({ ...record, rows });
  }
  await tx.done;
  return old.length - folded.length;
}

/** Deletes an account's whole history, its day records with it, in one transaction. */
export async function clearReadings(accountId: string): Promise<void> {
  const db = await openBalanceDb();
  const tx = db.transaction(['readings', 'days'], 'readwrite');
  await Promise.all([
    tx.objectStore('readings').delete(accountRange(accountId)),
    tx.objectStore('days').delete(allDays(accountId)),
    tx.done,
  ]);
}

/** Reading history, per account. */
export const readingsStore = {
  latestMany: latestReadings,
  record: recordReading,
  recent: recentReadings,
  compact: compactReadings,
  /** Stores one reading in its own transaction (a reading with the same account and time is replaced), its days' records with it. */
  async put(reading: Reading): Promise<void> {
    const db = await openBalanceDb();
    const tx = db.transaction(['readings', 'days'], 'readwrite');
    await Promise.all([putKeepingDays(tx, reading), tx.done]);
  },

  /** The first reading of an account, or undefined when it has none. */
  async first(accountId: string): Promise<Reading | undefined> {
    const db = await openBalanceDb();
    const cursor = await db.transaction('readings').store.openCursor(accountRange(accountId));
    return cursor?.value;
  },

  /** The day records of an account from local day `fromDay` on, oldest first (one per day at most). */
  async days(accountId: string, fromDay = -Infinity): Promise<DayRecord[]> {
    const db = await openBalanceDb();
    return db.getAll('days', IDBKeyRange.bound([accountId, fromDay], [accountId, Infinity]));
  },

  /** The newest reading of an account, or undefined when it has none. */
  async latest(accountId: string): Promise<Reading | undefined> {
    const db = await openBalanceDb();
    const cursor = await db.transaction('readings').store.openCursor(accountRange(accountId), 'prev');
    return cursor?.value;
  },

  /** The newest reading of an account taken before `at` (a chart's window start), or undefined. */
  async before(accountId: string, at: number): Promise<Reading | undefined> {
    const db = await openBalanceDb();
    const below = IDBKeyRange.bound([accountId, -Infinity], [accountId, at], false, true);
    const cursor = await db.transaction('readings').store.openCursor(below, 'prev');
    return cursor?.value;
  },

  /** Readings of an account with `from <= at <= to`, oldest first. */
  async range(accountId: string, from: number, to: number): Promise<Reading[]> {
    const db = await openBalanceDb();
    return db.getAll('readings', accountRange(accountId, from, to));
  },

  /**
   * Readings of an account with `from <= at <= to`, oldest first, in batches of at most `size`, each
   * read in its own transaction: a long range is walked without holding it all, and the page gets a
   * turn of its event loop between batches.
   */
  async *batches(accountId: string, from: number, to: number, size = 2000): AsyncGenerator<Reading[]> {
    const db = await openBalanceDb();
    let lower = from;
    for (;;) {
      const batch = await db.getAll('readings', accountRange(accountId, lower, to), size);
      if (batch.length > 0) yield batch;
      const last = batch[batch.length - 1];
      if (batch.length < size || !last) return;
      lower = last.at + 1;
    }
  },

  /**
   * Up to `n` readings of an account taken before `below` (exclusive), newest first, by a reverse
   * cursor: a page of the history table, read without loading the range.
   */
  async newestBelow(accountId: string, below: number, n: number): Promise<Reading[]> {
    const db = await openBalanceDb();
    const found: Reading[] = [];
    const range = IDBKeyRange.bound([accountId, -Infinity], [accountId, below], false, true);
    let cursor = await db.transaction('readings').store.openCursor(range, 'prev');
    while (cursor && found.length < n) {
      found.push(cursor.value);
      cursor = found.length < n ? await cursor.continue() : null;
    }
    return found;
  },

  /** Number of readings of an account with `from <= at <= to`. */
  async countRange(accountId: string, from: number, to: number): Promise<number> {
    const db = await openBalanceDb();
    return db.count('readings', accountRange(accountId, from, to));
  },

  /** Number of readings kept for an account. */
  async count(accountId: string): Promise<number> {
    const db = await openBalanceDb();
    return db.count('readings', accountRange(accountId));
  },

  clear: clearReadings,

  /** Number of readings of each account, in one read-only transaction. */
  async countMany(accountIds: readonly string[]): Promise<Map<string, number>> {
    const db = await openBalanceDb();
    const store = db.transaction('readings').store;
    const counts = await Promise.all(accountIds.map((id) => store.count(accountRange(id))));
    return new Map(accountIds.map((id, i) => [id, counts[i] ?? 0]));
  },

  /** Replaces the whole history of the given accounts with `readings`, and their day records, in one transaction (a backup import). */
  async replaceHistory(accountIds: readonly string[], readings: readonly Reading[]): Promise<void> {
    const db = await openBalanceDb();
    const tx = db.transaction(['readings', 'days'], 'readwrite');
    const store = tx.objectStore('readings');
    const days = tx.objectStore('days');
    const requests: Promise<unknown>[] = [];
    try {
      for (const id of accountIds) requests.push(store.delete(accountRange(id)), days.delete(allDays(id)));
      for (const r of readings) requests.push(store.put(r));
      // As the puts leave them: per account, one reading a time (the last given), oldest first.
      const byAccount = new Map<string, Map<number, Reading>>();
      for (const r of readings) {
        const list = byAccount.get(r.accountId) ?? new Map<number, Reading>();
        byAccount.set(r.accountId, list.set(r.at, r));
      }
      for (const list of byAccount.values()) {
        for (const record of dayRecords([...list.values()].sort((a, b) => a.at - b.at))) requests.push(days.put(record));
      }
    } catch (error) {
      // A put that throws (a full disk) must not let the deletes and the puts before it commit.
      tx.abort();
      await Promise.allSettled([...requests, tx.done]);
      throw error;
    }
    await Promise.all([...requests, tx.done]);
  },
};
