/**
 * Worker threads that digest article files, one file at a time each, as many as asked (by default
 * one per core). A worker that crashes costs the file it held (reported as skipped) and is
 * replaced; a cancelled run stops handing out files and resolves with what was done.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexReply } from './messages';
import { analysisBudgetMs } from '../../core/analysisBudget';

export interface PoolRun {
  onReply(reply: IndexReply): void;
  /** Checked before each file is handed out. */
  cancelled?(): boolean;
}

/** Every core: `os.availableParallelism()` where Node has it. */
export const defaultWorkers = (): number => Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** A worker's heap; a runaway article ends the worker, not the process. */
const WORKER_HEAP_MB = 1024;

export class IndexPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private nextId = 1;
  private closed = false;

  /** `background`: the workers run below this thread's priority where the system allows (the editor's pool). */
  constructor(private readonly script: string, readonly size = defaultWorkers(), private readonly opts: { background?: boolean } = {}) {}

  /** Digests every file; resolves when all are answered (or the run is cancelled and the files in hand are). */
  run(files: readonly string[], run: PoolRun): Promise<void> {
    const queue = [...files];
    return new Promise<void>((resolve) => {
      let busy = 0;
      const next = () => {
        while (!this.closed && queue.length && !run.cancelled?.() && (this.idle.length || this.all.size < this.size)) {
          const worker = this.idle.pop() ?? this.start();
          busy++;
          this.one(worker, queue.shift()!).then((reply) => {
            busy--;
            if (this.all.has(worker)) this.idle.push(worker);
            run.onReply(reply);
            next();
          });
        }
        if (!busy) resolve();
      };
      next();
    });
  }

  /** Worker threads running now, busy or idle. */
  get alive(): number {
    return this.all.size;
  }

  close(): Promise<void> {
    this.closed = true;
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    return Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: { background: !!this.opts.background }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.all.add(worker);
    return worker;
  }

  private one(worker: Worker, file: string): Promise<IndexReply> {
    const id = this.nextId++;
    return new Promise<IndexReply>((resolve) => {
      // The editor's analysis budget: an article that keeps a worker busy longer is stopped and
      // skipped, so one file never holds up the rest of the run (and every update queued behind it).
      let overBudget = false;
      const timer = setTimeout(() => {
        overBudget = true;
        void worker.terminate();
      }, analysisBudgetMs(sizeOf(file)));
      const done = (reply: IndexReply) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onStop);
        worker.off('exit', onStop);
        resolve(reply);
      };
      const onMessage = (reply: IndexReply) => reply.id === id && done(reply);
      const onStop = (e: unknown) => {
        this.all.delete(worker);
        const i = this.idle.indexOf(worker);
        if (i >= 0) this.idle.splice(i, 1);
        done({ id, file, type: 'skipped', reason: overBudget ? `took longer than ${Math.round(analysisBudgetMs(sizeOf(file)) / 1000)} s to analyse; stopped` : `stopped the analysis (${e instanceof Error ? e.message : `exit code ${String(e)}`})` });
      };
      worker.on('message', onMessage);
      worker.on('error', onStop);
      worker.on('exit', onStop);
      worker.postMessage({ id, file });
    });
  }
}

/** A file's size in bytes (about its characters), 0 when it cannot be read: the budget's floor then applies. */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
