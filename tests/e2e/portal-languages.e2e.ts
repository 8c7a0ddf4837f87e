// The single-page portal (tests/server/portal.ts) in each of its languages (`?lang=id|en|zh`), read by rendered
// refresh: the line's credit, active and grace dates from its rows, and each package's own end date (the portal's
// `packages[].until`) on that package's quota, never on the line or on another package (#12 parts 1 and 3).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_VALUES } from '../server/portal';
import { startTestServer, type TestServer } from '../server/server';
import { type AnyHarness, browsers } from './browser';
import { importText } from './fault-helpers';
import { waitFor } from './harness';
import { backupAccount, backupText, signInToPortal } from './pages';

const LANGS = ['id', 'en', 'zh'] as const;
const idOf = (lang: string) => `portal-${lang}`;

interface Reading {
  credit?: { amount: number; currency: string };
  validUntil?: string;
  graceUntil?: string;
  quotas?: { label: string; remaining: number; total?: number; unit: string; expiresAt?: string }[];
}

describe.each(browsers())('$name: the portal in Indonesian, English and Chinese', ({ launch }) => {
  let h: AnyHarness;
  let server: TestServer;
  let userTab: Page;

  /** The latest reading of account `id`, from the extension's IndexedDB. */
  const latest = (id: string) =>
    h.evalInExtension(async (accountId: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('balance-badge');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      try {
        return await new Promise<Reading | undefined>((resolve, reject) => {
          const get = db
            .transaction('readings')
            .objectStore('readings')
            .getAll(IDBKeyRange.bound([accountId, 0], [accountId, Number.MAX_SAFE_INTEGER]));
          get.onsuccess = () => resolve((get.result as Reading[]).at(-1));
          get.onerror = () => reject(get.error ?? new Error('read failed'));
        });
      } finally {
        db.close();
      }
    }, id);

  beforeAll(async () => {
    server = await startTestServer();
    // Drawn sooner than the default 1–3 s: three renders run one after another.
    server.portal.setDrawDelay([300, 800]);
    h = await launch();
    // The user signs in to the portal in this browser, as before adding the accounts.
    userTab = await h.browser.newPage();
    await userTab.goto(server.url('/portal/signin?next=/portal/account'));
    await signInToPortal(userTab);
    // One account per language, read in a background tab; the import refreshes each at once.
    await importText(
      h,
      backupText({
        accounts: LANGS.map((lang, i) =>
          backupAccount({
            id: idOf(lang),
            name: `Portal ${lang}`,
            primary: i === 0,
            currency: 'IDR',
            source: { kind: 'web-page', url: server.url(`/portal/account?lang=${lang}`), render: true },
          }),
        ),
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it.each(LANGS)(
    '?lang=%s: the rows give the line its dates, each package its own end',
    async (lang) => {
      const reading = await waitFor(async () => (await latest(idOf(lang))) ?? null, {
        message: `the rendered reading of the ${lang} portal`,
        timeout: 60_000,
      });
      // The page drawn was in that language: its script asked for the account from `?lang=<lang>`.
      const referers = server.requests('/portal/api/account').map((r) => String(r.headers.referer ?? ''));
      expect(referers.some((url) => new URL(url).searchParams.get('lang') === lang)).toBe(true);
      expect(reading.credit).toEqual({ amount: PORTAL_VALUES.credit, currency: 'IDR' });
      expect(reading.validUntil).toBe(PORTAL_VALUES.activeUntil);
      expect(reading.graceUntil).toBe(PORTAL_VALUES.graceUntil);
      // Each package's end on its own quota, in the portal's order, with its amounts.
      expect(reading.quotas?.map((q) => [q.label, q.remaining, q.total, q.unit, q.expiresAt])).toEqual(
        PORTAL_VALUES.packages.map((p) => [p.name, p.remainingGb, p.totalGb, 'GB', p.until]),
      );
    },
    90_000,
  );
});
