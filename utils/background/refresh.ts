/**
 * One refresh of one account: source → readings store → refresh state; a batch of them ends in one settle
 * step (`utils/background/settle.ts`: badge, popup snapshot and alerts from one read of the state).
 * Failures keep the last good reading and schedule a retry; they never write a reading.
 */
import * as v from 'valibot';
import { settle } from '@/utils/background/settle';
import { recordMakingRoom } from '@/utils/stores/retention';
import type { Account, Reading, RefreshState, SourceResult } from '@/utils/model';
import { ReadingSchema } from '@/utils/model/schemas';
import { holdRefreshStates, updateRefreshState } from '@/utils/stores/refresh-state';
import { backoffMs, clearRetry, scheduleRetry } from '@/utils/background/scheduler';
import { sourceFor } from '@/utils/sources';
import type { AccountOf, MessageLog, SourceDeps } from '@/utils/sources/types';
import { messageLog } from '@/utils/background/message-log';
import { claimQuery } from '@/utils/background/query-claim';
import type { MessageRef } from '@/utils/i18n';
import { sourceFailure } from '@/utils/core/source-messages';

/** Every refresh gives up after this long (the end-to-end build too: it differs from production only by its host permissions). */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface RefreshDeps {
  now: () => number;
  fetch: typeof fetch;
  timeoutMs: number;
  timeZone?: string;
  messages?: MessageLog;
  claimQuery?: SourceDeps['claimQuery'];
}

export const defaultRefreshDeps = (): RefreshDeps => ({
  messages: messageLog,
  claimQuery,
  now: Date.now,
  fetch: (input, init) => fetch(input, init),
  timeoutMs: DEFAULT_TIMEOUT_MS,
});

/** Outcome of one account's refresh, as the popup shows it. */
export interface RefreshOutcome {
  accountId: string;
  ok: boolean;
}

const running = new Map<string, Promise<RefreshOutcome>>();

/** Reads and records one account; a second call while one runs joins it instead of starting another. */
function readOnce(account: Account, deps: RefreshDeps): Promise<RefreshOutcome> {
  const current = running.get(account.id);
  if (current) return current;
  const run = readAndRecord(account, deps).finally(() => running.delete(account.id));
  running.set(account.id, run);
  return run;
}

/** The refresh of `accountId` running now, if any. */
export function runningRefresh(accountId: string): Promise<RefreshOutcome> | undefined {
  return running.get(accountId);
}

/** Refreshes one account, then settles: badge, snapshot and its alerts. */
export async function refreshAccount(
  account: Account,
  deps: RefreshDeps = defaultRefreshDeps(),
  known?: KnownStates,
): Promise<RefreshOutcome> {
  const [outcome] = await refreshAccounts([account], deps, known);
  return outcome as RefreshOutcome;
}

/** Refresh states the caller read with the accounts (`loadWorkerState`), and the write mark they were read at. */
export interface KnownStates {
  states: Record<string, RefreshState>;
  mark: number;
}

/**
 * Refreshes several accounts side by side, then settles once: the badge is drawn and the alerts checked
 * when all have ended. The refresh states are read once for the batch (or taken from `known`).
 */
export async function refreshAccounts(
  accounts: readonly Account[],
  deps: RefreshDeps = defaultRefreshDeps(),
  known?: KnownStates,
): Promise<RefreshOutcome[]> {
  if (accounts.length === 0) return [];
  return holdRefreshStates(
    async () => {
      const outcomes = await Promise.all(accounts.map((a) => readOnce(a, deps)));
      await settle({ now: deps.now(), alerts: accounts.map((a) => a.id), alertDeps: { timeZone: deps.timeZone } });
      return outcomes;
    },
    known?.states,
    known?.mark,
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `read` with the refresh's time limit: after `deps.timeoutMs` the answer is a timeout, the network
 * is aborted (`signal`) and the extraction engine stops at its next check (`deadline`), so no work goes on
 * after the promise ends. The deadline is wall-clock (`Date.now`), the clock of whichever context runs the
 * engine (Chrome's offscreen document); `deps.now` may be a test's fixed instant.
 */
export async function withTimeout<R>(
  read: (deps: SourceDeps) => Promise<R>,
  deps: RefreshDeps,
  now: number,
  onError: (error: unknown) => R,
  onTimeout: () => R,
): Promise<R> {
  const controller = new AbortController();
  let deadline = Date.now() + deps.timeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let arm = () => {};
  const timeout = new Promise<R>((resolve) => {
    arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          controller.abort();
          resolve(onTimeout());
        },
        Math.max(0, deadline - Date.now()),
      );
    };
    arm();
  });
  let ended = false;
  // A source that waits for more on purpose (a balance query's reply) moves the limit on, never back.
  const extend = (ms: number) => {
    deadline = Math.max(deadline, Date.now() + ms);
    arm();
    return deadline;
  };
  // A read that waits its turn (a render queued behind another) stops the clock; its turn starts it again
  // with the time that was left, unless the refresh ended meanwhile.
  const hold = () => {
    const left = Math.max(0, deadline - Date.now());
    clearTimeout(timer);
    return () => (ended || controller.signal.aborted ? undefined : extend(left));
  };
  // The refresh's fetch, zone, message log and query claim, with this read's instant, signal and deadline.
  const sourceDeps: SourceDeps = { ...deps, now, signal: controller.signal, deadline, extend, hold };
  const running = read(sourceDeps).catch(onError);
  try {
    return await Promise.race([running, timeout]);
  } finally {
    ended = true;
    clearTimeout(timer);
  }
}

