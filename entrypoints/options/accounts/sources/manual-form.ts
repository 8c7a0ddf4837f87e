/** The manual kind in the account form: a carrier preset and the balance the user types. */
import type { SourceForm } from '@/entrypoints/options/accounts/source-form';
import { ManualFields, ManualPresetField } from '@/entrypoints/options/accounts/sources/manual-fields';
import { fillManual, readManual } from '@/entrypoints/options/accounts/sources/manual-values';
import { optionsStrings } from '@/entrypoints/options/strings';

export const manualForm: SourceForm = {
  label: () => optionsStrings.form.sources.manual,
  Head: ManualPresetField,
  Fields: ManualFields,
  fill: fillManual,
  read: readManual,
};
