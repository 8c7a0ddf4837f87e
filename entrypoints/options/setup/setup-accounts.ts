/**
 * Guided setup's accounts (`options.html#/setup`): one pure builder per path, so a path's source can
 * change in this file alone (the Messages for web preset, rendered refresh).
 */
import type { Account, Settings } from '@/utils/model';
import { isHttpUrl } from '@/utils/model/constants';
import { CONVERSATION_PATH, MESSAGES_FOR_WEB_ORIGIN, messagesForWeb } from '@/utils/sources/recipes/messages-for-web';

/** The first question: which line to keep in view. */
export type SetupLine = 'prepaid' | 'esim' | 'other';
/** The second question, for a prepaid line: how the user checks it today. */
export type SetupPath = 'website' | 'messages' | 'dial';

export const SETUP_LINES: readonly SetupLine[] = ['prepaid', 'esim', 'other'];
export const SETUP_PATHS: readonly SetupPath[] = ['website', 'messages', 'dial'];

/** AXIS's balance code: what the dial path shows on the card. */
export const AXIS_DIAL_CODE = '*888#';
/** Where Messages for web lists conversations; the user gives the one with the carrier. */
export const MESSAGES_ORIGIN = MESSAGES_FOR_WEB_ORIGIN;
export const MESSAGES_URL_HINT = `${MESSAGES_ORIGIN}${CONVERSATION_PATH}`;

/**
 * Loopback hosts whose `/web/conversations/<id>` pages are taken as Messages for web too: a copy of the
 * site served on the user's own machine, such as the test server's fixture conversation the e2e tests
 * walk setup with. The e2e build is a production build (no flag tells it apart), so this is the narrowest
 * rule that serves both: no other origin than Messages for web's own and the machine's loopback is accepted,
 * and the user still grants the one origin of the URL they gave.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What every path needs besides its own input. */
export interface SetupContext {
  id: string;
  settings: Settings;
  /** The account's name, in the UI language. */
  name: string;
}

function account(ctx: SetupContext, source: Account['source'], fields: Partial<Account> = {}): Account {
  return {
    id: ctx.id,
    name: ctx.name,
    currency: 'IDR',
    source,
    intervalMinutes: ctx.settings.defaultIntervalMinutes,
    thresholds: { warnDays: ctx.settings.defaultWarnDays },
    // The line the user chose takes the badge.
    primary: true,
    enabled: true,
    ...fields,
  };
}

/** The trimmed address when it is one a network account can read, else undefined. */
export function setupUrl(value: string): string | undefined {
  const url = value.trim();
  return url.length <= 2000 && isHttpUrl(url) ? url : undefined;
}

/**
 * The origin whose Messages for web recipe reads `url`, when `url` is a conversation
 * (`/web/conversations/<id>`) of Messages for web (https) or of a loopback copy (`LOOPBACK_HOSTS`); else undefined.
 */
export function messagesOrigin(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const origin = parsed.origin;
  const known = origin === MESSAGES_ORIGIN || (/^https?:$/.test(parsed.protocol) && LOOPBACK_HOSTS.has(parsed.hostname));
  return known && messagesForWeb(origin).isConversation(url) ? origin : undefined;
}

/** True when `url` is a conversation of Messages for web (see `messagesOrigin`). */
export function isMessagesUrl(url: string): boolean {
  return messagesOrigin(url) !== undefined;
}

/** Dialling `*888#`: a manual AXIS account whose card shows the code, its QR and `tel:` link. */
export function dialAccount(ctx: SetupContext): Account {
  return account(ctx, { kind: 'manual', preset: 'axis', graceDays: 30, dialCode: AXIS_DIAL_CODE });
}

/** The carrier's website: a web page account read when the user visits it, and refreshed in a tab (`render`). */
export function websiteAccount(ctx: SetupContext, url: string): Account {
  return account(ctx, { kind: 'web-page', url, capture: true, render: true });
}

/**
 * The source of an SMS conversation in Messages for web: the conversation page read as a message list
 * with the Messages for web recipe built on the URL's own origin, on visit and by a refresh in a tab.
 * `url` must pass `isMessagesUrl`.
 */
export function messagesSource(url: string): Account['source'] {
  const recipe = messagesForWeb(messagesOrigin(url) ?? MESSAGES_ORIGIN);
  return { kind: 'web-page', url, capture: true, render: true, messages: recipe.list };
}

/** SMS in Messages for web: the conversation with the carrier, read by `messagesSource`. */
export function messagesAccount(ctx: SetupContext, url: string): Account {
  return account(ctx, messagesSource(url));
}

/** The account a prepaid path makes; the website and messages paths need a readable `url`. */
export function setupAccount(path: SetupPath, ctx: SetupContext, url = ''): Account | undefined {
  if (path === 'dial') return dialAccount(ctx);
  const checked = setupUrl(url);
  if (!checked) return undefined;
  if (path === 'messages') return isMessagesUrl(checked) ? messagesAccount(ctx, checked) : undefined;
  return websiteAccount(ctx, checked);
}

/**
 * The general form's starting account for a line setup does not guide: a travel eSIM (a JSON API,
 * in US dollars, as the eSIM sellers' APIs answer) or another line (typed by hand).
 */
export function draftAccount(line: 'esim' | 'other', ctx: SetupContext, primary: boolean): Account {
  if (line === 'esim') return account(ctx, { kind: 'json-api', url: '' }, { currency: 'USD', primary });
  return account(ctx, { kind: 'manual', preset: 'generic' }, { primary });
}

/**
 * The accounts after setup made `created` (a prepaid path, or the form a travel eSIM or another line
 * opened): the demo, which only stood in until the user chose a line, leaves; a primary `created` takes
 * the badge (a prepaid path's always is; the form's box starts ticked when no line of the user's is enabled).
 */
export function accountsAfterSetup(existing: readonly Account[], created: Account): Account[] {
  const kept = existing.filter((a) => a.source.kind !== 'demo' && a.id !== created.id);
  return [...(created.primary ? kept.map((a) => ({ ...a, primary: false })) : kept), created];
}

/** True when none of `accounts` but the demo is enabled: a line setup's form hands on takes the badge. */
export function noLineEnabled(accounts: readonly Account[]): boolean {
  return !accounts.some((a) => a.enabled && a.source.kind !== 'demo');
}
