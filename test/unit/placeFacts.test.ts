// A paragraph's facts moved to document offsets (src/core/placeFacts.ts) are written out field by
// field where the facts' keys allow it: the copies must be the spread copies, key for key and in the
// same order, and the bench's article must take that path for every kind of fact (a field added to a
// kind of fact must be added to its literal, or typing pays for spread copies again).
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { extractParagraph, ParagraphCache } from '../../src/core/extract';
import { splitParagraphs } from '../../src/core/paragraphs';
import { FIGURE_KEYS, literalKindsOf, place, placeBySpread } from '../../src/core/placeFacts';
import { generateArticle, rng } from '../../bench/corpus';
import { analyze } from '../../src/core/analyze';
import { READING_KEYS } from '../../src/core/rateMemo';

/** Plain data as key-value pairs in key order, so that order and undefined-valued keys count. */
const ordered = (x: unknown): unknown =>
  x && typeof x === 'object' ? (Array.isArray(x) ? x.map(ordered) : Object.keys(x).map((k) => [k, ordered((x as Record<string, unknown>)[k])])) : x;

const dirs = ['fixtures', 'eval/articles'].map((d) => path.join(__dirname, '..', d));
const articles = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(d, f), 'utf8')) : []));

describe('placing facts: literal copies equal spread copies', () => {
  it('placing facts: every paragraph of the fixture and eval articles, key for key in the same order', function () {
    this.timeout(120000);
    let placed = 0;
    for (const text of articles) {
      for (const p of splitParagraphs(text)) {
        const f = extractParagraph(p.text);
        const fast = place(f, p.start + 3);
        const spread = placeBySpread(f, p.start + 3);
        assert.deepStrictEqual(fast, spread, p.text.slice(0, 60));
        assert.deepStrictEqual(ordered(fast), ordered(spread), p.text.slice(0, 60));
        placed++;
      }
    }
    assert.ok(placed > 1000, `${placed} paragraphs`);
  });

  it("placing facts: the bench's article takes the literal copies for every kind of fact", function () {
    this.timeout(60000);
    const text = generateArticle(3000, 10);
    for (const p of splitParagraphs(text)) {
      const f = extractParagraph(p.text);
      assert.deepEqual(literalKindsOf(f), { figures: true, tariffs: true, people: true, organizations: true, quotes: true }, p.text.slice(0, 60));
      assert.deepStrictEqual(ordered(place(f, p.start)), ordered(placeBySpread(f, p.start)));
    }
  });

  it('placing facts: a fact with another key, or its keys in another order, is copied by spread', () => {
    const f = extractParagraph('Canada raised its tariff on steel to 25%, Finance Minister Claire Aubin said.');
    assert.ok(f.figures.length && f.people.length);
    const extra = { ...f, figures: f.figures.map((x) => ({ ...x, note: 'x' })), people: f.people.map(({ start, ...rest }) => ({ ...rest, start })) };
    assert.deepEqual(literalKindsOf(extra), { figures: false, tariffs: true, people: false, organizations: true, quotes: true });
    assert.deepStrictEqual(ordered(place(extra, 5)), ordered(placeBySpread(extra, 5)));
  });
});

describe('placing facts: typing gives the fresh analysis key for key, in the same order', () => {
  it("placing facts: the bench's letters typed into a long article, the analysis in key order equals a fresh one's", function () {
    this.timeout(120000);
    const r = rng(77);
    const cache = new ParagraphCache();
    let text = generateArticle(2500, 10);
    analyze(text, { cache });
    for (let step = 1; step <= 12; step++) {
      const at = Math.floor(r() * text.length);
      text = text.slice(0, at) + 'abcdefghij'[Math.floor(r() * 10)] + text.slice(at);
      assert.deepStrictEqual(ordered(analyze(text, { cache })), ordered(analyze(text)), `step ${step}: a letter at ${at}`);
    }
    // The rate memo's readings moved field by field (src/core/rateMemo.ts) have a rate's keys in its order.
    const fresh = analyze(text);
    assert.ok(fresh.tariffs.length > 20);
    for (const t of fresh.tariffs) assert.deepEqual(Object.keys(t), ['id', ...READING_KEYS]);
    // The numbered figures and rates written out field by field (src/core/analyze.ts): the id, then the fact's keys in order.
    assert.ok(fresh.figures.length > 50);
    for (const f of fresh.figures) assert.deepEqual(Object.keys(f), ['id', ...FIGURE_KEYS]);
  });
});
