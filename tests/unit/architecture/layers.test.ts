import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph';

/**
 * Which folder may import which (docs/architecture.md, "Where things live"): imports point down only.
 * A page folder may also import its own files and the shared `components/`.
 */
const COMPONENTS_MAY_IMPORT = ['utils/model', 'utils/i18n', 'utils/core', 'utils/stores', 'utils/background/messages.ts'];
const MAY_IMPORT: Record<string, readonly string[]> = {
  'utils/i18n': [],
  'utils/model': ['utils/i18n'],
  'utils/extract': ['utils/model', 'utils/i18n'],
  'utils/core': ['utils/model', 'utils/i18n', 'utils/extract'],
  'utils/stores': ['utils/model', 'utils/i18n', 'utils/core'],
  'utils/sources': ['utils/model', 'utils/i18n', 'utils/core', 'utils/extract'],
  'utils/background': ['utils/model', 'utils/i18n', 'utils/core', 'utils/extract', 'utils/stores', 'utils/sources'],
  // The picker injected into an account page reads values as the sources do.
  'utils/picker': ['utils/model', 'utils/i18n', 'utils/core', 'utils/extract', 'utils/sources'],
  components: COMPONENTS_MAY_IMPORT,
};
// Pages run the engine on what the user pastes and offer the JSON API presets in the form.
// …and the site recipes (Messages for web) as form presets.
const PAGE_MAY_IMPORT = [...COMPONENTS_MAY_IMPORT, 'components', 'utils/extract', 'utils/sources/api-presets.ts', 'utils/sources/recipes'];

/** The layer a file belongs to: its `utils/<layer>` folder, `components`, or its page (`entrypoints/<page>`). */
function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'utils') return `utils/${parts[1]}`;
  if (parts[0] === 'components') return 'components';
  return `entrypoints/${(parts[1] ?? '').replace(/(\.content)?\.tsx?$/, '')}`;
}

const within = (file: string, place: string) => file === place || file.startsWith(`${place}/`);

function allowed(from: string, to: string): boolean {
  const layer = layerOf(from);
  if (layerOf(to) === layer) return true;
  if (layer.startsWith('entrypoints/')) {
    // The popup's first-paint script draws with the popup's own view.
    if (layer === 'entrypoints/popup-paint' && layerOf(to) === 'entrypoints/popup') return true;
    // Entrypoints are thin: the background, the offscreen document and the injected and content scripts call into the shell.
    if (
      [
        'entrypoints/background',
        'entrypoints/offscreen',
        'entrypoints/capture',
        'entrypoints/render-reader',
        'entrypoints/picker',
      ].includes(layer)
    )
      return within(to, 'utils');
    return PAGE_MAY_IMPORT.some((place) => within(to, place));
  }
  return (MAY_IMPORT[layer] ?? []).some((place) => within(to, place));
}

describe('the import graph', () => {
  const graph = importGraph();

  it('reads the whole app', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('entrypoints/background.ts')).toContain('utils/background/lifecycle.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('points down the layers only', () => {
    const upward = [...graph].flatMap(([from, targets]) => targets.filter((to) => !allowed(from, to)).map((to) => `${from} -> ${to}`));
    expect(upward).toEqual([]);
  });

  it('finds a cycle and an upward import when there is one', () => {
    const broken = new Map([
      ['utils/model/a.ts', ['utils/core/b.ts']],
      ['utils/core/b.ts', ['utils/model/a.ts']],
    ]);
    expect(cycles(broken)).toEqual([['utils/core/b.ts', 'utils/model/a.ts']]);
    expect(allowed('utils/model/a.ts', 'utils/core/b.ts')).toBe(false);
    expect(allowed('utils/core/b.ts', 'utils/model/a.ts')).toBe(true);
    expect(allowed('entrypoints/options/App.tsx', 'entrypoints/popup/account-card.tsx')).toBe(false);
  });
});
