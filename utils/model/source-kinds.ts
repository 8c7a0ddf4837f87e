/**
 * What pages need to know about each source kind without loading its code (the popup must not pull
 * the fetchers and the extraction engine into its first paint). Typed per kind, so a new kind must
 * say here whether it is passive.
 */
import type { Account, SourceKind } from '@/utils/model';

/** Passive sources only change when the user enters a reading; they have no timer. */
export const PASSIVE_KINDS: Readonly<Record<SourceKind, boolean>> = {
  demo: false,
  manual: true,
  'json-api': false,
  'web-page': false,
};

/** The URL a network account reads; undefined for demo and manual accounts. */
export function accountUrl(account: Account): string | undefined {
  return account.source.kind === 'json-api' || account.source.kind === 'web-page' ? account.source.url : undefined;
}
