/** Sizes of the built extension per entrypoint: what each page loads for its first paint, raw and gzip. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Budgets in gzip bytes (issue 14): the popup's first paint and the background worker. */
export const BUDGETS = { popup: 12 * 1024, background: 30 * 1024 } as const;

function fileSize(dir: string, file: string): { raw: number; gzip: number } {
  const data = readFileSync(join(dir, file));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/**
 * What an HTML page of the build loads before it runs: the page itself (with any inline style) and the
 * scripts and styles it names (`src`, `href` of stylesheets and modulepreloads).
 */
export function pageAssets(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return [html, ...new Set(refs.filter((r) => /\.(js|css)$/.test(r)).map((r) => r.replace(/^\//, '')))];
}

/** Size of each page's first-paint assets and of the background worker in a build directory. */
export function measureBundle(dir: string): EntrySize[] {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}; run \`npm run build\` first`);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const entries: EntrySize[] = pages.map((html) => {
    const files = pageAssets(dir, html);
    const sizes = files.map((f) => fileSize(dir, f));
    return {
      entry: html.replace(/\.html$/, ''),
      files,
      raw: sizes.reduce((s, x) => s + x.raw, 0),
      gzip: sizes.reduce((s, x) => s + x.gzip, 0),
    };
  });
  const background = fileSize(dir, 'background.js');
  entries.push({ entry: 'background', files: ['background.js'], ...background });
  return entries.sort((a, b) => a.entry.localeCompare(b.entry));
}
