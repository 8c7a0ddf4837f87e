/** The small interface every source kind implements. */
import type { Account, SourceConfig, SourceResult } from '@/utils/model';
import type { PageResult } from '@/utils/sources/page-reading';

/**
 * Message-list pages (`utils/background/message-log.ts`): runs `read` with the keys of the messages read
 * before (none when `list` is false), then stores the new messages and keeps their keys.
 */
export type MessageLog = (accountId: string, list: unknown, read: (seen?: string[]) => Promise<PageResult>) => Promise<PageResult>;

/** What a source may use; passed in so tests can pin the clock and fake the network. */
export interface SourceDeps {
  /** Instant of the refresh, epoch ms. */
  now: number;
  /** IANA time zone for calendar dates (default: the system's). */
  timeZone?: string;
  fetch: typeof fetch;
  /** Aborted when the refresh times out. */
  signal: AbortSignal;
  /** When the refresh times out, epoch ms by `Date.now`: the extraction engine stops there (the signal only stops the network). */
  deadline?: number;
  /** Where message-list pages remember what they read; without it (a Test) every message is new and nothing is kept. */
  messages?: MessageLog;
  /**
   * Claims the balance query of a message-list account for this browser now (`utils/background/query-claim.ts`):
   * its text when due, counted as sent before any page is told. Without it (a Test) no query is sent.
   */
  claimQuery?: (account: AccountOf<'web-page'>) => Promise<string | undefined>;
  /** Moves the refresh's time limit to at least `ms` from now (a query's reply is awaited); the new deadline. */
  extend?: (ms: number) => number;
  /**
   * Stops the refresh's clock while the read waits its turn (a render queued behind another); the call it
   * returns starts it again with the time that was left and gives the new deadline, or undefined when the
   * refresh ended meanwhile (then nothing may start).
   */
  hold?: () => () => number | undefined;
}

/** An account whose source is of kind `K`. */
export type AccountOf<K extends SourceConfig['kind']> = Account & { source: Extract<SourceConfig, { kind: K }> };

export interface Source<K extends SourceConfig['kind']> {
  kind: K;
  /** Reads the account now. Never throws: failures are results. */
  read(account: AccountOf<K>, deps: SourceDeps): Promise<SourceResult>;
}
