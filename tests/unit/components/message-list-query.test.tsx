// The balance query setting in the message-list fields: off by default, its cost said in the UI
// language, turned on for this browser (its install id as sender), shown off where another browser
// sends it, and when this browser last sent it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { applyMessagesForWeb, emptyMessageList, type MessageListValues } from '@/entrypoints/options/accounts/message-list-values';
import { MessageListFields } from '@/entrypoints/options/accounts/sources/message-list-fields';
import { installIdItem, querySentItem } from '@/utils/stores/message-log';
import { getMessageIn } from '../locales';
import { useDom } from './dom';

const dom = useDom('root');
const $ = (testId: string) => dom('root').querySelector(`[data-testid="${testId}"]`);
const en = getMessageIn('en');
const preset = () => applyMessagesForWeb(emptyMessageList(), '').list;

async function show(values: MessageListValues): Promise<ReturnType<typeof vi.fn>> {
  const onChange = vi.fn();
  await act(async () => {
    render(<MessageListFields accountId="sms" url="" values={values} errors={{}} onChange={onChange} />, dom('root'));
  });
  // The install id and the last send are read from storage after the first paint.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return onChange;
}

describe('the balance query setting', () => {
  it('is off by default and says the carrier may charge for it', async () => {
    await show(preset());
    // linkedom leaves an unticked box's `checked` undefined.
    expect(($('field-query') as HTMLInputElement).checked).toBeFalsy();
    expect($('field-query-hours')).toBeNull();
    expect(dom('root').textContent).toContain(en('options_messages_queryHint'));
    expect($('query-last-sent')?.textContent).toBe(en('options_messages_neverSent'));
  });

  it('turned on, names this browser as its sender (an install id made on first use)', async () => {
    const onChange = await show(preset());
    await act(async () => {
      ($('field-query') as HTMLInputElement).checked = true;
      $('field-query')?.dispatchEvent(new window.Event('change'));
    });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    const id = await installIdItem.getValue();
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(onChange.mock.calls.at(-1)?.[0]).toMatchObject({ queryOn: true, sender: id, queryText: 'CEK' });
  });

  it('shows as on in the browser it names, with when it last sent', async () => {
    await installIdItem.setValue('here');
    const at = Date.UTC(2026, 11, 4, 8);
    await querySentItem('sms').setValue(at);
    const onChange = await show({ ...preset(), sender: 'here' });
    expect(onChange.mock.calls.at(-1)?.[0]).toMatchObject({ queryOn: true, sender: 'here' });
    expect($('query-last-sent')?.getAttribute('data-at')).toBe(String(at));
  });

  it('shows as off where another browser sends it, and says so', async () => {
    await installIdItem.setValue('here');
    const onChange = await show({ ...preset(), sender: 'there' });
    expect(onChange).not.toHaveBeenCalled();
    // linkedom leaves an unticked box's `checked` undefined.
    expect(($('field-query') as HTMLInputElement).checked).toBeFalsy();
    expect($('query-last-sent')?.textContent).toBe(en('options_messages_otherBrowser'));
  });
});
