// The balance query's send cap (pure, taking now), and typing it into a compose box.
import { describe, expect, it } from 'vitest';
import { queryDue } from '@/utils/core/message-query';
import { sendInCompose } from '@/utils/sources/compose-send';
import { messagesForWeb } from '@/utils/sources/recipes/messages-for-web';
import { parseDocument } from '../sources/dom';

const H = 3_600_000;
const NOW = Date.UTC(2026, 11, 4, 12);
const query = { everyHours: 24, sender: 'me' };

describe('the send cap', () => {
  it.each([
    ['never sent', query, 'me', 0, true],
    ['sent a day ago', query, 'me', NOW - 24 * H, true],
    ['sent 23 hours ago', query, 'me', NOW - 23 * H, false],
    ['sent just now', query, 'me', NOW, false],
    ['another browser sends it', query, 'other', 0, false],
    ['no install id here', query, '', 0, false],
    ['off', undefined, 'me', 0, false],
    ['an interval under 6 hours is 6', { everyHours: 1, sender: 'me' }, 'me', NOW - 5 * H, false],
    ['after 6 hours then', { everyHours: 1, sender: 'me' }, 'me', NOW - 6 * H, true],
    ['a send in the future by less than an interval holds', query, 'me', NOW + 2 * H, false],
    ['a send far in the future (clock set back) holds one interval at most', query, 'me', NOW + 25 * H, true],
  ])('%s', (_name, q, installId, sentAt, due) => expect(queryDue(q, installId, sentAt, NOW)).toBe(due));

  it('never sends twice within an interval, however often it is asked', () => {
    let sentAt = 0;
    let sends = 0;
    for (let t = NOW; t < NOW + 72 * H; t += 15 * 60_000) {
      if (queryDue(query, 'me', sentAt, t)) {
        sends++;
        sentAt = t;
      }
    }
    expect(sends).toBe(3);
  });
});

describe('typing the query into the compose box', () => {
  const { box, button } = messagesForWeb().query('me');
  const page = () =>
    parseDocument(
      '<mws-message-compose><textarea></textarea></mws-message-compose><mws-message-send-button><button>Send</button></mws-message-send-button>',
    );

  it('types the text and clicks send', async () => {
    const doc = page();
    let clicked = '';
    doc.querySelector('button')?.addEventListener('click', () => (clicked = (doc.querySelector('textarea') as HTMLTextAreaElement).value));
    expect(await sendInCompose(doc, 'CEK', box, button)).toBe(true);
    expect(clicked).toBe('CEK');
  });

  it('sends nothing when the box or the button is not where the recipe says', async () => {
    const doc = parseDocument('<textarea></textarea><button>Send</button>');
    let clicks = 0;
    doc.querySelector('button')?.addEventListener('click', () => clicks++);
    expect(await sendInCompose(doc, 'CEK', box, button)).toBe(false);
    expect(await sendInCompose(page(), 'CEK', 'textarea', '{bad')).toBe(false);
    expect(clicks).toBe(0);
  });

  it('never replaces a draft the user is typing', async () => {
    const doc = page();
    const area = doc.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'see you at 7';
    let clicks = 0;
    doc.querySelector('button')?.addEventListener('click', () => clicks++);
    expect(await sendInCompose(doc, 'CEK', box, button)).toBe(false);
    expect(area.value).toBe('see you at 7');
    expect(clicks).toBe(0);
  });
  /** A site's compose box whose send button is disabled while the box is empty, enabled by its input event. */
  const strictPage = (enables = true) => {
    const doc = parseDocument(
      '<mws-message-compose><textarea></textarea></mws-message-compose><mws-message-send-button><button disabled>Send</button></mws-message-send-button>',
    );
    const area = doc.querySelector('textarea') as HTMLTextAreaElement;
    const send = doc.querySelector('button') as HTMLButtonElement;
    // As an app does: it redraws after the input event, not within it.
    if (enables) area.addEventListener('input', () => void Promise.resolve().then(() => send.toggleAttribute('disabled', !area.value)));
    const clicks: string[] = [];
    send.addEventListener('click', () => {
      if (!send.hasAttribute('disabled')) clicks.push(area.value);
    });
    return { doc, area, clicks };
  };

  it('waits for a send button the site enables once the box holds text, then clicks it', async () => {
    const { doc, clicks } = strictPage();
    expect(await sendInCompose(doc, 'CEK', box, button)).toBe(true);
    expect(clicks).toEqual(['CEK']);
  });

  it('takes its text back and sends nothing when the button stays disabled', async () => {
    const { doc, area, clicks } = strictPage(false);
    expect(await sendInCompose(doc, 'CEK', box, button, 50)).toBe(false);
    expect(area.value).toBe('');
    expect(clicks).toEqual([]);
  });

  it('still never replaces a draft on such a site', async () => {
    const { doc, area, clicks } = strictPage();
    area.value = 'see you at 7';
    expect(await sendInCompose(doc, 'CEK', box, button)).toBe(false);
    expect(area.value).toBe('see you at 7');
    expect(clicks).toEqual([]);
  });
});
