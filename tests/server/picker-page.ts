/**
 * The picker's test page (tests/e2e/picker.e2e.ts): an Indonesian account page whose class names are new
 * hashes on every load, as CSS-in-JS apps build them, so only a locator that avoids them reads it twice.
 * `changed` is the page after a redesign: other labels, a table instead of rows, the same values.
 */
import { randomBytes } from 'node:crypto';

/** The values the page shows. */
export const PICKER_VALUES = {
  credit: 'Rp 48.250',
  validUntil: '15 Januari 2027',
  graceUntil: '14 Februari 2027',
  quotaRemaining: '3,5 GB',
  quotaTotal: '10 GB',
} as const;

/** A generated class name, different on every call (`css-1k9x2q`, `sc-…`). */
const hashed = () => `css-${randomBytes(4).toString('hex').slice(0, 6)} sc-${randomBytes(3).toString('base64url')}`;

/** The page in its `normal` or `changed` layout, with fresh class names. */
export function pickerPage(layout: 'normal' | 'changed'): string {
  const c = hashed;
  const v = PICKER_VALUES;
  const style = `<style>.menu a{margin-right:12px} .row{display:flex;gap:16px;padding:8px;border-bottom:1px solid #ddd} body{font-family:sans-serif}</style>`;
  if (layout === 'changed')
    return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Akun Saya</title>${style}</head><body>
<nav class="${c()}"><a href="#">Beranda</a> <a href="#">Isi Ulang</a></nav>
<h1 class="${c()}">Akun Saya (baru)</h1>
<table class="${c()}">
<tr class="${c()}"><th class="${c()}">Pulsa Anda</th><td class="${c()}">${v.credit}</td></tr>
<tr class="${c()}"><th class="${c()}">Aktif hingga</th><td class="${c()}">${v.validUntil}</td></tr>
<tr class="${c()}"><th class="${c()}">Tenggang hingga</th><td class="${c()}">${v.graceUntil}</td></tr>
<tr class="${c()}"><th class="${c()}">Kuota Internet</th><td class="${c()}">${v.quotaRemaining} dari ${v.quotaTotal}</td></tr>
</table></body></html>`;
  const row = (label: string, value: string) =>
    `<div class="row ${c()}"><span class="${c()}">${label}</span><span class="${c()}"><b class="${c()}">${value}</b></span></div>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Akun Saya</title>${style}</head><body>
<nav class="menu ${c()}"><a href="#">Beranda</a> <a href="#">Masa Aktif Paket</a> <a href="#">Bantuan</a></nav>
<h1 class="${c()}">Akun Saya</h1>
<main class="${c()}">
${row('Sisa Pulsa', v.credit)}
${row('Masa Aktif', v.validUntil)}
${row('Masa Tenggang', v.graceUntil)}
<section class="${c()}"><h2 class="${c()}">Kuota Internet</h2>
${row('Sisa Kuota', v.quotaRemaining)}
${row('Total Kuota', v.quotaTotal)}
</section>
<button class="${c()}" onclick="document.title='clicked'">Isi Ulang</button>
</main></body></html>`;
}
