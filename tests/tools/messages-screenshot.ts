// Takes docs/screenshots/messages-for-web-fixture.png: the fixture conversation shaped like Messages for
// web (tests/server/messages-pages.ts), not the live site. Run: npx vite-node -c vitest.e2e.config.ts tests/tools/messages-screenshot.ts
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../e2e/harness';
import { startTestServer } from '../server/server';

const server = await startTestServer();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 760 });
  await page.goto(server.url('/web/conversations/axis123'), { waitUntil: 'load' });
  await page.waitForSelector('mws-message-wrapper');
  await page.screenshot({ path: fileURLToPath(new URL('../../docs/screenshots/messages-for-web-fixture.png', import.meta.url)) });
} finally {
  await browser.close();
  await server.close();
}
