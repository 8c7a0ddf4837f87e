/**
 * The options page's routes, read from `location.hash`: `#/`, `#/add` (`#/add/esim`, `#/add/other`: the
 * form started for that line), `#/edit/<id>`, `#/edit/<id>/pick` (the form, picking its values
 * on the page at once: the card's action), `#/alerts/<id>`, `#/paste` (`#/paste?account=<id>`: that
 * account picked), and guided setup `#/setup`, `#/setup/prepaid`, `#/setup/prepaid/<website|messages|dial>`
 * and, once that path's account is saved, `#/setup/prepaid/<path>/done/<id>` (the last screen, which
 * replaces the form in history).
 */
import { SETUP_PATHS, type SetupPath } from '@/entrypoints/options/setup/setup-accounts';

/** A line the account form can start prefilled for. */
export type DraftLine = 'esim' | 'other';

/** Where the options page is. */
export type Route =
  | { name: 'home' }
  | { name: 'add'; line?: DraftLine }
  | { name: 'edit'; id: string; pick?: true }
  | { name: 'alerts'; id: string }
  | { name: 'paste'; account?: string }
  | { name: 'setup'; line?: 'prepaid'; path?: SetupPath; done?: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The route a hash names; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'add') return { name: 'add' };
  if (path === 'add/esim' || path === 'add/other') return { name: 'add', line: path.slice(4) as DraftLine };
  if (path === 'paste' || path.startsWith('paste/') || path.startsWith('paste?')) {
    const account = new URLSearchParams(path.slice(6)).get('account');
    return account && ID.test(account) ? { name: 'paste', account } : { name: 'paste' };
  }
  if (path === 'setup') return { name: 'setup' };
  if (path === 'setup/prepaid') return { name: 'setup', line: 'prepaid' };
  const setup = /^setup\/prepaid\/([a-z]+)(?:\/done\/([A-Za-z0-9_-]{1,64}))?$/.exec(path);
  if (setup?.[1] && (SETUP_PATHS as readonly string[]).includes(setup[1])) {
    const chosen = { name: 'setup', line: 'prepaid', path: setup[1] as SetupPath } as const;
    return setup[2] ? { ...chosen, done: setup[2] } : chosen;
  }
  const edit = /^edit\/([A-Za-z0-9_-]{1,64})(\/pick)?$/.exec(path);
  if (edit?.[1]) return edit[2] ? { name: 'edit', id: edit[1], pick: true } : { name: 'edit', id: edit[1] };
  const alerts = /^alerts\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (alerts?.[1]) return { name: 'alerts', id: alerts[1] };
  return { name: 'home' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'add':
      return route.line ? `#/add/${route.line}` : '#/add';
    case 'paste':
      return route.account ? `#/paste?account=${route.account}` : '#/paste';
    case 'setup':
      return ['#/setup', route.line, route.path, route.done && `done/${route.done}`].filter(Boolean).join('/');
    case 'edit':
      return route.pick ? `#/edit/${route.id}/pick` : `#/edit/${route.id}`;
    default:
      return `#/${route.name}/${route.id}`;
  }
}
