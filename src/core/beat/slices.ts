/**
 * Long work done in slices, so the thread that runs it (the extension host) is never busy for long
 * at a stretch: the work is a generator that yields between small steps, and the runner hands the
 * thread back (`pause`) whenever a slice has used its time budget. The clock and the pause are
 * given by the caller: core stays free of timers and of Node.
 */

export interface SliceOptions {
  /** How long one slice may run before the thread is handed back (ms). */
  budgetMs: number;
  now: () => number;
  /** Hands the thread back to the event loop (a macrotask: setTimeout or setImmediate). */
  pause: () => Promise<void>;
  /** Checked before each step resumes; true stops the work (the runner resolves undefined). */
  cancelled?: () => boolean;
}

/** Runs `work` to its end in slices of about `budgetMs`; undefined when cancelled on the way. */
export async function runInSlices<T>(work: Generator<void, T>, opts: SliceOptions): Promise<T | undefined> {
  let sliceStart = opts.now();
  for (;;) {
    if (opts.cancelled?.()) {
      work.return(undefined as T);
      return undefined;
    }
    const step = work.next();
    if (step.done) return step.value;
    if (opts.now() - sliceStart >= opts.budgetMs) {
      await opts.pause();
      sliceStart = opts.now();
    }
  }
}

/** Runs `work` to its end at once (the command line, tests: nobody waits on the thread). */
export function runAtOnce<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
