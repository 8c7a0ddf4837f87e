/** The options page's "Test" button: reads an unsaved account once, stores nothing. */
import * as v from 'valibot';
import type { Account, SourceTestResult } from '@/utils/model';

export type { SourceTestResult };
import { SourceSchema } from '@/utils/model/schemas';
import type { RefreshDeps } from '@/utils/background/refresh';
import { readWebPage } from '@/utils/sources/web-page';
import { sourceFor } from '@/utils/sources';
import type { AccountOf } from '@/utils/sources/types';

/** Reads `account` now with the refresh's fetch and timeout, and returns what it found. */
export async function testAccountSource(account: Account, deps: RefreshDeps): Promise<SourceTestResult> {
  const checked = v.safeParse(SourceSchema, account.source);
  if (!checked.success) return { ok: false, code: 'invalid-config', message: checked.issues[0]?.message ?? 'invalid source' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  const sourceDeps = { now: deps.now(), timeZone: deps.timeZone, fetch: deps.fetch, signal: controller.signal };
  try {
    if (account.source.kind === 'web-page') {
      // Test shows a JavaScript-drawn page as such, even with capture on, so the user sees why.
      const page = await readWebPage({ ...(account as AccountOf<'web-page'>), source: { ...account.source, capture: false } }, sourceDeps);
      if (page.ok) return { ok: true, reading: page.reading };
      return { ok: false, code: page.code, message: page.message, text: page.text, scripted: page.scripted ?? false };
    }
    const result = await sourceFor(account.source.kind).read(account as AccountOf<typeof account.source.kind>, sourceDeps);
    return result.ok ? { ok: true, reading: result.reading } : { ok: false, code: result.code, message: result.message, text: result.text };
  } catch (error) {
    return { ok: false, code: 'unknown', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
