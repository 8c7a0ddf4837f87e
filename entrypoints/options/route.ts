/**
 * The options page's routes, read from `location.hash`: `#/`, `#/add`, `#/edit/<id>`, `#/edit/<id>/pick` (the form, picking
 * its values on the page at once: the card's action), `#/alerts/<id>`, `#/paste`.
 */

/** Where the options page is. */
export type Route =
  { name: 'home' } | { name: 'add' } | { name: 'edit'; id: string; pick?: true } | { name: 'alerts'; id: string } | { name: 'paste' };

/** The route a hash names; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'add') return { name: 'add' };
  if (path === 'paste' || path.startsWith('paste/') || path.startsWith('paste?')) return { name: 'paste' };
  const edit = /^edit\/([A-Za-z0-9_-]{1,64})(\/pick)?$/.exec(path);
  if (edit?.[1]) return edit[2] ? { name: 'edit', id: edit[1], pick: true } : { name: 'edit', id: edit[1] };
  const alerts = /^alerts\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (alerts?.[1]) return { name: 'alerts', id: alerts[1] };
  return { name: 'home' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'edit' && route.pick) return `#/edit/${route.id}/pick`;
  return 'id' in route ? `#/${route.name}/${route.id}` : `#/${route.name}`;
}
