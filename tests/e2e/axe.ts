/**
 * Runs axe-core on a page of the extension. The engine is evaluated over CDP (`page.evaluate`),
 * which the extension pages' CSP does not block, unlike an injected `<script>` tag.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
// The browser bundle of axe-core, read once.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, as much of it as a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
  /** What axe says about the first few nodes (e.g. the contrast ratio it measured). */
  summaries: string[];
}

/** The colour schemes each page is checked in. */
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Makes the page follow a system colour scheme (the CSS reads `prefers-color-scheme`). */
export async function emulateScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
}

/**
 * Relative luminance (0 black to 1 white) of the page's background as drawn, so a test can tell
 * that the page follows the emulated scheme.
 */
export async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.039_28 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  if (r === undefined || g === undefined || b === undefined) throw new Error(`no background colour: ${rgb}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Runs axe on the whole page (WCAG 2.x A and AA rules and best practices) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      summaries: v.nodes.slice(0, 3).map((n) => (n.failureSummary ?? '').replace(/\s+/g, ' ')),
    }));
  });
}

/** Violations that fail the suite: serious or critical. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable report of violations: id, impact, help, and every target. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  if (violations.length === 0) return `${where}: no violations`;
  return [
    `${where}: ${violations.length} violation(s)`,
    ...violations.map(
      (v) => `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n    targets: ${v.targets.join(' | ')}\n    ${v.summaries.join('\n    ')}`,
    ),
  ].join('\n');
}
