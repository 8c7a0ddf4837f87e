/** Registry: source kind → module. Adding a kind is one file and one line here. */
import type { SourceConfig } from '../model';
import { demoSource } from './demo';
import { manualSource } from './manual';
import type { Source } from './types';

type Registry = { [K in SourceConfig['kind']]: Source<K> };

export const sources: Registry = {
  demo: demoSource,
  manual: manualSource,
};

/** The module for a source kind. */
export function sourceFor<K extends SourceConfig['kind']>(kind: K): Source<K> {
  return sources[kind] as Source<K>;
}
