/** The options page's "Test" button: reads an unsaved account once, stores nothing. */
import * as v from 'valibot';
import type { Account, SourceTestResult } from '@/utils/model';

export type { SourceTestResult };
import { SourceSchema } from '@/utils/model/schemas';
import { type RefreshDeps, timedOut, withTimeout } from '@/utils/background/refresh';
import type { PageResult } from '@/utils/sources/page-reading';
import { sourceFor } from '@/utils/sources';
import type { AccountOf, SourceDeps } from '@/utils/sources/types';

/**
 * Reads `account` now with the refresh's fetch and time limit (`withTimeout`): the same 30 s, after which
 * the answer is a timeout and the network and the engine stop.
 */
export async function testAccountSource(account: Account, deps: RefreshDeps): Promise<SourceTestResult> {
  const checked = v.safeParse(SourceSchema, account.source);
  if (!checked.success) return { ok: false, code: 'invalid-config', message: checked.issues[0]?.message ?? 'invalid source' };
  return withTimeout<SourceTestResult>(
    (sourceDeps) => readOnce(account, sourceDeps),
    deps,
    deps.now(),
    (error) => ({ ok: false, code: 'unknown', message: error instanceof Error ? error.message : String(error) }),
    () => timedOut(deps),
  );
}

async function readOnce(account: Account, sourceDeps: SourceDeps): Promise<SourceTestResult> {
  // Test shows a JavaScript-drawn page as such, even with capture on (`scripted`), so the user sees why.
  const source = { ...account.source, capture: false };
  const result: PageResult = await sourceFor(source.kind).read({ ...account, source } as AccountOf<typeof source.kind>, sourceDeps);
  return result.ok
    ? { ok: true, reading: result.reading }
    : { ok: false, code: result.code, message: result.message, text: result.text, scripted: result.scripted ?? false };
}
