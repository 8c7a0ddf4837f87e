/**
 * Pick on the page: opens the account's page in a tab, injects the picker there (scripting.executeScript,
 * the origin the user granted; nothing is registered for other pages), waits for the user's answer and
 * closes the tab. A page that reloads or closes mid-pick ends the pick with nothing kept.
 */
import { browser } from 'wxt/browser';
import { isPickedLocator, type PickedLocator } from '@/utils/model/field-locator';
import { PICK_FIELDS, type PickerOptions, type PickField, type PickTarget } from '@/utils/model/picker';
import { uiLocale } from '@/utils/core/format';
import { optionsStrings } from '@/entrypoints/options/strings';
import type { NetworkFormValues } from '@/entrypoints/options/accounts/network-form-values';

/** What the form says about picking on the page: running, done, cancelled, or why it failed. */
export interface PickStatus {
  busy: boolean;
  ok: boolean;
  text: string;
  reason?: 'cancelled' | 'reloaded' | 'failed' | 'picked' | 'saved';
}

/** How a pick ended. */
export type PickOutcome =
  | { ok: true; picked: Partial<Record<PickTarget, PickedLocator>> }
  | { ok: false; reason: 'cancelled' | 'reloaded' }
  | { ok: false; reason: 'failed'; message: string };

/** The built picker script (entrypoints/picker.content.ts). */
const PICKER_FILE = '/content-scripts/picker.js';
/** Longest wait for the account's page to load before the picker goes in. */
const LOAD_LIMIT_MS = 60_000;

/**
 * The picker's options for an account in `currency`, worded in the UI language: the value fields, or with
 * `item` the one message that shows a message list's item (`source.messages.item`).
 */
export function pickerOptions(currency: string, now = Date.now(), item = false): PickerOptions {
  const s = optionsStrings.network;
  const { itemTitle, itemIntro, ...texts } = s.picker;
  return {
    targets: item ? ['messageItem'] : [...PICK_FIELDS],
    currency,
    now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: uiLocale(),
    texts: {
      ...texts,
      ...(item ? { title: itemTitle, intro: itemIntro } : {}),
      // The picker fills in `$1` itself.
      storedAs: s.picker.storedAs('$1'),
      unreadable: s.picker.unreadable('$1'),
      itemCount: s.picker.itemCount('$1'),
      fieldNames: {
        ...(Object.fromEntries(PICK_FIELDS.map((f) => [f, s.fieldNames[f]])) as Record<PickField, string>),
        messageItem: s.picker.messageItem,
      },
    },
  };
}

/** A locator as the stored fields take it (`isPickedLocator`), with a label or a selector to find the value by. */
export function asLocator(value: unknown): PickedLocator | undefined {
  if (!isPickedLocator(value) || !(value.label?.trim() || value.css?.trim())) return undefined;
  // Its own keys only: the page's process is the site's, and anything else it sent is dropped.
  const { label, up, next, css } = value;
  return {
    ...(label === undefined ? {} : { label }),
    ...(up === undefined ? {} : { up }),
    ...(next === undefined ? {} : { next }),
    ...(css === undefined ? {} : { css: css.trim() }),
  };
}

/** Only well-formed locators for known fields come back from the page, whose process is the site's. */
export function checkAnswer(answer: unknown, targets: readonly PickTarget[] = PICK_FIELDS): PickOutcome {
  if (typeof answer !== 'object' || answer === null) return { ok: false, reason: 'reloaded' };
  const { done, picked } = answer as { done?: unknown; picked?: unknown };
  if (done === 'cancelled') return { ok: false, reason: 'cancelled' };
  if (done !== 'confirmed' || typeof picked !== 'object' || picked === null) return { ok: false, reason: 'reloaded' };
  const out: Partial<Record<PickTarget, PickedLocator>> = {};
  for (const field of targets) {
    const locator = asLocator((picked as Record<string, unknown>)[field]);
    // A message item is a CSS selector alone.
    if (locator && (field !== 'messageItem' || (locator.css && locator.label === undefined))) out[field] = locator;
  }
  return Object.keys(out).length > 0 ? { ok: true, picked: out } : { ok: false, reason: 'cancelled' };
}

/** Resolves once the tab has loaded; rejects when it closes first or takes too long. */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      if (error) reject(error);
      else resolve();
    };
    // Firefox reports its first about:blank as complete: the page counts once its own URL (shown for a granted site) has loaded.
    const check = () =>
      void browser.tabs
        .get(tabId)
        .then((tab) => {
          if (tab.status === 'complete' && tab.url && /^https?:/.test(tab.url)) done();
        })
        .catch(() => done(new Error('closed')));
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') check();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) done(new Error('closed'));
    };
    const timer = setTimeout(() => done(new Error('timeout')), LOAD_LIMIT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    check();
  });
}

