/** Saving text as a file from an extension page. */

/**
 * Saves `text` (or its parts, joined) as a file through a temporary link, as pages without the
 * downloads permission can.
 */
export function download(text: string | readonly string[], fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
