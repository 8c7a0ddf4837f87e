/** The options page's routes, read from `location.hash`: `#/`, `#/add`, `#/edit/<id>`, `#/alerts/<id>`, `#/paste`. */

/** Where the options page is. */
export type Route = { name: 'home' } | { name: 'add' } | { name: 'edit'; id: string } | { name: 'alerts'; id: string } | { name: 'paste' };

/** The route a hash names; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'add') return { name: 'add' };
  if (path === 'paste' || path.startsWith('paste/') || path.startsWith('paste?')) return { name: 'paste' };
  const edit = /^edit\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (edit?.[1]) return { name: 'edit', id: edit[1] };
  const alerts = /^alerts\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (alerts?.[1]) return { name: 'alerts', id: alerts[1] };
  return { name: 'home' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  if (route.name === 'home') return '#/';
  return 'id' in route ? `#/${route.name}/${route.id}` : `#/${route.name}`;
}
