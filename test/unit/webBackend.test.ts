import assert from 'node:assert/strict';
import type { AnalysisWorkerClient } from '../../src/extension/worker/client';
import { InProcessAnalysis } from '../../src/extension/worker/inProcess';
import { utf8Bytes } from '../../src/extension/utf8Bytes';

// The web build puts InProcessAnalysis where the worker client is imported: it must offer every
// public member of the client (checked by the compiler here) and give the same answers.
const surface: { [K in keyof AnalysisWorkerClient]: AnalysisWorkerClient[K] } = new InProcessAnalysis();

const ARTICLE = 'Tariffs on Chinese imports rose to 30%, Trade Minister Anna Berg said. "We will not back down," she said.';

describe('web backend: analysis in process', () => {
  it('web backend: analyses an article and reuses the paragraph cache', async () => {
    const b = new InProcessAnalysis();
    const first = await b.analyze('untitled:a', 1, ARTICLE);
    assert.equal(first.version, 1);
    assert.ok(first.analysis.tariffs.some((t) => t.rate === 30), 'web backend: the 30% tariff');
    assert.equal(first.analysis.quotes.length, 1, 'web backend: one quote');
    const again = await b.analyze('untitled:a', 2, ARTICLE);
    assert.deepEqual(again.analysis.tariffs, first.analysis.tariffs, 'web backend: same result from the cache');
    b.forget('untitled:a');
    b.dispose();
  });

  it('web backend: a request after dispose is refused in words', async () => {
    const b = new InProcessAnalysis();
    b.dispose();
    await assert.rejects(b.analyze('untitled:b', 1, ARTICLE), /stopped/);
  });

  it('web backend: has the worker client surface', () => {
    assert.equal(typeof surface.analyze, 'function');
  });
});

describe('web backend: utf8Bytes counts like Buffer.byteLength', () => {
  const table: [string, string][] = [
    ['ascii', 'Tariffs rose to 30%'],
    ['two-byte', 'Åland’s café'],
    ['euro and yen', '€5bn and ¥300'],
    ['emoji pair', 'port 🚢 closed'],
    ['lone surrogate', 'a\ud800b'],
    ['empty', ''],
  ];
  for (const [name, text] of table) {
    it(`web backend: utf8Bytes ${name}`, () => assert.equal(utf8Bytes(text), Buffer.byteLength(text, 'utf8')));
  }
});
