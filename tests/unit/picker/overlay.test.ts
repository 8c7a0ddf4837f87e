// The picker's overlay (utils/picker/overlay.ts) on a linkedom page: the outline follows the pointer, a click
// assigns the element to the target being picked and shows the value as it will be stored, Escape and Cancel
// end with nothing, Save returns the picks, and the overlay (and the content script's entry) leave no trace.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PickerOptions, PickerTexts } from '@/utils/model/picker';
import { showPicker } from '@/utils/picker/overlay';

const PAGE = `<!doctype html><html lang="id"><head><title>Akun Saya</title></head><body>
<h1>Akun Saya</h1>
<div class="row css-1k9x2q"><span>Sisa Pulsa</span><span><b id="credit">Rp 48.250</b></span></div>
<div class="row css-7f3a0b"><span>Masa Aktif</span><span><b id="valid">15 Januari 2027</b></span></div>
<div class="row"><span>Masa Tenggang</span><span><b id="grace">14 Februari 2027</b></span></div>
<button id="topup" onclick="">Isi Ulang</button>
</body></html>`;

const texts: PickerTexts = {
  title: 'Pick the values',
  intro: 'Click a value',
  confirm: 'Save picks',
  cancel: 'Cancel',
  notPicked: 'not picked',
  storedAs: 'Stored as: $1',
  unreadable: 'This is not a $1',
  noAnchor: 'No label near it',
  itemCount: '$1 messages',
  noItem: 'Not in a list',
  fieldNames: {
    credit: 'Credit',
    validUntil: 'Active until',
    graceUntil: 'Grace until',
    quotaRemaining: 'Data left',
    quotaTotal: 'Data total',
    messageItem: 'Message',
  },
};

const options = (targets: PickerOptions['targets'] = ['credit', 'validUntil', 'graceUntil']): PickerOptions => ({
  targets,
  texts,
  currency: 'IDR',
  now: Date.UTC(2026, 11, 5),
  timeZone: 'Asia/Jakarta',
  locale: 'en',
});

let doc: Document;
let win: Window & typeof globalThis;

beforeEach(() => {
  const { document, window } = parseHTML(PAGE);
  doc = document as unknown as Document;
  win = window as unknown as Window & typeof globalThis;
  // The overlay checks targets against the page's Element, as in a browser.
  vi.stubGlobal('Element', win.Element);
  vi.stubGlobal('document', doc);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const byId = (id: string) => doc.getElementById(id) as HTMLElement;
const picker = () => doc.querySelector('[data-testid="picker"]');
const inPicker = (testId: string) => picker()?.shadowRoot?.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;

/** A page event at `target` as the browser fires it (bubbling, so the picker's window listeners see it first). */
function fire(target: EventTarget, type: string, fields: Record<string, unknown> = {}): Event {
  const event = new win.Event(type, { bubbles: true, cancelable: true, composed: true });
  Object.assign(event, fields);
  target.dispatchEvent(event);
  return event;
}

/** Gives `el` a box on screen, as layout would. */
function place(el: Element, left: number, top: number, width: number, height: number): void {
  el.getBoundingClientRect = () => ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
    toJSON: () => ({}),
  });
}

