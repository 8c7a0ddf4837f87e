/** A web page account's message-list fields: the Messages for web preset, the locators, and the optional balance query. */
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/core/format';
import { ensureInstallId, installIdItem, querySentItem } from '@/utils/stores/message-log';
import { Field, controlProps } from '@/entrypoints/options/field';
import { applyMessagesForWeb, type MessageListValues } from '@/entrypoints/options/accounts/message-list-values';
import type { FieldErrors } from '@/entrypoints/options/accounts/network-form-values';
import { optionsStrings } from '@/entrypoints/options/strings';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import type { PickStatus } from '@/entrypoints/options/accounts/pick-on-page';
import { PickRow } from '@/entrypoints/options/accounts/sources/pick-row';
import { originPattern, urlError } from '@/entrypoints/options/accounts/network-form-values';

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

export function MessageListFields({ accountId, url, values, errors, onChange }: MessageListFieldsProps) {
  const [installId, setInstallId] = useState('');
  const [pickStatus, setPickStatus] = useState<PickStatus>();
  const [sentAt, setSentAt] = useState(0);
  useEffect(() => {
    void installIdItem.getValue().then((id) => {
      setInstallId(id);
      // A stored query shows as on only in the browser it names.
      if (id && values.sender === id && !values.queryOn) onChange({ ...values, queryOn: true }, 'messages.queryOn');
    });
    void querySentItem(accountId).getValue().then(setSentAt);
    // Once per account opened in the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountId]);
  const set = (patch: Partial<MessageListValues>, field: string) => onChange({ ...values, ...patch }, field);
  const toggleQuery = async (on: boolean) => {
    if (!on) return set({ queryOn: false, sender: '' }, 'messages.queryOn');
    const id = installId || (await ensureInstallId());
    setInstallId(id);
    set({ queryOn: true, sender: id }, 'messages.queryOn');
  };
  /** Opens the page with the picker for one message; the item selector it makes goes into the form. */
  const pickItem = async () => {
    if (pickStatus?.busy) return;
    const refuse = (text: string) => setPickStatus({ busy: false, ok: false, text, reason: 'failed' });
    const wrongUrl = urlError(url);
    if (wrongUrl) return refuse(wrongUrl);
    // As on save: asking for the site comes before anything else the click does.
    if (!(await requestOrigin(url.trim()))) return refuse(optionsStrings.network.permissionDenied(originPattern(url.trim())));
    setPickStatus({ busy: true, ok: true, text: optionsStrings.network.picking });
    // Loaded on the first pick: the options page's first paint stays small.
    const { pickMessageItem } = await import('@/entrypoints/options/accounts/pick-on-page');
    const { status, css } = await pickMessageItem(url.trim());
    setPickStatus(status);
    if (css) set({ item: css }, 'messages.item');
  };
  const foreign = !values.queryOn && values.sender !== '' && values.sender !== installId;
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
      <PickRow
        testid="pick-message-item"
        resultTestid="pick-message-item-result"
        label={s.pickItem}
        hint={s.pickItemHint}
        status={pickStatus}
        small
        onPick={() => void pickItem()}
      />
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
      {values.item.trim() !== '' && values.queryText !== '' && (
        <>
          <Field
            id="f-query"
            field="messages.queryOn"
            label={s.query(values.queryText)}
            hint={s.queryHint}
            error={errors['messages.queryOn']}
            inline
          >
            <input
              id="f-query"
              type="checkbox"
              data-testid="field-query"
              aria-describedby="f-query-hint"
              checked={values.queryOn}
              onChange={(e) => void toggleQuery(e.currentTarget.checked)}
            />
          </Field>
          {values.queryOn && (
            <Field id="f-query-hours" field="messages.queryHours" label={s.queryHours} error={errors['messages.queryHours']}>
              <input
                {...controlProps('f-query-hours', errors['messages.queryHours'])}
                type="number"
                min={6}
                max={720}
                step={1}
                data-testid="field-query-hours"
                value={values.queryHours}
                onInput={(e) => set({ queryHours: e.currentTarget.value }, 'messages.queryHours')}
              />
            </Field>
          )}
          <p class="muted" data-testid="query-last-sent" data-at={sentAt || undefined}>
            {foreign ? s.otherBrowser : sentAt ? s.lastSent(formatDateTime(sentAt)) : s.neverSent}
          </p>
        </>
      )}
    </fieldset>
  );
}
