/**
 * Date facts only a whole message states: the format it names ("(MM/DD/YYYY)", "月/日") and grace
 * lengths written before their word ("30天宽限期"). Kept apart from dates.ts, which the background
 * worker bundles for single values, where neither occurs.
 */
import type { RelativeMatch } from '@/utils/extract/dates';

// Group 1 or 2 means month first: "(MM/DD/YYYY)", "M/D/YY", "bb/hh/tttt", "bln/tgl", "月/日".
const STATED =
  /(?<![a-z])(?:(mm[/.-]dd|m[/.-]d[/.-]y+|bb[/.-]hh|bln[/.-]tgl)|dd[/.-]mm|d[/.-]m[/.-]y+|hh[/.-]bb|tgl[/.-]bln)(?![a-z])|(月\s*[/.-]\s*日)|日\s*[/.-]\s*月/gi;

/** The numeric date order the text states itself; undefined when it states none, or both. */
export function statedDateOrder(text: string): 'dmy' | 'mdy' | undefined {
  const stated = new Set([...text.matchAll(STATED)].map((m) => (m[1] || m[2] ? 'mdy' : 'dmy')));
  return stated.size === 1 ? [...stated][0] : undefined;
}

// Words only Indonesian or Malay carrier texts use, and Chinese script: both write numeric dates day first.
const DAY_FIRST_LANGUAGE =
  /(?<![a-z])(?:pulsa|masa\s+aktif|aktif\s+(?:s\.?\s?d|s\/d|hingga|sampai)|masa\s+tenggang|berlaku|kuota|sisa|hingga|sampai|tanggal|tgl)(?![a-z])|[\u4e00-\u9fff]/i;

/**
 * The order the text's own language writes numeric dates in: day first for an Indonesian, Malay or Chinese
 * text, whatever the browser's language ("Aktif s.d 04-01-2027" in an en-US browser is 4 January).
 */
export function languageDateOrder(text: string): 'dmy' | undefined {
  return DAY_FIRST_LANGUAGE.test(text) ? 'dmy' : undefined;
}

const GRACE_FIRST = [
  /(?<!\d)(\d{1,4})\s*[天日]的?\s*(?:宽限|寬限|保号|保號)期/g,
  /(?<![a-z\d])(\d{1,4})[\s-]*(?:days?|hari)\s+(?:of\s+)?(?:masa\s+tenggang|grace)(?![a-z])/gi,
];

/** Grace lengths written before their word: "30天宽限期", "30-day grace period", "30 hari masa tenggang". */
export function findGraceLengthsFirst(text: string): RelativeMatch[] {
  return GRACE_FIRST.flatMap((re) =>
    [...text.matchAll(re)]
      .filter((m) => Number(m[1]) > 0)
      .map((m): RelativeMatch => ({
        start: m.index,
        end: m.index + m[0].length,
        days: Number(m[1]),
        field: 'grace',
        anchor: 'validity',
        left: false,
      })),
  );
}
