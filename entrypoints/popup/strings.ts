/** Every English string of the popup page, in one place for the coming i18n. */
export const strings = {
  title: 'Balance Badge',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  refreshLabel: 'Refresh every account now',
  settings: 'Settings',
  settingsLabel: 'Open settings',
  paste: 'Paste',
  pasteLabel: 'Paste a balance message (USSD or SMS reply)',
  loadFailed: 'Could not read the stored accounts.',
  refreshFailed: (names: string) => `Could not refresh ${names}.`,
  refreshUnreachable: 'The background worker did not answer. Try again in a moment.',
  refreshDone: 'Up to date.',
  empty: {
    heading: 'No accounts yet',
    text: 'Add your prepaid line or eSIM to see its credit and days left on the toolbar, or try a simulated line first.',
    add: 'Add an account',
    demo: 'Try the demo',
    demoFailed: 'Could not add the demo account.',
  },
} as const;
