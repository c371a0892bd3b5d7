/**
 * Talks to dist/sourceWorker.js (desktop VS Code, code-server). Started on first use; when it
 * dies, every request in flight fails and `onLost` tells the store to index the sources again.
 * The web build puts inProcessBackend.ts here (esbuild.mjs).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceReply, SourceRequest } from './messages';

/** The index's heap: 2 million words of sources take about 300 MB. */
const WORKER_HEAP_MB = 1536;

type Body = SourceRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface SourceBackend {
  request(body: Body): Promise<SourceReply>;
  dispose(): void;
}

export class SourceWorkerBackend implements SourceBackend {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(r: SourceReply): void; reject(e: Error): void }>();

  constructor(private readonly onLost: () => void, private readonly script = path.join(__dirname, 'sourceWorker.js')) {}

  request(body: Body): Promise<SourceReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ ...body, id } as SourceRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    w.on('message', (r: SourceReply) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      p?.resolve(r);
    });
    const lost = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(new Error(`the source index stopped (${why})`));
      this.pending.clear();
      this.onLost();
    };
    w.on('error', (e) => lost(e.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    this.worker = w;
    return w;
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('Trade Facts stopped.'));
    this.pending.clear();
    void w?.terminate();
  }
}

/** The backend of this platform (the web build swaps this module). */
export const createSourceBackend = (onLost: () => void): SourceBackend => new SourceWorkerBackend(onLost);
