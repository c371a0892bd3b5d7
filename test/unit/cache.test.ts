import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';

describe('cache: paragraph facts of one document', () => {
  const article = ['Canada imposed a 25% surtax on steel.', 'Imports rose 4% last year, the agency said.', '“We will respond,” Ms. Reyes said.'];

  it('cache: typing into a paragraph does not pile up one entry per keystroke', () => {
    const cache = new ParagraphCache();
    let first = article[0];
    for (const ch of ' The levy starts in May.') {
      first += ch;
      analyze([first, ...article.slice(1)].join('\n\n'), { cache });
    }
    // The three paragraphs now, plus the previous version of the one being typed (for undo).
    assert.ok(cache.size <= 4, `cache holds ${cache.size} entries`);
  });

  it('cache: an unchanged paragraph is not extracted again', () => {
    const cache = new ParagraphCache();
    const a = analyze(article.join('\n\n'), { cache });
    const b = analyze(article.join('\n\n') + '\n\nA new paragraph with 12 ships.', { cache });
    assert.equal(cache.size, 4);
    assert.deepEqual(b.figures.slice(0, a.figures.length), a.figures);
  });

  it('cache: results are the same with a warm cache as with none', () => {
    const cache = new ParagraphCache();
    const text = article.join('\n\n');
    analyze(text, { cache });
    assert.deepEqual(analyze(text, { cache }), analyze(text));
  });
});
