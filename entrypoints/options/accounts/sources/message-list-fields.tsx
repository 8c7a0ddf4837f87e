/** A web page account's message-list fields: the Messages for web preset, the locators, and the optional balance query. */
import { Field, controlProps } from '@/entrypoints/options/field';
import { applyMessagesForWeb, type MessageListValues } from '@/entrypoints/options/accounts/message-list-values';
import type { FieldErrors } from '@/entrypoints/options/accounts/network-form-values';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.messages;

export interface MessageListFieldsProps {
  accountId: string;
  url: string;
  values: MessageListValues;
  errors: FieldErrors;
  /** `url` is given by the preset (its conversation address start). */
  onChange: (values: MessageListValues, field: string, url?: string) => void;
}

const LOCATORS = ['item', 'text', 'time', 'day'] as const;

// The balance query setting (source.messages.query) is not offered yet: its worker step
// (utils/background/query-claim.ts) is not wired for lack of room in the worker's size budget.
// A stored query (from a backup) is kept as it is by the form (message-list-values.ts).

export function MessageListFields({ url, values, errors, onChange }: MessageListFieldsProps) {
  const set = (patch: Partial<MessageListValues>, field: string) => onChange({ ...values, ...patch }, field);
  return (
    <fieldset class="message-list" data-testid="message-list-fields">
      <legend>{s.heading}</legend>
      <p class="muted">{s.intro}</p>
      <p>
        <button
          type="button"
          class="button small"
          data-testid="preset-messages-for-web"
          onClick={() => {
            const next = applyMessagesForWeb(values, url);
            onChange(next.list, 'messages.item', next.url);
          }}
        >
          {s.preset}
        </button>{' '}
        <small class="muted">{s.presetHint}</small>
      </p>
      <div class="grid">
        {LOCATORS.map((key) => (
          <Field key={key} id={`f-messages-${key}`} field={`messages.${key}`} label={s[key]} error={errors[`messages.${key}`]}>
            <input
              {...controlProps(`f-messages-${key}`, errors[`messages.${key}`])}
              type="text"
              data-testid={`field-messages-${key}`}
              spellcheck={false}
              autoComplete="off"
              value={values[key]}
              onInput={(e) => set({ [key]: e.currentTarget.value }, `messages.${key}`)}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
