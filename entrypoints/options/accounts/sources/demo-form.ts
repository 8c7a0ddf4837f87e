/** The demo kind in the account form: no fields of its own, an IDR account named Demo. */
import type { SourceForm } from '@/entrypoints/options/accounts/source-form';
import { optionsStrings } from '@/entrypoints/options/strings';

export const demoForm: SourceForm = {
  label: () => optionsStrings.form.sources.demo,
  picked: (values) => ({ ...values, name: values.name.trim() || 'Demo', currency: 'IDR' }),
  read: () => ({ source: { kind: 'demo' }, errors: {} }),
};
