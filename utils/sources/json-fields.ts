/**
 * A JSON answer made into a reading: values read by path when the account names them, else found
 * by key names (`balance`, `pulsa`, `expired_at`, `remainingQuantity` …), and as a last resort by the
 * extraction engine over the answer written out as `key: value` lines. Pure.
 *
 * Chrome's worker does not bundle this file: `utils/sources/platform.ts` reads JSON answers in the offscreen
 * document (`readJsonText`), Firefox in place. The engine is a parameter of `readJson`;
 * `readingFromJson` is the same reading with the engine called in place.
 */
import { capText, type Extraction, type ExtractHints, extract, MAX_EXTRACT_CHARS } from '@/utils/extract';
import type { DataUnit, Quota, Reading, SourceField } from '@/utils/model';
import { localDate } from '@/utils/core/days-left';
import { parsePath, readPathAll } from '@/utils/model/json-path';
import { toDataBytes, toIsoDate, toMoney, type ValueHints } from '@/utils/sources/values';

/** Outcome of reading one JSON answer: a reading, or why there is none (a closed set of causes). */
export type JsonReadResult =
  | { ok: true; reading: Reading }
  | { ok: false; cause: 'missing-path'; field: SourceField; path: string }
  | { ok: false; cause: 'nothing-found' }
  | { ok: false; cause: 'out-of-time' };

/** Key names (lower case, without `_`, `-` or spaces) that name each value, strongest first. */
export const KEY_NAMES: Readonly<Record<Exclude<SourceField, 'currency'>, readonly string[]>> = {
  credit: [
    'balance',
    'remainingbalance',
    'totalbalance',
    'mainbalance',
    'availablebalance',
    'accountbalance',
    'creditbalance',
    'credit',
    'pulsa',
    'sisapulsa',
    'saldo',
    'balanceamount',
  ],
  validUntil: [
    'validuntil',
    'validto',
    'expiredat',
    'expiredtime',
    'expiretime',
    'expirytime',
    'expiresat',
    'expirydate',
    'expiredate',
    'expirationdate',
    'expiration',
    'expiry',
    'activeuntil',
    'masaaktif',
    'enddate',
    'endtime',
    'expired',
  ],
  graceUntil: ['graceuntil', 'graceend', 'graceperiodend', 'gracedate', 'masatenggang'],
  quotaRemaining: [
    'datausageremaininginbytes',
    'remainingdata',
    'dataremaining',
    'remainingquantity',
    'remainingbytes',
    'dataleft',
    'quotaremaining',
    'sisakuota',
    'remaining',
  ],
  quotaTotal: ['totaldata', 'initialquantity', 'totalquota', 'datatotal', 'quotatotal', 'totalbytes', 'total'],
  quotaUsed: ['datausage', 'useddata', 'dataused', 'usedbytes', 'used'],
};

const CURRENCY_KEYS = ['currency', 'currencycode'];

/** What reading a JSON answer needs: the account, the moment and the units. */
export interface JsonReadOptions extends ValueHints {
  accountId: string;
  at: number;
  fields?: Partial<Record<SourceField, string>>;
  /** Unit of bare quota numbers; by default bytes for large numbers and MB for small ones. */
  quotaUnit?: DataUnit;
  /** When the engine must stop, epoch ms by `Date.now` (`SourceDeps.deadline`). */
  deadline?: number;
}

const normKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');
/** The key without a unit at its end (`dataRemainingBytes` → `dataremaining`), so units never hide a name. */
const bareKey = (key: string) => normKey(key).replace(/(?:in)?(?:bytes?|kb|mb|gb)$/, '');

/** The unit a key name states (`dataUsageRemainingInBytes`, `remaining_mb`), if any. */
export function unitFromKey(key: string): DataUnit | undefined {
  const k = normKey(key);
  if (/bytes?$/.test(k)) return 'B';
  if (/(kb|kilobytes?)$/.test(k)) return 'KB';
  if (/(mb|megabytes?)$/.test(k)) return 'MB';
  if (/(gb|gigabytes?)$/.test(k)) return 'GB';
  return undefined;
}

interface Leaf {
  key: string;
  value: unknown;
  /** The object holding it, so related values (remaining, total, used) are read from one place. */
  parent: object;
}

const MAX_NODES = 20_000;
const MAX_DEPTH = 12;

