// The analysis worker warms the incremental analysis up after its first answer (src/core/warmUp.ts),
// typing into that document with its cache, so a reporter's first keystrokes do not pay for V8's
// optimizing. The worker must run it for real, and it must leave nothing that changes any result.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCUMENT_KEYSTROKES, warmUp, warmUpSteps, type WarmUpDocument } from '../../src/core/warmUp';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';
import { AnalysisHandler } from '../../src/extension/worker/handler';
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

describe('warm-up: the worker warms the incremental analysis up', function () {
  this.timeout(120_000);
  it('warm-up: the warm-up article is the sample article shipped with the extension', () => {
    assert.equal(WARM_UP_ARTICLE, fs.readFileSync(path.join(root, 'samples/harbor-steel-tariffs.md'), 'utf8'));
  });

  it('warm-up: without a document it analyses the sample, then types into it a keystroke at a time', () => {
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

  it("warm-up: with a document it types into it with the document's cache, each keystroke taken back", () => {
    const text = generateArticle(1_000, 4);
    const cache = new ParagraphCache();
    const first = analyze(text, { cache });
    assert.equal(warmUp({ text, cache }), 2 * DOCUMENT_KEYSTROKES, 'warm-up: two analyses a keystroke');
    assert.equal(cache.text, text, "warm-up: the cache has seen the document's text last");
    assert.deepEqual(analyze(text, { cache }), first, 'warm-up: the same analysis of the document after it');
    const cold = new ParagraphCache();
    analyze(text, { cache: cold });
    assert.ok(warmUp({ text: `${text} `, cache: cold }) > 80, 'warm-up: a cache that has not seen the text: the sample instead');
    const long = generateArticle(30_000, 4);
    const big = new ParagraphCache();
    analyze(long, { cache: big });
    assert.ok(warmUp({ text: long, cache: big }) > 80, 'warm-up: a very long document: the sample instead');
  });

  it('warm-up: the worker answers its first analysis, then warms up one step per turn; a request stops it', async () => {
    const port = new FakePort();
    const sent: WorkerReply[] = [];
    const log: string[] = [];
    function* warm(doc?: WarmUpDocument): Generator<void, number, void> {
      log.push(`step 1 after ${sent.length} replies, on ${doc?.text}`);
      yield;
      log.push('step 2');
      yield;
      log.push('step 3');
      return 3;
    }
    const served = serve(port, (reply) => sent.push(reply), warm);
    port.post({ type: 'forget', key: 'a' });
    await turn();
    assert.deepEqual(log, [], 'warm-up: not before a first answer');
    port.post({ type: 'analyze', id: 1, key: 'a', version: 1, text: 'Canada raised tariffs on steel to 25%.' });
    assert.equal(sent.length, 1, 'warm-up: the first request is answered at once');
    assert.deepEqual(log, [], 'warm-up: the warm-up waits for a later turn');
    await turn();
    assert.deepEqual(log, ['step 1 after 1 replies, on Canada raised tariffs on steel to 25%.'], "warm-up: one step per turn, on the first document's text");
    port.post({ type: 'analyze', id: 2, key: 'a', version: 2, text: 'Canada raised tariffs on steel to 35%.' });
    assert.equal(sent.length, 2, 'warm-up: a request between two steps is answered');
    assert.deepEqual(await served.warmedUp, { steps: 1, stopped: true }, 'warm-up: stopped by the request');
    port.post({ type: 'analyze', id: 3, key: 'b', version: 1, text: 'Mexico said it would respond.' });
    await turn();
    await turn();
    assert.equal(log.length, 1, 'warm-up: run once only, never resumed');
  });

  it("warm-up: the worker's default warm-up is the core's, typed into its first document", async () => {
    const port = new FakePort();
    const handler = new AnalysisHandler();
    const served = serve(port, () => undefined, undefined, handler);
    const text = generateArticle(800, 6);
    port.post({ type: 'analyze', id: 1, key: 'a', version: 1, text });
    assert.deepEqual(await served.warmedUp, { steps: DOCUMENT_KEYSTROKES, stopped: false }, 'warm-up: every keystroke of warmUpSteps run');
    assert.equal(handler.cacheOf('a')?.text, text, "warm-up: the document's cache has seen its text last");
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
    const here = JSON.stringify(analysesOf(texts, true));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warm-up-')), 'texts.json');
    fs.writeFileSync(file, JSON.stringify(texts));
    const fresh = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'helpers/freshAnalysis.ts'), file], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    fs.rmSync(path.dirname(file), { recursive: true });
    assert.ok(here.length > 10_000, 'warm-up: analyses compared');
    assert.ok(here === fresh, 'warm-up: the same analyses with and without the warm-up before them');
  });
});
