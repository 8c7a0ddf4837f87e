/** Words of the paste tool, in one place so they can move to i18n. */
export const pasteStrings = {
  heading: 'Paste a balance message',
  intro:
    'Paste the reply to *888#, an SMS from your carrier, or a line from its app or website. Check what was found, correct it if needed, and save.',
  account: 'Save to',
  newAccount: 'A new account…',
  name: 'Name of the new account',
  namePlaceholder: 'e.g. AXIS 0838',
  preset: 'Carrier',
  howToCheck: (codes: readonly string[], sms?: { text: string; to: string }) =>
    `To check your balance dial ${codes.join(' or ')}${sms ? `, or send ${sms.text} to ${sms.to}` : ''}.`,
  input: 'Message',
  inputPlaceholder: 'Sisa pulsa Rp25.750, aktif s.d 31 Des 2026. Kuota 2,5GB …',
  found: 'Found in the message',
  fieldNames: { credit: 'Credit', validUntil: 'Active until', graceUntil: 'Grace period until', quota: 'Quota' },
  notFound: 'not found',
  maybe: 'Did you mean',
  unlimited: 'Unlimited',
  until: (date: string) => `until ${date}`,
  remove: 'Remove',
  nothing: 'Nothing that looks like a balance was found. Type the values in the fields above instead.',
  save: 'Save reading',
  saving: 'Saving…',
  back: 'Back',
  saved: (name: string) => `Saved to ${name}.`,
  saveFailed: (why: string) => `Not saved: ${why}`,
} as const;
