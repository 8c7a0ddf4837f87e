import { describe, expect, it } from 'vitest';
import { cueFields, findCues, type CueField } from '@/utils/extract/keywords';

describe('cue words', () => {
  it.each<[string, CueField]>([
    ['Sisa Pulsa', 'credit'],
    ['saldo', 'credit'],
    ['Main balance', 'credit'],
    ['credit', 'credit'],
    ['余额', 'credit'],
    ['话费余额', 'credit'],
    ['賬戶餘額', 'credit'],
    ['masa aktif', 'card'],
    ['aktif s.d', 'validity'],
    ['aktif s/d', 'validity'],
    ['aktif sd', 'validity'],
    ['berlaku hingga', 'validity'],
    ['sampai', 'validity'],
    ['valid until', 'validity'],
    ['expires', 'validity'],
    ['expiry', 'validity'],
    ['有效期至', 'validity'],
    ['到期', 'validity'],
    ['masa tenggang', 'grace'],
    ['grace period', 'grace'],
    ['宽限期', 'grace'],
    ['保号期', 'grace'],
    ['保號期', 'grace'],
    ['sisa kuota', 'remaining'],
    ['剩余', 'remaining'],
    ['terpakai', 'used'],
    ['已用', 'used'],
    ['Beli', 'buy'],
    ['harga', 'price'],
    ['promo', 'promo'],
    ['top up', 'topup'],
    ['isi ulang', 'topup'],
    ['充值', 'topup'],
    ['kode', 'code'],
    ['OTP', 'code'],
    ['验证码', 'code'],
    ['不足', 'threshold'],
    ['截至', 'asof'],
  ])('%s → %s', (text, field) => {
    expect(cueFields(text)).toContain(field);
  });

  it('prefers the longer phrase: "transfer pulsa" is a transfer, not the balance', () => {
    const [cue] = findCues('Transfer pulsa Rp 10.000');
    expect(cue && [...cue.fields]).toEqual(['topup']);
    expect(findCues('Transfer pulsa Rp 10.000')).toHaveLength(1);
  });

  it('matches Latin words whole and any case, across extra spaces', () => {
    expect(cueFields('SISA   PULSA')).toEqual(['credit']);
    expect(cueFields('pulsaku')).toEqual([]);
    expect(cueFields('compromise')).toEqual([]);
  });

  it('rates specific credit words above generic ones', () => {
    const strength = (t: string): number | undefined => findCues(t)[0]?.strength;
    expect(strength('sisa pulsa')).toBeGreaterThan(strength('pulsa') ?? 1);
    expect(strength('pulsa')).toBeGreaterThan(strength('sisa') ?? 1);
  });

  it('knows which words may follow their value', () => {
    expect(findCues('到期')[0]?.post).toBe(true);
    expect(findCues('left')[0]?.post).toBe(true);
    expect(findCues('masa aktif')[0]?.post).toBe(false);
  });
});
