/** Registry: source kind → module. Adding a kind is one file, one line here and one in `kinds.ts`. */
import type { SourceConfig } from '../model';
import { demoSource } from './demo';
import { jsonApiSource } from './json-api';
import { manualSource } from './manual';
import type { Source } from './types';
import { webPageSource } from './web-page';

type Registry = { [K in SourceConfig['kind']]: Source<K> };

export const sources: Registry = {
  demo: demoSource,
  manual: manualSource,
  'json-api': jsonApiSource,
  'web-page': webPageSource,
};

/** The module for a source kind. */
export function sourceFor<K extends SourceConfig['kind']>(kind: K): Source<K> {
  return sources[kind] as Source<K>;
}
