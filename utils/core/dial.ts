/** A carrier's dial code (`*888#`) as a link a phone dials: `#` must be escaped or the dialler drops the rest. */

/** `tel:*888%23` for `*888#`. */
export function telHref(code: string): string {
  return `tel:${code.replace(/[^0-9*+#]/g, '').replaceAll('#', '%23')}`;
}
