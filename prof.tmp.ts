import { analyze } from './src/core/analyze';
import { ParagraphCache } from './src/core/extract';
import { generateArticle, rng } from './bench/corpus';
let text = generateArticle(10_000, 10);
const cache = new ParagraphCache();
analyze(text, { cache });
const r = rng(42);
const t0 = performance.now();
for (let i = 0; i < 100; i++) {
  const at = Math.floor(r() * text.length);
  text = text.slice(0, at) + 'abcdefghij'[Math.floor(r() * 10)] + text.slice(at);
  analyze(text, { cache });
}
console.log('per edit', ((performance.now() - t0) / 100).toFixed(1), 'ms');
