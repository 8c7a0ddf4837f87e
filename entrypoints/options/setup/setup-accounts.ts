/**
 * Guided setup's accounts (`options.html#/setup`): one pure builder per path, so a path's source can
 * change in this file alone (the Messages for web preset, rendered refresh).
 */
import type { Account, Settings } from '@/utils/model';
import { isHttpUrl } from '@/utils/model/constants';

/** The first question: which line to keep in view. */
export type SetupLine = 'prepaid' | 'esim' | 'other';
/** The second question, for a prepaid line: how the user checks it today. */
export type SetupPath = 'website' | 'messages' | 'dial';

export const SETUP_LINES: readonly SetupLine[] = ['prepaid', 'esim', 'other'];
export const SETUP_PATHS: readonly SetupPath[] = ['website', 'messages', 'dial'];

/** AXIS's balance code: what the dial path shows on the card. */
export const AXIS_DIAL_CODE = '*888#';
/** Where Messages for web lists conversations; the user gives the one with the carrier. */
export const MESSAGES_ORIGIN = 'https://messages.google.com';
export const MESSAGES_URL_HINT = `${MESSAGES_ORIGIN}/web/conversations/`;

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

/** True when `url` is a conversation of Messages for web. */
export function isMessagesUrl(url: string): boolean {
  try {
    return new URL(url).origin === MESSAGES_ORIGIN;
  } catch {
    return false;
  }
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
 * The source of an SMS conversation in Messages for web. Until the message-list reader exists this is
 * a web page read on visit; the preset for Messages for web replaces it here.
 */
export function messagesSource(url: string): Account['source'] {
  return { kind: 'web-page', url, capture: true, render: true };
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
 * The accounts after setup made `created`: the demo, which only stood in until the user chose a line,
 * leaves; the new account takes the badge.
 */
export function accountsAfterSetup(existing: readonly Account[], created: Account): Account[] {
  const kept = existing.filter((a) => a.source.kind !== 'demo' && a.id !== created.id).map((a) => ({ ...a, primary: false }));
  return [...kept, { ...created, primary: true }];
}
