/** The options page's route, kept in step with `location.hash`. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, type Route, routeHash } from '@/entrypoints/options/route';

/** Goes to `route` (the hash change redraws the page). */
export function navigate(route: Route): void {
  location.hash = routeHash(route);
}

/** The current route, and the hash of the route whose view should take the focus once drawn. */
export function useRoute(): { route: Route; focusFor: { current: string | undefined } } {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  // Set by a route change and by opening the page on a sub-route; cleared once the focus is placed.
  const focusFor = useRef(route.name === 'home' ? undefined : routeHash(route));
  useEffect(() => {
    const onHash = () => {
      const next = parseRoute(location.hash);
      focusFor.current = routeHash(next);
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return { route, focusFor };
}
