/** Hostile and odd inputs shared by the fuzz tests: the table of values a user or a file may throw at us. */
import { prng } from '../extract/prng';

/** Strings nobody should be able to save as-is. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'chrome://settings',
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE accounts; --',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '99999999999999999999999',
  '2026-02-31',
  '31/02/2026',
  '0x10',
  '１２３', // full-width digits
  '٣',
  'Rp',
  'a'.repeat(10_000),
  '🙂'.repeat(100),
  '\u202Eevil',
  '../../etc',
  '${7*7}',
  '{{7*7}}',
] as const;

/** Values of any JSON type, odd ones over-represented. */
export function randomJsonValue(rand: ReturnType<typeof prng>, depth = 0): unknown {
  const kind = rand.int(0, depth > 2 ? 5 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rand.pick([true, false]);
    case 2:
      return rand.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 0.1 + 0.2]);
    case 3:
      return rand.pick(HOSTILE_STRINGS);
    case 4:
      return rand.pick(['IDR', 'USD', 'RUPIAH', 'idr', 'demo', 'manual', 'json-api', 'axis', 'credit', 'days']);
    case 5:
      return String(rand.int(-1000, 100_000));
    case 6:
      return Array.from({ length: rand.int(0, 3) }, () => randomJsonValue(rand, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: rand.int(0, 4) }, () => [
          rand.pick(['id', 'name', 'kind', 'amount', 'x', '__proto__', 'constructor']),
          randomJsonValue(rand, depth + 1),
        ]),
      );
  }
}

/** A deep copy of `value` with one random change: a key removed, added, or given a random value. */
export function mutate(value: unknown, rand: ReturnType<typeof prng>): unknown {
  const copy = structuredClone(value);
  const containers: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => (containers.push({ parent: node, key: i }), walk(child)));
    else if (node && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) {
        containers.push({ parent: node as Record<string, unknown>, key: k });
        walk(child);
      }
    }
  };
  walk(copy);
  if (containers.length === 0) return randomJsonValue(rand);
  const { parent, key } = rand.pick(containers);
  const action = rand.int(0, 3);
  if (action === 0 && !Array.isArray(parent)) Reflect.deleteProperty(parent, key);
  else if (action === 1 && !Array.isArray(parent)) (parent as Record<string, unknown>)[`extra${rand.int(0, 9)}`] = randomJsonValue(rand);
  else if (action === 2 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else (parent as Record<string | number, unknown>)[key] = randomJsonValue(rand);
  return copy;
}

/** `unit` repeated to exactly `n` characters. */
const repeatTo = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Texts of any length `n` built to hit the extraction engine's worst cases: one token type repeated
 * without end, runs its patterns scan over, many values in one sentence, and mixed scripts.
 */
export const ADVERSARIAL_TEXTS: Readonly<Record<string, (n: number) => string>> = {
  // One sentence of amounts: every amount is a quota reading of one kind, in one group.
  'repeated units 1GB1GB…': (n) => repeatTo('1GB', n),
  'many quota amounts in one sentence': (n) => repeatTo('Kuota 2GB, sisa 1GB, terpakai 500MB dari 10GB, 300 menit, SMS 60, ', n),
  'digit runs': (n) => repeatTo('1234567890', n),
  // A word, then a blank run that patterns with a look-behind or `\s*` scan over.
  'whitespace runs': (n) => `Pulsa SMS${repeatTo(' \t \u00a0 ', n - 20)} Rp5.000 1GB`,
  'punctuation runs': (n) => repeatTo('.,;:!?-/()[]{}…。，！？、', n),
  'mixed scripts': (n) =>
    repeatTo('剩余流量1.5GB，余额12.30元 Sisa kuota 2GB berlaku s.d 31/12/2026. Remaining 3 GB of 5 GB, unlimited mins ', n),
};
