/**
 * Talks to dist/sourceWorker.js (desktop VS Code, code-server). Started on first use; when it
 * dies, every request in flight fails and `onLost` tells the store to index the sources again. A
 * request that gets no answer within its budget stops the worker as a crash would; after three
 * stops within a minute the worker is not started again (a source that kills the indexer would
 * otherwise restart it forever) and `onLost` is told so. The web build puts inProcessBackend.ts
 * here (esbuild.mjs).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceReply, SourceRequest } from './messages';

/** The index's heap: 2 million words of sources take about 300 MB. */
const WORKER_HEAP_MB = 1536;
const MAX_STOPS = 3;
const STOP_WINDOW_MS = 60_000;

type Body = SourceRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** How long a request may take: a source is read at well over 1 MB a second, a check of one article in well under a second. */
export function sourceBudgetMs(body: Body): number {
  if (body.type === 'put') return 15_000 + Math.ceil(body.bytes.byteLength / 100_000) * 1_000;
  return body.type === 'check' ? 30_000 : 10_000;
}

export interface SourceBackend {
  request(body: Body): Promise<SourceReply>;
  dispose(): void;
}

interface Pending {
  resolve(r: SourceReply): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class SourceWorkerBackend implements SourceBackend {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly stops: number[] = [];
  private gaveUp: Error | undefined;

  /** `onLost(gaveUp)`: the worker stopped; `gaveUp` when it will not be started again. */
  constructor(
    private readonly onLost: (gaveUp: boolean) => void,
    private readonly script = path.join(__dirname, 'sourceWorker.js'),
    private readonly budgetMs: (body: Body) => number = sourceBudgetMs,
  ) {}

  request(body: Body): Promise<SourceReply> {
    if (this.gaveUp) return Promise.reject(this.gaveUp);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const worker = this.start();
      const timer = setTimeout(() => this.stop(worker, `no answer within ${Math.round(this.budgetMs(body) / 1000)} s`), this.budgetMs(body));
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ ...body, id } as SourceRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    w.unref();
    w.on('message', (r: SourceReply) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      if (p) clearTimeout(p.timer);
      p?.resolve(r);
    });
    w.on('error', (e) => this.lost(w, e.message));
    w.on('exit', (code) => this.lost(w, `exit code ${code}`));
    this.worker = w;
    return w;
  }

  /** A request ran out of time: the worker is stuck, so it is stopped. */
  private stop(w: Worker, why: string): void {
    this.lost(w, why);
    void w.terminate();
  }

  private lost(w: Worker, why: string): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    const now = Date.now();
    this.stops.push(now);
    while (this.stops.length && now - this.stops[0] > STOP_WINDOW_MS) this.stops.shift();
    if (this.stops.length >= MAX_STOPS) this.gaveUp = new Error(`the source index stopped ${this.stops.length} times within a minute (the last: ${why}); source checks are paused until the window is reloaded`);
    this.failAll(this.gaveUp ?? new Error(`the source index stopped (${why})`));
    this.onLost(!!this.gaveUp);
  }

  private failAll(err: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      clearTimeout(p.timer);
      p.reject(err);
    }
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    this.failAll(new Error('Trade Facts stopped.'));
    void w?.terminate();
  }
}

/** The backend of this platform (the web build swaps this module). */
export const createSourceBackend = (onLost: (gaveUp: boolean) => void): SourceBackend => new SourceWorkerBackend(onLost);
