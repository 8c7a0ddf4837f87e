/**
 * The bench seeds a year of readings straight into IndexedDB, past `recordReading`: this writes the
 * day records the extension keeps beside them (as `recordReading` would have, with the same pure
 * `dayRecords` the store uses), so the history page reads what it reads in a real profile.
 */
import type { Page } from 'puppeteer-core';
import { dayRecords } from '@/utils/core/day-summary';
import type { Reading } from '@/utils/model';

/** Writes the day records of each account's stored readings; returns how many were written. */
export async function writeDayRecords(page: Page, accountIds: readonly string[]): Promise<number> {
  let written = 0;
  for (const id of accountIds) {
    const readings = await page.evaluate(async (accountId: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('balance-badge');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db
          .transaction('readings')
          .objectStore('readings')
          .getAll(IDBKeyRange.bound([accountId, 0], [accountId, Number.MAX_SAFE_INTEGER]));
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return all;
    }, id);
    const records = dayRecords(readings as Reading[]);
    await page.evaluate(async (list: unknown[]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('balance-badge');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('days', 'readwrite');
        for (const record of list) tx.objectStore('days').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records);
    written += records.length;
  }
  return written;
}
