// Component tests render Preact into a linkedom document installed as the global one for each test.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * Installs a fresh document with one empty `<div>` per id before each test and removes it after;
 * returns a getter for those elements (fresh each test).
 */
export function useDom(...ids: string[]): (id: string) => HTMLElement {
  let roots = new Map<string, HTMLElement>();
  beforeEach(() => {
    const { document, window } = parseHTML(
      `<!doctype html><html><body>${ids.map((id) => `<div id="${id}"></div>`).join('')}</body></html>`,
    );
    Object.assign(globalThis, { document, window, Event: window.Event });
    roots = new Map(ids.map((id) => [id, document.getElementById(id) as unknown as HTMLElement]));
  });
  afterEach(() => {
    for (const root of roots.values()) render(null, root);
    Reflect.deleteProperty(globalThis, 'document');
    Reflect.deleteProperty(globalThis, 'window');
  });
  return (id) => {
    const root = roots.get(id);
    if (!root) throw new Error(`no root #${id}`);
    return root;
  };
}
