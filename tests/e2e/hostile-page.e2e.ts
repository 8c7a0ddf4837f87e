// Fetched content is never run or put into a page as HTML: an account page full of scripts, event
// handlers, `javascript:` links and sub-resources is read for its values and stays inert.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/server';
import { type Harness, launch } from './harness';
import { attr, backupAccount, backupText, click, find, importBackup, popupCard, tid } from './pages';

const ID = 'hostile1';

/** Every way the page tries to make the browser call back to `/beacon/<how>`. */
function hostilePage(origin: string): string {
  const beacon = (how: string) => `${origin}/beacon/${how}`;
  return `<!doctype html><html lang="id"><head><title>Akun</title>
<script>fetch('${beacon('script')}')</script>
<link rel="stylesheet" href="${beacon('stylesheet')}">
<style>@import url('${beacon('css-import')}'); body { background: url('${beacon('css-background')}') }</style>
<meta http-equiv="refresh" content="0; url=${beacon('meta-refresh')}">
</head>
<body onload="fetch('${beacon('body-onload')}')">
<iframe src="${beacon('iframe')}"></iframe>
<img src="${beacon('img')}" onerror="fetch('${beacon('img-onerror')}')">
<svg onload="fetch('${beacon('svg-onload')}')"><image href="${beacon('svg-image')}"/></svg>
<a href="javascript:fetch('${beacon('javascript-link')}')">Cek</a>
<table>
  <tr><th>Sisa Pulsa</th><td>Rp 12.345<script>fetch('${beacon('inline-script')}')</script></td></tr>
  <tr><th>Masa Aktif</th><td>31 Desember 2030 <img src=x onerror="fetch('${beacon('value-onerror')}')"></td></tr>
</table>
<table><tr><th>Kuota &lt;img src=x onerror=alert(1)&gt;</th><td>2 GB</td></tr></table>
</body></html>`;
}

describe('a hostile account page', () => {
  let h: Harness;
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer();
    server.setMode('hostile', 'ok', { html: hostilePage(server.origin) });
    dir = mkdtempSync(join(tmpdir(), 'balance-badge-hostile-'));
    const file = join(dir, 'backup.json');
    writeFileSync(
      file,
      backupText({
        accounts: [
          backupAccount({
            id: ID,
            name: 'Hostile carrier',
            source: { kind: 'web-page', url: server.url('/switch/hostile') },
            primary: true,
          }),
        ],
      }),
    );
    h = await launch();
    const options = await h.openOptions();
    expect((await importBackup(options, file)).ok).toBe('true');
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives its values, and none of its scripts, handlers or sub-resources ever runs or loads', async () => {
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await find(popup, tid('refresh-result'), 20_000);
    const card = await popupCard(popup, ID, 'ok', 20_000);
    expect(await attr(card, tid('credit'), 'data-amount')).toBe('12345');
    expect(await attr(card, `time${tid('valid-until')}`, 'datetime')).toBe('2030-12-31');
    // The page itself was fetched …
    expect(server.requests('/switch/hostile').length).toBeGreaterThan(0);
    // … and nothing in it called back.
    const beacons = [
      'script',
      'stylesheet',
      'css-import',
      'css-background',
      'meta-refresh',
      'body-onload',
      'iframe',
      'img',
      'img-onerror',
      'svg-onload',
      'svg-image',
      'javascript-link',
      'inline-script',
      'value-onerror',
    ];
    expect(beacons.filter((b) => server.requests(`/beacon/${b}`).length > 0)).toEqual([]);
    // No element of the page's made it into the popup.
    expect(await card.$$eval('script, iframe, img, object, embed, a[href^="javascript:"]', (els) => els.length)).toBe(0);
    await popup.close();
  });
});
