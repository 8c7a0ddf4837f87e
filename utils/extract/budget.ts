/**
 * The engine's bounds on untrusted work: a size cap applied before anything runs, and a time budget
 * checked inside its loops that really stops the work (docs/extraction.md, "Bounds").
 */

/**
 * The most characters the engine reads of one text; the rest is ignored. 200 000 characters is some
 * fifty pages of account text, far more than any carrier page or message, and at most a few hundred
 * milliseconds of work on a slow machine.
 */
export const MAX_EXTRACT_CHARS = 200_000;

// A cut inside the last few lines moves back to a line end, so no value is read half.
const CUT_LOOKBACK = 2_000;

/** `text` cut to `max` characters, at a line end near the cut when there is one, never inside a surrogate pair. */
export function capText(text: string, max = MAX_EXTRACT_CHARS): string {
  if (text.length <= max) return text;
  const newline = text.lastIndexOf('\n', max);
  if (newline >= max - CUT_LOOKBACK && newline > 0) return text.slice(0, newline);
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Thrown by a budget's `check` once its deadline has passed; `extract` turns it into `outOfTime`. */
export class OutOfTime extends Error {
  constructor() {
    super('extraction ran out of time');
    this.name = 'OutOfTime';
  }
}

/** A deadline the engine's loops check; each check reads the clock once. */
export interface Budget {
  /** Throws `OutOfTime` when the clock is past the deadline. */
  check(): void;
}

/** No deadline: checks cost nothing. */
export const UNBOUNDED: Budget = { check: () => undefined };

/** A budget ending at `deadline` (epoch ms by `clock`); unbounded when there is no deadline. */
export function budget(deadline: number | undefined, clock: () => number = Date.now): Budget {
  if (deadline === undefined) return UNBOUNDED;
  return {
    check: () => {
      if (clock() > deadline) throw new OutOfTime();
    },
  };
}
