/** The paste tool's preview: what the engine found in the pasted text, with the user's edits and their drafts. */
import { useMemo, useState } from 'preact/hooks';
import { extract } from '@/utils/extract';
import type { Money, Quota } from '@/utils/model';
import { highlightSegments, type PasteEdits, pasteValues } from '@/utils/core/paste';
import { type CreditDraft, type DraftErrors, type QuotaDraft, readCredit, readQuota } from '@/entrypoints/options/paste/paste-drafts';

/** The most of a pasted text that is read: a USSD or SMS answer is a few hundred characters; the engine's time grows with the text. */
export const MAX_PASTE_CHARS = 10_000;

/** The preview of `text` read in `currency` and `locale`, and the edits made to it. */
export function usePastePreview(currency: string, locale: string) {
  const [text, setText] = useState('');
  // Pinned when the text changes, so the preview does not drift while the user edits its values.
  const [now, setNow] = useState(() => Date.now());
  const [edits, setEdits] = useState<PasteEdits>({});
  // What the user is typing; it reaches `edits` only when it reads without an error.
  const [creditText, setCreditText] = useState<CreditDraft>();
  const [quotaTexts, setQuotaTexts] = useState<Readonly<Record<number, QuotaDraft>>>({});

  const extraction = useMemo(
    () => extract(text, { currency, locale, now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [text, currency, locale, now],
  );
  const values = pasteValues(extraction, edits);
  const segments = highlightSegments(text, extraction, edits);
  const removed = new Set(edits.removedQuotas ?? []);
  const creditRead = creditText && readCredit(creditText);
  const creditErrors: DraftErrors = creditRead && !creditRead.ok ? creditRead.errors : {};
  const quotaErrors = new Map<number, DraftErrors>();
  for (const [key, draft] of Object.entries(quotaTexts)) {
    const i = Number(key);
    const found = extraction.quotas[i];
    const read = found && !removed.has(i) ? readQuota(draft, found.value) : undefined;
    if (read && !read.ok) quotaErrors.set(i, read.errors);
  }
  const hasErrors = Object.keys(creditErrors).length > 0 || quotaErrors.size > 0;

  /** A new text: a fresh reading, every edit dropped. */
  const onText = (value: string) => {
    setText(value.slice(0, MAX_PASTE_CHARS));
    setNow(Date.now());
    setEdits({});
    setCreditText(undefined);
    setQuotaTexts({});
  };
  const edit = (change: PasteEdits) => setEdits((e) => ({ ...e, ...change }));
  const onCreditText = (draft: CreditDraft) => {
    setCreditText(draft);
    const read = readCredit(draft);
    if (read.ok) edit({ credit: read.value });
  };
  const onCredit = (credit: Money) => {
    setCreditText(undefined);
    edit({ credit });
  };
  const onQuotaText = (i: number, found: Quota, draft: QuotaDraft) => {
    setQuotaTexts((d) => ({ ...d, [i]: draft }));
    const read = readQuota(draft, found);
    if (read.ok) setEdits((e) => ({ ...e, quotas: { ...e.quotas, [i]: read.value } }));
  };

  return {
    text,
    extraction,
    edits,
    values,
    segments,
    removed,
    creditText,
    quotaTexts,
    creditErrors,
    quotaErrors,
    hasErrors,
    onText,
    edit,
    onCreditText,
    onCredit,
    onQuotaText,
  };
}

/** What `usePastePreview` gives the tool. */
export type PastePreviewState = ReturnType<typeof usePastePreview>;
