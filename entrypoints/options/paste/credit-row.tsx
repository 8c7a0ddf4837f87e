/** The paste preview's credit: amount and currency editable, unsure amounts offered as choices. */
import type { Money } from '@/utils/model';
import { formatMoney, plainDecimal } from '@/utils/core/format';
import { describedBy } from '@/entrypoints/options/field';
import { optionsStrings } from '@/entrypoints/options/strings';
import type { CreditDraft, DraftErrors } from '@/entrypoints/options/paste/paste-drafts';
import { DraftError } from '@/entrypoints/options/paste/draft-error';
import { pasteStrings as strings } from '@/entrypoints/options/paste/paste-strings';

/** Props of `CreditRow`. */
export interface CreditRowProps {
  credit: Money | undefined;
  draft: CreditDraft;
  errors: DraftErrors;
  candidates: Money[];
  locale: string;
  onDraft: (draft: CreditDraft) => void;
  onPick: (credit: Money) => void;
}

/** The credit found, amount and currency editable; unsure amounts are offered as choices. */
export function CreditRow({ credit, draft, errors, candidates, locale, onDraft, onPick }: CreditRowProps) {
  return (
    <>
      <dt>
        <label for="paste-credit">{strings.fieldNames.credit}</label>
      </dt>
      <dd>
        {credit && (
          <output data-testid="preview-credit" data-amount={plainDecimal(credit.amount)} data-currency={credit.currency}>
            {formatMoney(credit.amount, credit.currency, locale)}
          </output>
        )}{' '}
        <input
          id="paste-credit"
          data-testid="edit-credit"
          inputMode="decimal"
          class="short"
          value={draft.amount}
          placeholder={credit ? '' : strings.notFound}
          aria-invalid={errors.amount ? 'true' : undefined}
          aria-describedby={describedBy('paste-credit', errors.amount)}
          onInput={(e) => onDraft({ ...draft, amount: e.currentTarget.value })}
        />{' '}
        <input
          id="paste-currency"
          data-testid="edit-currency"
          class="currency"
          maxLength={3}
          autoCapitalize="characters"
          spellcheck={false}
          value={draft.currency}
          aria-label={optionsStrings.form.currency}
          title={optionsStrings.form.currencyHint}
          aria-invalid={errors.currency ? 'true' : undefined}
          aria-describedby={describedBy('paste-currency', errors.currency)}
          onInput={(e) => onDraft({ ...draft, currency: e.currentTarget.value.toUpperCase() })}
        />
        {!credit && candidates.length > 0 && (
          <span class="candidates">
            {strings.maybe}{' '}
            {candidates.map((c, i) => (
              <button key={i} type="button" class="button small" data-testid="credit-candidate" onClick={() => onPick(c)}>
                {formatMoney(c.amount, c.currency, locale)}
              </button>
            ))}
          </span>
        )}
        {errors.amount && <DraftError id="paste-credit" field="credit" message={errors.amount} />}
        {errors.currency && <DraftError id="paste-currency" field="currency" message={errors.currency} />}
      </dd>
    </>
  );
}
