/**
 * Every English status message the network sources write into an account's refresh state, in one
 * table for the coming i18n. They name the site's host at most: never a path, query, header or token.
 */
export const sourceMessages = {
  signedOut: (host: string) => `Signed out of ${host}: sign in there, then refresh.`,
  passwordPage: (host: string) => `${host} shows a sign-in form: sign in there, then refresh.`,
  timeout: (host: string) => `${host} did not answer in time.`,
  network: (host: string) => `Could not reach ${host} (offline, or access to this site not granted).`,
  serverError: (host: string, status: number) => `${host} had a problem (HTTP ${status}); trying again later.`,
  httpError: (host: string, status: number) => `${host} refused the request (HTTP ${status}).`,
  rateLimited: (host: string, seconds?: number) =>
    seconds === undefined ? `${host} asks to slow down (HTTP 429).` : `${host} asks to slow down (HTTP 429); next try in ${formatWait(seconds)}.`,
  tooLarge: (host: string, mb: number) => `The answer from ${host} is larger than ${mb} MB; it was not read.`,
  notJson: (host: string) => `The answer from ${host} is not valid JSON.`,
  missingPath: (field: string, path: string) => `Nothing at ${path} for ${fieldWords[field] ?? field}: the API's answer has changed.`,
  nothingInJson: (host: string) => `No balance, date or quota found in the answer from ${host}.`,
  missingSelector: (field: string, selector: string) =>
    `The selector "${selector}" for ${fieldWords[field] ?? field} matches nothing: the page's layout has changed.`,
  unreadableSelector: (field: string, selector: string) => `The text at "${selector}" is not a ${fieldWords[field] ?? field}.`,
  nothingOnPage: (host: string) => `No balance, date or quota found on the page from ${host}.`,
  drawnByScript: (host: string) =>
    `The page from ${host} has no values in its HTML: it is drawn by JavaScript. Turn on “capture on visit” and open the page.`,
  tokenElsewhere: (host: string) =>
    `The token for ${host} was entered on another browser and stays there: enter it again on this browser (Options → Edit → Headers).`,
  queryElsewhere: (host: string) =>
    `The end of the address for ${host} (after “?”, it may hold a key) was entered on another browser and stays there: enter the full address again on this browser (Options → Edit).`,
  accessNotGranted: (host: string) =>
    `This browser has not given access to ${host} yet (the account came from another browser): open it in Options and save it to give access.`,
  noParser: 'Could not read the page here (no HTML parser available).',
  notSaved: 'The new reading could not be saved: the browser refused to store it, usually because the disk is full. Free some space, then refresh.',
} as const;

/** Field names in words, for messages. */
export const fieldWords: Readonly<Record<string, string>> = {
  credit: 'credit',
  currency: 'currency',
  validUntil: 'active-until date',
  graceUntil: 'grace-until date',
  quotaRemaining: 'data remaining',
  quotaTotal: 'data total',
  quotaUsed: 'data used',
};

function formatWait(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}
