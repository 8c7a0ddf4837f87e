// The account form draws the chosen source kind's fields from the registry (source-forms.ts), and the
// registry covers every source kind the model has: a new kind is one file and one registry line.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AccountForm } from '@/entrypoints/options/accounts/account-form';
import { formFromAccount, validateForm } from '@/entrypoints/options/accounts/account-form-values';
import type { SourceFieldsProps } from '@/entrypoints/options/accounts/source-form';
import { SOURCE_FORMS, type SourceForms, sourceKinds } from '@/entrypoints/options/accounts/source-forms';
import type { Account } from '@/utils/model';
import { PASSIVE_KINDS } from '@/utils/model/source-kinds';
import { sources } from '@/utils/sources';
import { testAccount } from '../helpers';
import { useDom } from './dom';

const dom = useDom('root');
const $ = (testId: string) => dom('root').querySelector(`[data-testid="${testId}"]`);

function show(source: Account['source'], forms?: SourceForms): void {
  const base = testAccount({ id: 'new1', source });
  act(() => {
    render(
      <AccountForm
        base={base}
        initial={formFromAccount(base, undefined, forms)}
        isNew
        forms={forms}
        onSubmit={async () => undefined}
        onInvalid={() => undefined}
        onCancel={() => undefined}
      />,
      dom('root'),
    );
  });
}

/** Picks `kind` in the kind select and fires `change` (linkedom's select `value` is read-only). */
function pick(kind: string): void {
  act(() => {
    const select = $('field-source') as HTMLSelectElement;
    for (const option of select.querySelectorAll('option')) option.toggleAttribute('selected', option.getAttribute('value') === kind);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the source form registry', () => {
  it('has one entry per source kind of the model and of the source modules', () => {
    expect([...sourceKinds()].sort()).toEqual(Object.keys(PASSIVE_KINDS).sort());
    expect([...sourceKinds()].sort()).toEqual(Object.keys(sources).sort());
  });

  it('builds the kind select from the registry, in its order and with its labels', () => {
    show({ kind: 'demo' });
    const options = [...(($('field-source') as HTMLSelectElement).querySelectorAll('option') as Iterable<HTMLOptionElement>)];
    expect(options.map((o) => o.value)).toEqual(['manual', 'json-api', 'web-page', 'demo']);
    expect(options.map((o) => o.textContent)).toEqual(sourceKinds().map((kind) => SOURCE_FORMS[kind].label()));
  });

  it.each([
    ['manual', ['field-preset', 'field-credit', 'add-quota'], ['network-fields']],
    ['json-api', ['network-fields', 'field-api-preset', 'field-url'], ['field-preset', 'field-credit', 'field-selector-credit']],
    ['web-page', ['network-fields', 'field-selector-credit', 'field-capture'], ['field-preset', 'field-api-preset']],
    ['demo', [], ['field-preset', 'field-credit', 'network-fields']],
  ] as const)('draws the %s fields and no other kind’s', (kind, present, absent) => {
    show({ kind: 'demo' });
    pick(kind);
    for (const id of present) expect($(id), id).not.toBeNull();
    for (const id of absent) expect($(id), id).toBeNull();
  });

  it('draws and reads whatever the registry gives a kind', () => {
    const Probe = ({ values }: SourceFieldsProps) => <p data-testid="probe">{values.name}</p>;
    const forms: SourceForms = {
      ...SOURCE_FORMS,
      demo: { label: () => 'Probe kind', Fields: Probe, read: () => ({ source: { kind: 'demo' }, errors: { probe: 'refused' } }) },
    };
    show({ kind: 'manual', preset: 'generic' }, forms);
    expect($('probe')).toBeNull();
    pick('demo');
    expect($('probe')?.textContent).toBe('Test line');
    expect(($('field-source') as HTMLSelectElement).querySelector('option[value="demo"]')?.textContent).toBe('Probe kind');
    const values = { ...formFromAccount(testAccount(), undefined, forms), source: 'demo' as const };
    expect(validateForm(values, testAccount(), undefined, forms)).toEqual({ ok: false, errors: { probe: 'refused' } });
  });
});
