/** Site access is asked, checked and given back by origin: one formula for the pages and the background. */

/** The origin an account's URL needs access to, as a match pattern (`https://example.com/*`); any port, no path. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
