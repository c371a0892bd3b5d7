// The worker client with stand-in worker scripts: one that never answers, one that answers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnalysisWorkerClient } from '../../src/extension/worker/client';
import { AnalysisStoppedError, analysisBudgetMs } from '../../src/extension/worker/backend';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-worker-'));
const script = (name: string, body: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return file;
};
// Takes the request and never answers, as an analysis stuck in a loop would.
const SILENT = script('silent.js', "parentPort.on('message', () => {});");
// Answers every request at once with an empty analysis.
const ANSWERS = script(
  'answers.js',
  "parentPort.on('message', (r) => r.type === 'analyze' && parentPort.postMessage({ type: 'analysis', id: r.id, key: r.key, version: r.version, analysis: { figures: [] }, ms: 0, cachedParagraphs: 0 }));",
);

const stoppedWith = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AnalysisStoppedError);

describe('worker client: a time limit on every analysis', () => {
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('worker client: the budget is 15 s plus 1 ms per 20 characters', () => {
    assert.equal(analysisBudgetMs(0), 15_000, 'worker client: empty text');
    assert.equal(analysisBudgetMs(200_000), 25_000, 'worker client: 200,000 characters');
  });

  it('worker client: a worker that never answers is stopped after its budget, failing every request in flight in words', async () => {
    const client = new AnalysisWorkerClient(SILENT, () => 100);
    try {
      const started = Date.now();
      const [a, b] = await Promise.all([stoppedWith(client.analyze('file:/a.md', 1, 'text')), stoppedWith(client.analyze('file:/b.md', 1, 'text'))]);
      assert.ok(Date.now() - started < 5_000, 'worker client: not left hanging');
      for (const e of [a, b]) {
        assert.ok(e instanceof AnalysisStoppedError, 'worker client: a stop, not a hang');
        assert.equal(e.reason, 'timedOut', 'worker client: stopped for time');
        assert.ok(e.worthRetrying, 'worker client: a timeout is worth one more try');
        assert.match(e.message, /took longer than .* and was stopped/, 'worker client: in words');
        assert.doesNotMatch(e.message, /exit code|worker/, 'worker client: no internals in the message');
        assert.match(e.detail, /100 ms budget/, 'worker client: the budget in the detail for the log');
      }
    } finally {
      client.dispose();
    }
  });

  it('worker client: after three stops within a minute it gives up, and says so without starting again', async () => {
    const client = new AnalysisWorkerClient(SILENT, () => 50);
    try {
      const reasons: string[] = [];
      for (let i = 0; i < 4; i++) reasons.push((await stoppedWith(client.analyze('file:/a.md', i, 'text')))!.reason);
      assert.deepEqual(reasons, ['timedOut', 'timedOut', 'gaveUp', 'gaveUp'], 'worker client: the crash-loop guard');
      client.resetForTest();
      assert.equal((await stoppedWith(client.analyze('file:/a.md', 9, 'text')))!.reason, 'timedOut', 'worker client: tries again after a reset');
    } finally {
      client.dispose();
    }
  });

  it('worker client: a crash is reported in words, with the exit code only in the detail', async () => {
    const client = new AnalysisWorkerClient(SILENT, () => 60_000);
    try {
      const pending = stoppedWith(client.analyze('file:/a.md', 1, 'text'));
      await new Promise((r) => setTimeout(r, 200));
      client.crashForTest();
      const e = (await pending)!;
      assert.equal(e.reason, 'crashed', 'worker client: a crash');
      assert.equal(e.message, "Trade Facts' analysis stopped unexpectedly; it will restart on your next edit. Details are in the Trade Facts output channel.");
      assert.match(e.detail, /exit code \d+/, 'worker client: the exit code for the log');
    } finally {
      client.dispose();
    }
  });

  it('worker client: an answer within the budget clears its timer, and a later request is answered by the same worker', async () => {
    const client = new AnalysisWorkerClient(ANSWERS, () => 2000);
    try {
      const first = await client.analyze('file:/a.md', 1, 'text');
      await new Promise((r) => setTimeout(r, 2200)); // past the first budget: nothing may fire (a budget a loaded machine can start a worker in)
      const second = await client.analyze('file:/a.md', 2, 'text');
      assert.deepEqual([first.version, second.version], [1, 2], 'worker client: both answered');
    } finally {
      client.dispose();
    }
  });
});
