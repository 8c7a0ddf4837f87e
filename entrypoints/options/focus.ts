/** Where keyboard focus goes when a view changes or a form is refused, so it is never lost on a removed element. */

/**
 * Focuses `el` (a heading or a message, made focusable by script only, `tabindex=-1`, so Tab never
 * stops on it). Returns whether focus is there now.
 */
export function focusElement(el: Element | null | undefined): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
  return el.ownerDocument.activeElement === el;
}

/** After the errors are drawn, focuses the first control marked `aria-invalid` in `root`. */
export function focusFirstInvalid(root: ParentNode = document): void {
  const later = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (fn: () => void) => setTimeout(fn, 0);
  later(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
