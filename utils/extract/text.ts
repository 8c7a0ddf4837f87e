/**
 * Text preparation shared by the extractors: a length-preserving normalisation (so every span
 * found in the normalised text is also a span of the input) and sentence boundaries.
 */

/** Maps full-width ASCII, exotic dashes and colons to plain ASCII, one UTF-16 unit for one. */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Full-width forms (Ｒｐ１２．５, ：, ／) are common in Chinese and Japanese texts.
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013 || code === 0x2212) out += '-';
    else if (code === 0x2215) out += '/';
    else out += text[i];
  }
  return out;
}

/** A half-open range `[start, end)` of the text. */
export interface Range {
  start: number;
  end: number;
}

// Hard boundaries: a new line, CJK and Latin sentence ends, bullets and table bars. Semicolons
// only separate list items ("Kuota Utama 3GB; Kuota Apps 1GB; berlaku hingga …"), so they are not one.
const HARD_BREAK = /\n|[。！？!?|·•]|\.(?=\s+[A-Z\u4e00-\u9fff【[(])|\.(?=\s{2,})|\s[-–—]\s/g;

/** Splits the text into sentences; positions are those of the text. Lines are also sentences. */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(HARD_BREAK)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Index of the range containing `pos` (ranges sorted, non-overlapping), by binary search. */
export function rangeIndexAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges[mid] as Range).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when the two ranges share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
