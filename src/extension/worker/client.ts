import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './messages';
import { fromPieces, type PostedReply } from './pieces';
import { analysisBudgetMs, stopped, type AnalysisBackend, type AnalysisDone } from './backend';

const MAX_CRASHES = 3;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const CRASH_WINDOW_MS = 60_000;
/** The worker's heap; a runaway analysis ends the worker, not the extension host. */
const WORKER_HEAP_MB = 1024;

interface Pending {
  resolve(reply: AnalysisDone): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Talks to dist/analysisWorker.js. Starts it on first use and again after it dies (its caches
 * are then gone, which only costs one full re-analysis). A request that gets no answer within its
 * budget stops the worker, which fails every request in flight.
 */
export class AnalysisWorkerClient implements AnalysisBackend {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** When the worker last died; after too many deaths in a short time it is not started again. */
  private readonly deaths: number[] = [];
  private gaveUp: Error | undefined;
  private budgetOverride: { ms: number; left: number } | undefined;

  constructor(
    private readonly script = path.join(__dirname, 'analysisWorker.js'),
    private readonly budgetMs: (chars: number) => number = analysisBudgetMs,
  ) {}

  analyze(key: string, version: number, text: string): Promise<AnalysisDone> {
    const id = this.nextId++;
    return new Promise<AnalysisDone>((resolve, reject) => {
      const budget = this.testBudget() ?? this.budgetMs(text.length);
      const timer = setTimeout(() => this.timedOut(budget, text.length), budget);
      this.pending.set(id, { resolve, reject, timer });
      this.post({ type: 'analyze', id, key, version, text });
    });
  }

  /** Frees the worker's cache for a closed document. */
  forget(key: string): void {
    if (this.worker) this.post({ type: 'forget', key });
  }

  dispose(): void {
    this.failAll(stopped.disposed());
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /** For the robustness tests: stop the worker as a crash would. */
  crashForTest(): void {
    void this.worker?.terminate();
  }

  /** For the robustness tests: a budget for the next `times` requests (ms undefined: back to the normal one). */
  setBudgetForTest(ms: number | undefined, times = Infinity): void {
    this.budgetOverride = ms === undefined ? undefined : { ms, left: times };
  }

  /** For the robustness tests: forget past deaths, as a reloaded window would. */
  resetForTest(): void {
    this.deaths.length = 0;
    this.gaveUp = undefined;
  }

  private testBudget(): number | undefined {
    const o = this.budgetOverride;
    if (!o) return undefined;
    if (--o.left <= 0) this.budgetOverride = undefined;
    return o.ms;
  }

  private post(req: WorkerRequest): void {
    if (this.gaveUp) {
      if (req.type === 'analyze') this.settle(req.id)?.reject(this.gaveUp);
      return;
    }
    this.start().postMessage(req);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    worker.on('message', (message: PostedReply) => {
      // A big analysis arrives in pieces, read back one per event-loop turn so the editor never waits long.
      if ('pieces' in message) void fromPieces(message, nextTurn).then((reply) => this.receive(reply), (err: Error) => this.settle(message.id)?.reject(err));
      else this.receive(message);
    });
    worker.on('error', (err) => this.stopped(worker, stopped.crashed(`error: ${err.message}`)));
    worker.on('exit', (code) => this.stopped(worker, stopped.crashed(`the analysis worker stopped (exit code ${code})`)));
    return (this.worker = worker);
  }

  private receive(reply: WorkerReply): void {
    const p = this.settle(reply.id);
    if (reply.type === 'analysis') p?.resolve(reply);
    else p?.reject(new Error(reply.message));
  }

  /** No answer within the budget: the worker is stuck, so it is stopped (and restarted on the next request). */
  private timedOut(budgetMs: number, chars: number): void {
    const worker = this.worker;
    if (!worker) return;
    this.stopped(worker, stopped.timedOut(budgetMs, chars));
    void worker.terminate();
  }

  private stopped(worker: Worker, err: Error & { detail: string }): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const now = Date.now();
    this.deaths.push(now);
    while (this.deaths.length && now - this.deaths[0] > CRASH_WINDOW_MS) this.deaths.shift();
    // A worker that keeps dying would otherwise restart on every keystroke: stop trying.
    if (this.deaths.length >= MAX_CRASHES) this.gaveUp = stopped.gaveUp(`${this.deaths.length} stops within ${CRASH_WINDOW_MS / 1000} s; the last: ${err.detail}`);
    this.failAll(this.gaveUp ?? err);
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (p) clearTimeout(p.timer);
    return p;
  }

  private failAll(err: Error): void {
    const all = [...this.pending.keys()].map((id) => this.settle(id));
    all.forEach((p) => p?.reject(err));
  }
}
