/** What the account form holds while the user types: every field as text (checkboxes as booleans). */
import type { ManualPreset, QuotaKind, SourceKind } from '@/utils/model';

/** One quota row as typed. `key` only keeps rows apart while editing. */
export interface QuotaRowValues {
  key: number;
  label: string;
  kind: QuotaKind;
  remaining: string;
  total: string;
  unit: string;
}

/** The fields every source kind has. */
export interface CommonFormValues {
  name: string;
  source: SourceKind;
  currency: string;
  interval: string;
  lowCredit: string;
  warnDays: string;
  primary: boolean;
}

/** The fields of a manual account: its preset and the balance the user typed. */
export interface ManualFormValues {
  preset: ManualPreset;
  credit: string;
  validUntil: string;
  graceDays: string;
  remindDays: string;
  /** The code shown on the card with its QR code (`*888#`); empty for none. */
  dialCode: string;
  quotas: QuotaRowValues[];
}

/** Every field of the form but the network request, which the form holds apart (`NetworkFormValues`). */
export type AccountFormValues = CommonFormValues & ManualFormValues;