describe('the picker overlay', () => {
  it('draws its panel in a shadow root, with the first target chosen and Save off until a pick', () => {
    void showPicker(options(), doc);
    expect(picker()?.localName).toBe('balance-badge-picker');
    expect(inPicker('picker-panel')?.getAttribute('role')).toBe('dialog');
    expect(inPicker('picker-target-credit')?.getAttribute('aria-pressed')).toBe('true');
    expect(inPicker('picker-target-validUntil')?.getAttribute('aria-pressed')).toBe('false');
    expect(inPicker('picker-confirm')?.hasAttribute('disabled')).toBe(true);
  });

  it('moves the outline with the mouse over the page', () => {
    void showPicker(options(), doc);
    const outline = () => inPicker('picker-outline') as HTMLElement;
    expect(outline().style.display).not.toBe('block');
    place(byId('credit'), 100, 40, 80, 20);
    place(byId('valid'), 100, 90, 120, 20);
    fire(byId('credit'), 'mousemove');
    expect(outline().style.display).toBe('block');
    expect([outline().style.left, outline().style.top, outline().style.width, outline().style.height]).toEqual([
      '98px',
      '38px',
      '84px',
      '24px',
    ]);
    fire(byId('valid'), 'mousemove');
    expect([outline().style.left, outline().style.top, outline().style.width]).toEqual(['98px', '88px', '124px']);
  });

  it('a click assigns the element to the target being picked, shows it as stored, and moves on to the next target', () => {
    void showPicker(options(), doc);
    const click = fire(byId('credit'), 'click');
    // The page's own handlers never see the click the picker takes.
    expect(click.defaultPrevented).toBe(true);
    expect(inPicker('picker-value-credit')?.textContent).toMatch(/^Stored as: .*48[.,]250/);
    expect(inPicker('picker-target-validUntil')?.getAttribute('aria-pressed')).toBe('true');
    expect(inPicker('picker-confirm')?.hasAttribute('disabled')).toBe(false);
    fire(byId('valid'), 'click');
    expect(inPicker('picker-value-validUntil')?.textContent).toMatch(/^Stored as: .*2027/);
    expect(inPicker('picker-target-graceUntil')?.getAttribute('aria-pressed')).toBe('true');
    // The grace value has not been picked yet.
    expect(inPicker('picker-value-graceUntil')?.textContent).toBe('not picked');
  });

  it('picks for the target the user chose in the panel', () => {
    void showPicker(options(), doc);
    inPicker('picker-target-graceUntil')?.dispatchEvent(new win.Event('click'));
    expect(inPicker('picker-target-graceUntil')?.getAttribute('aria-pressed')).toBe('true');
    fire(byId('grace'), 'click');
    expect(inPicker('picker-value-graceUntil')?.textContent).toMatch(/^Stored as: .*2027/);
    expect(inPicker('picker-value-credit')?.textContent).toBe('not picked');
  });

  it('says so and assigns nothing when the clicked element does not read as the field', () => {
    void showPicker(options(['validUntil']), doc);
    fire(byId('credit'), 'click');
    expect(inPicker('picker-message')?.textContent).not.toBe('');
    expect(inPicker('picker-value-validUntil')?.textContent).toBe('not picked');
    expect(inPicker('picker-confirm')?.hasAttribute('disabled')).toBe(true);
  });

  it('Save returns the label-anchored locators and removes the overlay and its listeners', async () => {
    const answer = showPicker(options(), doc);
    fire(byId('credit'), 'click');
    fire(byId('valid'), 'click');
    inPicker('picker-confirm')?.dispatchEvent(new win.Event('click'));
    const result = await answer;
    expect(result.done).toBe('confirmed');
    const picked = result.done === 'confirmed' ? result.picked : {};
    expect(Object.keys(picked).sort()).toEqual(['credit', 'validUntil']);
    expect(picked.credit?.label).toBe('Sisa Pulsa');
    expect(picked.validUntil?.label).toBe('Masa Aktif');
    // Never a generated class name.
    expect(JSON.stringify(picked)).not.toMatch(/css-/);
    expect(picker()).toBeNull();
    // Its window listeners are gone: the page's clicks are the page's again.
    expect(fire(byId('topup'), 'click').defaultPrevented).toBe(false);
  });

  it('Escape cancels with nothing picked kept, and removes the overlay', async () => {
    const answer = showPicker(options(), doc);
    fire(byId('credit'), 'click');
    const escape = fire(byId('credit'), 'keydown', { key: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    expect(await answer).toEqual({ done: 'cancelled' });
    expect(picker()).toBeNull();
    expect(fire(byId('credit'), 'click').defaultPrevented).toBe(false);
  });

  it('Cancel ends with nothing, and a second picker replaces the first, which ends with its listeners', async () => {
    const first = showPicker(options(), doc);
    const answer = showPicker(options(), doc);
    expect(doc.querySelectorAll('balance-badge-picker')).toHaveLength(1);
    expect(await first).toEqual({ done: 'cancelled' });
    // The page's clicks and Escape reach the second picker: the first one's listeners are gone.
    fire(byId('credit'), 'click');
    expect(inPicker('picker-confirm')?.hasAttribute('disabled')).toBe(false);
    fire(byId('credit'), 'keydown', { key: 'Escape' });
    expect(await answer).toEqual({ done: 'cancelled' });
    expect(picker()).toBeNull();
  });
});

describe('the content script entry', () => {
  it('sets balanceBadgePick while a pick runs and removes it, and the overlay, when done', async () => {
    const { default: script } = await import('@/entrypoints/picker.content');
    await script.main({} as never);
    expect(typeof globalThis.balanceBadgePick).toBe('function');
    const answer = globalThis.balanceBadgePick?.(options());
    expect(picker()).not.toBeNull();
    fire(byId('credit'), 'keydown', { key: 'Escape' });
    expect(await answer).toEqual({ done: 'cancelled' });
    expect(globalThis.balanceBadgePick).toBeUndefined();
    expect(picker()).toBeNull();
  });
});