/** Resolves 'reloaded' when the tab starts loading another document or closes; `stop` ends the watch. */
function watchLeave(tabId: number): { left: Promise<'reloaded'>; stop: () => void } {
  let stop = () => {};
  const left = new Promise<'reloaded'>((resolve) => {
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'loading') resolve('reloaded');
    };
    const onRemoved = (id: number) => {
      if (id === tabId) resolve('reloaded');
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    stop = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  });
  return { left, stop };
}

/** Opens `url` in a tab, lets the user pick there, and closes the tab again; the options tab gets the focus back. */
export async function pickOnPage(url: string, options: PickerOptions): Promise<PickOutcome> {
  const here = await browser.tabs.getCurrent();
  let tabId: number | undefined;
  try {
    const tab = await browser.tabs.create({ url, active: true, ...(here?.windowId === undefined ? {} : { windowId: here.windowId }) });
    tabId = tab.id;
    if (tabId === undefined) return { ok: false, reason: 'failed', message: url };
    await loaded(tabId);
    const watch = watchLeave(tabId);
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_FILE] });
      const pick = browser.scripting
        .executeScript({
          target: { tabId },
          func: (o: PickerOptions) => globalThis.balanceBadgePick?.(o),
          args: [options],
        })
        .then((results) => checkAnswer(results[0]?.result, options.targets))
        // The document the picker was in went away (a reload, a redirect): its promise never settles as an answer.
        .catch((): PickOutcome => ({ ok: false, reason: 'reloaded' }));
      return await Promise.race([pick, watch.left.then((): PickOutcome => ({ ok: false, reason: 'reloaded' }))]);
    } finally {
      watch.stop();
    }
  } catch (error) {
    if (error instanceof Error && error.message === 'closed') return { ok: false, reason: 'reloaded' };
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (tabId !== undefined) await browser.tabs.remove(tabId).catch(() => {});
    if (here?.id !== undefined) await browser.tabs.update(here.id, { active: true }).catch(() => {});
  }
}

/**
 * Picks on the page at `url` and says how it went; `next` is the form with the picks when the user saved them.
 * `replace` (the card's path, which saves at once) drops the earlier picks, which a changed page no longer shows.
 */
export async function pickIntoForm(
  url: string,
  currency: string,
  network: NetworkFormValues,
  replace: boolean,
): Promise<{ status: PickStatus; next?: NetworkFormValues }> {
  const s = optionsStrings.network;
  const outcome = await pickOnPage(url, pickerOptions(currency));
  if (!outcome.ok) {
    const text =
      outcome.reason === 'failed' ? s.pickFailed(outcome.message) : outcome.reason === 'cancelled' ? s.pickCancelled : s.pickReloaded;
    return { status: { busy: false, ok: outcome.reason === 'cancelled', text, reason: outcome.reason } };
  }
  // A picked value replaces the selector typed for that field.
  const cleared = Object.fromEntries(Object.keys(outcome.picked).map((field) => [field, '']));
  const picked = replace ? outcome.picked : { ...network.picked, ...outcome.picked };
  const next = { ...network, picked, fields: { ...network.fields, ...cleared } };
  return replace
    ? { status: { busy: false, ok: true, text: s.pickSaved, reason: 'saved' }, next }
    : { status: { busy: false, ok: true, text: s.pickDone, reason: 'picked' }, next };
}

/** Picks one message on the page at `url` and says how it went; `css` is the message item it makes. */
export async function pickMessageItem(url: string): Promise<{ status: PickStatus; css?: string }> {
  const s = optionsStrings.network;
  const outcome = await pickOnPage(url, pickerOptions('IDR', Date.now(), true));
  const css = outcome.ok ? outcome.picked.messageItem?.css : undefined;
  if (css) return { status: { busy: false, ok: true, text: optionsStrings.messages.itemPicked, reason: 'picked' }, css };
  if (!outcome.ok && outcome.reason === 'failed')
    return { status: { busy: false, ok: false, text: s.pickFailed(outcome.message), reason: 'failed' } };
  return !outcome.ok && outcome.reason === 'reloaded'
    ? { status: { busy: false, ok: false, text: s.pickReloaded, reason: 'reloaded' } }
    : { status: { busy: false, ok: true, text: s.pickCancelled, reason: 'cancelled' } };
}
