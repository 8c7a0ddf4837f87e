/**
 * A small, safe JSON path reader: `$.data.balance.remaining`, `$.balance_infos[0].total_balance`,
 * `$['odd key'][-1]`, `$.bundles[*].assignments[*].remainingQuantity` (every item). No filters, no
 * scripts: nothing in a path is ever evaluated.
 */

/** One step of a path: an object key, an array index (negative counts from the end), or null for `[*]`, every item. */
export type PathStep = string | number | null;

/** Longest path the form and the model accept. */
export const MAX_PATH_LENGTH = 300;

const NAME = /^[A-Za-z_$][\w$-]*/;

/** The steps of `path`, or an error message saying what is wrong with it. */
export function parsePath(path: string): { ok: true; steps: PathStep[] } | { ok: false; message: string } {
  const p = path.trim();
  if (!p) return { ok: false, message: 'path is empty' };
  if (p.length > MAX_PATH_LENGTH) return { ok: false, message: `path is longer than ${MAX_PATH_LENGTH} characters` };
  const steps: PathStep[] = [];
  // `$` is optional, so `data.balance` means `$.data.balance`.
  let i = p.startsWith('$') ? 1 : 0;
  if (i === 0) {
    const first = NAME.exec(p);
    if (!first) return { ok: false, message: 'path must start with $ or a key name' };
    steps.push(first[0]);
    i = first[0].length;
  }
  while (i < p.length) {
    const rest = p.slice(i);
    if (rest.startsWith('.')) {
      const name = NAME.exec(rest.slice(1));
      if (!name) return { ok: false, message: `expected a key name after "." at ${i + 1}` };
      steps.push(name[0]);
      i += 1 + name[0].length;
      continue;
    }
    const index = /^\[\s*(-?\d{1,9}|\*)\s*\]/.exec(rest);
    if (index) {
      steps.push(index[1] === '*' ? null : Number(index[1]));
      i += index[0].length;
      continue;
    }
    const quoted = /^\[\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*\]/.exec(rest);
    if (quoted) {
      steps.push((quoted[2] ?? '').replace(/\\(.)/g, '$1'));
      i += quoted[0].length;
      continue;
    }
    return { ok: false, message: `unexpected "${rest[0]}" at ${i + 1} (use .key, [0], [*] or ['key'])` };
  }
  return { ok: true, steps };
}

/** True when `path` is a path this reader understands. */
export function isValidPath(path: string): boolean {
  return parsePath(path).ok;
}

/** One value a path leads to, with the object or array that holds it (where its siblings are). */
export interface PathMatch {
  value: unknown;
  parent: unknown;
}

/** Every value `path` leads to (one, or one per item for each `[*]`); none when it is invalid or leads nowhere. */
export function readPathAll(json: unknown, path: string): PathMatch[] {
  const parsed = parsePath(path);
  if (!parsed.ok) return [];
  let found: PathMatch[] = [{ value: json, parent: undefined }];
  for (const step of parsed.steps) {
    found = found.flatMap(({ value: at }): PathMatch[] => {
      if (typeof step === 'string') {
        // Own keys only: a path can never reach a prototype's properties.
        return at !== null && typeof at === 'object' && !Array.isArray(at) && Object.hasOwn(at, step)
          ? [{ value: (at as Record<string, unknown>)[step], parent: at }]
          : [];
      }
      if (!Array.isArray(at)) return [];
      return step === null ? at.map((value) => ({ value, parent: at })) : [{ value: at[step < 0 ? at.length + step : step], parent: at }];
    });
  }
  return found.filter((m) => m.value !== undefined);
}

/** The value at `path` in `json` (the first, for a path with `[*]`), or undefined when the path is invalid or leads nowhere. */
export function readPath(json: unknown, path: string): unknown {
  return readPathAll(json, path)[0]?.value;
}
