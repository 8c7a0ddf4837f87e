/**
 * The valibot schemas of the model (`index.ts` derives its types from them): what storage, backup
 * import, sources and forms accept. Loaded by the pages that write, never by the popup's first paint.
 */
import * as v from 'valibot';
import { type MessageKey, t } from '@/utils/i18n';
import { AlertsSchema, DaySummarySchema, QuietHoursSchema } from '@/utils/model/alert-schemas';
import {
  API_PRESETS,
  BADGE_MODES,
  DATA_UNITS,
  isHttpUrl,
  isRealDate,
  LANGUAGE_SETTINGS,
  MANUAL_PRESETS,
  MAX_INTERVAL,
  MAX_QUOTA_LABEL,
  MAX_QUOTA_UNIT,
  MAX_QUOTAS,
  MIN_INTERVAL,
  MIN_QUERY_HOURS,
  MAX_QUERY_HOURS,
  QUOTA_KINDS,
} from '@/utils/model/constants';
import { isValidPath } from '@/utils/model/json-path';
import { type FieldLocator, isFieldLocator } from '@/utils/model/field-locator';

/** An issue message worded when the issue is raised, in the language in use then (`schema.*` keys). */
const say = (key: MessageKey) => () => t(key);

/** ISO 4217 code: three capital letters. */
export const CurrencySchema = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, say('schema.currency')));
/** A calendar date, `YYYY-MM-DD`, that really exists (no 31 February). */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, say('schema.dateFormat')),
  v.check(isRealDate, say('schema.dateMissing')),
);
const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Money in major units (`25750` rupiah, `4.5` dollars). */
export const MoneySchema = v.object({
  /** Amount in major units; negative only for debts some carriers show. */
  amount: finite,
  /** ISO 4217 currency code. */
  currency: CurrencySchema,
});
/** One allowance of a plan: data, minutes, messages or anything else the carrier counts. */
export const QuotaSchema = v.object({
  /** What the carrier calls it ("Kuota Utama", "Data", "Nelpon ke sesama"). */
  label: v.pipe(v.string(), v.maxLength(MAX_QUOTA_LABEL)),
  kind: v.picklist(QUOTA_KINDS),
  /** Amount left, in `unit`. */
  remaining: nonNegative,
  /** Amount at the start of the period, in `unit`, when known. */
  total: v.optional(nonNegative),
  /** `B|KB|MB|GB|TB` for data, `min` for voice, `sms` for messages, free text otherwise. */
  unit: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTA_UNIT)),
  /** Date the allowance lapses, `YYYY-MM-DD`, when it has its own. */
  expiresAt: v.optional(IsoDateSchema),
  /** True when the allowance has no limit; `remaining` is then meaningless. */
  unlimited: v.optional(v.boolean()),
});
/** What a source read at one moment. Every field but the account and the time is optional. */
export const ReadingSchema = v.object({
  accountId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** When the values were read, epoch milliseconds. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  credit: v.optional(MoneySchema),
  /** Last day of the active period ("masa aktif"), `YYYY-MM-DD` in the user's calendar. */
  validUntil: v.optional(IsoDateSchema),
  /** Last day of the grace period ("masa tenggang") before the number is blocked. */
  graceUntil: v.optional(IsoDateSchema),
  quotas: v.optional(v.pipe(v.array(QuotaSchema), v.maxLength(MAX_QUOTAS))),
  /** Last time the same values were read again, epoch ms: de-duplication moves this instead of storing a copy. */
  confirmedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Present when retention folded a whole day into this reading (the day's last). */
  day: v.optional(DaySummarySchema),
});
export const DemoSourceSchema = v.object({ kind: v.literal('demo') });
export const ManualSourceSchema = v.object({
  kind: v.literal('manual'),
  preset: v.optional(v.picklist(MANUAL_PRESETS)),
  /** Remind the user to check again (and call the reading stale) after this many days. */
  remindAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
  /** Length of the grace period after the active period, in days, when the carrier has a fixed one. */
  graceDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  /** The carrier's code the user dials to check (`*888#`), shown on the card with a QR code of its `tel:` link. */
  dialCode: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[0-9*#+]{1,20}$/, say('schema.dialCode')))),
});
/** The URL a network source reads: http or https only, without credentials in it. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(2000, say('schema.urlTooLong')),
  v.check(isHttpUrl, say('schema.urlScheme')),
);
/** A path or selector as typed: trimmed, not empty, at most 300 characters, and of its kind. */
const fieldText = (check: (value: string) => boolean, message: MessageKey) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, say('schema.empty')), v.maxLength(300), v.check(check, say(message)));
/** Where each value of a network source is, one `one` per field. */
function fieldMap<T extends v.GenericSchema>(one: T) {
  return v.partial(
    v.object({ credit: one, currency: one, validUntil: one, graceUntil: one, quotaRemaining: one, quotaTotal: one, quotaUsed: one }),
  );
}
export const JsonApiSourceSchema = v.object({
  kind: v.literal('json-api'),
  url: HttpUrlSchema,
  method: v.optional(v.picklist(['GET', 'POST'])),
  /** Request headers (tokens, API keys): secrets, kept in `storage.local` only and out of exports. */
  headers: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, say('schema.headerName'))),
      v.pipe(v.string(), v.maxLength(8000), v.regex(/^[^\r\n]*$/, say('schema.headerValue'))),
    ),
  ),
  /**
   * Names of the headers whose values stay on the browser they were entered on (left out by sync, and by a backup without secrets): set on the
   * definition that goes to storage.sync, so a browser without the token says so instead of failing oddly.
   */
  headerNames: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50))),
  /** The URL's query (after `?`, it may hold a key) stays on the browser it was entered on (not synced; left out of a backup without secrets). */
  queryElsewhere: v.optional(v.literal(true)),
  /** A POST body, which may carry a key: a secret like the headers (storage.local only, out of exports). */
  body: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  /** The body stayed on the browser it was entered on (set, like `headerNames`, on what sync and a backup without secrets get). */
  bodyElsewhere: v.optional(v.literal(true)),
  /** Where each value is, by path (`$.data.balance`); without it values are found by key names. */
  fields: v.optional(fieldMap(fieldText(isValidPath, 'schema.jsonPath'))),
  /** Unit of quota numbers when the key name does not say (`B` for bytes). */
  quotaUnit: v.optional(v.picklist(DATA_UNITS)),
  preset: v.optional(v.picklist(API_PRESETS)),
});
const selector = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, say('schema.empty')),
  v.maxLength(300),
  v.check((s) => !/[{}]/.test(s), say('schema.cssSelector')),
);
/** The carrier's balance query sent from a message-list page (`CEK` to 123), off unless present. */
export const MessageQuerySchema = v.object({
  /** The text sent, e.g. `CEK`. */
  text: v.pipe(v.string(), v.trim(), v.minLength(1, say('schema.empty')), v.maxLength(160)),
  /** Hours between two queries, at least 6. */
  everyHours: v.pipe(v.number(), v.integer(), v.minValue(MIN_QUERY_HOURS), v.maxValue(MAX_QUERY_HOURS)),
  /** Where the compose box and its send button are on the page. */
  box: selector,
  button: selector,
  /** The install id of the browser that sends it (where the user turned it on); other browsers treat it as off. */
  sender: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
});
/** A page that is a list of messages (an SMS conversation): each message is read on its own. */
export const MessageListSchema = v.object({
  /** CSS selector of one message. */
  item: selector,
  /** Selector, inside a message, of its text parts (the rest, such as its time, is not read as its text). */
  text: v.optional(selector),
  /** Selector, inside a message, of the element holding its time (`datetime`, `aria-label`, `title` or text). */
  time: v.optional(selector),
  /** Selector of the day headers between messages ("Today", "Kemarin", "昨天"). */
  day: v.optional(selector),
  /** Optional balance query (off when absent). */
  query: v.optional(MessageQuerySchema),
});
export const WebPageSourceSchema = v.object({
  kind: v.literal('web-page'),
  url: HttpUrlSchema,
  /** Per value a CSS selector or a picked locator (`utils/model/field-locator.ts`); without it values are found from the labels next to them. */
  fields: v.optional(fieldMap(v.custom<FieldLocator>(isFieldLocator, say('schema.cssSelector')))),
  /** Read the values when the user opens the page (for pages drawn by JavaScript). */
  capture: v.optional(v.boolean()),
  /** Read the page in a background tab on each refresh, as the browser draws it (absent: fetch its HTML). */
  render: v.optional(v.boolean()),
  /** The URL's query stays on the browser it was entered on (as for JSON API sources). */
  queryElsewhere: v.optional(v.literal(true)),
  /** The page is a list of messages: the newest holding a balance is the reading, older ones fill the history. */
  messages: v.optional(MessageListSchema),
});
/** Source configuration, one variant per kind; later kinds join this union. */
export const SourceSchema = v.variant('kind', [DemoSourceSchema, ManualSourceSchema, JsonApiSourceSchema, WebPageSourceSchema]);
export const ThresholdsSchema = v.object({
  /** Credit under this amount (major units, account currency) shows the warning colour. */
  lowCredit: v.optional(nonNegative),
  /** Days left at or under this show the warning colour. */
  warnDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
});
export const AccountSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, say('schema.id'))),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, say('schema.nameRequired')), v.maxLength(60, say('schema.nameTooLong'))),
  currency: CurrencySchema,
  source: SourceSchema,
  /** Minutes between refreshes, 1 to 1440. */
  intervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(MIN_INTERVAL), v.maxValue(MAX_INTERVAL)),
  thresholds: ThresholdsSchema,
  /** The account the toolbar badge shows; exactly one enabled account is primary. */
  primary: v.boolean(),
  enabled: v.boolean(),
  /** Alert switches and thresholds; absent means every alert on with its defaults. */
  alerts: v.optional(AlertsSchema),
});
export const SettingsSchema = v.object({
  /** What the toolbar badge shows for the primary account. */
  badgeShows: v.picklist(BADGE_MODES),
  /** Refresh interval new accounts start with, minutes. */
  defaultIntervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(MIN_INTERVAL), v.maxValue(MAX_INTERVAL)),
  /** Warning days new accounts start with. */
  defaultWarnDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
  /** Alerts raised in these hours wait until they end; absent means no quiet hours. */
  quietHours: v.optional(QuietHoursSchema),
  /** UI language: `auto` follows the browser, and so does absent (stored settings may lack it). */
  language: v.optional(v.picklist(LANGUAGE_SETTINGS)),
});

/** Validates settings; throws a valibot error naming the first problem. */
export function parseSettings(value: unknown): v.InferOutput<typeof SettingsSchema> {
  return v.parse(SettingsSchema, value);
}

/** Validates a list of accounts; throws a valibot error naming the first problem. */
export function parseAccounts(value: unknown): v.InferOutput<typeof AccountSchema>[] {
  return v.parse(v.array(AccountSchema), value);
}
