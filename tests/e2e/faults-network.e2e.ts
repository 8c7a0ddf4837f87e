// Network faults, end to end (issue 8): a web page account and a JSON API account against the local
// test server, each fault ending with the last good reading intact, the right status and message on the
// popup card and the badge, nothing else changed (the other account's history, settings, accounts),
// and the next refresh succeeding once the fault clears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mode, type TestServer, startTestServer } from '../server/server';
import { cardCredit, importText, refreshFromPopup, type StoredReading, storedLocal, storedReadings } from './fault-helpers';
import { type Harness, launch, waitFor } from './harness';
import { backupAccount, backupText, localIsoDate, networkAccounts, popupCard, tid, waitForBadge } from './pages';

const PAGE_ID = 'faultpage';
const API_ID = 'faultapi';
const OTHER_ID = 'faultother';
const API_ANSWER = { data: { balance: { remaining: 4.5 }, expired_at: '2030-12-31T10:00:00Z' } };
/** The `Retry-After` of the 429 fault, seconds: short, as the recovery waits it out. */
const RETRY_AFTER_S = '3';
const SETTINGS = { badgeShows: 'credit', defaultIntervalMinutes: 45, defaultWarnDays: 5 };

describe('network faults', () => {
  let h: Harness;
  let server: TestServer;
  /** What must not change while a fault lasts: every account's history, settings and accounts. */
  let before: { readings: Record<string, StoredReading[]>; local: Record<string, unknown> };

  const snapshot = async () => ({
    readings: Object.fromEntries(
      await Promise.all([PAGE_ID, API_ID, OTHER_ID].map(async (id) => [id, await storedReadings(h, id)] as const)),
    ),
    local: await storedLocal(h, ['settings', 'accounts']),
  });

  /**
   * Waits until no account is held by a `Retry-After`: the stored refresh state's `notBefore` is
   * re-read until none is in the future (no fixed sleep; a hold the product moves or clears is followed).
   */
  async function waitOutRetryAfter(): Promise<void> {
    const held = async () => {
      const { refreshState } = (await storedLocal(h, ['refreshState'])) as { refreshState?: Record<string, { notBefore?: number }> };
      return Math.max(0, ...Object.values(refreshState ?? {}).map((s) => s.notBefore ?? 0)) - Date.now();
    };
    await waitFor(async () => (await held()) < 0, {
      timeout: Math.max(0, await held()) + 10_000,
      message: 'every Retry-After hold to pass',
    });
  }

  beforeAll(async () => {
    server = await startTestServer();
    server.setMode('page', 'ok');
    server.setMode('api', 'ok', { json: API_ANSWER });
    h = await launch();
    const now = Date.now();
    await importText(
      h,
      backupText({
        settings: SETTINGS,
        accounts: [
          ...networkAccounts((path) => server.url(path), { page: PAGE_ID, api: API_ID }),
          backupAccount({ id: OTHER_ID, name: 'Typed line', source: { kind: 'manual', preset: 'axis', graceDays: 30 } }),
        ],
        readings: [
          {
            accountId: OTHER_ID,
            at: new Date(now - 7_200_000).toISOString(),
            credit: { amount: 80_000, currency: 'IDR' },
            validUntil: localIsoDate(40),
          },
          {
            accountId: OTHER_ID,
            at: new Date(now - 3_600_000).toISOString(),
            credit: { amount: 75_000, currency: 'IDR' },
            validUntil: localIsoDate(40),
          },
        ],
      }),
    );
    const { popup, ok } = await refreshFromPopup(h);
    expect(ok).toBe('true');
    await popupCard(popup, PAGE_ID, 'ok');
    await popupCard(popup, API_ID, 'ok');
    await popup.close();
    before = await snapshot();
    expect(before.readings[PAGE_ID]?.at(-1)?.credit).toEqual({ amount: 25_750, currency: 'IDR' });
    expect(before.readings[API_ID]?.at(-1)?.credit).toEqual({ amount: 4.5, currency: 'USD' });
    expect(before.readings[OTHER_ID]).toHaveLength(2);
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  // [fault, web page mode, JSON API mode, status (or web page's and JSON API's), web page message, JSON API message]
  type Shown = 'error' | 'login-required';
  const faults: [string, Mode, Mode, Shown | [Shown, Shown], RegExp, RegExp][] = [
    [
      'a refused connection (socket closed unanswered)',
      'refused',
      'refused',
      'error',
      /Could not reach 127\.0\.0\.1/,
      /Could not reach 127\.0\.0\.1/,
    ],
    ['no answer before the timeout', 'slow', 'slow', 'error', /No answer within 30 s/, /No answer within 30 s/],
    ['HTTP 500', '500', '500', 'error', /HTTP 500/, /HTTP 500/],
    ['HTTP 502 with an HTML error page', '502', '502', 'error', /had a problem \(HTTP 502\)/, /had a problem \(HTTP 502\)/],
    ['HTTP 429 with Retry-After', '429', '429', 'error', /429\); next try after \S/, /429\); next try after \S/],
    ['a body cut short (Content-Length larger than what came)', 'truncated', 'truncated', 'error', /Could not reach/, /Could not reach/],
    ['a changed page layout / invalid JSON', 'changed', 'malformed', 'error', /No balance, date or quota/, /not valid JSON/],
    ['a 10 MB body, streamed / declared', 'huge', 'huge-declared', 'error', /larger than 5 MB/, /larger than 5 MB/],
    ['a 10 MB body, declared / streamed', 'huge-declared', 'huge', 'error', /larger than 5 MB/, /larger than 5 MB/],
    // A JSON API follows no redirect (its headers could reach another site): its first hop is refused.
    [
      'a redirect loop',
      'redirect-loop',
      'redirect-loop',
      ['error', 'login-required'],
      /Could not reach/,
      /refused access.*token or headers/,
    ],
    // The JSON API card asks for a new token or headers: an API has no page to sign in to.
    ['a redirect to a sign-in page', 'signed-out', 'signed-out', 'login-required', /Signed out/, /refused access.*token or headers/],
  ];

  it.each(faults)(
    '%s: last good reading kept, status shown, nothing else changed, then recovery',
    async (_f, pageMode, apiMode, shown, pageText, apiText) => {
      const [status, apiStatus] = Array.isArray(shown) ? shown : [shown, shown];
      // A short Retry-After: every refresh waits it out (a click too), so recovery comes after it.
      server.setMode('page', pageMode, { retryAfter: RETRY_AFTER_S });
      server.setMode('api', apiMode, { json: API_ANSWER, retryAfter: RETRY_AFTER_S });
      const failed = await refreshFromPopup(h);
      expect(failed.ok).toBe('false');
      const pageCard = await popupCard(failed.popup, PAGE_ID, status);
      const apiCard = await popupCard(failed.popup, API_ID, apiStatus);
      // The last good values, not a zero or a blank.
      expect(await cardCredit(failed.popup, PAGE_ID)).toBe('25750');
      expect(await cardCredit(failed.popup, API_ID)).toBe('4.5');
      expect(await pageCard.$eval(tid('status-message'), (e) => e.textContent ?? '')).toMatch(pageText);
      expect(await apiCard.$eval(tid('status-message'), (e) => e.textContent ?? '')).toMatch(apiText);
      // The token and the path never reach a message.
      expect(await apiCard.$eval(tid('status-message'), (e) => e.textContent ?? '')).not.toMatch(/e2e-token|\/switch\//);
      await popupCard(failed.popup, OTHER_ID, 'ok');
      expect(await cardCredit(failed.popup, OTHER_ID)).toBe('75000');
      await failed.popup.close();
      await waitForBadge(h, (b) => b.text === (status === 'login-required' ? '🔒' : '25k!'), `the badge showing ${status}`);
      // Nothing written: no reading, no half of one, in any account; settings and accounts as they were.
      expect(await snapshot()).toEqual(before);

      server.setMode('page', 'ok');
      server.setMode('api', 'ok', { json: API_ANSWER });
      await waitOutRetryAfter();
      const recovered = await refreshFromPopup(h);
      expect(recovered.ok).toBe('true');
      await popupCard(recovered.popup, PAGE_ID, 'ok');
      await popupCard(recovered.popup, API_ID, 'ok');
      expect(await recovered.popup.$(tid('status-message'))).toBeNull();
      await recovered.popup.close();
      await waitForBadge(h, (b) => b.text === '25k', 'the badge back at 25k');
      const after = await snapshot();
      // The same values read again only confirm the latest reading (de-duplication): still one each.
      for (const id of [PAGE_ID, API_ID]) {
        expect(after.readings[id]).toHaveLength(before.readings[id]?.length ?? -1);
        expect(after.readings[id]?.at(-1)?.credit).toEqual(before.readings[id]?.at(-1)?.credit);
        expect(after.readings[id]?.at(-1)?.confirmedAt).toBeGreaterThan(before.readings[id]?.at(-1)?.confirmedAt ?? 0);
      }
      expect(after.readings[OTHER_ID]).toEqual(before.readings[OTHER_ID]);
      expect(after.local).toEqual(before.local);
      before = after;
    },
    120_000,
  );
});
