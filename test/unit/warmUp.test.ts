// The analysis worker warms the incremental analysis up when it starts (src/core/warmUp.ts), so a
// reporter's first keystrokes do not pay for V8's optimizing. The warm-up must be run by the worker
// for real, after its first answer, and must leave nothing that changes any later result.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { warmUp, warmUpSteps } from '../../src/core/warmUp';
import { WARM_UP_ARTICLE } from '../../src/core/warmUpArticle';
import { serve, type RequestPort } from '../../src/extension/worker/serve';
import type { WorkerReply, WorkerRequest } from '../../src/extension/worker/messages';
import { generateArticle } from '../../bench/corpus';
import { analysesOf } from './helpers/warmUpTexts';

const root = path.resolve(__dirname, '../..');

/** A port the test posts requests into, as the extension host does. */
class FakePort implements RequestPort {
  private listener: ((req: WorkerRequest) => void) | undefined;
  on(_event: 'message', listener: (req: WorkerRequest) => void): void {
    this.listener = listener;
  }
  post(req: WorkerRequest): void {
    this.listener?.(req);
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('warm-up: the worker warms the incremental analysis up', () => {
  it('warm-up: the warm-up article is the sample article shipped with the extension', () => {
    assert.equal(WARM_UP_ARTICLE, fs.readFileSync(path.join(root, 'samples/harbor-steel-tariffs.md'), 'utf8'));
  });

  it('warm-up: it analyses the sample, then types into it a keystroke at a time', () => {
    let steps = 0;
    const it = warmUpSteps();
    let r = it.next();
    while (!r.done) {
      steps++;
      r = it.next();
    }
    assert.equal(r.value, steps, 'warm-up: one analysis per step');
    assert.ok(steps > 80, `warm-up: ${steps} analyses`);
    assert.equal(warmUp(), steps, 'warm-up: the same warm-up every time');
  });

  it('warm-up: the worker answers its first request, then runs the warm-up one step per turn', async () => {
    const port = new FakePort();
    const sent: WorkerReply[] = [];
    const log: string[] = [];
    function* warm(): Generator<void, number, void> {
      log.push(`step 1 after ${sent.length} replies`);
      yield;
      log.push('step 2');
      return 2;
    }
    const served = serve(port, (reply) => sent.push(reply), warm);
    port.post({ type: 'forget', key: 'a' });
    await turn();
    assert.deepEqual(log, [], 'warm-up: not before a first answer');
    port.post({ type: 'analyze', id: 1, key: 'a', version: 1, text: 'Canada raised tariffs on steel to 25%.' });
    assert.equal(sent.length, 1, 'warm-up: the first request is answered at once');
    assert.deepEqual(log, [], 'warm-up: the warm-up waits for a later turn');
    await turn();
    assert.deepEqual(log, ['step 1 after 1 replies'], 'warm-up: one step per turn');
    port.post({ type: 'analyze', id: 2, key: 'a', version: 2, text: 'Canada raised tariffs on steel to 35%.' });
    assert.equal(sent.length, 2, 'warm-up: a request between two steps is answered');
    assert.equal(await served.warmedUp, 2, 'warm-up: run to its end');
    port.post({ type: 'analyze', id: 3, key: 'b', version: 1, text: 'Mexico said it would respond.' });
    await turn();
    await turn();
    assert.deepEqual(log, ['step 1 after 1 replies', 'step 2'], 'warm-up: run once only');
  });

  it("warm-up: the worker's default warm-up is the core's", async () => {
    const port = new FakePort();
    const served = serve(port, () => undefined);
    port.post({ type: 'analyze', id: 1, key: 'a', version: 1, text: 'Canada raised tariffs on steel to 25%.' });
    assert.equal(await served.warmedUp, warmUp(), 'warm-up: every step of warmUpSteps run');
    const worker = fs.readFileSync(path.join(root, 'src/extension/analysisWorker.ts'), 'utf8');
    assert.match(worker, /serve\(port, \(reply\)/, 'warm-up: the worker thread serves through serve() with its default warm-up');
  });

  it("warm-up: analyses after the warm-up equal a fresh process's, whole and while typing", function () {
    this.timeout(120_000);
    const texts = [
      WARM_UP_ARTICLE,
      generateArticle(1_500, 3),
      ...['harbor-steel-tariffs.md'].map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8').replace('35%', '40%')),
      ...fs.readdirSync(path.join(root, 'test/eval/articles')).sort().slice(0, 4).map((f) => fs.readFileSync(path.join(root, 'test/eval/articles', f), 'utf8')),
    ];
    warmUp();
    const here = JSON.stringify(analysesOf(texts));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warm-up-')), 'texts.json');
    fs.writeFileSync(file, JSON.stringify(texts));
    const fresh = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'helpers/freshAnalysis.ts'), file], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    fs.rmSync(path.dirname(file), { recursive: true });
    assert.ok(here.length > 10_000, 'warm-up: analyses compared');
    assert.ok(here === fresh, 'warm-up: the same analyses with and without the warm-up before them');
  });
});
