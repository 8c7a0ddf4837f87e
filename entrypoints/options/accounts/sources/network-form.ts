/** The JSON API and web page kinds in the account form: a URL and how to read the answer. */
import { type NetworkKind, validateNetwork } from '@/entrypoints/options/accounts/network-form-values';
import type { SourceForm } from '@/entrypoints/options/accounts/source-form';
import { NetworkFields } from '@/entrypoints/options/accounts/sources/network-fields';
import { optionsStrings } from '@/entrypoints/options/strings';

/** The form entry of a network kind; its request is held apart from the other values and checked first. */
export function networkForm(kind: NetworkKind): SourceForm {
  return {
    label: () => optionsStrings.form.sources[kind],
    Fields: NetworkFields,
    checkNetwork: (network) => validateNetwork(kind, network),
    read: (_values, { network }) => {
      if (!network) return { errors: { url: optionsStrings.errors.url } };
      return network.ok ? { source: network.source, errors: {} } : { errors: network.errors };
    },
  };
}
