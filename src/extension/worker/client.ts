import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './messages';

type Done = Extract<WorkerReply, { type: 'analysis' }>;

const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 60_000;

interface Pending {
  resolve(reply: Done): void;
  reject(err: Error): void;
}

/**
 * Talks to dist/analysisWorker.js. Starts it on first use and again after it dies (its caches
 * are then gone, which only costs one full re-analysis).
 */
export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** When the worker last died; after too many deaths in a short time it is not started again. */
  private readonly deaths: number[] = [];
  private gaveUp: Error | undefined;

  constructor(private readonly script = path.join(__dirname, 'analysisWorker.js')) {}

  analyze(key: string, version: number, text: string): Promise<Done> {
    const id = this.nextId++;
    return new Promise<Done>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'analyze', id, key, version, text });
    });
  }

  /** Frees the worker's cache for a closed document. */
  forget(key: string): void {
    if (this.worker) this.post({ type: 'forget', key });
  }

  dispose(): void {
    this.failAll(new Error('Trade Facts stopped.'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /** For the robustness tests: stop the worker as a crash would. */
  crashForTest(): void {
    void this.worker?.terminate();
  }

  private post(req: WorkerRequest): void {
    if (this.gaveUp) {
      if (req.type === 'analyze') this.pending.get(req.id)?.reject(this.gaveUp);
      this.pending.delete((req as { id?: number }).id ?? -1);
      return;
    }
    this.start().postMessage(req);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    worker.on('error', (err) => this.stopped(worker, err));
    worker.on('exit', (code) => this.stopped(worker, new Error(`The analysis worker stopped (exit code ${code}).`)));
    return (this.worker = worker);
  }

  private receive(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.type === 'analysis') p?.resolve(reply);
    else p?.reject(new Error(reply.message));
  }

  private stopped(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const now = Date.now();
    this.deaths.push(now);
    while (this.deaths.length && now - this.deaths[0] > CRASH_WINDOW_MS) this.deaths.shift();
    // A worker that keeps dying would otherwise restart on every keystroke: stop trying.
    if (this.deaths.length >= MAX_CRASHES) this.gaveUp = new Error('The analysis worker keeps stopping, so analysis is paused. Reload the window to try again.');
    this.failAll(this.gaveUp ?? err);
  }

  private failAll(err: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    all.forEach((p) => p.reject(err));
  }
}
