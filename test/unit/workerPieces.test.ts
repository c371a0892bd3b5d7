// A big analysis crosses from the worker to the extension host in pieces, read back one per
// event-loop turn: what arrives must be exactly what the worker sent.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import type { WorkerReply } from '../../src/extension/worker/messages';
import { fromPieces, inPieces } from '../../src/extension/worker/pieces';
import { AnalysisWorkerClient } from '../../src/extension/worker/client';
import { generateArticle } from '../../bench/corpus';

const reply = (analysis: Analysis): WorkerReply => ({ type: 'analysis', id: 7, key: 'file:/a.md', version: 3, analysis, ms: 12.5, cachedParagraphs: 40 });

describe('worker pieces: a big analysis sent in pieces', () => {
  const big = analyze(generateArticle(6_000, 5));

  it('worker pieces: a long analysis is split, and read back equals what was sent', async () => {
    const sent = reply(big);
    const { message, transfer } = inPieces(sent, 100);
    assert.ok('pieces' in message, 'worker pieces: split');
    const pieces = 'pieces' in message ? message.pieces : [];
    const items = big.figures.length + big.tariffs.length + big.people.length + big.organizations.length + big.quotes.length + big.checks.length + big.warnings.length + (big.spellings?.length ?? 0);
    assert.ok(items > 500, `worker pieces: ${items} items`);
    assert.ok(pieces.length >= items / 100, `worker pieces: ${pieces.length} pieces of at most 100 items`);
    assert.equal(transfer.length, pieces.length, 'worker pieces: every piece is transferred, not copied');
    if ('pieces' in message) assert.deepEqual(message.analysis.figures, [], 'worker pieces: the long lists are not in the message itself');
    let turns = 0;
    const back = await fromPieces(message, async () => void turns++);
    assert.equal(turns, pieces.length, 'worker pieces: one event-loop turn per piece');
    assert.deepStrictEqual(back, reply(analyze(generateArticle(6_000, 5))));
  });

  it('worker pieces: undefined fields, NaN and text survive as postMessage keeps them', async () => {
    const odd = { ...big, figures: big.figures.map((f, i) => (i % 2 ? { ...f, value: Number.NaN, extra: undefined } : f)) } as Analysis;
    const back = await fromPieces(inPieces(reply(odd), 50).message, async () => undefined);
    assert.deepStrictEqual(back, reply(odd));
    assert.ok(back.type === 'analysis' && 'extra' in back.analysis.figures[1], 'worker pieces: an undefined field is still there');
  });

  it('worker pieces: a short analysis and a failure go whole', () => {
    const small = reply(analyze('Canada imposed a 25% surtax on steel, Ms. Reyes said.'));
    assert.equal(inPieces(small).message, small);
    const failed: WorkerReply = { type: 'failed', id: 1, key: 'k', version: 1, message: 'no' };
    assert.equal(inPieces(failed).message, failed);
  });

  it('worker pieces: the worker client puts the pieces back together before it answers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-pieces-'));
    // A stand-in worker that answers in pieces, as dist/analysisWorker.js does for a long analysis.
    const script = path.join(dir, 'pieces.js');
    fs.writeFileSync(
      script,
      [
        "const { parentPort } = require('node:worker_threads');",
        "const v8 = require('node:v8');",
        "const piece = (list, items) => ({ list, bytes: new Uint8Array(v8.serialize(items)) });",
        "parentPort.on('message', (r) => {",
        "  if (r.type !== 'analyze') return;",
        "  const pieces = [piece('figures', [{ id: 'f1' }, { id: 'f2' }]), piece('figures', [{ id: 'f3' }]), piece('quotes', [{ id: 'q1' }])];",
        "  parentPort.postMessage({ type: 'analysis', id: r.id, key: r.key, version: r.version, analysis: { words: 9, figures: [], quotes: [], people: [] }, ms: 1, cachedParagraphs: 0, pieces }, pieces.map((p) => p.bytes.buffer));",
        '});',
      ].join('\n'),
    );
    const client = new AnalysisWorkerClient(script, () => 10_000);
    try {
      const done = await client.analyze('file:/a.md', 2, 'text');
      assert.equal('pieces' in done, false, 'worker pieces: no pieces left in the answer');
      assert.deepStrictEqual(done.analysis, { words: 9, figures: [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }], quotes: [{ id: 'q1' }], people: [] });
      assert.equal(done.version, 2);
    } finally {
      client.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
