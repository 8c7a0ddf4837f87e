// "Check on your phone": the code, its tel: link, and a QR code drawn only when asked for, whose
// modules are those lean-qr gives for exactly `tel:*888%23`.
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DialHelp } from '@/components/dial-help';
import { DialLine } from '@/entrypoints/popup/dial-line';
import { useDom } from './dom';

const dom = useDom('root', 'line');

afterEach(() => {
  act(() => render(null, dom('root')));
  act(() => render(null, dom('line')));
});

/** Lets the QR library's dynamic import and the state it sets land. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
  expect(check()).toBe(true);
}

describe('DialHelp', () => {
  it('shows the code and a tel: link at once, and the QR code of that link on request', async () => {
    act(() => render(<DialHelp code="*888#" />, dom('root')));
    const root = dom('root');
    const help = root.querySelector('[data-testid="dial-help"]');
    expect(help?.textContent).toContain('*888#');
    expect(root.querySelector('a[data-testid="dial-link"]')?.getAttribute('href')).toBe('tel:*888%23');
    expect(root.querySelector('[data-testid="dial-qr"]')).toBeNull();
    const button = root.querySelector('[data-testid="dial-show-qr"]');
    expect(button?.getAttribute('aria-expanded')).toBe('false');

    act(() => {
      button?.dispatchEvent(new Event('click', { bubbles: true }));
    });
    await until(() => root.querySelector('svg[data-testid="dial-qr"]') !== null);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const svg = root.querySelector('svg[data-testid="dial-qr"]');
    expect(svg?.getAttribute('aria-label')).toContain('*888#');
    expect(svg?.querySelector('path')?.getAttribute('d')).toBe(toSvgPath(generate('tel:*888%23')));

    // Hidden again, and shown again without drawing anew.
    act(() => {
      button?.dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(root.querySelector('[data-testid="dial-qr"]')).toBeNull();
    act(() => {
      button?.dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(root.querySelector('svg[data-testid="dial-qr"] path')).not.toBeNull();
  });

  it('takes the room of the line the first paint and the app draw until it loads: the same markup but its hooks', () => {
    act(() => render(<DialHelp code="*888#" />, dom('root')));
    act(() => render(<DialLine code="*888#" />, dom('line')));
    const withoutHooks = (root: Element) => root.innerHTML.replace(/ data-testid="[^"]*"/g, '');
    expect(dom('line').querySelector('[data-testid="dial-help-placeholder"]')).not.toBeNull();
    expect(withoutHooks(dom('line'))).toBe(withoutHooks(dom('root')));
  });
});
