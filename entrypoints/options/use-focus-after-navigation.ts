/** Where the focus goes after a route change on the options page. */
import { useEffect } from 'preact/hooks';
import { focusElement } from '@/entrypoints/options/focus';
import { type Route, routeHash } from '@/entrypoints/options/route';

/**
 * After a route change, focus goes to the message it left (a save) or else the new view's heading,
 * as soon as that is drawn, so keyboard and screen-reader users are not left on a removed element.
 */
export function useFocusAfterNavigation(route: Route, focusFor: { current: string | undefined }, hasMessage: boolean): void {
  // Runs after every render: the view it waits for may be drawn by a later one.
  useEffect(() => {
    // A render of the old route may come after the hash changed: wait for the new one.
    if (focusFor.current !== routeHash(route)) return;
    const main = document.querySelector('main');
    const target =
      route.name === 'home' && hasMessage ? main?.querySelector('[data-testid="save-result"]') : main?.querySelector('section h2');
    if (focusElement(target)) focusFor.current = undefined;
  });
}
