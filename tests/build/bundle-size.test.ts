// A cheap guard on the built extension's size, so a heavy dependency cannot slip in unnoticed.
// Runs after `wxt build` (in the end-to-end step of `npm test`); `npm run bench` reports the full table.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { BUDGETS, measureBundle } from '../bench/bundle-size';

const BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
// The popup's first paint is 24.3 KB gzip today, over its 20 KB budget (docs/PERFORMANCE.md says
// why and what is planned); until it is slimmed this ceiling stops it from growing further.
const POPUP_CEILING = 25 * 1024;

describe('bundle size of the production build', () => {
  const sizes = new Map(measureBundle(BUILD).map((e) => [e.entry, e]));

  it('keeps the background worker within its budget', () => {
    expect(sizes.get('background')?.gzip).toBeLessThanOrEqual(BUDGETS.background);
  });

  it('keeps the popup first paint from growing', () => {
    const popup = sizes.get('popup');
    expect(popup?.files.length).toBeGreaterThan(0);
    expect(popup?.gzip).toBeLessThanOrEqual(POPUP_CEILING);
  });

  it('has no page loading more than 64 KB gzip before its first paint', () => {
    for (const [entry, size] of sizes) expect([entry, size.gzip <= 64 * 1024]).toEqual([entry, true]);
  });
});
