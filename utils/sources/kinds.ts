/**
 * What pages need to know about each source kind without loading its code (the popup must not pull
 * the fetchers and the extraction engine into its first paint). Typed per kind, so a new kind must
 * say here whether it is passive.
 */
import type { SourceKind } from '../model';

/** Passive sources only change when the user enters a reading; they have no timer. */
export const PASSIVE_KINDS: Readonly<Record<SourceKind, boolean>> = {
  demo: false,
  manual: true,
  'json-api': false,
  'web-page': false,
};
