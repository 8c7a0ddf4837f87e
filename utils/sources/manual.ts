/** The manual source: the user types what `*888#` told them; readings arrive through `recordReading`. */
import type { Source } from '@/utils/sources/types';

export const manualSource: Source<'manual'> = {
  kind: 'manual',
  // Nothing to fetch: the latest typed reading stands, and its days left count down by themselves.
  read: async () => ({ ok: true, reading: null }),
};
