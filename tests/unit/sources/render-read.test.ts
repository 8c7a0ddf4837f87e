// Rendered refresh, the page's side: the settle rule, sign-in detection and the read loop over a page that draws late.
import { describe, expect, it, vi } from 'vitest';
import { isSettled, isSignInPage, readUntilSettled, type RenderRequest, valuesKey } from '@/utils/sources/render-read';
import { parseDocument } from './dom';

const NOW = Date.parse('2026-12-04T03:00:00Z');
const request = (deadline = Date.now() + 60_000): RenderRequest => ({
  url: 'https://portal.test/portal/account?tab=1',
  read: { accountId: 'r1', at: NOW, host: 'portal.test', currency: 'IDR', now: NOW, timeZone: 'Asia/Jakarta', deadline },
});
const reading = (amount: number, at = NOW) => ({
  ok: true as const,
  reading: { accountId: 'r1', at, credit: { amount, currency: 'IDR' } },
});

describe('the settle rule', () => {
  it('keys a result by its values, not by when or for whom it was read', () => {
    expect(valuesKey(reading(100))).toBe(valuesKey({ ok: true, reading: { ...reading(100).reading, at: NOW + 5, accountId: 'x' } }));
    expect(valuesKey(reading(100))).not.toBe(valuesKey(reading(101)));
    expect(valuesKey({ ok: true, reading: null })).toBeUndefined();
    expect(valuesKey({ ok: false, code: 'parse', message: 'none' })).toBeUndefined();
  });

  it.each([
    ['no values yet, twice', undefined, undefined, false],
    ['values appeared', undefined, 'a', false],
    ['values changed', 'a', 'b', false],
    ['values went away', 'a', undefined, false],
    ['two reads agree', 'a', 'a', true],
  ])('%s → settled %s', (_name, before, now, settled) => {
    expect(isSettled(before, now)).toBe(settled);
  });
});

describe('sign-in detection', () => {
  it.each([
    ['a password field on the account page', { hasPassword: true, hasForm: true, path: '/portal/account' }, true],
    ['a form on another path (a redirect to sign in)', { hasPassword: false, hasForm: true, path: '/portal/signin' }, true],
    ['a form on the account page itself (a search box)', { hasPassword: false, hasForm: true, path: '/portal/account/' }, false],
    ['another path without a form', { hasPassword: false, hasForm: false, path: '/portal/home' }, false],
  ])('%s → %s', (_name, page, signIn) => {
    expect(isSignInPage(page, '/portal/account')).toBe(signIn);
  });
});

describe('reading until the values settle', () => {
  /** A page that shows `steps` one after the other, one per still moment. */
  function drawing(steps: string[]) {
    const doc = parseDocument('<html><body><div id="root">Memuat…</div></body></html>');
    let next = 0;
    const waits: number[] = [];
    const wait = async () => {
      waits.push(next);
      const html = steps[next];
      if (html !== undefined) (doc.getElementById('root') as HTMLElement).innerHTML = html;
      next += 1;
    };
    return { doc, wait, waits };
  }

  it('waits for the values, then for a second read that agrees', async () => {
    const { doc, wait, waits } = drawing([
      '<p>Sisa Pulsa Rp 10.000</p>',
      '<p>Sisa Pulsa Rp 48.250</p>',
      '<p>Sisa Pulsa Rp 48.250</p><p>Masa Aktif 20 Desember 2026</p>',
      '<p>Sisa Pulsa Rp 48.250</p><p>Masa Aktif 20 Desember 2026</p>',
    ]);
    const answer = await readUntilSettled(doc, request(), () => '/portal/account', wait);
    expect(answer?.hasPassword).toBe(false);
    expect(answer?.text).toContain('Masa Aktif 20 Desember 2026');
    // Read after the credit changed, once the dates had come, and once more to agree.
    expect(waits).toEqual([0, 1, 2, 3]);
  });

  it('answers a sign-in form at once, without waiting for values', async () => {
    const { doc, wait, waits } = drawing([]);
    (doc.getElementById('root') as HTMLElement).innerHTML = '<form><input name="u"><input type="password"></form>';
    const answer = await readUntilSettled(doc, request(), () => '/portal/account', wait);
    expect(answer?.hasPassword).toBe(true);
    expect(waits).toEqual([]);
  });

  it('answers a form on another path (a redirect to sign in) as a sign-in page', async () => {
    const { doc, wait } = drawing([]);
    (doc.getElementById('root') as HTMLElement).innerHTML = '<form><input name="otp"><button>Kirim</button></form>';
    expect((await readUntilSettled(doc, request(), () => '/auth/otp', wait))?.hasPassword).toBe(true);
  });

  it('gives up at its deadline on a page that never draws: no scan', async () => {
    const doc = parseDocument('<html><body><div id="root">Memuat…</div></body></html>');
    // A clock that moves one second per still moment: the reader stops when it passes the deadline, less its margin.
    let clock = Date.parse('2026-12-04T03:00:00Z');
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    let reads = 0;
    try {
      const answer = await readUntilSettled(
        doc,
        request(clock + 10_000),
        () => '/portal/account',
        async () => {
          reads += 1;
          clock += 1000;
        },
      );
      expect(answer).toBeNull();
      expect(reads).toBe(8);
    } finally {
      now.mockRestore();
    }
  });

  it('gives up on values that never stop changing', async () => {
    const doc = parseDocument('<html><body><div id="root"></div></body></html>');
    let clock = Date.parse('2026-12-04T03:00:00Z');
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      let credit = 1000;
      const answer = await readUntilSettled(
        doc,
        request(clock + 10_000),
        () => '/portal/account',
        async () => {
          credit += 1;
          (doc.getElementById('root') as HTMLElement).innerHTML = `<p>Sisa Pulsa Rp ${credit}</p>`;
          clock += 1000;
        },
      );
      expect(answer).toBeNull();
    } finally {
      now.mockRestore();
    }
  });
});
