// The message-list prefilter (`mayHoldBalance`) spares the extraction engine the messages that cannot hold
// a balance; it must never drop one that does: every text of the extraction corpus and every reply of the
// fixtures from which the engine reads any value passes it, in each of its pieces and whole.
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { holdsBalance, mayHoldBalance } from '@/utils/core/message-list';
import type { Reading } from '@/utils/model';
import { CORPUS, CORPUS_NOW } from '../extract/corpus';
import { CONVERSATION, LATER_REPLY, QUERY_REPLY } from '../../server/messages-pages';

const NOW = Date.parse(CORPUS_NOW);

/** True when the engine reads any value from `text`. */
function engineReads(text: string, hints: { currency?: string; locale?: string; timeZone?: string } = {}): boolean {
  const found = extract(text, { ...hints, now: NOW });
  const reading: Reading = { accountId: 'a', at: 0 };
  if (found.credit) reading.credit = found.credit.value;
  if (found.validUntil) reading.validUntil = found.validUntil.value;
  if (found.graceUntil) reading.graceUntil = found.graceUntil.value;
  if (found.quotas.length > 0) reading.quotas = found.quotas.map((q) => q.value);
  return holdsBalance(reading);
}

describe('the prefilter never drops a text the engine reads a value from', () => {
  it('over the whole extraction corpus, and each line of it', () => {
    let read = 0;
    for (const c of CORPUS) {
      for (const text of [c.text, ...c.text.split('\n')]) {
        if (!engineReads(text, c.hints)) continue;
        read++;
        expect(mayHoldBalance(text), `${c.id}: ${text}`).toBe(true);
      }
    }
    // The corpus is hundreds of texts with values: the check above is not vacuous.
    expect(read).toBeGreaterThan(200);
  });

  it('over the fixture conversation: Indonesian, English and Chinese replies, the later and the query reply', () => {
    const replies = [...CONVERSATION.filter((m) => m.credit !== undefined).map((m) => m.text), LATER_REPLY.text, QUERY_REPLY.text];
    expect(replies).toHaveLength(5);
    for (const text of replies) {
      expect(engineReads(text, { currency: 'IDR' })).toBe(true);
      expect(mayHoldBalance(text), text).toBe(true);
    }
  });

  it('drops one-time codes and chat, which hold no value', () => {
    for (const text of [
      'Kode OTP Anda 482913. Jangan berikan kode ini kepada siapapun.',
      'Your verification code is 381920.',
      '您的验证码是 552031，请勿泄露。',
      'ok, see you at 7',
      'Terima kasih',
    ]) {
      expect(engineReads(text, { currency: 'IDR' })).toBe(false);
      expect(mayHoldBalance(text), text).toBe(false);
    }
  });
});
