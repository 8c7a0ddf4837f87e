// The settings form rendered into linkedom: storage echoes of a save must not undo newer edits.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SettingsForm } from '@/entrypoints/options/settings/settings-form';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/model';
import { useDom } from './dom';

const dom = useDom('root');

function show(settings: Settings): void {
  act(() => {
    render(<SettingsForm settings={settings} onSave={async () => undefined} onInvalid={() => undefined} />, dom('root'));
  });
}

function interval(): HTMLInputElement {
  return dom('root').querySelector('[data-testid="setting-interval"]') as HTMLInputElement;
}

function typeInterval(text: string): void {
  act(() => {
    interval().value = text;
    interval().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('SettingsForm', () => {
  it('keeps an edit made after a save when the same settings arrive again', () => {
    const stored = { ...DEFAULT_SETTINGS, defaultIntervalMinutes: 60 };
    show(stored);
    typeInterval('30');
    // The storage change event that follows a save delivers an equal but new object.
    show({ ...stored });
    expect(interval().value).toBe('30');
  });

  it('shows settings that really changed elsewhere', () => {
    show({ ...DEFAULT_SETTINGS, defaultIntervalMinutes: 60 });
    typeInterval('30');
    show({ ...DEFAULT_SETTINGS, defaultIntervalMinutes: 90 });
    expect(interval().value).toBe('90');
  });
});
