/** A JSON API or web page account's request fields in the form, and its Test that reads the site now. */
import { useEffect, useState } from 'preact/hooks';
import type { SourceTestResult } from '@/utils/model';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { sendMessage } from '@/utils/background/messages';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import { type NetworkKind, originPattern, validateNetwork } from '@/entrypoints/options/accounts/network-form-values';
import type { SourceFieldsProps } from '@/entrypoints/options/accounts/source-form';
import { NetworkSourceFields } from '@/entrypoints/options/accounts/sources/network-source-fields';
import { optionsStrings } from '@/entrypoints/options/strings';

/** The network fields of the chosen kind, wired to the form; one component for both kinds, so switching keeps its state. */
export function NetworkFields({ base, values, network, errors, update, setNetwork, refuse }: SourceFieldsProps) {
  const kind: NetworkKind = values.source === 'web-page' ? 'web-page' : 'json-api';
  // The account's last refresh found a page drawn by JavaScript: the form offers rendering, as after a Test.
  const [scripted, setScripted] = useState(false);
  useEffect(() => {
    void getRefreshStates().then((states) => setScripted(states[base.id]?.error?.text?.key === 'source.drawnByScript'));
  }, [base.id]);
  const test = async (): Promise<SourceTestResult | undefined> => {
    const checked = validateNetwork(kind, network);
    if (!checked.ok) {
      refuse(checked.errors);
      return undefined;
    }
    // As on save: asking for the site comes before anything else the click does.
    if (!(await requestOrigin(checked.source.url))) {
      refuse({ url: optionsStrings.network.permissionDenied(originPattern(checked.source.url)) });
      return undefined;
    }
    const typed = values.currency.trim().toUpperCase();
    const currency = /^[A-Z]{3}$/.test(typed) ? typed : base.currency;
    return sendMessage('testSource', { account: { ...base, name: values.name.trim() || 'Test', currency, source: checked.source } });
  };
  return (
    <NetworkSourceFields
      kind={kind}
      values={network}
      errors={errors}
      onChange={setNetwork}
      onInterval={(minutes) => update((old) => ({ ...old, interval: String(minutes) }), ['interval'])}
      onTest={test}
      refreshScripted={scripted}
      accountId={base.id}
    />
  );
}
