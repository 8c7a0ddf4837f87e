/**
 * Pure model of the network part of the account form (JSON API and web page sources): the text the
 * user typed, how a provider preset fills it, and its validation into a source configuration.
 */
import {
  API_PRESETS,
  type ApiPreset,
  DATA_UNITS,
  type DataUnit,
  isHttpUrl,
  hasQuery,
  isSafeForSecrets,
  SOURCE_FIELDS,
  type FieldLocator,
  type PickedLocator,
  type SourceConfig,
  type SourceField,
} from '@/utils/model';
import { API_PRESET_INFO, presetSource } from '@/utils/sources/api-presets';
import { isValidPath } from '@/utils/model/json-path';
import { optionsStrings as strings } from '@/entrypoints/options/strings';
import { t } from '@/utils/i18n';
import {
  emptyMessageList,
  messageListFromSource,
  type MessageListValues,
  validateMessageList,
} from '@/entrypoints/options/accounts/message-list-values';

/** Network source kinds. */
/** Messages by field name, in the UI language; the whole account form uses them. */
export type FieldErrors = Partial<Record<string, string>>;

export type NetworkKind = 'json-api' | 'web-page';

/** The network fields as typed. `fields` holds paths (JSON API) or CSS selectors (web page). */
export interface NetworkFormValues {
  url: string;
  method: 'GET' | 'POST';
  /** `Name: value`, one per line. */
  headers: string;
  body: string;
  fields: Record<SourceField, string>;
  /** Web page values picked by pointing at them (the picker); a picked field's typed selector is empty. */
  picked: Partial<Record<SourceField, PickedLocator>>;
  quotaUnit: '' | DataUnit;
  apiPreset: '' | ApiPreset;
  capture: boolean;
  /** Read the page in a background tab on each refresh (`source.render`). */
  render: boolean;
  /** A web page that is a list of messages (`source.messages`). */
  messages: MessageListValues;
}

/** Validated: the source to save, or one error per field (`url`, `headers`, `path.credit`, `selector.credit` …). */
export type NetworkResult = { ok: true; source: Extract<SourceConfig, { kind: NetworkKind }> } | { ok: false; errors: FieldErrors };

const noFields = (): Record<SourceField, string> => Object.fromEntries(SOURCE_FIELDS.map((f) => [f, ''])) as Record<SourceField, string>;

/** An empty network form. */
export function emptyNetworkForm(): NetworkFormValues {
  return {
    url: '',
    method: 'GET',
    headers: '',
    body: '',
    fields: noFields(),
    picked: {},
    quotaUnit: '',
    apiPreset: '',
    capture: false,
    render: false,
    messages: emptyMessageList(),
  };
}

/** The network form filled from a stored source (other kinds give an empty one). */
export function networkFormFromSource(source: SourceConfig): NetworkFormValues {
  const empty = emptyNetworkForm();
  if (source.kind === 'json-api') {
    return {
      ...empty,
      url: source.url,
      method: source.method ?? 'GET',
      // A token kept on another browser (sync): its header names come back with a placeholder to replace.
      headers: Object.entries(source.headers ?? Object.fromEntries((source.headerNames ?? []).map((name) => [name, '{token}'])))
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n'),
      body: source.body ?? '',
      fields: { ...empty.fields, ...source.fields },
      quotaUnit: source.quotaUnit ?? '',
      apiPreset: source.preset ?? '',
    };
  }
  if (source.kind === 'web-page') {
    const fields = { ...empty.fields };
    const picked: NetworkFormValues['picked'] = {};
    for (const [field, locator] of Object.entries(source.fields ?? {}) as [SourceField, FieldLocator][]) {
      if (typeof locator === 'string') fields[field] = locator;
      else picked[field] = locator;
    }
    return {
      ...empty,
      url: source.url,
      fields,
      picked,
      capture: source.capture ?? false,
      render: source.render ?? false,
      messages: messageListFromSource(source.messages),
    };
  }
  return empty;
}

/** The form after picking a provider preset: its URL, method, headers, body, paths and unit. */
export function applyApiPreset(values: NetworkFormValues, id: '' | ApiPreset): NetworkFormValues {
  if (!id) return { ...values, apiPreset: '' };
  const preset = presetSource(id);
  return {
    ...networkFormFromSource(preset),
    apiPreset: id,
  };
}

/** The refresh interval a preset proposes, minutes. */
export function presetInterval(id: '' | ApiPreset): number | undefined {
  return id ? API_PRESET_INFO[id].intervalMinutes : undefined;
}