/** The failure a refresh or a Test reports when its time limit passes. */
export function timedOut(deps: RefreshDeps): { ok: false; code: 'timeout'; message: string; text: MessageRef } {
  return { ok: false, code: 'timeout', ...sourceFailure('source.noAnswer', Math.round(deps.timeoutMs / 1000)) };
}

function readWithTimeout(account: Account, deps: RefreshDeps, now: number): Promise<SourceResult> {
  const source = sourceFor(account.source.kind);
  return withTimeout<SourceResult>(
    (sourceDeps) => source.read(account as AccountOf<typeof account.source.kind>, sourceDeps),
    deps,
    now,
    (error) => ({ ok: false, code: 'unknown', message: errorMessage(error) }),
    () => timedOut(deps),
  );
}

/** A source's reading is checked like any input before it is stored. */
function checkResult(account: Account, result: SourceResult): SourceResult {
  if (!result.ok || !result.reading) return result;
  const parsed = v.safeParse(ReadingSchema, result.reading);
  if (!parsed.success || parsed.output.accountId !== account.id) {
    return { ok: false, code: 'parse', ...sourceFailure('source.invalidReading') };
  }
  return { ...result, reading: parsed.output };
}

/**
 * Refresh bookkeeping after a success at `at`: failures and errors cleared; `notice` kept until the next success,
 * and whether that success found the page drawn by JavaScript (`drawnByScript`).
 */
function succeeded(state: RefreshState, at: number, notice?: MessageRef, drawnByScript?: boolean): RefreshState {
  return {
    ...state,
    notice,
    drawnByScript: drawnByScript || undefined,
    failures: 0,
    error: undefined,
    failingSince: undefined,
    inProgressSince: undefined,
    notBefore: undefined,
    lastAttemptAt: at,
    lastSuccessAt: at,
  };
}

/**
 * Stores a reading that arrived outside a refresh (typed, pasted, captured on a visit) with the same
 * de-duplication, bookkeeping, badge and alerts as a refreshed one. The caller has validated it.
 * A reading the browser will not store even after folding old history (a full disk) is refused in
 * plain words, and the account's card says so; nothing is half-written.
 */
export async function recordExternalReading(reading: Reading): Promise<{ ok: true } | { ok: false; message: string }> {
  return holdRefreshStates(async () => {
    const stored = await recordMakingRoom(reading, Date.now());
    if (!stored.ok) {
      const { code, message, text } = stored;
      await updateRefreshState(reading.accountId, (s) => ({ ...s, error: { code, message, text, at: Date.now() } }));
      await settle();
      return { ok: false, message };
    }
    // A visit says nothing of the page a refresh fetches: whether it is drawn by script stays as the last refresh found.
    await updateRefreshState(reading.accountId, (s) => succeeded(s, reading.at, undefined, s.drawnByScript));
    await settle({ alerts: [reading.accountId] });
    return { ok: true };
  });
}

async function readAndRecord(account: Account, deps: RefreshDeps): Promise<RefreshOutcome> {
  const started = deps.now();
  // The site asked to wait (`Retry-After`): no request before then, from an alarm or a click; its message stays.
  // One read of the state decides and marks the start; a held account's state is left as it is.
  const held = (s: RefreshState) => (s.notBefore ?? 0) > started;
  const begun = await updateRefreshState(account.id, (s) => (held(s) ? s : { ...s, inProgressSince: started }));
  if (begun && held(begun)) return { accountId: account.id, ok: false };
  let result = checkResult(account, await readWithTimeout(account, deps, started));
  const finished = deps.now();
  // An unchanged reading only moves the latest one's "confirmed at", so polling does not fill the disk.
  // A reading that cannot be stored is a failure like any other: never a stuck "in progress".
  const { notice, followUpMs, scripted } = result as { notice?: MessageRef; followUpMs?: number; scripted?: boolean };
  if (result.ok && result.reading) result = await recordMakingRoom(result.reading, finished, deps.timeZone);
  if (result.ok) {
    await updateRefreshState(account.id, (s) => succeeded(s, finished, notice, scripted));
    // A retry alarm is set only after a failure (or a site's wait): nothing to clear otherwise.
    if (begun && (begun.failures > 0 || begun.notBefore !== undefined)) await clearRetry(account.id);
    // A balance query's reply not in yet: one more read soon, on the retry alarm (the claim stops a second send).
    if (followUpMs) await scheduleRetry(account.id, finished, followUpMs);
    return { accountId: account.id, ok: true };
  }
  const state = await updateRefreshState(account.id, (s) => ({
    ...s,
    failures: s.failures + 1,
    error: { code: result.code, message: result.message, text: result.text, at: finished },
    failingSince: s.failingSince ?? finished,
    inProgressSince: undefined,
    notBefore: result.retryAfterMs ? finished + result.retryAfterMs : undefined,
    lastAttemptAt: finished,
  }));
  await scheduleRetry(account.id, finished, backoffMs(state?.failures ?? 1, account.intervalMinutes, result.retryAfterMs));
  return { accountId: account.id, ok: false };
}
