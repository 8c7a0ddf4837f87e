/** The options page's routes, read from `location.hash`: `#/`, `#/add`, `#/edit/<id>`, `#/paste`. */

/** Where the options page is. */
export type Route = { name: 'home' } | { name: 'add' } | { name: 'edit'; id: string } | { name: 'paste' };

/** The route a hash names; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'add') return { name: 'add' };
  if (path === 'paste' || path.startsWith('paste/') || path.startsWith('paste?')) return { name: 'paste' };
  const edit = /^edit\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (edit?.[1]) return { name: 'edit', id: edit[1] };
  return { name: 'home' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  return route.name === 'home' ? '#/' : route.name === 'edit' ? `#/edit/${route.id}` : `#/${route.name}`;
}
