/**
 * The popup snapshot: what the cards show, kept by the background in the popup's URL
 * (`popup.html#<snapshot>`, `action.setPopup`), so the popup paints its cards at once, with no
 * storage or IndexedDB read and no framework. Only what a card shows: no secrets, no URLs; of the history
 * only each card's sparkline (a few dozen points) and forecast.
 */
import type { Forecast } from '@/utils/core/forecast';
import { type Insight, SPARK_DAYS } from '@/utils/core/insight';
import type { Point } from '@/utils/core/readings';
import type { Account, Quota, Reading, RefreshState } from '@/utils/model';

/** Snapshot format version; a popup that meets another version ignores the snapshot. */
export const SNAPSHOT_VERSION = 2;

/** Longest snapshot kept in the URL; a longer one is left out and the popup reads storage instead. */
export const MAX_SNAPSHOT_CHARS = 32_000;

/** What a card needs of a source: its kind, and for manual accounts the preset and reminder days. */
export type CardSource =
  | { kind: Exclude<Account['source']['kind'], 'manual'> }
  | Pick<Extract<Account['source'], { kind: 'manual' }>, 'kind' | 'preset' | 'remindAfterDays' | 'dialCode'>;

/** What a card needs of an account (a full `Account` is one). */
export type CardAccount = Pick<Account, 'id' | 'name' | 'primary' | 'enabled' | 'intervalMinutes'> & {
  thresholds: Pick<Account['thresholds'], 'warnDays' | 'lowCredit'>;
  source: CardSource;
};

/** An account's refresh bookkeeping as a card reads it: `error` and `inProgressSince` (the snapshot keeps `error` only). */
export type CardState = Partial<RefreshState>;

/** Everything the popup's first paint shows. */
export interface PopupSnapshot {
  v: typeof SNAPSHOT_VERSION;
  /** Enabled accounts in the user's order. */
  accounts: CardAccount[];
  /** Latest reading by account id (values only: no day summary). */
  readings: Record<string, Reading>;
  /** Refresh errors by account id. */
  states: Record<string, CardState>;
  /** When the insights were computed: their window is the `SPARK_DAYS` days before. */
  at?: number;
  /** Each card's sparkline and forecast (`sparkInsight`), by account id. */
  insights?: Record<string, SnapInsight>;
}

/** An insight in the snapshot: each line as `[minutes after the window's start, value, …]`. */
export interface SnapInsight {
  c: number[];
  d: number[];
  f: Forecast;
  cur?: string;
}

const MINUTE = 60_000;
const windowStart = (at: number) => at - SPARK_DAYS * 86_400_000;
const flat = (points: readonly Point[], from: number) => points.flatMap((p) => [Math.round((p.at - from) / MINUTE), p.value]);
function unflat(values: readonly number[], from: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) points.push({ at: from + (values[i] as number) * MINUTE, value: values[i + 1] as number });
  return points;
}

function snapInsight(insight: Insight): SnapInsight {
  const { from } = insight;
  return { c: flat(insight.credit, from), d: flat(insight.data, from), f: insight.forecast, cur: insight.currency };
}

/** The snapshot's insights (sparkline and forecast) by account id, as the cards draw them. */
export function snapshotInsights(snapshot: PopupSnapshot): Map<string, Insight> {
  const insights = new Map<string, Insight>();
  const at = snapshot.at;
  if (at === undefined) return insights;
  const from = windowStart(at);
  for (const [id, snap] of Object.entries(snapshot.insights ?? {})) {
    insights.set(id, { credit: unflat(snap.c, from), data: unflat(snap.d, from), from, to: at, currency: snap.cur, forecast: snap.f });
  }
  return insights;
}

function cardSource(source: Account['source']): CardSource {
  if (source.kind !== 'manual') return { kind: source.kind };
  return { kind: 'manual', preset: source.preset, remindAfterDays: source.remindAfterDays, dialCode: source.dialCode };
}

function cardReading(r: Reading): Reading {
  const { accountId, at, confirmedAt, credit, validUntil, graceUntil, quotas } = r;
  return { accountId, at, confirmedAt, credit, validUntil, graceUntil, quotas };
}

