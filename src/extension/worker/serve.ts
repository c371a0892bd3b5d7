/**
 * The analysis worker's loop, apart from the thread so a unit test can drive it: answers each
 * request and, after its first answer, warms the incremental analysis up (src/core/warmUp.ts) by
 * typing into that document with its cache, each keystroke taken back, one per event-loop turn. Any
 * request that comes meanwhile stops the warm-up (the reporter's own typing warms up from there), so
 * it waits for one keystroke's analysis at most, and the document's cache has then seen its text.
 */
import { warmUpSteps, type WarmUpDocument } from '../../core/warmUp';
import { AnalysisHandler } from './handler';
import type { WorkerReply, WorkerRequest } from './messages';

/** What the loop needs of a `MessagePort` (the thread's `parentPort`). */
export interface RequestPort {
  on(event: 'message', listener: (req: WorkerRequest) => void): unknown;
}

export interface Served {
  /** Settles when the warm-up has ended: the steps it ran, and whether a request stopped it. */
  readonly warmedUp: Promise<{ steps: number; stopped: boolean }>;
}

type WarmUp = (doc?: WarmUpDocument) => Generator<void, number, void>;

/**
 * Serves `port`: `send` posts each reply. `warm` is the warm-up (steps), run once after the first
 * analysis answered: the first document's analysis is not delayed by it.
 */
export function serve(port: RequestPort, send: (reply: WorkerReply) => void, warm: WarmUp = warmUpSteps, handler = new AnalysisHandler()): Served {
  let state: 'waiting' | 'running' | 'done' = 'waiting';
  let warmed: (end: { steps: number; stopped: boolean }) => void = () => undefined;
  const warmedUp = new Promise<{ steps: number; stopped: boolean }>((resolve) => (warmed = resolve));
  let steps = 0;
  const end = (stopped: boolean): void => {
    state = 'done';
    warmed({ steps, stopped });
  };
  const startWarmUp = (doc: WarmUpDocument | undefined): void => {
    state = 'running';
    const it = warm(doc);
    const step = (): void => {
      if (state !== 'running') return;
      let r: IteratorResult<void, number>;
      try {
        r = it.next();
      } catch {
        // A warm-up that fails costs the first keystrokes their speed, nothing else.
        return end(false);
      }
      if (r.done) return end(false);
      steps++;
      setImmediate(step);
    };
    setImmediate(step);
  };
  port.on('message', (req: WorkerRequest) => {
    if (state === 'running') end(true);
    const reply = handler.handle(req);
    if (!reply) return;
    send(reply);
    if (state === 'waiting' && req.type === 'analyze' && reply.type === 'analysis') {
      const cache = handler.cacheOf(req.key);
      startWarmUp(cache ? { text: req.text, cache } : undefined);
    }
  });
  return { warmedUp };
}
