/** Registry: source kind → its part of the account form. Adding a kind is one file in `sources/` and one line here. */
import type { SourceKind } from '@/utils/model';
import type { SourceForm } from '@/entrypoints/options/accounts/source-form';
import { demoForm } from '@/entrypoints/options/accounts/sources/demo-form';
import { manualForm } from '@/entrypoints/options/accounts/sources/manual-form';
import { networkForm } from '@/entrypoints/options/accounts/sources/network-form';

/** Every kind's form; the kind select lists them in this order. */
export type SourceForms = Readonly<Record<SourceKind, SourceForm>>;

export const SOURCE_FORMS: SourceForms = {
  manual: manualForm,
  'json-api': networkForm('json-api'),
  'web-page': networkForm('web-page'),
  demo: demoForm,
};

/** The kinds in the order the kind select shows them. */
export function sourceKinds(forms: SourceForms = SOURCE_FORMS): SourceKind[] {
  return Object.keys(forms) as SourceKind[];
}
