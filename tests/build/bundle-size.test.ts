// A cheap guard on the built extension's size, so a heavy dependency cannot slip in unnoticed.
// Runs after `wxt build` (in the end-to-end step of `npm test`); `npm run bench` reports the full table.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBundle } from '../bench/bundle-size';

const BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/**
 * The popup's first paint is 21.9 KB gzip, over its 20 KB budget (issue 7 is open; docs/PERFORMANCE.md
 * has the plan). Until it meets the budget, this ceiling — today's size plus 2 % — keeps it from
 * growing; lower it with every cut, never raise it. (Cut from 25.7 KB: WXT's storage module replaced
 * by `utils/storage-item.ts`.)
 */
const POPUP_CEILING = 22_400;

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

  it('loads neither the extraction engine nor the validator in the popup first paint', async () => {
    const { readFileSync } = await import('node:fs');
    const popup = sizes.get('popup');
    const code = (popup?.files ?? []).map((f) => readFileSync(`${BUILD}/${f}`, 'utf8')).join('\n');
    // Markers of valibot's schema objects and of the engine's keyword tables.
    expect(code).not.toMatch(/~standard/);
    expect(code).not.toMatch(/masa tenggang/);
  });

  it('has no page loading more than 64 KB gzip before its first paint', () => {
    for (const [entry, size] of sizes) expect([entry, size.gzip <= 64 * 1024]).toEqual([entry, true]);
  });
});
