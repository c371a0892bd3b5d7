import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './messages';

type Done = Extract<WorkerReply, { type: 'analysis' }>;

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

  private post(req: WorkerRequest): void {
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
    this.failAll(err);
  }

  private failAll(err: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    all.forEach((p) => p.reject(err));
  }
}
