// The article's main country counted paragraph by paragraph (src/core/mainCountryMemo.ts) must be
// the whole text's count (articleFrame's mainCountry), or give way to it (null) where an actor is
// read across a paragraph's edge: a name run on over a blank line, a paragraph opening with a
// no-break space or set deep in from its line's start (the name readers look 40 characters back).
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { mostNamedByParagraph } from '../../src/core/mainCountryMemo';
import { articleFrame, notNation, notNationOrUS } from '../../src/core/people/article';
import { splitParagraphs } from '../../src/core/paragraphs';
import { generateArticle } from '../../bench/corpus';
import { JORDAN, NEW_ZEALAND } from './helpers/mainCountryTexts';


const dirs = ['fixtures', 'eval/articles', 'eval-holdout/articles'].map((d) => path.join(__dirname, '..', d));
const articles = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(d, f), 'utf8')) : []));

describe('main country by paragraph: the whole text’s count, or none', () => {
  it('main country by paragraph: equals the whole text’s on every article it answers for', () => {
    let answered = 0;
    for (const text of [...articles, ...[3, 8, 13].map((s) => generateArticle(2000, s))]) {
      const byParagraph = mostNamedByParagraph(text, splitParagraphs(text));
      if (byParagraph === null) continue;
      answered++;
      assert.equal(byParagraph, articleFrame(text).mainCountry, text.slice(0, 60));
      assert.equal(mostNamedByParagraph(text, splitParagraphs(text), notNation), articleFrame(text).mainNation, text.slice(0, 60));
      assert.equal(mostNamedByParagraph(text, splitParagraphs(text), notNationOrUS), articleFrame(text).mainNonUSNation, text.slice(0, 60));
    }
    assert.ok(answered >= articles.length * 0.8, `${answered} of ${articles.length + 3}`);
  });

  const cases: Array<[string, string, string]> = [
    ['a name run on over a blank line ("New" / "Zealand") counts once in the whole text', NEW_ZEALAND.replace('from New Zealand', 'from New\n\nZealand'), 'New Zealand'],
    ['a paragraph opening with a no-break space: the line before is looked through', JORDAN.replace(/Michael/g, '\u00a0Michael'), 'Jordan'],
    // The whole text reads "Congress" as no one's when it names Colombia anywhere; one paragraph alone reads it as Washington's.
    ['"Congress" in one paragraph and Colombia, whose legislature is a Congress, in others', 'Colombia weighs a coffee levy\n\nColombia and its growers want relief from Washington.\n\nCongress has renewed the levy for decades.\n\nCongress may cut it again, Congress says.', 'Colombia'],
    ['a paragraph set 40 spaces in: the look back ends inside the indent', JORDAN.replace(/Michael/g, `${' '.repeat(40)}Michael`), ''],
  ];
  for (const [what, text, main] of cases) {
    it(`main country by paragraph: ${what}`, () => {
      assert.equal(articleFrame(text).mainCountry, main);
      assert.equal(mostNamedByParagraph(text, splitParagraphs(text)), null);
    });
  }
});
