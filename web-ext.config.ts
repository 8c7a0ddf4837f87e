import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens the system's Chrome or Chromium with a fresh profile; as root Chromium needs --no-sandbox.
export default defineWebExtConfig({
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
