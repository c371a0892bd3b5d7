// The analyses compared by test/unit/warmUp.test.ts: each text analysed whole, then typed into
// with a paragraph cache (the same seeded edits every time), every analysis kept. `warm`: the
// worker's warm-up typed into the document with its cache after its first analysis, as the worker does.
import { analyze } from '../../../src/core/analyze';
import { ParagraphCache } from '../../../src/core/extract';
import { rng } from '../../../bench/corpus';
import { warmUp } from '../../../src/core/warmUp';
import type { Analysis } from '../../../src/core/types';

export function analysesOf(texts: readonly string[], warm = false): Analysis[][] {
  return texts.map((start, k) => {
    const out = [analyze(start)];
    const cache = new ParagraphCache();
    let text = start;
    out.push(analyze(text, { cache }));
    if (warm) warmUp({ text, cache });
    const r = rng(100 + k);
    for (let i = 0; i < 12; i++) {
      const at = Math.floor(r() * text.length);
      text = i % 4 === 3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + 'ab ,.\n'[Math.floor(r() * 6)] + text.slice(at);
      out.push(analyze(text, { cache }));
    }
    return out;
  });
}
