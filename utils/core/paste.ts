/**
 * The "paste a message" source, pure part: what the extraction engine found, overridden by what the
 * user chose or edited, becomes the preview and then a reading of a manual account.
 */
import { addDays } from '@/utils/core/days-left';
import type { Extraction } from '@/utils/extract';
import type { Money, Quota, Reading } from '@/utils/model';

/** The user's corrections; `null` removes a found value, `undefined` keeps what was found. */
export interface PasteEdits {
  credit?: Money | null;
  validUntil?: string | null;
  graceUntil?: string | null;
  /** Indexes of found quotas the user removed. */
  removedQuotas?: readonly number[];
  /** Found quotas the user changed, by index, as they now read. */
  quotas?: Readonly<Record<number, Quota>>;
}

/** The values the preview shows and a save stores. */
export interface PasteValues {
  credit?: Money;
  validUntil?: string;
  graceUntil?: string;
  quotas: Quota[];
}

/** A field the preview can highlight in the pasted text. */
export type PasteField = 'credit' | 'validUntil' | 'graceUntil' | 'quota';

/** A piece of the pasted text, marked with the field it gave when it gave one. */
export interface Segment {
  text: string;
  field?: PasteField;
}

function pick<T>(edit: T | null | undefined, found: T | undefined): T | undefined {
  return edit === null ? undefined : (edit ?? found);
}

/** Found values with the user's edits applied; candidates never become values on their own. */
export function pasteValues(extraction: Extraction, edits: PasteEdits = {}): PasteValues {
  const removed = new Set(edits.removedQuotas ?? []);
  const credit = pick(edits.credit, extraction.credit?.value);
  const validUntil = pick(edits.validUntil, extraction.validUntil?.value);
  const graceUntil = pick(edits.graceUntil, extraction.graceUntil?.value);
  return {
    ...(credit ? { credit } : {}),
    ...(validUntil ? { validUntil } : {}),
    ...(graceUntil ? { graceUntil } : {}),
    quotas: extraction.quotas.flatMap((q, i) => (removed.has(i) ? [] : [edits.quotas?.[i] ?? q.value])),
  };
}

/** True when there is anything worth storing. */
export function hasPasteValues(values: PasteValues): boolean {
  return Boolean(values.credit || values.validUntil || values.graceUntil || values.quotas.length > 0);
}

/**
 * The reading a save stores. A carrier's fixed grace length (AXIS: 30 days) fills the grace-until
 * date when the text gave the active period but not the grace period.
 */
export function pastedReading(accountId: string, at: number, values: PasteValues, graceDays?: number): Reading {
  const graceUntil =
    values.graceUntil ?? (values.validUntil && graceDays !== undefined ? addDays(values.validUntil, graceDays) : undefined);
  return {
    accountId,
    at,
    ...(values.credit ? { credit: values.credit } : {}),
    ...(values.validUntil ? { validUntil: values.validUntil } : {}),
    ...(graceUntil ? { graceUntil } : {}),
    ...(values.quotas.length > 0 ? { quotas: values.quotas } : {}),
  };
}

/** The pasted text cut into plain and highlighted pieces, in order; overlapping spans keep the first. */
export function highlightSegments(text: string, extraction: Extraction, edits: PasteEdits = {}): Segment[] {
  const removed = new Set(edits.removedQuotas ?? []);
  const marks: { start: number; end: number; field: PasteField }[] = [];
  // A value the user replaced or removed no longer points at the text.
  if (extraction.credit && edits.credit === undefined) marks.push(mark(extraction.credit.span, 'credit'));
  if (extraction.validUntil && edits.validUntil === undefined) marks.push(mark(extraction.validUntil.span, 'validUntil'));
  if (extraction.graceUntil && edits.graceUntil === undefined) marks.push(mark(extraction.graceUntil.span, 'graceUntil'));
  extraction.quotas.forEach((q, i) => {
    if (!removed.has(i) && edits.quotas?.[i] === undefined) marks.push(mark(q.span, 'quota'));
  });
  marks.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), field: m.field });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

function mark([start, end]: [number, number], field: PasteField) {
  return { start, end, field };
}
