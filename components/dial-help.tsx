/**
 * "Check on your phone" for a line checked by dialling: the carrier's code, a `tel:` link (a browser on
 * a phone dials it) and, on request, a QR code of that link a phone camera opens in the dialler.
 * The QR library loads only when the code is shown.
 */
import { useState } from 'preact/hooks';
import { telHref } from '@/utils/core/dial';
import { dialStrings as s } from '@/components/dial-strings';

/** A QR code as an SVG path in module units. */
interface Qr {
  size: number;
  path: string;
}

async function qrOf(text: string): Promise<Qr> {
  const [{ generate }, { toSvgPath }] = await Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]);
  const code = generate(text);
  return { size: code.size, path: toSvgPath(code) };
}

/** The block, `[data-testid=dial-help]`; `dial-show-qr` draws `svg[data-testid=dial-qr]`. */
export function DialHelp({ code }: { code: string }) {
  const href = telHref(code);
  const [open, setOpen] = useState(false);
  const [qr, setQr] = useState<Qr>();
  const [failed, setFailed] = useState(false);

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && !qr) {
      setFailed(false);
      qrOf(href).then(setQr, () => setFailed(true));
    }
  };

  return (
    <div class="dial-help" data-testid="dial-help">
      <p class="dial-line">
        <span>{s.howTo(code)}</span>{' '}
        <a class="button small" data-testid="dial-link" href={href}>
          {s.call(code)}
        </a>{' '}
        <button type="button" class="button small" data-testid="dial-show-qr" aria-expanded={open ? 'true' : 'false'} onClick={toggle}>
          {open ? s.hideQr : s.showQr}
        </button>
      </p>
      {open && qr && (
        <svg
          class="dial-qr"
          data-testid="dial-qr"
          role="img"
          aria-label={s.qrLabel(code)}
          viewBox={`-2 -2 ${qr.size + 4} ${qr.size + 4}`}
          width="132"
          height="132"
        >
          <rect x="-2" y="-2" width={qr.size + 4} height={qr.size + 4} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      )}
      {open && failed && (
        <p class="muted small" role="alert">
          {s.qrFailed}
        </p>
      )}
    </div>
  );
}
