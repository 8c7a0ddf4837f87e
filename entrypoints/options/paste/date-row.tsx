/** A date of the paste preview (valid until, grace until): editable, unsure dates offered as choices. */
import { formatDate } from '@/utils/core/format';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';

/** Props of `DateRow`. */
export interface DateRowProps {
  field: 'valid-until' | 'grace-until';
  label: string;
  value: string | undefined;
  candidates: string[];
  locale: string;
  onChange: (value: string | null) => void;
}

/** A date found, editable; unsure dates are offered as choices. */
export function DateRow({ field, label, value, candidates, locale, onChange }: DateRowProps) {
  const id = `paste-${field}`;
  return (
    <>
      <dt>
        <label for={id}>{label}</label>
      </dt>
      <dd>
        {value && (
          <time data-testid={`preview-${field}`} dateTime={value}>
            {formatDate(value, locale)}
          </time>
        )}{' '}
        <input
          id={id}
          data-testid={`edit-${field}`}
          type="date"
          value={value ?? ''}
          onChange={(e) => onChange(e.currentTarget.value || null)}
        />
        {!value && candidates.length > 0 && (
          <span class="candidates">
            {strings.maybe}{' '}
            {candidates.map((c) => (
              <button key={c} type="button" class="button small" data-testid={`${field}-candidate`} onClick={() => onChange(c)}>
                {formatDate(c, locale)}
              </button>
            ))}
          </span>
        )}
      </dd>
    </>
  );
}
