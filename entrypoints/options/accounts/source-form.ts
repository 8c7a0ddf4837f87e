/**
 * What the account form needs from each source kind: its name in the kind select, its fields, how a
 * stored account fills them and how they read back into a source configuration. `source-forms.ts`
 * maps every kind to one.
 */
import type { ComponentType } from 'preact';
import type { Account, Reading, SourceConfig } from '@/utils/model';
import type { ManualInput } from '@/utils/core/presets';
import type { AccountFormValues } from '@/entrypoints/options/accounts/account-form-state';
import type { FieldErrors, NetworkFormValues, NetworkResult } from '@/entrypoints/options/accounts/network-form-values';

/** Which errors an edit clears: field names, or a test on the name. */
export type ClearedErrors = readonly string[] | ((field: string) => boolean);

/** What a kind's fields get from the form. */
export interface SourceFieldsProps {
  /** The account being edited (its id, its stored source). */
  base: Account;
  values: AccountFormValues;
  network: NetworkFormValues;
  errors: FieldErrors;
  /** Changes the values and drops the errors of the edited fields. */
  update: (change: (old: AccountFormValues) => AccountFormValues, cleared?: ClearedErrors) => void;
  /** Replaces the network request; `field` names the edited one. */
  setNetwork: (next: NetworkFormValues, field: string) => void;
  /** Shows `errors`, says the form was refused and focuses the first. */
  refuse: (errors: FieldErrors) => void;
  /** Pick the values on the page as soon as the fields are drawn (the card's action). */
  pickNow?: boolean;
  /** Saves the account with `next` as its request at once (the card's path, after the user confirmed the picks). */
  savePicked?: (next: NetworkFormValues) => Promise<void>;
}

/** A kind's fields read back: its source configuration, the values a manual account records, and errors. */
export interface SourceRead {
  source?: SourceConfig;
  manual?: ManualInput;
  errors: FieldErrors;
}

/** What the form reads a kind with: the validated currency and, for a network kind, its checked request. */
export interface ReadContext {
  currency: string;
  network?: NetworkResult;
}

/** One source kind in the account form. */
export interface SourceForm {
  /** Its option in the kind select, in the UI language. */
  label: () => string;
  /** Controls drawn in the main grid right after the kind select. */
  Head?: ComponentType<SourceFieldsProps>;
  /** The kind's own fieldset, under the fields every kind has. */
  Fields?: ComponentType<SourceFieldsProps>;
  /** The form's values that a stored account of this kind fills (its latest reading for a manual one). */
  fill?: (account: Account, latest?: Reading) => Partial<AccountFormValues>;
  /** The form once this kind is picked. */
  picked?: (values: AccountFormValues) => AccountFormValues;
  /** Checks the network request of a kind that reads one. */
  checkNetwork?: (network: NetworkFormValues) => NetworkResult;
  /** Reads the kind's fields into its source configuration. */
  read: (values: AccountFormValues, context: ReadContext) => SourceRead;
}
