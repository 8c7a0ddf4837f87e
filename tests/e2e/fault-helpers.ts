/**
 * Helpers of the fault-injection tests (issue 8): what the extension stored, read straight from its
 * IndexedDB and `storage.local` in the service worker, and a refresh pressed in the popup.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Harness } from './harness';
import { attr, click, find, importBackup, tid } from './pages';

/** A reading as IndexedDB holds it (times in epoch ms). */
export interface StoredReading {
  accountId: string;
  at: number;
  confirmedAt?: number;
  credit?: { amount: number; currency: string };
  validUntil?: string;
  [field: string]: unknown;
}

/** Every reading of `accountId` in the extension's database, oldest first. Never creates the database. */
export function storedReadings(h: Pick<Harness, 'evalInWorker'>, accountId: string): Promise<StoredReading[]> {
  return h.evalInWorker(async (id) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('balance-badge')) throw new Error('no balance-badge database');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('balance-badge');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      return await new Promise<StoredReading[]>((resolve, reject) => {
        const get = db
          .transaction('readings')
          .objectStore('readings')
          .getAll(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
        get.onsuccess = () => resolve(get.result as StoredReading[]);
        get.onerror = () => reject(get.error ?? new Error('read failed'));
      });
    } finally {
      db.close();
    }
  }, accountId);
}

/** The extension's `storage.local` keys, as stored. */
export function storedLocal(h: Pick<Harness, 'evalInWorker'>, keys: string[]): Promise<Record<string, unknown>> {
  return h.evalInWorker(
    (k) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }
      ).chrome.storage.local.get(k),
    keys,
  );
}

/** One account's refresh bookkeeping (`storage.local` `refreshState`). */
export async function refreshStateOf(
  h: Pick<Harness, 'evalInWorker'>,
  accountId: string,
): Promise<{ failures: number; inProgressSince?: number; error?: { code: string; message: string }; lastSuccessAt?: number } | undefined> {
  const { refreshState } = (await storedLocal(h, ['refreshState'])) as { refreshState?: Record<string, never> };
  return refreshState?.[accountId];
}

/** Opens the popup, presses Refresh, waits for its result; returns the popup and the result's `data-ok`. */
export async function refreshFromPopup(h: Pick<Harness, 'openPopup'>, timeout = 45_000): Promise<{ popup: Page; ok: string | null }> {
  const popup = await h.openPopup();
  await click(popup, tid('refresh'));
  await find(popup, tid('refresh-result'), timeout);
  return { popup, ok: await attr(popup, tid('refresh-result'), 'data-ok') };
}

/** The card's credit amount as the popup shows it. */
export function cardCredit(popup: Page, id: string): Promise<string | null> {
  return attr(popup, tid('account', `[data-account-id="${id}"] ${tid('credit')}`), 'data-amount');
}

/** Imports a backup text through the options page, as a user would, and expects it accepted. */
export async function importText(h: Pick<Harness, 'openOptions'>, text: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'balance-badge-faults-'));
  try {
    const file = join(dir, 'backup.json');
    writeFileSync(file, text);
    const options = await h.openOptions();
    expect(await importBackup(options, file)).toMatchObject({ ok: 'true' });
    await options.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
