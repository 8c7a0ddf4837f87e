import type { Account } from '@/utils/model';

/** An account with sensible defaults for tests. */
export function testAccount(fields: Partial<Account> = {}): Account {
  return {
    id: 'acct1',
    name: 'Test line',
    currency: 'IDR',
    source: { kind: 'demo' },
    intervalMinutes: 60,
    thresholds: { warnDays: 7 },
    primary: true,
    enabled: true,
    ...fields,
  };
}
