// Quote attribution's sentences reused from the last analysis (src/core/quoteSentenceMemo.ts) only
// when the paragraph's text, start, place and the quotes opening in it are all what they were, or
// moved: the paragraph shifted, put at another place, its quotes renumbered by one amount.
import { strict as assert } from 'node:assert';
import { ArticleSentences } from '../../src/core/quotes/context';
import { QuoteSentenceMemo } from '../../src/core/quoteSentenceMemo';
import { splitParagraphs } from '../../src/core/paragraphs';
import type { QuoteMention } from '../../src/core/mentions';

const quote = (text: string, inner: string): QuoteMention => {
  const start = text.indexOf(inner);
  return { start, end: start + inner.length, text: inner, attribution: null, runsOn: false };
};

describe('quote sentence memo: the sentences of a paragraph, reused only when nothing they read changed', () => {
  const text = 'Officials met on Monday. “Talks went well,” an aide said.\n\n“The 9% duty stays. For now,” Mr. Tanaka said. “Nothing changes.”';
  const paragraphs = splitParagraphs(text);
  const all = [quote(text, 'Talks went well,'), quote(text, 'The 9% duty stays. For now,'), quote(text, 'Nothing changes.')];

  it('quote sentence memo: the same paragraph, place and quotes give the last analysis’s sentences', () => {
    const memo = new QuoteSentenceMemo();
    const first = new ArticleSentences(text, all, paragraphs, memo).of(1);
    memo.endPass();
    const again = new ArticleSentences(text, all, paragraphs, memo).of(1);
    assert.equal(again, first);
    assert.deepEqual(first.map((s) => s.quotes), [[1], [2]]);
  });

  it('quote sentence memo: quotes renumbered by a change before the paragraph are read afresh', () => {
    const memo = new QuoteSentenceMemo();
    new ArticleSentences(text, all, paragraphs, memo).of(1);
    memo.endPass();
    // The first paragraph's quote is gone (its marks typed over): the same paragraph's quotes are now 0 and 1.
    const fewer = new ArticleSentences(text, all.slice(1), paragraphs, memo).of(1);
    assert.deepEqual(fewer.map((s) => s.quotes), [[0], [1]]);
    assert.deepEqual(fewer, new ArticleSentences(text, all.slice(1), paragraphs).of(1));
  });

  it('quote sentence memo: a moved paragraph gives the sentences read afresh; a changed quote span is read afresh', () => {
    const memo = new QuoteSentenceMemo();
    new ArticleSentences(text, all, paragraphs, memo).of(1);
    memo.endPass();
    const moved = paragraphs.map((p, i) => (i === 1 ? { ...p, start: p.start + 1 } : p));
    const shifted = all.map((q, i) => (i === 0 ? q : { ...q, start: q.start + 1, end: q.end + 1 }));
    assert.deepEqual(new ArticleSentences(` ${text}`, shifted, moved, memo).of(1), new ArticleSentences(` ${text}`, shifted, moved).of(1));
    // A paragraph with a quote added before the moved one: it is paragraph 2, its quotes 2 and 3.
    const added = `“Earlier.”\n\n${text}`;
    const more = splitParagraphs(added);
    const renumbered = [quote(added, 'Earlier.'), ...all.map((q) => ({ ...q, start: q.start + 12, end: q.end + 12 }))];
    const reused = new ArticleSentences(added, renumbered, more, memo).of(2);
    assert.deepEqual(reused.map((s) => [s.paragraph, s.quotes]), [[2, [2]], [2, [3]]]);
    assert.deepEqual(reused, new ArticleSentences(added, renumbered, more).of(2));
    const again = new QuoteSentenceMemo();
    new ArticleSentences(text, all, paragraphs, again).of(1);
    again.endPass();
    // The full stop inside the first quote is no longer masked: one sentence more.
    const shorter = all.map((q, i) => (i === 1 ? { ...q, end: q.start + 'The 9% duty stays'.length } : q));
    assert.equal(new ArticleSentences(text, shorter, paragraphs).of(1).length, 3);
    assert.deepEqual(new ArticleSentences(text, shorter, paragraphs, again).of(1), new ArticleSentences(text, shorter, paragraphs).of(1));
  });
});
