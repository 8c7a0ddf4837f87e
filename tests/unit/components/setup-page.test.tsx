// Guided setup's last screen rendered into linkedom: each path's summary says what is refreshed, how often
// and what the extension may read, with the site the user typed; the last screen's own route shows the
// account it made (never the form again), or says it is gone.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REMIND_DAYS } from '@/utils/core/status';
import { DEFAULT_SETTINGS, type Account } from '@/utils/model';
import { SetupPage } from '@/entrypoints/options/setup/setup-page';
import { dialAccount, type SetupPath } from '@/entrypoints/options/setup/setup-accounts';
import { setupStrings as s } from '@/entrypoints/options/setup/setup-strings';
import { optionsStrings } from '@/entrypoints/options/strings';
import { getAccounts, saveAccounts } from '@/utils/stores/settings';
import { useDom } from './dom';

const dom = useDom('root');
// The last screen focuses its heading (`focusElement` checks for an HTMLElement): linkedom's, for these tests.
beforeEach(() => Object.assign(globalThis, { HTMLElement: (window as unknown as { HTMLElement: unknown }).HTMLElement }));
afterEach(() => Reflect.deleteProperty(globalThis, 'HTMLElement'));
const settings = { ...DEFAULT_SETTINGS, defaultIntervalMinutes: 45 };
const demo: Account = { ...dialAccount({ id: 'demo1', settings, name: 'Demo' }), source: { kind: 'demo' } };

const $ = (hook: string) => dom('root').querySelector<HTMLElement>(`[data-testid="${hook}"]`);

function show(path: SetupPath, accounts: readonly Account[] = [demo], done?: string): void {
  act(() => {
    render(
      <SetupPage
        route={{ name: 'setup', line: 'prepaid', path, ...(done ? { done } : {}) }}
        accounts={accounts}
        settings={settings}
        onMessage={() => undefined}
      />,
      dom('root'),
    );
  });
}

function type(hook: string, value: string): void {
  const input = $(hook) as HTMLInputElement | null;
  if (!input) throw new Error(`no ${hook}`);
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The summary's rows, `[term, description]`. */
function summary(): [string, string][] {
  const list = $('setup-summary');
  if (!list) throw new Error('no setup-summary');
  const terms = [...list.querySelectorAll('dt')].map((e) => e.textContent?.trim() ?? '');
  const details = [...list.querySelectorAll('dd')].map((e) => e.textContent?.trim() ?? '');
  return terms.map((term, i) => [term, details[i] ?? '']);
}

describe('guided setup: the summary of each path', () => {
  it('website: the page read on each visit, every default interval while signed in, that site only', () => {
    show('website');
    expect(summary()[2]).toEqual([s.reads, s.website.readsAny]);
    type('setup-url', 'https://my.carrier.test/akun?tab=pulsa');
    expect(summary()).toEqual([
      [s.refreshed, s.website.refreshed],
      [s.often, s.website.often(45)],
      [s.reads, s.website.reads('my.carrier.test')],
    ]);
    expect(summary()[1]?.[1]).toContain('45');
    expect(summary()[2]?.[1]).toContain('my.carrier.test');
    // The demo leaves when this is saved, and the screen says so.
    expect(dom('root').textContent).toContain(s.demoLeaves);
  });

  it('messages: the latest balance SMS, every default interval in a background tab, only that conversation’s site', () => {
    show('messages', []);
    expect(summary()[2]?.[1]).toBe(s.messages.reads('messages.google.com'));
    type('setup-url', 'http://127.0.0.1:8080/web/conversations/axis123');
    expect(summary()).toEqual([
      [s.refreshed, s.messages.refreshed],
      [s.often, s.messages.often(45)],
      [s.reads, s.messages.reads('127.0.0.1:8080')],
    ]);
    expect(summary()[2]?.[1]).toContain('127.0.0.1:8080');
    expect(dom('root').textContent).not.toContain(s.demoLeaves);
  });

  it('dial: the pasted *888# reply, a reminder after the default remind days, no website', () => {
    show('dial');
    expect(summary()).toEqual([
      [s.refreshed, s.dial.refreshed('*888#')],
      [s.often, s.dial.often(DEFAULT_REMIND_DAYS)],
      [s.reads, s.dial.reads],
    ]);
    expect(summary()[0]?.[1]).toContain('*888#');
    expect(summary()[1]?.[1]).toContain(String(DEFAULT_REMIND_DAYS));
  });
});

describe('guided setup: the last screen’s own route', () => {
  const made = dialAccount({ id: 'made1', settings, name: 'My AXIS' });

  it('shows the account it made, with the next step, and no form', () => {
    show('dial', [made], 'made1');
    expect($('setup-done')?.getAttribute('data-account-id')).toBe('made1');
    expect($('setup-paste')?.getAttribute('href')).toBe('#/paste?account=made1');
    expect($('setup-save')).toBeNull();
    expect($('setup-name')).toBeNull();
  });

  it('says so when that account is gone, and offers setup again rather than a form', () => {
    show('dial', [demo], 'made1');
    expect($('setup-done')).toBeNull();
    expect($('setup-save')).toBeNull();
    expect(dom('root').textContent).toContain(optionsStrings.form.notFound);
    expect($('setup-back')?.getAttribute('href')).toBe('#/setup');
  });
});

describe('guided setup: Show me a demo first', () => {
  const line: Account = { ...dialAccount({ id: 'line1', settings, name: 'My AXIS' }), primary: true };

  /** Renders screen 1, clicks `setup-demo` and waits for the storage writes; returns where it went. */
  async function showDemo(): Promise<{ hash: string; messages: unknown[] }> {
    const place = { hash: '#/setup' };
    Object.assign(globalThis, { location: place });
    const messages: unknown[] = [];
    act(() => {
      render(<SetupPage route={{ name: 'setup' }} accounts={[]} settings={settings} onMessage={(m) => messages.push(m)} />, dom('root'));
    });
    await act(async () => {
      $('setup-demo')?.dispatchEvent(new Event('click', { bubbles: true }));
      for (let i = 0; i < 30; i++) await Promise.resolve();
    });
    Reflect.deleteProperty(globalThis, 'location');
    return { hash: place.hash, messages };
  }

  it('beside the user’s line adds the demo off the badge, once, and goes home', async () => {
    await saveAccounts([line]);
    expect(await showDemo()).toEqual({ hash: '#/', messages: [] });
    expect((await getAccounts()).map((a) => [a.id, a.source.kind, a.primary, a.enabled])).toEqual([
      ['line1', 'manual', true, true],
      [expect.any(String), 'demo', false, true],
    ]);
    await showDemo();
    expect((await getAccounts()).map((a) => a.source.kind)).toEqual(['manual', 'demo']);
  });

  it('turns a demo that was turned off back on, on the badge only when nothing else is enabled', async () => {
    await saveAccounts([line, { ...demo, enabled: false, primary: true }]);
    await showDemo();
    expect((await getAccounts()).map((a) => [a.id, a.primary, a.enabled])).toEqual([
      ['line1', true, true],
      ['demo1', false, true],
    ]);
    await saveAccounts([
      { ...line, enabled: false, primary: false },
      { ...demo, enabled: false, primary: false },
    ]);
    await showDemo();
    expect((await getAccounts()).map((a) => [a.id, a.primary, a.enabled])).toEqual([
      ['line1', false, false],
      ['demo1', true, true],
    ]);
  });
});
