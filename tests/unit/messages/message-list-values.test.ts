// The message-list part of the account form: the Messages for web preset, validation, editing keeps it.
import { describe, expect, it } from 'vitest';
import {
  applyMessagesForWeb,
  emptyMessageList,
  messageListFromSource,
  validateMessageList,
} from '@/entrypoints/options/accounts/message-list-values';
import { networkFormFromSource, validateNetwork } from '@/entrypoints/options/accounts/network-form-values';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';

const say = { selector: 'bad selector', hours: 'bad hours', empty: 'empty' };
const ok = () => true;

describe('the message-list fields', () => {
  it('the preset fills the recipe locators and the start of a conversation URL', () => {
    const { list, url } = applyMessagesForWeb(emptyMessageList(), '');
    expect(url).toBe('https://messages.google.com/web/conversations/');
    expect(list).toMatchObject({ ...messagesForWeb().list, queryText: 'CEK', queryOn: false });
    const kept = applyMessagesForWeb(emptyMessageList(), 'https://messages.google.com/web/conversations/42');
    expect(kept.url).toBe('https://messages.google.com/web/conversations/42');
  });

  it('validates into source.messages, without a query unless turned on', () => {
    const { list } = applyMessagesForWeb(emptyMessageList(), '');
    expect(validateMessageList(list, ok, say)).toEqual({ ok: true, messages: messagesForWeb().list });
    expect(validateMessageList(emptyMessageList(), ok, say)).toEqual({ ok: true });
    expect(validateMessageList({ ...list, item: 'a{' }, (s) => !s.includes('{'), say)).toEqual({
      ok: false,
      errors: { 'messages.item': 'bad selector' },
    });
  });

  it('a query turned on names its browser and needs at least 6 hours', () => {
    const { list } = applyMessagesForWeb(emptyMessageList(), '');
    const on = { ...list, queryOn: true, sender: 'browser-a', queryHours: '24' };
    expect(validateMessageList(on, ok, say)).toMatchObject({
      ok: true,
      messages: { query: { text: 'CEK', everyHours: 24, sender: 'browser-a' } },
    });
    expect(validateMessageList({ ...on, queryHours: '5' }, ok, say)).toEqual({ ok: false, errors: { 'messages.queryHours': 'bad hours' } });
  });

  it('a query another browser sends is kept as it is when this one saves', () => {
    const source = { ...messagesForWeb().list, query: messagesForWeb().query('browser-b', 12) };
    const values = messageListFromSource(source);
    expect(values.queryOn).toBe(false);
    expect(validateMessageList(values, ok, say)).toEqual({ ok: true, messages: source });
  });

  it('editing a web page account keeps its message list', () => {
    const source = {
      kind: 'web-page' as const,
      url: 'https://messages.google.com/web/conversations/1',
      capture: true,
      messages: messagesForWeb().list,
    };
    expect(validateNetwork('web-page', networkFormFromSource(source), ok)).toEqual({ ok: true, source });
  });
});
