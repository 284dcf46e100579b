/**
 * Work done in order, a few at a time: for "a pack for each person", in the service, the command
 * line and the app's dialog alike. Pure, so every side can use it.
 */

/**
 * Packs made in order, `parallel` at a time: calling the i-th function starts its pack (and the
 * next few, so every thread has work) and resolves with its bytes. Work only starts when asked
 * for, so a run that stops part-way (cancelled, or a file that could not be written) leaves at most
 * a few packs made for nothing, and nothing half-written.
 */
export function inOrder<T>(count: number, parallel: number, make: (index: number) => Promise<T>): (() => Promise<T>)[] {
  const made: Promise<T>[] = [];
  const ensure = (upTo: number) => {
    for (let i = made.length; i <= Math.min(upTo, count - 1); i++) {
      const promise = make(i);
      // Awaited when its turn comes; a pack asked for ahead and never reached must not be an unhandled rejection.
      promise.catch(() => {});
      made.push(promise);
    }
  };
  return Array.from({ length: count }, (_, i) => () => {
    ensure(i + Math.max(1, parallel) - 1);
    return made[i]!;
  });
}
