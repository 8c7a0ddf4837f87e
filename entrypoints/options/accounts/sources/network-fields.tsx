/** A JSON API or web page account's request fields in the form, and its Test that reads the site now. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefreshState, SourceTestResult } from '@/utils/model';
import { getRefreshStates } from '@/utils/stores/refresh-state';
import { sendMessage } from '@/utils/background/messages';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import { type NetworkKind, originPattern, validateNetwork } from '@/entrypoints/options/accounts/network-form-values';
import type { SourceFieldsProps } from '@/entrypoints/options/accounts/source-form';
import { NetworkSourceFields } from '@/entrypoints/options/accounts/sources/network-source-fields';
import type { PickStatus } from '@/entrypoints/options/accounts/pick-on-page';
import { optionsStrings } from '@/entrypoints/options/strings';

/**
 * Whether the account's last refresh found its page drawn by JavaScript: a failure saying so, or (with capture on
 * visit, where such a page is no failure) a success that recorded it.
 */
export function foundDrawnByScript(state: RefreshState | undefined): boolean {
  return state?.error?.text?.key === 'source.drawnByScript' || state?.drawnByScript === true;
}

/** The network fields of the chosen kind, wired to the form; one component for both kinds, so switching keeps its state. */
export function NetworkFields({ base, values, network, errors, update, setNetwork, refuse, pickNow, savePicked }: SourceFieldsProps) {
  const kind: NetworkKind = values.source === 'web-page' ? 'web-page' : 'json-api';
  // The account's last refresh found a page drawn by JavaScript: the form offers rendering, as after a Test.
  const [scripted, setScripted] = useState(false);
  useEffect(() => {
    void getRefreshStates().then((states) => setScripted(foundDrawnByScript(states[base.id])));
  }, [base.id]);
  const [pickStatus, setPickStatus] = useState<PickStatus>();
  const s = optionsStrings.network;
  const currencyOf = () => {
    const typed = values.currency.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(typed) ? typed : base.currency;
  };
  /** Picks the values on the page; `auto` is the card's path, which saves what the user confirmed there. */
  const pick = async (auto: boolean) => {
    if (pickStatus?.busy) return;
    const checked = validateNetwork('web-page', { ...network, fields: { ...network.fields } });
    const url = network.url.trim();
    if (!checked.ok && checked.errors.url) return refuse({ url: checked.errors.url });
    // As on save: asking for the site comes before anything else the click does (the card's path has it already).
    if (!auto && !(await requestOrigin(url))) return refuse({ url: s.permissionDenied(originPattern(url)) });
    setPickStatus({ busy: true, ok: true, text: s.picking });
    // Loaded on the first pick: the options page's first paint stays small.
    const { pickIntoForm } = await import('@/entrypoints/options/accounts/pick-on-page');
    const { status, next } = await pickIntoForm(url, currencyOf(), network, auto && savePicked !== undefined);
    setPickStatus(status);
    if (next && status.reason === 'saved') await savePicked?.(next);
    else if (next) setNetwork(next, 'picked');
  };
  // The card's action opens the form to pick at once: once, with the form as first drawn.
  const started = useRef(false);
  const latestPick = useRef(pick);
  latestPick.current = pick;
  useEffect(() => {
    if (!pickNow || kind !== 'web-page' || started.current) return;
    started.current = true;
    void latestPick.current(true);
  }, [pickNow, kind]);
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
    const currency = currencyOf();
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
      onPick={() => void pick(false)}
      pickStatus={pickStatus}
    />
  );
}
