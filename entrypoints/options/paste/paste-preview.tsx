/** The paste tool's preview: the text with what was found marked, and each value found, editable. */
import { creditDraft, quotaDraft } from '@/entrypoints/options/paste/paste-drafts';
import { CreditRow } from '@/entrypoints/options/paste/credit-row';
import { DateRow } from '@/entrypoints/options/paste/date-row';
import { PasteQuotaRow } from '@/entrypoints/options/paste/paste-quota-row';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';
import type { PastePreviewState } from '@/entrypoints/options/paste/use-paste-preview';
import { hasPasteValues } from '@/utils/core/paste';

/** Props of `PastePreview`. */
export interface PastePreviewProps {
  preview: PastePreviewState;
  currency: string;
  locale: string;
}

/** The highlighted text, the credit, the two dates and the quotas. */
export function PastePreview({ preview, currency, locale }: PastePreviewProps) {
  const { extraction, edits, values, segments, removed, creditText, quotaTexts, creditErrors, quotaErrors, edit } = preview;
  return (
    <section class="paste-preview" aria-live="polite" aria-labelledby="paste-preview-heading">
      <h3 id="paste-preview-heading">{strings.found}</h3>
      <p class="paste-highlight" data-testid="paste-highlight">
        {segments.map((s, i) =>
          s.field ? (
            <mark key={i} class={`mark-${s.field}`} title={strings.fieldNames[s.field]}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
      <dl class="paste-values">
        <CreditRow
          credit={values.credit}
          draft={creditText ?? creditDraft(values.credit, currency)}
          errors={creditErrors}
          candidates={edits.credit === undefined ? extraction.candidates.credit.map((c) => c.value) : []}
          locale={locale}
          onDraft={preview.onCreditText}
          onPick={preview.onCredit}
        />
        <DateRow
          field="valid-until"
          label={strings.fieldNames.validUntil}
          value={values.validUntil}
          candidates={edits.validUntil === undefined ? extraction.candidates.validUntil.map((c) => c.value) : []}
          locale={locale}
          onChange={(validUntil) => edit({ validUntil })}
        />
        <DateRow
          field="grace-until"
          label={strings.fieldNames.graceUntil}
          value={values.graceUntil}
          candidates={edits.graceUntil === undefined ? extraction.candidates.graceUntil.map((c) => c.value) : []}
          locale={locale}
          onChange={(graceUntil) => edit({ graceUntil })}
        />
      </dl>
      {extraction.quotas.length > 0 && (
        <ul class="paste-quotas">
          {extraction.quotas.map((found, i) => {
            if (removed.has(i)) return null;
            const quota = edits.quotas?.[i] ?? found.value;
            return (
              <PasteQuotaRow
                key={i}
                index={i}
                quota={quota}
                draft={quotaTexts[i] ?? quotaDraft(quota)}
                errors={quotaErrors.get(i) ?? {}}
                locale={locale}
                onDraft={(draft) => preview.onQuotaText(i, found.value, draft)}
                onRemove={() => edit({ removedQuotas: [...(edits.removedQuotas ?? []), i] })}
              />
            );
          })}
        </ul>
      )}
      {!hasPasteValues(values) && <p data-testid="paste-nothing">{strings.nothing}</p>}
    </section>
  );
}
