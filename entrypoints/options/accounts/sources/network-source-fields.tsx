/** The account form's JSON API / web page fields, with the Test button that reads the site now. */
import { useState } from 'preact/hooks';
import { formatDate, formatQuotaAmount } from '@/utils/core/format';
import { API_PRESETS, DATA_UNITS, type DataUnit, type Quota, SOURCE_FIELDS, type SourceField, type SourceTestResult } from '@/utils/model';
import { API_PRESET_INFO } from '@/utils/sources/api-presets';
import { failureText } from '@/utils/i18n';
import { describedBy, Field } from '@/entrypoints/options/field';
import { Money } from '@/components/money';
import {
  applyApiPreset,
  type FieldErrors,
  type NetworkFormValues,
  type NetworkKind,
  originPattern,
  presetInterval,
} from '@/entrypoints/options/accounts/network-form-values';
import { optionsStrings } from '@/entrypoints/options/strings';
import { cardStrings } from '@/components/strings';
import { MessageListFields } from '@/entrypoints/options/accounts/sources/message-list-fields';
import type { PickStatus } from '@/entrypoints/options/accounts/pick-on-page';
import { PickRow } from '@/entrypoints/options/accounts/sources/pick-row';

const s = optionsStrings.network;

/** Props of `NetworkSourceFields`. */
export interface NetworkSourceFieldsProps {
  kind: NetworkKind;
  values: NetworkFormValues;
  errors: FieldErrors;
  onChange: (values: NetworkFormValues, changedField: string) => void;
  /** A preset proposes its refresh interval. */
  onInterval: (minutes: number) => void;
  /** Runs the test (asks for the site first); undefined when the fields are invalid. */
  onTest: () => Promise<SourceTestResult | undefined>;
  /** The account's last refresh found a page drawn by JavaScript (`source.drawnByScript`). */
  refreshScripted?: boolean;
  /** The account being edited (its balance query's last send is shown). */
  accountId?: string;
  /** Opens the page and lets the user pick the values there (web page only). */
  onPick?: () => void;
  /** How the last pick went, or that one runs. */
  pickStatus?: PickStatus;
}

const originOf = (url: string) => {
  try {
    return originPattern(url);
  } catch {
    return undefined;
  }
};

