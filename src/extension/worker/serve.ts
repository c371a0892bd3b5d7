/**
 * The analysis worker's loop, apart from the thread so a unit test can drive it: answers each
 * request, and after the first answer warms the incremental analysis up (src/core/warmUp.ts), one
 * analysis of the warm-up per event-loop turn, so a request arriving meanwhile waits for one small
 * analysis at most, and the reporter's first keystrokes do not pay for V8's optimizing.
 */
import { warmUpSteps } from '../../core/warmUp';
import { AnalysisHandler } from './handler';
import type { WorkerReply, WorkerRequest } from './messages';

/** What the loop needs of a `MessagePort` (the thread's `parentPort`). */
export interface RequestPort {
  on(event: 'message', listener: (req: WorkerRequest) => void): unknown;
}

export interface Served {
  /** Settles with the number of warm-up analyses once the warm-up has run. */
  readonly warmedUp: Promise<number>;
}

/**
 * Serves `port`: `send` posts each reply. `warm` is the warm-up (steps, one analysis each), run once
 * after the first reply: the first document's analysis is not delayed by it.
 */
export function serve(port: RequestPort, send: (reply: WorkerReply) => void, warm: () => Generator<void, number, void> = warmUpSteps, handler = new AnalysisHandler()): Served {
  let started = false;
  let warmed: (runs: number) => void = () => undefined;
  const warmedUp = new Promise<number>((resolve) => (warmed = resolve));
  const startWarmUp = (): void => {
    started = true;
    const steps = warm();
    const step = (): void => {
      let r: IteratorResult<void, number>;
      try {
        r = steps.next();
      } catch {
        // A warm-up that fails costs the first keystrokes their speed, nothing else.
        return warmed(0);
      }
      if (r.done) warmed(r.value);
      else setImmediate(step);
    };
    setImmediate(step);
  };
  port.on('message', (req: WorkerRequest) => {
    const reply = handler.handle(req);
    if (!reply) return;
    send(reply);
    if (!started) startWarmUp();
  });
  return { warmedUp };
}
