/** One quota of the paste preview: what was found, as the card will name it, and its fields to correct. */
import { formatDate, formatQuotaAmount, plainDecimal, quotaBytes } from '@/utils/core/format';
import { DATA_UNITS, QUOTA_KINDS, type Quota } from '@/utils/model';
import { quotaLabel } from '@/components/card-text';
import { describedBy, Field } from '@/entrypoints/options/field';
import { optionsStrings } from '@/entrypoints/options/strings';
import { changeDraftKind, type DraftErrors, type QuotaDraft } from '@/entrypoints/options/paste/paste-drafts';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';

const f = optionsStrings.form;

/** Props of `PasteQuotaRow`. */
export interface PasteQuotaRowProps {
  index: number;
  /** The quota as it would be saved (found, or last edited without error). */
  quota: Quota;
  /** What the fields show. */
  draft: QuotaDraft;
  errors: DraftErrors;
  locale: string;
  onDraft: (draft: QuotaDraft) => void;
  onRemove: () => void;
}

/** A `preview-quota` item with its `edit-quota-*` fields and `remove-quota`. */
export function PasteQuotaRow({ index, quota, draft, errors, locale, onDraft, onRemove }: PasteQuotaRowProps) {
  const id = (name: string) => `paste-quota-${index}-${name}`;
  const field = (name: string) => `quotas.${index}.${name}`;
  const set = (change: Partial<QuotaDraft>) => onDraft({ ...draft, ...change });
  const bytes = quotaBytes(quota);
  return (
    <li
      class="paste-quota"
      data-testid="preview-quota"
      data-kind={quota.kind}
      {...(bytes === undefined ? {} : { 'data-remaining-bytes': plainDecimal(bytes) })}
    >
      <p class="paste-quota-found">
        <span>{quotaLabel(quota)}: </span>
        <strong>{quota.unlimited ? strings.unlimited : formatQuotaAmount(quota, quota.remaining, locale)}</strong>
        {quota.expiresAt && <span class="muted"> · {strings.until(formatDate(quota.expiresAt, locale))}</span>}{' '}
        <button type="button" class="button small" data-testid="remove-quota" onClick={onRemove}>
          {strings.remove}
        </button>
      </p>
      <div class="paste-quota-edit">
        <Field id={id('label')} field={field('label')} label={f.quotaLabel} error={errors.label}>
          <input
            id={id('label')}
            data-testid="edit-quota-label"
            maxLength={80}
            value={draft.label}
            placeholder={quotaLabel({ label: '', kind: draft.kind })}
            aria-invalid={errors.label ? 'true' : undefined}
            aria-describedby={describedBy(id('label'), errors.label)}
            onInput={(e) => set({ label: e.currentTarget.value })}
          />
        </Field>
        <Field id={id('kind')} field={field('kind')} label={f.quotaKind}>
          <select
            id={id('kind')}
            data-testid="edit-quota-kind"
            value={draft.kind}
            onChange={(e) => onDraft(changeDraftKind(draft, e.currentTarget.value as Quota['kind']))}
          >
            {QUOTA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {f.quotaKinds[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('remaining')} field={field('remaining')} label={f.quotaRemaining} error={errors.remaining}>
          <input
            id={id('remaining')}
            data-testid="edit-quota-remaining"
            inputMode="decimal"
            value={draft.unlimited ? '' : draft.remaining}
            disabled={draft.unlimited}
            aria-invalid={errors.remaining ? 'true' : undefined}
            aria-describedby={describedBy(id('remaining'), errors.remaining)}
            onInput={(e) => set({ remaining: e.currentTarget.value })}
          />
        </Field>
        <Field id={id('unit')} field={field('unit')} label={f.quotaUnit} error={errors.unit}>
          {draft.kind === 'data' ? (
            <select id={id('unit')} data-testid="edit-quota-unit" value={draft.unit} onChange={(e) => set({ unit: e.currentTarget.value })}>
              {!(DATA_UNITS as readonly string[]).includes(draft.unit) && <option value={draft.unit}>{draft.unit}</option>}
              {DATA_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={id('unit')}
              data-testid="edit-quota-unit"
              maxLength={16}
              value={draft.unit}
              aria-invalid={errors.unit ? 'true' : undefined}
              aria-describedby={describedBy(id('unit'), errors.unit)}
              onInput={(e) => set({ unit: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field id={id('expires')} field={field('expires')} label={strings.quotaExpires} error={errors.expires}>
          <input
            id={id('expires')}
            data-testid="edit-quota-expires"
            type="date"
            value={draft.expiresAt}
            aria-invalid={errors.expires ? 'true' : undefined}
            aria-describedby={describedBy(id('expires'), errors.expires)}
            onChange={(e) => set({ expiresAt: e.currentTarget.value })}
          />
        </Field>
        <Field id={id('unlimited')} field={field('unlimited')} label={strings.unlimited} inline>
          <input
            id={id('unlimited')}
            data-testid="edit-quota-unlimited"
            type="checkbox"
            checked={draft.unlimited}
            onChange={(e) => set({ unlimited: e.currentTarget.checked })}
          />
        </Field>
      </div>
    </li>
  );
}