/** Every keyed value in document order, objects included (`balance: {amount, currency}`). */
function leaves(json: unknown): Leaf[] {
  const out: Leaf[] = [];
  let seen = 0;
  const walk = (node: unknown, depth: number) => {
    if (seen++ > MAX_NODES || depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      out.push({ key, value, parent: node });
      walk(value, depth + 1);
    }
  };
  walk(json, 0);
  return out;
}

function findByKey(all: Leaf[], field: keyof typeof KEY_NAMES, accept: (leaf: Leaf) => boolean): Leaf | undefined {
  for (const name of KEY_NAMES[field]) {
    const hit = all.find((leaf) => (normKey(leaf.key) === name || bareKey(leaf.key) === name) && accept(leaf));
    if (hit) return hit;
  }
  return undefined;
}

const isScalar = (leaf: Leaf) => typeof leaf.value === 'number' || (typeof leaf.value === 'string' && leaf.value.trim() !== '');

/** Bare quota numbers without a stated unit: bytes when they are large, megabytes otherwise. */
function guessUnit(n: number): DataUnit {
  return n >= 1024 * 1024 ? 'B' : 'MB';
}

function quotaFrom(
  remainingValue: unknown,
  totalValue: unknown,
  usedValue: unknown,
  units: { remaining?: DataUnit; total?: DataUnit; used?: DataUnit },
  locale?: string,
): Quota | undefined {
  const bytes = (value: unknown, unit: DataUnit | undefined) => {
    if (value === undefined || value === null) return undefined;
    const n = typeof value === 'number' ? value : Number.NaN;
    return toDataBytes(value, unit ?? (Number.isFinite(n) ? guessUnit(n) : 'B'), locale);
  };
  // Providers mark an unlimited allowance with -1 remaining (Celitech documents it).
  if (typeof remainingValue === 'number' && remainingValue < 0)
    return { label: 'Data', kind: 'data', remaining: 0, unit: 'B', unlimited: true };
  const total = bytes(totalValue, units.total);
  const used = bytes(usedValue, units.used);
  let remaining = bytes(remainingValue, units.remaining);
  if (remaining === undefined && total !== undefined && used !== undefined) remaining = Math.max(0, total - used);
  if (remaining === undefined) return undefined;
  return { label: 'Data', kind: 'data', remaining, ...(total === undefined ? {} : { total }), unit: 'B' };
}

// Provider words for a plan that is over: Airalo EXPIRED/FINISHED, eSIM Go depleted/expired/revoked, eSIM Access USED_UP/UNUSED_EXPIRED.
const ENDED = /^(\w+_)?(expired|finished|terminated|depleted|cancell?ed|revoked|used_?up)$/i;

/** True when a status value says the plan is over (case aside). */
export function isEndedStatus(value: unknown): boolean {
  return typeof value === 'string' && ENDED.test(value.trim());
}

/** True when an object says its plan is over, by a `status` or `state` key beside its values (`bundleState: "depleted"`). */
function endedHere(holder: unknown): boolean {
  return (
    typeof holder === 'object' &&
    holder !== null &&
    Object.entries(holder).some(([k, value]) => /(?:status|state)$/.test(normKey(k)) && isEndedStatus(value))
  );
}

/**
 * A plan the provider says is over: no data left (the true number, whatever its counter says) and its
 * active period over by today at the latest. No date is made up when the answer has none.
 */
function endPlan(reading: Reading, options: JsonReadOptions): void {
  const today = localDate(options.now, options.timeZone);
  if (reading.validUntil && reading.validUntil > today) reading.validUntil = today;
  for (const q of reading.quotas ?? []) {
    q.remaining = 0;
    delete q.unlimited;
  }
}

/** True when the answer flags the plan as unlimited (`is_unlimited: true`, Airalo's way). */
function declaresUnlimited(json: unknown): boolean {
  return leaves(json).some((l) => l.value === true && ['isunlimited', 'unlimited', 'unlimiteddata'].includes(normKey(l.key)));
}

/**
 * An unlimited plan reports its data as 0 of 0, to be ignored (Airalo's docs); numbers that are there
 * (its own example flags `is_unlimited` beside 767 of 2048 MB) are kept as they are.
 */