/** The snapshot of the enabled accounts, their latest readings and refresh errors, and the insights computed at `at`. */
export function buildSnapshot(
  accounts: readonly Account[],
  latest: ReadonlyMap<string, Reading>,
  states: Readonly<Record<string, RefreshState>>,
  insights?: ReadonlyMap<string, Insight>,
  at?: number,
): PopupSnapshot {
  const snapshot: PopupSnapshot = { v: SNAPSHOT_VERSION, accounts: [], readings: {}, states: {} };
  for (const a of accounts) {
    if (!a.enabled) continue;
    const { id, name, primary, enabled, intervalMinutes } = a;
    const { warnDays, lowCredit } = a.thresholds;
    snapshot.accounts.push({
      id,
      name,
      primary,
      enabled,
      intervalMinutes,
      thresholds: { warnDays, lowCredit },
      source: cardSource(a.source),
    });
    const reading = latest.get(id);
    if (reading) snapshot.readings[id] = cardReading(reading);
    const { error, notice } = states[id] ?? {};
    // An absent one is left out of the snapshot's JSON.
    if (error || notice) snapshot.states[id] = { error, notice };
    const insight = insights?.get(id);
    if (insight && at !== undefined) {
      snapshot.at = at;
      (snapshot.insights ??= {})[id] = snapInsight(insight);
    }
  }
  return snapshot;
}

/** The popup path that carries `snapshot`; the bare page when the snapshot is too long for a URL. */
export function snapshotPopupPath(snapshot: PopupSnapshot): string {
  const encoded = encodeURIComponent(JSON.stringify(snapshot));
  if (encoded.length <= MAX_SNAPSHOT_CHARS) return `popup.html#${encoded}`;
  // Too long with the sparklines: the cards without them (the app loads them), else no snapshot.
  return snapshot.insights ? snapshotPopupPath({ ...snapshot, insights: undefined, at: undefined }) : 'popup.html';
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isMoney = (x: unknown) => isObject(x) && typeof x.amount === 'number' && typeof x.currency === 'string';
const isQuota = (q: unknown): q is Quota =>
  isObject(q) && typeof q.label === 'string' && typeof q.kind === 'string' && typeof q.remaining === 'number' && typeof q.unit === 'string';

function isReading(r: unknown): r is Reading {
  return (
    isObject(r) &&
    typeof r.accountId === 'string' &&
    typeof r.at === 'number' &&
    (r.credit === undefined || isMoney(r.credit)) &&
    (r.validUntil === undefined || typeof r.validUntil === 'string') &&
    (r.graceUntil === undefined || typeof r.graceUntil === 'string') &&
    (r.quotas === undefined || (Array.isArray(r.quotas) && r.quotas.every(isQuota)))
  );
}

const isNumbers = (x: unknown) => Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isFinite(n));
const isSeriesForecast = (f: unknown) => isObject(f) && typeof f.kind === 'string';

function isSnapInsight(x: unknown): boolean {
  return (
    isObject(x) &&
    isNumbers(x.c) &&
    isNumbers(x.d) &&
    (x.cur === undefined || typeof x.cur === 'string') &&
    isObject(x.f) &&
    isSeriesForecast(x.f.credit) &&
    (x.f.data === undefined || isSeriesForecast(x.f.data))
  );
}

function isCardAccount(a: unknown): a is CardAccount {
  return (
    isObject(a) &&
    typeof a.id === 'string' &&
    typeof a.name === 'string' &&
    typeof a.intervalMinutes === 'number' &&
    isObject(a.thresholds) &&
    typeof a.thresholds.warnDays === 'number' &&
    isObject(a.source) &&
    typeof a.source.kind === 'string' &&
    (a.source.dialCode === undefined || typeof a.source.dialCode === 'string')
  );
}

/**
 * The snapshot in a popup URL's fragment (`#…` or `…`), or undefined when there is none or it is not
 * one this version wrote: the popup then reads storage, so a damaged snapshot never shows a wrong number.
 */
export function decodeSnapshot(fragment: string): PopupSnapshot | undefined {
  const text = fragment.replace(/^#/, '');
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(text));
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || parsed.v !== SNAPSHOT_VERSION || !Array.isArray(parsed.accounts)) return undefined;
  if (!isObject(parsed.readings) || !isObject(parsed.states) || !parsed.accounts.every(isCardAccount)) return undefined;
  const readings = parsed.readings;
  if (!Object.entries(readings).every(([id, r]) => isReading(r) && r.accountId === id)) return undefined;
  const insights = parsed.insights;
  if (insights !== undefined && !(typeof parsed.at === 'number' && isObject(insights) && Object.values(insights).every(isSnapInsight))) {
    return undefined;
  }
  return parsed as unknown as PopupSnapshot;
}

/** The snapshot as the cards read it: accounts, latest readings by id, refresh states by id. */
export function snapshotData(snapshot: PopupSnapshot): {
  accounts: readonly CardAccount[];
  readings: ReadonlyMap<string, Reading>;
  states: Readonly<Record<string, CardState>>;
} {
  return { accounts: snapshot.accounts, readings: new Map(Object.entries(snapshot.readings)), states: snapshot.states };
}
