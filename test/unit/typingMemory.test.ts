// A document kept open and typed into for a long time: what the paragraph cache and the passes'
// memos keep must not grow with the number of keystrokes.
import { strict as assert } from 'node:assert';
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';
import { generateArticle, rng } from '../../bench/corpus';

describe('typing: memory does not grow with the number of edits', () => {
  it('typing memory: 200 single letters typed into a 10,000-word article keep under 10 MB more heap', function () {
    this.timeout(120000);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
    const r = rng(42);
    const cache = new ParagraphCache();
    let text = generateArticle(10_000, 10);
    const typeLetters = (n: number) => {
      for (let i = 0; i < n; i++) {
        const at = Math.floor(r() * text.length);
        text = text.slice(0, at) + 'abcdefghij'[Math.floor(r() * 10)] + text.slice(at);
        analyze(text, { cache });
      }
    };
    // Warm: the passes' memos fill first.
    typeLetters(40);
    const before = heap();
    typeLetters(200);
    // A paragraph kept by the cache that still held the keystroke's whole text cost 0.12 MB an edit here (24 MB).
    const grown = (heap() - before) / 1048576;
    assert.ok(grown < 10, `heap grew ${grown.toFixed(1)} MB over 200 edits`);
  });
});
