/**
 * A view of the options page loaded only when its route is shown (guided setup, the paste tool with the
 * extraction engine): most visits never need them, and the page's first paint stays within its budget
 * (tests/build/bundle-size.test.ts). The focus still moves to the view's heading once it is drawn.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The component `load` gives, once loaded, when `wanted`; `load` must be the same function each render. */
export function useLazyView<P>(wanted: boolean, load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> | undefined {
  const [View, setView] = useState<FunctionComponent<P>>();
  useEffect(() => {
    if (!wanted || View) return;
    let alive = true;
    load().then(
      (component) => alive && setView(() => component),
      (error: unknown) => console.error('Balance Badge: could not load a part of the options page', error),
    );
    return () => {
      alive = false;
    };
  }, [wanted, View, load]);
  return View;
}
