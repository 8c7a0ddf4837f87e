// A cheap guard on the built extension's size, so a heavy dependency cannot slip in unnoticed.
// Runs after `wxt build` (in the end-to-end step of `npm test`); `npm run bench` reports the full table.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBundle } from '../bench/bundle-size';

const BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

describe('bundle size of the production build', () => {
  const sizes = new Map(measureBundle(BUILD).map((e) => [e.entry, e]));

  it('keeps the background worker within its budget', () => {
    expect(sizes.get('background')?.gzip).toBeLessThanOrEqual(BUDGETS.background);
  });

  it('keeps the popup first paint within its budget', () => {
    const popup = sizes.get('popup');
    expect(popup?.files.length).toBeGreaterThan(0);
    expect(popup?.gzip).toBeLessThanOrEqual(BUDGETS.popup);
  });

  it('keeps Preact out of the popup first paint: it loads after the cards are drawn', async () => {
    const { readFileSync } = await import('node:fs');
    const code = (sizes.get('popup')?.files ?? []).map((f) => readFileSync(`${BUILD}/${f}`, 'utf8')).join('\n');
    // Preact's build marks the element it renders into with `__k` (its mangled `_children`).
    expect(code).not.toMatch(/\.__k\b/);
  });

  it('loads neither the extraction engine nor the validator in the popup first paint', async () => {
    const { readFileSync } = await import('node:fs');
    const popup = sizes.get('popup');
    const code = (popup?.files ?? []).map((f) => readFileSync(`${BUILD}/${f}`, 'utf8')).join('\n');
    // Markers of valibot's schema objects and of the engine's keyword tables.
    expect(code).not.toMatch(/~standard/);
    expect(code).not.toMatch(/masa tenggang/);
  });

  it('loads the QR code library (lean-qr) and the dial help only after the popup first paint', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    // The build has them, as chunks of their own that the card loads when a QR code is shown.
    const chunks = readdirSync(`${BUILD}/chunks`).map((f) => `chunks/${f}`);
    const qr = chunks.filter((f) => readFileSync(`${BUILD}/${f}`, 'utf8').includes('lean-qr error'));
    const dialHelp = chunks.filter((f) => /^chunks\/dial-help-[\w-]+\.js$/.test(f));
    expect(qr.length).toBeGreaterThan(0);
    expect(dialHelp.length).toBeGreaterThan(0);
    const files = sizes.get('popup')?.files ?? [];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => [...qr, ...dialHelp].includes(f))).toEqual([]);
    // Nor inlined into, or imported by, what the first paint runs.
    const code = files.map((f) => readFileSync(`${BUILD}/${f}`, 'utf8')).join('\n');
    expect(code).not.toContain('lean-qr error');
    for (const chunk of [...qr, ...dialHelp]) expect(code).not.toContain(chunk.slice('chunks/'.length));
  });

  it('has no page loading more than 64 KB gzip before its first paint', () => {
    for (const [entry, size] of sizes) expect([entry, size.gzip <= 64 * 1024]).toEqual([entry, true]);
  });
});
