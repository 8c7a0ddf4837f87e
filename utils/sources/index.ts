/** Registry: source kind → module. Adding a kind is one file, one line here and one in `utils/model/source-kinds.ts`. */
import type { SourceConfig } from '@/utils/model';
import { demoSource } from '@/utils/sources/demo';
import { jsonApiSource } from '@/utils/sources/json-api';
import { manualSource } from '@/utils/sources/manual';
import type { Source } from '@/utils/sources/types';
import { webPageSource } from '@/utils/sources/web-page';

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
