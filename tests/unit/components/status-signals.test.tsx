// Colour is never the only signal: every card status but ok, and every warning level, is said in
// visible words with a symbol, and the status line sits in a live region (rendered into linkedom).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AccountCard } from '@/entrypoints/popup/account-card';
import type { CardModel, CardNotice, LevelReason } from '@/components/card-model';
import { cardStrings } from '@/components/strings';
import type { Status } from '@/utils/model';
import { testAccount } from '../helpers';
import { useDom } from './dom';

const dom = useDom('root');

function show(card: Partial<CardModel>): HTMLElement {
  const model: CardModel = { account: testAccount(), status: 'ok', level: 'normal', busy: false, ...card };
  act(() => {
    render(<AccountCard card={model} now={Date.parse('2026-06-01T00:00:00Z')} />, dom('root'));
  });
  return dom('root').querySelector('[data-testid="account"]') as HTMLElement;
}

/** Text a sighted user reads: everything but what is hidden from view. */
function visibleText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const NOTICES: [Exclude<Status, 'ok'>, CardNotice][] = [
  ['error', { kind: 'error', error: { code: 'network', message: 'No connection to example.com', at: 0 }, action: 'retry' }],
  ['error', { kind: 'error', action: 'update' }],
  ['login-required', { kind: 'login-required', action: 'sign-in' }],
  ['login-required', { kind: 'login-required', action: 'update-token' }],
  ['stale', { kind: 'stale', action: 'retry' }],
  ['stale', { kind: 'stale-manual', checkCode: '*888#', action: 'update' }],
  ['pending', { kind: 'pending', action: 'retry' }],
  ['pending', { kind: 'pending-manual', action: 'update' }],
];

describe('colour is never the only signal', () => {
  it.each(NOTICES)('a %s card (%j) says its status in words, with a symbol, in a live region', (status, notice) => {
    const card = show({ status, notice });
    expect(card.getAttribute('data-status')).toBe(status);
    const message = card.querySelector('[data-testid="status-message"]') as HTMLElement;
    expect(message).not.toBeNull();
    const words = visibleText(message.querySelector('.status-text') as Element);
    expect(words.length).toBeGreaterThan(5);
    const symbol = message.querySelector('.status-symbol') as Element;
    expect((symbol.textContent ?? '').trim()).not.toBe('');
    expect(symbol.getAttribute('aria-hidden')).toBe('true');
    expect(message.parentElement?.getAttribute('role')).toBe('status');
  });

  it('an ok card has no status line, but keeps its (empty) live region for a later change', () => {
    const card = show({ status: 'ok' });
    expect(card.querySelector('[data-testid="status-message"]')).toBeNull();
    expect(card.querySelector('[role="status"]')).not.toBeNull();
  });

  const REASONS: [LevelReason, 'warning' | 'critical'][] = [
    ['ends-soon', 'warning'],
    ['ends-tomorrow', 'warning'],
    ['ends-today', 'critical'],
    ['ended', 'critical'],
    ['grace', 'critical'],
    ['blocked', 'critical'],
    ['low-credit', 'warning'],
  ];
  it.each(REASONS)('a %s (%s) card names its level in words, next to its colour', (reason, level) => {
    const card = show({ level, reason });
    expect(card.classList.contains(`level-${level}`)).toBe(true);
    const label = card.querySelector('[data-testid="level-label"]') as HTMLElement;
    expect(visibleText(label)).toContain(cardStrings.level[reason]);
    expect(label.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toMatch(/[⚠‼]/);
  });
});
