/** The extraction corpus: every language file in one list. */
import { chinese } from './chinese';
import { english } from './english';
import { events } from './events';
import { holdout } from './holdout';
import { holdout2 } from './holdout2';
import { indonesian } from './indonesian';
import { mixed } from './mixed';
import type { CorpusCase } from './types';

export const CORPUS: CorpusCase[] = [...indonesian, ...english, ...chinese, ...mixed, ...events, ...holdout, ...holdout2];
export * from './types';
