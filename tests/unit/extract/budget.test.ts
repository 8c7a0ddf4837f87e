// The engine's bounds: the size cap, and a deadline that stops the work (a fake clock, never wall time).
import { describe, expect, it } from 'vitest';
import { capText, extract, MAX_EXTRACT_CHARS, type ExtractHints } from '@/utils/extract';

const HINTS: ExtractHints = { currency: 'IDR', locale: 'id-ID', timeZone: 'Asia/Jakarta', now: Date.UTC(2026, 7, 1, 3) };
const MESSAGE = 'Pulsa Rp25.750 berlaku s.d 31/12/2026. Kuota Utama 2GB, sisa 1.5GB.\n';
const LONG = MESSAGE.repeat(400);

/** A clock that moves one millisecond per read and counts the reads made after `deadline`. */
function steppingClock(deadline: number): { clock: () => number; reads: () => number; readsAfter: () => number } {
  let t = 0;
  let after = 0;
  return {
    clock: () => {
      t += 1;
      if (t > deadline) after++;
      return t;
    },
    reads: () => t,
    readsAfter: () => after,
  };
}

describe('extract: time budget', () => {
  it('stops at the first check past the deadline and says so, with nothing read', () => {
    const c = steppingClock(50);
    const result = extract(LONG, { ...HINTS, deadline: 50 }, { clock: c.clock });
    expect(result).toEqual({ quotas: [], candidates: { credit: [], validUntil: [], graceUntil: [] }, outOfTime: true });
    // One read saw the deadline passed, and no work went on after it.
    expect(c.readsAfter()).toBe(1);
    expect(c.reads()).toBe(51);
  });

  it('checks inside its loops: the whole text takes far more checks than the deadline allows', () => {
    const c = steppingClock(Number.POSITIVE_INFINITY);
    extract(LONG, { ...HINTS, deadline: Number.MAX_SAFE_INTEGER }, { clock: c.clock });
    // At least one check per value found (credit, date and two quotas per line).
    expect(c.reads()).toBeGreaterThan(400 * 4);
  });

  it.each([0, 1, 5, 20, 200, 1_000])('a deadline after %i clock reads is never a partial result', (deadline) => {
    const result = extract(LONG, { ...HINTS, deadline }, { clock: steppingClock(deadline).clock });
    expect(result.outOfTime).toBe(true);
    expect(result.credit).toBeUndefined();
    expect(result.quotas).toEqual([]);
  });

  it('a deadline not reached changes nothing', () => {
    const bounded = extract(LONG, { ...HINTS, deadline: 1_000 }, { clock: () => 0 });
    expect(bounded.outOfTime).toBeUndefined();
    expect(bounded).toEqual(extract(LONG, HINTS));
    expect(bounded.credit?.value).toEqual({ amount: 25750, currency: 'IDR' });
  });

  it('without a deadline the clock is never read', () => {
    let reads = 0;
    extract(LONG, HINTS, { clock: () => ++reads });
    expect(reads).toBe(0);
  });
});

describe('extract: size cap', () => {
  it('reads at most MAX_EXTRACT_CHARS characters: values past the cap are not seen', () => {
    const filler = 'x'.repeat(MAX_EXTRACT_CHARS);
    expect(extract(`${filler}\nPulsa Rp25.750`, HINTS).credit).toBeUndefined();
    expect(extract(`Pulsa Rp25.750\n${filler}`, HINTS).credit?.value.amount).toBe(25750);
    expect(extract(`${filler}\nPulsa Rp25.750`, HINTS, { maxChars: Number.POSITIVE_INFINITY }).credit?.value.amount).toBe(25750);
  });

  it('cuts at a line end near the cap, so no value is read half', () => {
    const text = `${'a'.repeat(90)}\nPulsa Rp25.750`;
    expect(capText(text, 100)).toBe('a'.repeat(90));
    expect(extract(text, HINTS, { maxChars: 100 }).credit).toBeUndefined();
  });

  it('never cuts a surrogate pair, and leaves short texts alone', () => {
    expect(capText(`${'a'.repeat(9)}🙂`, 10)).toBe('a'.repeat(9));
    expect(capText('short', 10)).toBe('short');
    expect(capText('b'.repeat(20), 10)).toBe('b'.repeat(10));
  });
});