function applyUnlimited(reading: Reading, unlimited: boolean): void {
  if (!unlimited || !reading.quotas) return;
  reading.quotas = reading.quotas.map((q) =>
    q.kind === 'data' && q.remaining === 0 && !q.total ? { label: q.label, kind: q.kind, remaining: 0, unit: q.unit, unlimited: true } : q,
  );
}

/** Reads the account's values out of a parsed JSON answer. */
export function readingFromJson(json: unknown, options: JsonReadOptions): JsonReadResult {
  const first = readByName(json, options);
  return 'engine' in first ? fromEngine(first.reading, extract(first.engine.text, first.engine.hints)) : first;
}

/** `readingFromJson` with the engine reached through `extractText`, called only when paths and key names find nothing. */
export async function readJson(
  json: unknown,
  options: JsonReadOptions,
  extractText: (text: string, hints: ExtractHints) => Promise<Extraction>,
): Promise<JsonReadResult> {
  const first = readByName(json, options);
  return 'engine' in first ? fromEngine(first.reading, await extractText(first.engine.text, first.engine.hints)) : first;
}

/** Last resort left to the engine: the answer as lines, and the reading to fill. */
interface EngineTurn {
  reading: Reading;
  engine: { text: string; hints: ExtractHints };
}

/** Values by path or by key name; when key names find nothing, what the engine should read. */
function readByName(json: unknown, options: JsonReadOptions): JsonReadResult | EngineTurn {
  const reading: Reading = { accountId: options.accountId, at: options.at };
  const unlimited = declaresUnlimited(json);
  const { fields } = options;
  if (fields && Object.keys(fields).length > 0) {
    const values: Partial<Record<SourceField, unknown>> = {};
    let ended = false;
    for (const [field, path] of Object.entries(fields) as [SourceField, string][]) {
      const found = readPathAll(json, path);
      const value = found[0]?.value;
      if (value === undefined || value === null) return { ok: false, cause: 'missing-path', field, path };
      values[field] = value;
      if (!field.startsWith('quota')) continue;
      // Items that say they are over (`bundleState: "depleted"`) do not count; when none is left the plan is over.
      const live = found.filter((m) => !endedHere(m.parent));
      if (!live.length) ended ||= field === 'quotaRemaining';
      // Every live item of a `[*]` path counts (a used-up bundle and the queued one after it), in the path's unit.
      else values[field] = live.length > 1 ? live.reduce((sum, m) => sum + Number(m.value), 0) : live[0]?.value;
    }
    const currency =
      typeof values.currency === 'string' && /^[A-Za-z]{3}$/.test(values.currency.trim())
        ? values.currency.trim().toUpperCase()
        : options.currency;
    // A path's last key may state its unit (`dataUsageRemainingInBytes`); else the account's, else a guess.
    const unit = (path: string | undefined) => (path ? (options.quotaUnit ?? unitFromKey(lastKey(path))) : undefined);
    fill(reading, {
      credit: values.credit === undefined ? undefined : toMoney(values.credit, options, currency),
      validUntil: values.validUntil === undefined ? undefined : toIsoDate(values.validUntil, options),
      graceUntil: values.graceUntil === undefined ? undefined : toIsoDate(values.graceUntil, options),
      quota: quotaFrom(
        values.quotaRemaining,
        values.quotaTotal,
        values.quotaUsed,
        { remaining: unit(fields.quotaRemaining), total: unit(fields.quotaTotal), used: unit(fields.quotaUsed) },
        options.locale,
      ),
    });
    applyUnlimited(reading, unlimited);
    if (ended) endPlan(reading, options);
    return hasValues(reading) ? { ok: true, reading } : { ok: false, cause: 'nothing-found' };
  }

  const all = leaves(json);
  const creditLeaf = findByKey(
    all,
    'credit',
    (l) => isScalar(l) || (typeof l.value === 'object' && l.value !== null && !Array.isArray(l.value)),
  );
  let currency = options.currency;
  if (creditLeaf) {
    const sibling = Object.entries(creditLeaf.parent).find(([k, value]) => CURRENCY_KEYS.includes(normKey(k)) && typeof value === 'string');
    if (sibling && /^[A-Za-z]{3}$/.test(String(sibling[1]).trim())) currency = String(sibling[1]).trim().toUpperCase();
  }
  const dateLeaf = (field: 'validUntil' | 'graceUntil') =>
    findByKey(all, field, (l) => isScalar(l) && toIsoDate(l.value, options) !== undefined);
  const validLeaf = dateLeaf('validUntil');
  const graceLeaf = dateLeaf('graceUntil');
  // Remaining, total and used are read from the first object that has any of them.
  // `balance: {remaining: 25750}` is money, not a data quota.
  const numeric = (l: Leaf) => l.parent !== creditLeaf?.value && isScalar(l) && toDataBytes(l.value, 'B', options.locale) !== undefined;
  const quotaHome = (findByKey(all, 'quotaRemaining', numeric) ?? findByKey(all, 'quotaUsed', numeric))?.parent;
  const inHome = (l: Leaf) => l.parent === quotaHome && numeric(l);
  const remainingLeaf = quotaHome && findByKey(all, 'quotaRemaining', inHome);
  const totalLeaf = quotaHome && findByKey(all, 'quotaTotal', inHome);
  const usedLeaf = quotaHome && findByKey(all, 'quotaUsed', inHome);
  const unitOf = (leaf: Leaf | undefined) => (leaf ? (unitFromKey(leaf.key) ?? options.quotaUnit) : undefined);
  fill(reading, {
    credit: creditLeaf && toMoney(creditLeaf.value, options, currency),
    validUntil: validLeaf && toIsoDate(validLeaf.value, options),
    graceUntil: graceLeaf && toIsoDate(graceLeaf.value, options),
    quota: quotaFrom(
      remainingLeaf?.value,
      totalLeaf?.value,
      usedLeaf?.value,
      { remaining: unitOf(remainingLeaf), total: unitOf(totalLeaf), used: unitOf(usedLeaf) },
      options.locale,
    ),
  });
  applyUnlimited(reading, unlimited);
  if (endedHere(quotaHome)) endPlan(reading, options);
  if (hasValues(reading)) return { ok: true, reading };

  // Unknown key names: the extraction engine reads the answer as labelled lines.
  return {
    reading,
    engine: {
      text: jsonAsText(all),
      hints: {
        currency: options.currency,
        locale: options.locale,
        now: options.now,
        timeZone: options.timeZone,
        deadline: options.deadline,
      },
    },
  };
}

