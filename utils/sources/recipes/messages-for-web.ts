/**
 * Messages for web (messages.google.com/web, paired with an Android phone): every locator that depends
 * on its markup, and the AXIS balance query, in this one file. When the site changes its markup, this
 * file is the fix (or the user repairs the item with the picker). Tests build the same recipe on their
 * own origin (`messagesForWeb('http://127.0.0.1:…')`), so nothing site-specific lives anywhere else.
 */
import { DEFAULT_QUERY_HOURS, type MessageList } from '@/utils/model';

/** Where Messages for web lives. */
export const MESSAGES_FOR_WEB_ORIGIN = 'https://messages.google.com';

/** A conversation's path: `/web/conversations/<id>`. */
export const CONVERSATION_PATH = '/web/conversations/';

/** The site's markup: custom elements, as its public pages draw them. */
export const MESSAGES_FOR_WEB_LOCATORS = {
  /** One received message (the user's own, such as a sent `CEK`, are outgoing). */
  item: 'mws-message-wrapper:not([is-outgoing="true"])',
  /** Its text parts (not its time, nor its status line). */
  text: 'mws-text-message-part .text-msg',
  /** Its time as shown ("10:42 AM", "Yesterday"). */
  time: 'mws-relative-timestamp',
  /** The day headers between messages ("Today", "Kemarin", "昨天"). */
  day: 'mws-tombstone-message-wrapper',
  /** The compose box and its send button. */
  box: 'mws-message-compose textarea',
  button: 'mws-message-send-button button',
} as const;

/** The AXIS balance query: `CEK` sent to 123, whose reply holds credit and active period. */
export const AXIS_QUERY = { text: 'CEK', to: '123' } as const;

/** The Messages for web preset built on `origin` (tests give their local server). */
export function messagesForWeb(origin: string = MESSAGES_FOR_WEB_ORIGIN) {
  const base = origin.replace(/\/+$/, '');
  const { item, text, time, day, box, button } = MESSAGES_FOR_WEB_LOCATORS;
  return {
    origin: base,
    /** The URL field's start: the user opens the carrier's conversation and pastes its address. */
    urlPrefix: `${base}${CONVERSATION_PATH}`,
    /** True for a conversation's page (`/web/conversations/<id>`) on this origin. */
    isConversation(url: string): boolean {
      try {
        const u = new URL(url);
        return u.origin === base && /^\/web\/conversations\/[A-Za-z0-9_-]+\/?$/.test(u.pathname);
      } catch {
        return false;
      }
    },
    /** The conversation `id`'s URL. */
    conversationUrl: (id: string) => `${base}${CONVERSATION_PATH}${encodeURIComponent(id)}`,
    /** What `source.messages` holds, without the optional query. */
    list: { item, text, time, day } satisfies MessageList,
    /** The optional query as `source.messages.query` holds it, for the browser `sender`. */
    query: (sender: string, everyHours: number = DEFAULT_QUERY_HOURS) => ({ text: AXIS_QUERY.text, everyHours, sender, box, button }),
    /** The page is drawn by JavaScript: read on visit. */
    capture: true,
  };
}
