/**
 * What the options page and the picker injected into an account page (utils/picker/, entrypoints/picker.content.ts)
 * say to each other: the targets, the words, and the answer. Types and one constant only.
 */
import type { PickedLocator } from '@/utils/model';

/** The fields a user picks on a page: credit, active until, grace until, data left, data total. A new target is one more name here and a preview in `utils/picker/targets.ts`. */
export const PICK_FIELDS = ['credit', 'validUntil', 'graceUntil', 'quotaRemaining', 'quotaTotal'] as const;
export type PickField = (typeof PICK_FIELDS)[number];
/** What a pick can be assigned to: a value field, or the message item of a message list (`source.messages.item`). */
export type PickTarget = PickField | 'messageItem';

/** The words of the picker, in the UI language, from the page that opened it (`$1` is filled in). */
export interface PickerTexts {
  title: string;
  intro: string;
  confirm: string;
  cancel: string;
  notPicked: string;
  storedAs: string;
  unreadable: string;
  noAnchor: string;
  /** A message item's preview: how many messages it finds (`$1`). */
  itemCount: string;
  /** The clicked element is in no list of messages. */
  noItem: string;
  fieldNames: Record<PickTarget, string>;
}

/** What the page that opens the picker gives it: the targets, the words, and how to read values as a refresh would. */
export interface PickerOptions {
  targets: PickTarget[];
  texts: PickerTexts;
  currency: string;
  now: number;
  timeZone?: string;
  /** The UI language, for the words of the previews. */
  locale?: string;
}

/** The picker's answer: the picked locators after Save, or nothing after Esc or Cancel. */
export type PickerAnswer = { done: 'confirmed'; picked: Partial<Record<PickTarget, PickedLocator>> } | { done: 'cancelled' };
