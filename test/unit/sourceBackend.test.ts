// The source index's worker plumbing with stand-in worker scripts: a time limit on every request,
// and no endless restarts when the worker keeps dying.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceWorkerBackend, sourceBudgetMs } from '../../src/extension/sources/workerBackend';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-source-worker-'));
const script = (name: string, body: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return file;
};
// Takes the request and never answers, as an indexer stuck on a hostile file would.
const SILENT = script('silent.js', "parentPort.on('message', () => {});");
// Dies on every request, as one that runs out of memory would.
const DIES = script('dies.js', "parentPort.on('message', () => process.exit(7));");
// Answers every removal at once.
const ANSWERS = script('answers.js', "parentPort.on('message', (r) => parentPort.postMessage({ type: 'removed', id: r.id, file: r.file }));");

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error);
const remove = { type: 'remove' as const, file: 'notes/a.txt' };

describe('source index worker: time limits and restarts', () => {
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('source worker: a request has a budget that grows with the bytes it sends', () => {
    assert.equal(sourceBudgetMs({ type: 'put', file: 'a.txt', bytes: new Uint8Array(0) }), 15_000);
    assert.equal(sourceBudgetMs({ type: 'put', file: 'a.txt', bytes: new Uint8Array(20_000_000) }), 215_000);
    assert.equal(sourceBudgetMs({ type: 'check', quotes: [], figures: [] }), 30_000);
  });

  it('source worker: a worker that never answers is stopped after the budget, the request fails in words and the store is told', async () => {
    const lost: boolean[] = [];
    const backend = new SourceWorkerBackend((gaveUp) => lost.push(gaveUp), SILENT, () => 100);
    try {
      const started = Date.now();
      const e = await failure(backend.request(remove));
      assert.ok(Date.now() - started < 5_000, 'source worker: not left hanging');
      assert.match(String(e?.message), /source index stopped \(no answer within/);
      assert.deepEqual(lost, [false], 'source worker: told once, to read the sources again');
    } finally {
      backend.dispose();
    }
  });

  it('source worker: after three stops within a minute it is not started again, and says so', async () => {
    const lost: boolean[] = [];
    const backend = new SourceWorkerBackend((gaveUp) => lost.push(gaveUp), DIES, () => 10_000);
    try {
      for (let i = 0; i < 3; i++) await failure(backend.request(remove));
      assert.deepEqual(lost, [false, false, true], 'source worker: the third stop gives up');
      const started = Date.now();
      const e = await failure(backend.request(remove));
      assert.ok(Date.now() - started < 500, 'source worker: refused at once, no new worker');
      assert.match(String(e?.message), /stopped 3 times within a minute .*paused until the window is reloaded/);
      assert.equal(lost.length, 3, 'source worker: no further restarts reported');
    } finally {
      backend.dispose();
    }
  });

  it('source worker: an answer within the budget clears its timer, and the same worker answers again', async () => {
    const lost: boolean[] = [];
    // A budget a loaded machine can start a worker thread in (300 ms was not, on a busy 2-core runner).
    const backend = new SourceWorkerBackend((gaveUp) => lost.push(gaveUp), ANSWERS, () => 2000);
    try {
      assert.equal((await backend.request(remove)).type, 'removed');
      await new Promise((r) => setTimeout(r, 2200)); // past the first budget: nothing may fire
      assert.equal((await backend.request(remove)).type, 'removed');
      assert.deepEqual(lost, [], 'source worker: never stopped');
    } finally {
      backend.dispose();
    }
  });
});
