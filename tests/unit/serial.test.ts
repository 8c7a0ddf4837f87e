import { describe, expect, it } from 'vitest';
import { serial } from '@/utils/core/serial';

/** A promise and the function that resolves it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('serial', () => {
  it('starts each job only after the one before it has ended', async () => {
    const queue = serial();
    const log: string[] = [];
    const gate = deferred();
    const first = queue(async () => {
      log.push('first start');
      await gate.promise;
      log.push('first end');
      return 1;
    });
    const second = queue(async () => {
      log.push('second');
      return 2;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['first start']);
    gate.resolve();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first start', 'first end', 'second']);
  });

  it('a failed job gives its caller the error and does not stop the next one', async () => {
    const queue = serial();
    const failing = queue(() => Promise.reject(new Error('boom')));
    const next = queue(async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });

  it('a job that throws before its first await is a failure too', async () => {
    const queue = serial();
    const failing = queue(() => {
      throw new Error('at once');
    });
    await expect(failing).rejects.toThrow('at once');
    expect(await queue(async () => 'after')).toBe('after');
  });

  it('two queues do not wait for each other', async () => {
    const a = serial();
    const b = serial();
    const gate = deferred();
    const blocked = a(() => gate.promise);
    expect(await b(async () => 'free')).toBe('free');
    gate.resolve();
    await blocked;
  });
});
