/**
 * Pure model of the message-list part of a web page account's form (`source.messages`): the locators
 * as typed, the optional balance query, the Messages for web preset, and validation.
 */
import { DEFAULT_QUERY_HOURS, type MessageList, MIN_QUERY_HOURS } from '@/utils/model';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';

/** The message-list fields as typed; an empty `item` means the page is not a message list. */
export interface MessageListValues {
  item: string;
  text: string;
  time: string;
  day: string;
  /** The balance query: on only in the browser whose install id is `sender`. */
  queryOn: boolean;
  queryText: string;
  queryHours: string;
  box: string;
  button: string;
  sender: string;
}

export const emptyMessageList = (): MessageListValues => ({
  item: '',
  text: '',
  time: '',
  day: '',
  queryOn: false,
  queryText: '',
  queryHours: String(DEFAULT_QUERY_HOURS),
  box: '',
  button: '',
  sender: '',
});

/** The fields from a stored `source.messages`; the query shows as on only once the form learns it names this browser (`queryOn` set by the page). */
export function messageListFromSource(list: MessageList | undefined): MessageListValues {
  const empty = emptyMessageList();
  if (!list) return empty;
  const q = list.query;
  return {
    item: list.item,
    text: list.text ?? '',
    time: list.time ?? '',
    day: list.day ?? '',
    queryOn: false,
    queryText: q?.text ?? '',
    queryHours: String(q?.everyHours ?? DEFAULT_QUERY_HOURS),
    box: q?.box ?? '',
    button: q?.button ?? '',
    sender: q?.sender ?? '',
  };
}

/** The Messages for web preset: its locators and AXIS query (off until the user turns it on), and the start of a conversation URL. */
export function applyMessagesForWeb(values: MessageListValues, url: string): { list: MessageListValues; url: string } {
  const recipe = messagesForWeb();
  const query = recipe.query('', Number(values.queryHours) || DEFAULT_QUERY_HOURS);
  return {
    url: recipe.isConversation(url.trim()) ? url.trim() : recipe.urlPrefix,
    list: { ...values, ...recipe.list, queryText: query.text, box: query.box, button: query.button },
  };
}

/** Problems by field (`messages.item`, `messages.queryHours` …) as message keys' words, given by `say`. */
export type MessageListErrors = Partial<Record<string, string>>;

/**
 * Validates the fields into `source.messages` (undefined when `item` is empty). The query needs its
 * text, compose box and send button, and at least `MIN_QUERY_HOURS` between two sends; turned on, it
 * names as its sender the browser it was turned on in (`sender`, this browser's install id, set by the page).
 */
export function validateMessageList(
  values: MessageListValues,
  isSelector: (s: string) => boolean,
  say: { selector: string; hours: string; empty: string },
): { ok: true; messages?: MessageList } | { ok: false; errors: MessageListErrors } {
  const errors: MessageListErrors = {};
  const item = values.item.trim();
  if (!item) return { ok: true };
  const locators: Record<string, string> = {};
  const keys: ('item' | 'text' | 'time' | 'day' | 'box' | 'button')[] = [
    'item',
    'text',
    'time',
    'day',
    ...(values.queryOn ? (['box', 'button'] as const) : []),
  ];
  for (const key of keys) {
    const value = values[key].trim();
    if (!value) {
      if (key === 'box' || key === 'button') errors[`messages.${key}`] = say.empty;
      continue;
    }
    if (!isSelector(value) || value.length > 300) errors[`messages.${key}`] = say.selector;
    locators[key] = value;
  }
  const hours = Number(values.queryHours);
  if (values.queryOn && !(Number.isInteger(hours) && hours >= MIN_QUERY_HOURS && hours <= 720)) errors['messages.queryHours'] = say.hours;
  if (values.queryOn && !values.queryText.trim()) errors['messages.queryText'] = say.empty;
  if (values.queryOn && !/^[A-Za-z0-9_-]{1,64}$/.test(values.sender)) errors['messages.queryOn'] = say.empty;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { box, button, ...list } = locators;
  // Shown off here, a query another browser sends (`sender` kept) stays as it is; turning it off here clears `sender`.
  const keep = !values.queryOn && values.sender && values.box && values.button && values.queryText;
  const query = values.queryOn
    ? { text: values.queryText.trim(), everyHours: hours, box: box as string, button: button as string, sender: values.sender }
    : keep
      ? { text: values.queryText, everyHours: Number(values.queryHours), box: values.box, button: values.button, sender: values.sender }
      : undefined;
  return { ok: true, messages: { ...(list as unknown as MessageList), ...(query ? { query } : {}) } };
}
