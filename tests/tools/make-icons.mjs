// Renders docs/icon.svg to public/icon/{16,32,48,96,128}.png with headless Chromium; run by hand after editing the SVG.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const svg = readFileSync(new URL('../../docs/icon.svg', import.meta.url), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 96, 128]) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    const path = new URL(`../../public/icon/${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true });
  }
} finally {
  await browser.close();
}