/** The reading with what the engine found in the answer's lines. */
function fromEngine(reading: Reading, found: Extraction): JsonReadResult {
  // The engine stopped before the end: a failure of its own, not "nothing found".
  if (found.outOfTime) return { ok: false, cause: 'out-of-time' };
  fill(reading, {
    credit: found.credit?.value,
    validUntil: found.validUntil?.value,
    graceUntil: found.graceUntil?.value,
  });
  if (found.quotas.length > 0) reading.quotas = found.quotas.map((q) => q.value);
  return hasValues(reading) ? { ok: true, reading } : { ok: false, cause: 'nothing-found' };
}

/**
 * `remaining balance: 25750` lines, keys split into words so the engine's keywords match; at most
 * `MAX_EXTRACT_CHARS` characters (the engine reads no more), each value cut to the cap before it is copied.
 */
export function jsonAsText(all: readonly { key: string; value: unknown }[], max = MAX_EXTRACT_CHARS): string {
  const lines: string[] = [];
  let length = 0;
  for (const l of all) {
    if (length >= max) break;
    if (typeof l.value !== 'string' && typeof l.value !== 'number') continue;
    const key = l.key
      .slice(0, max)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ');
    const line = `${key}: ${String(l.value).slice(0, max)}`;
    lines.push(line);
    length += line.length + 1;
  }
  return capText(lines.join('\n'), max);
}

function fill(reading: Reading, values: { credit?: Reading['credit']; validUntil?: string; graceUntil?: string; quota?: Quota }): void {
  if (values.credit) reading.credit = values.credit;
  if (values.validUntil) reading.validUntil = values.validUntil;
  if (values.graceUntil) reading.graceUntil = values.graceUntil;
  if (values.quota) reading.quotas = [values.quota];
}

function hasValues(reading: Reading): boolean {
  return Boolean(reading.credit || reading.validUntil || reading.graceUntil || reading.quotas?.length);
}

/** The last key name of a path (`$.data.remainingMb` → `remainingMb`), or '' when it ends on an index. */
function lastKey(path: string): string {
  const parsed = parsePath(path);
  const last = parsed.ok ? parsed.steps[parsed.steps.length - 1] : undefined;
  return typeof last === 'string' ? last : '';
}
