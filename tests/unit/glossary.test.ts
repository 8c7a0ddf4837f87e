// Wording (#17 item 7): docs/glossary.md gives one word per carrier term in each language; every locale
// file and store text uses it and none of the synonyms the glossary and its wording review rule out.
// The rules below are that glossary's "not" words, each beside the word to use instead, which the test
// also finds in the glossary, so a rule cannot drift from it.
import { readFileSync } from 'node:fs';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '@/utils/i18n';
import { localeText } from './locales';

interface Rule {
  /** The glossary concept (its first column). */
  concept: string;
  /** What the glossary rules out. */
  not: RegExp;
  /** The glossary's word, as docs/glossary.md writes it. */
  use: string;
}

const RULES: Record<Language, Rule[]> = {
  en: [
    { concept: 'the line’s validity', not: /\bvalidity\b/i, use: 'active period' },
    { concept: 'adding credit', not: /\brecharge/i, use: 'top-up' },
    { concept: 'signing in on the carrier’s site', not: /\blog ?in\b/i, use: 'sign in' },
  ],
  id: [
    // "pembacaan" too; a remarks column is "Keterangan".
    { concept: 'one stored value set, with its time', not: /bacaan/i, use: 'catatan' },
    // Also the *888# reply, which the paste tool and setup call "balasan".
    { concept: 'what a server sends back', not: /jawab/i, use: 'respons' },
    // The review: "mati" reads as "dead"; settings are aktif/nonaktif (not "nyala" either).
    { concept: 'a setting on or off (wording review)', not: /\bmati\b|nyala/i, use: 'Nonaktif' },
    { concept: 'fetching new values', not: /segar|penyegaran/i, use: 'perbarui' },
    // A check code is pressed ("tekan"), and the form calls it "Kode cek pulsa"; "panggil" is a voice call.
    { concept: 'dialling a check code', not: /panggil/i, use: 'tekan' },
    { concept: 'money on the line', not: /\bkredit\b/i, use: 'pulsa' },
    { concept: 'adding credit', not: /\btop.?up\b/i, use: 'isi ulang' },
  ],
  zh_CN: [
    { concept: 'one stored value set, with its time', not: /读数|记录历史/, use: '记录' },
    { concept: 'any allowance of a package', not: /额度/, use: '套餐余量' },
    { concept: 'a request header', not: /标头/, use: '请求头' },
    { concept: 'the currency field', not: /货币/, use: '币种' },
    { concept: 'giving back a site permission', not: /交还/, use: '撤销权限' },
    { concept: 'what a server sends back', not: /回答/, use: '响应' },
    { concept: 'days after it before the number is lost', not: /保号期/, use: '宽限期' },
    { concept: 'a line the extension watches', not: /帐户|帐号/, use: '账户' },
    { concept: 'the toolbar icon’s text', not: /徽标/, use: '徽章' },
  ],
};

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const GLOSSARY = read('docs/glossary.md');

/** Every message of a locale file as `[key, text]`, plural forms each on their own. */
function messages(lang: Language): [string, string][] {
  return parseMessagesText(localeText(lang), 'YAML').flatMap((m): [string, string][] => {
    const key = m.key.join('.');
    return m.type === 'plural' ? Object.values(m.plurals).map((text): [string, string] => [key, text]) : [[key, m.message]];
  });
}

describe.each(LANGUAGES)('glossary words in %s', (lang) => {
  it('each rule’s word is the glossary’s', () => {
    for (const rule of RULES[lang]) expect([rule.concept, GLOSSARY.includes(rule.use)]).toEqual([rule.concept, true]);
  });

  it.each(RULES[lang].map((rule) => [rule.not.source, rule] as const))('the locale file never says %s', (_, rule) => {
    const broken = messages(lang)
      .filter(([, text]) => rule.not.test(text))
      .map(([key, text]) => `${key}: ${text} (${rule.concept}: use “${rule.use}”)`);
    expect(broken).toEqual([]);
  });

  it.each(RULES[lang].map((rule) => [rule.not.source, rule] as const))('the store text never says %s', (_, rule) => {
    const broken = read(`docs/store/${lang}.md`)
      .split('\n')
      .filter((line) => rule.not.test(line))
      .map((line) => `${line} (${rule.concept}: use “${rule.use}”)`);
    expect(broken).toEqual([]);
  });

  it('catches what it rules out (each rule matches its own example)', () => {
    const examples: Record<Language, string[]> = {
      en: ['validity', 'Recharge now', 'log in'],
      id: ['menjadi bacaan', 'jawaban *888#', 'Mati secara bawaan', 'penyegaran', 'kode panggil', 'kredit', 'top up'],
      zh_CN: ['读数', '额度', '标头', '货币', '交还', '回答', '保号期', '帐户', '徽标'],
    };
    expect(RULES[lang].map((rule) => examples[lang].some((e) => rule.not.test(e)))).toEqual(RULES[lang].map(() => true));
  });
});