/** `Name: value` lines as a header map, or the first bad line (1-based). */
export function parseHeaders(text: string): { ok: true; headers: Record<string, string> } | { ok: false; line: number } {
  const headers: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,100})\s*:\s*(.*)$/.exec(line);
    if (!m) return { ok: false, line: i + 1 };
    headers[m[1] as string] = (m[2] as string).trim();
  }
  return { ok: true, headers };
}

/** True when `selector` is a CSS selector this page's DOM accepts. */
export function isCssSelector(selector: string): boolean {
  if (/[{}]/.test(selector)) return false;
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

// Presets leave `{iccid}`, `{access token}` … for the user; JSON braces (`{"a":1}`) are not placeholders.
const PLACEHOLDER = /\{[A-Za-z][A-Za-z ]{0,30}\}/;

// The form's importers keep this name; the formula is the background's too.
export { originPattern } from '@/utils/core/origins';

/** What is wrong with an account's address, in the UI language; undefined when it can be read. */
export function urlError(typed: string): string | undefined {
  const e = strings.errors;
  const url = typed.trim();
  if (!url) return e.url;
  if (/^\s*(javascript|data|file|blob|about|chrome|ftp):/i.test(url)) return e.urlScheme;
  if (!isHttpUrl(url)) return e.url;
  if (PLACEHOLDER.test(url)) return e.placeholder(PLACEHOLDER.exec(url)?.[0] ?? '');
  return undefined;
}

/** Validates the network fields for `kind`; `isSelector` checks CSS (the page's DOM by default). */
export function validateNetwork(
  kind: NetworkKind,
  values: NetworkFormValues,
  isSelector: (s: string) => boolean = isCssSelector,
): NetworkResult {
  const e = strings.errors;
  const errors: FieldErrors = {};
  const url = values.url.trim();
  const wrongUrl = urlError(url);
  if (wrongUrl) errors.url = wrongUrl;

  const fields: Partial<Record<SourceField, FieldLocator>> = {};
  for (const field of SOURCE_FIELDS) {
    const value = values.fields[field].trim();
    const picked = kind === 'web-page' ? values.picked[field] : undefined;
    // A typed selector wins over a picked value: the user wrote it last.
    if (!value && picked) fields[field] = picked;
    if (!value) continue;
    if (kind === 'json-api' && !isValidPath(value)) errors[`path.${field}`] = e.path;
    else if (kind === 'web-page' && !isSelector(value)) errors[`selector.${field}`] = e.selector;
    fields[field] = value;
  }
  const withFields = Object.keys(fields).length > 0 ? { fields } : {};

  if (kind === 'web-page') {
    const list = validateMessageList(values.messages, isSelector, {
      selector: e.selector,
      hours: t('options.messages.hoursError'),
      empty: t('schema.empty'),
    });
    if (!list.ok) Object.assign(errors, list.errors);
    if (Object.keys(errors).length > 0 || !list.ok) return { ok: false, errors };
    return {
      ok: true,
      source: {
        kind: 'web-page',
        url,
        ...withFields,
        ...(values.capture ? { capture: true } : {}),
        ...(values.render ? { render: true } : {}),
        ...(list.messages ? { messages: list.messages } : {}),
      },
    };
  }

  const headers = parseHeaders(values.headers);
  if (!headers.ok) errors.headers = e.headerLine(headers.line);
  else {
    const placeholder = Object.values(headers.headers).find((v) => PLACEHOLDER.test(v));
    if (placeholder) errors.headers = e.placeholder(PLACEHOLDER.exec(placeholder)?.[0] ?? '');
  }
  const body = values.body.trim();
  if (body && values.method !== 'POST') errors.body = e.bodyNeedsPost;
  else if (body && PLACEHOLDER.test(body)) errors.body = e.placeholder(PLACEHOLDER.exec(body)?.[0] ?? '');
  const headerMap = headers.ok ? headers.headers : {};
  // Secrets over plain http would be readable by anyone on the network; loopback is this computer.
  if (!errors.url && (Object.keys(headerMap).length > 0 || body || hasQuery(url)) && !isSafeForSecrets(url))
    errors.url = t('options.errors.plainHttpSecrets');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    source: {
      kind: 'json-api',
      url,
      method: values.method,
      ...(Object.keys(headerMap).length > 0 ? { headers: headerMap } : {}),
      ...(body ? { body } : {}),
      // Only web page values are picked: a JSON API's fields are the typed paths.
      ...(withFields as { fields?: Record<SourceField, string> }),
      ...(values.quotaUnit && (DATA_UNITS as readonly string[]).includes(values.quotaUnit) ? { quotaUnit: values.quotaUnit } : {}),
      ...(values.apiPreset && (API_PRESETS as readonly string[]).includes(values.apiPreset) ? { preset: values.apiPreset } : {}),
    },
  };
}
