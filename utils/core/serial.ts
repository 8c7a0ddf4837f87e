/** One job at a time: the promise queue that every owner of shared state uses. */

/** Runs a job after every job queued on the same runner before it. */
export type SerialRunner = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * A new queue. Each job starts when the one before it has settled, whether it succeeded or failed;
 * each caller gets its own job's result or error.
 */
export function serial(): SerialRunner {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job);
    // A failed job must not stop the queue: the next one starts anyway.
    tail = run.catch(() => undefined);
    return run;
  };
}