/** Fields for the URL, request, paths or selectors, and capture on visit. */
export function NetworkSourceFields({
  kind,
  values,
  errors,
  onChange,
  onInterval,
  onTest,
  refreshScripted,
  accountId = '',
  onPick,
  pickStatus,
}: NetworkSourceFieldsProps) {
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<SourceTestResult>();
  const set = <K extends keyof NetworkFormValues>(key: K, value: NetworkFormValues[K], field: string = key) =>
    onChange({ ...values, [key]: value }, field);
  const api = kind === 'json-api';
  const control = (id: string, field: string, hint?: unknown) => ({
    id,
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, errors[field], hint),
  });
  const origin = originOf(values.url.trim());
  const preset = values.apiPreset ? API_PRESET_INFO[values.apiPreset] : undefined;

  const test = async () => {
    // aria-disabled, not disabled, while testing: the button keeps the keyboard focus.
    if (testing) return;
    setTesting(true);
    setResult(undefined);
    try {
      setResult(await onTest());
    } finally {
      setTesting(false);
    }
  };

  return (
    <fieldset class="network" data-testid="network-fields">
      <legend>{s.heading}</legend>
      {api && (
        <Field id="f-api-preset" field="api-preset" label={s.apiPreset} hint={preset ? `${preset.note} ${s.presetDisclaimer}` : undefined}>
          <select
            {...control('f-api-preset', 'api-preset', preset)}
            data-testid="field-api-preset"
            value={values.apiPreset}
            onChange={(e) => {
              const id = e.currentTarget.value as NetworkFormValues['apiPreset'];
              onChange(applyApiPreset(values, id), 'api-preset');
              const minutes = presetInterval(id);
              if (minutes) onInterval(minutes);
            }}
          >
            <option value="">{s.apiPresetNone}</option>
            {API_PRESETS.map((id) => (
              <option key={id} value={id}>
                {API_PRESET_INFO[id].label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field
        id="f-url"
        field="url"
        label={s.url}
        error={errors.url}
        hint={origin ? s.permissionNote(origin) : api ? s.urlHintApi : s.urlHintPage}
      >
        <input
          {...control('f-url', 'url', true)}
          type="url"
          data-testid="field-url"
          value={values.url}
          maxLength={2000}
          spellcheck={false}
          autoComplete="off"
          onInput={(e) => set('url', e.currentTarget.value)}
        />
      </Field>
      {api && (
        <div class="grid">
          <Field id="f-method" field="method" label={s.method}>
            <select
              id="f-method"
              data-testid="field-method"
              value={values.method}
              onChange={(e) => set('method', e.currentTarget.value as 'GET' | 'POST')}
            >
              <option value="GET">GET</option>
              <option value="POST">POST</option>
            </select>
          </Field>
          <Field id="f-quota-unit" field="quota-unit" label={s.quotaUnit}>
            <select
              id="f-quota-unit"
              data-testid="field-quota-unit"
              value={values.quotaUnit}
              onChange={(e) => set('quotaUnit', e.currentTarget.value as '' | DataUnit, 'quota-unit')}
            >
              <option value="">{s.quotaUnitAuto}</option>
              {DATA_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
      {api && (
        <Field id="f-headers" field="headers" label={s.headers} error={errors.headers} hint={s.headersHint}>
          <textarea
            {...control('f-headers', 'headers', true)}
            data-testid="field-headers"
            rows={3}
            spellcheck={false}
            autoComplete="off"
            value={values.headers}
            onInput={(e) => set('headers', e.currentTarget.value)}
          />
        </Field>
      )}
      {api && values.method === 'POST' && (
        <Field id="f-body" field="body" label={s.body} error={errors.body}>
          <textarea
            {...control('f-body', 'body')}
            data-testid="field-body"
            rows={3}
            spellcheck={false}
            value={values.body}
            onInput={(e) => set('body', e.currentTarget.value)}
          />
        </Field>
      )}
      {!api && onPick && (
        <PickRow
          testid="pick-on-page"
          resultTestid="pick-result"
          label={s.pickOnPage}
          hint={s.pickHint}
          status={pickStatus}
          onPick={onPick}
        />
      )}
      <details
        class="paths"
        open={SOURCE_FIELDS.some(
          (f) => values.fields[f] !== '' || (!api && values.picked[f]) || errors[`${api ? 'path' : 'selector'}.${f}`],
        )}
      >
        <summary>{api ? s.pathsHeading : s.selectorsHeading}</summary>
        <p class="muted">{api ? s.pathsIntro : s.selectorsIntro}</p>
        <div class="grid">
          {SOURCE_FIELDS.map((field: SourceField) => {
            const name = `${api ? 'path' : 'selector'}.${field}`;
            const id = `f-${api ? 'path' : 'selector'}-${field}`;
            // A page's currency is read only from a three-letter code (IDR, USD): say so where it is typed.
            const hint = !api && field === 'currency' ? s.currencySelectorHint : undefined;
            return (
              <Field key={field} id={id} field={name} label={s.fieldNames[field]} error={errors[name]} hint={hint}>
                <input
                  {...control(id, name, hint)}
                  type="text"
                  data-testid={`field-${api ? 'path' : 'selector'}-${field}`}
                  spellcheck={false}
                  autoComplete="off"
                  value={values.fields[field]}
                  placeholder={api ? '$.data.balance' : '#balance'}
                  onInput={(e) => onChange({ ...values, fields: { ...values.fields, [field]: e.currentTarget.value } }, name)}
                />
                {!api && values.picked[field] && (
                  <p class="picked" data-testid={`picked-${field}`}>
                    {s.picked(values.picked[field].label ?? values.picked[field].css ?? '')}{' '}
                    <button
                      type="button"
                      class="button small"
                      data-testid={`clear-pick-${field}`}
                      onClick={() => {
                        const { [field]: _gone, ...rest } = values.picked;
                        onChange({ ...values, picked: rest }, name);
                      }}
                    >
                      {s.clearPick}
                    </button>
                  </p>
                )}
              </Field>
            );
          })}
        </div>
      </details>
      {!api && (
        <Field id="f-capture" field="capture" label={s.capture} hint={s.captureHint} inline>
          <input
            id="f-capture"
            type="checkbox"
            data-testid="field-capture"
            checked={values.capture}
            onChange={(e) => set('capture', e.currentTarget.checked)}
          />
        </Field>
      )}
      {!api && (
        <Field id="f-render" field="render" label={s.render} hint={s.renderHint} inline>
          <input
            id="f-render"
            type="checkbox"
            data-testid="field-render"
            checked={values.render}
            onChange={(e) => set('render', e.currentTarget.checked)}
          />
        </Field>
      )}
      {!api && refreshScripted && !values.render && (
        <p class="banner" data-testid="refresh-render-offer">
          {s.renderOffer}{' '}
          <button type="button" class="button small" data-testid="enable-render" onClick={() => set('render', true)}>
            {s.enableRender}
          </button>
        </p>
      )}
      {!api && (
        <MessageListFields
          accountId={accountId}
          url={values.url}
          values={values.messages}
          errors={errors}
          // The preset also turns capture on visit and rendering on: the app draws its messages after load.
          onChange={(messages, field, url) =>
            onChange({ ...values, messages, ...(url === undefined ? {} : { url, capture: true, render: true }) }, field)
          }
        />
      )}
      <div class="test-row">
        <button
          type="button"
          class="button"
          data-testid="test-source"
          aria-disabled={testing ? 'true' : undefined}
          aria-busy={testing ? 'true' : undefined}
          onClick={() => void test()}
        >
          {testing ? s.testing : s.test}
        </button>
        <div aria-live="polite">
          {result && (
            <TestResult
              result={result}
              onCapture={() => set('capture', true)}
              canCapture={!api && !values.capture}
              onRender={() => set('render', true)}
              canRender={!api && !values.render}
            />
          )}
        </div>
      </div>
    </fieldset>
  );
}

/** A quota's amounts as the popup words them (`1.2 GB left of 2 GB`), never raw numbers in the API's unit. */
function quotaText(q: Quota): string {
  if (q.unlimited) return cardStrings.unlimited;
  return cardStrings.quotaLeft(formatQuotaAmount(q, q.remaining), q.total === undefined ? undefined : formatQuotaAmount(q, q.total));
}

/** What the test found, or why it found nothing. */
function TestResult({
  result,
  onCapture,
  canCapture,
  onRender,
  canRender,
}: {
  result: SourceTestResult;
  onCapture: () => void;
  canCapture: boolean;
  onRender: () => void;
  canRender: boolean;
}) {
  if (!result.ok) {
    return (
      <div class="test-result banner banner-error" data-testid="test-result" data-ok="false" data-code={result.code}>
        <p>{s.testFailed(failureText(result))}</p>
        {result.scripted && (
          <>
            {canRender && (
              <p data-testid="test-render-offer">
                {s.renderOffer}{' '}
                <button type="button" class="button small" data-testid="enable-render" onClick={onRender}>
                  {s.enableRender}
                </button>
              </p>
            )}
            <p data-testid="test-scripted">
              {s.scripted}{' '}
              {canCapture && (
                <button type="button" class="button small" data-testid="enable-capture" onClick={onCapture}>
                  {s.enableCapture}
                </button>
              )}
            </p>
          </>
        )}
      </div>
    );
  }
  const reading = result.reading;
  return (
    <div class="test-result banner banner-ok" data-testid="test-result" data-ok="true">
      {!reading ? (
        <p>{s.testNothing}</p>
      ) : (
        <ul>
          <li class="visually-hidden">{s.testFound}</li>
          {reading.credit && (
            <li>
              {s.fieldNames.credit}: <Money money={reading.credit} testId="test-credit" />
            </li>
          )}
          {reading.validUntil && (
            <li>
              {s.fieldNames.validUntil}:{' '}
              <time data-testid="test-valid-until" dateTime={reading.validUntil}>
                {formatDate(reading.validUntil)}
              </time>
            </li>
          )}
          {reading.graceUntil && (
            <li>
              {s.fieldNames.graceUntil}: <time dateTime={reading.graceUntil}>{formatDate(reading.graceUntil)}</time>
            </li>
          )}
          {reading.quotas?.map((q, i) => (
            <li key={i} data-testid="test-quota">
              {q.label}: {quotaText(q)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
