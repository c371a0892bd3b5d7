// Answers remembered so a keystroke does not allocate them again (the bench's 10,000-word article
// allocated 3 MB per keystroke): each must be keyed by everything it reads.
import { strict as assert } from 'node:assert';
import { isCompanyName } from '../../src/core/tariffs/makerGoods';
import { INTERVIEW_NOTE, interviewNote } from '../../src/core/quotes/interviewNote';
import { cabinetTitle, PORTFOLIO_WORDS } from '../../src/core/actorsLink';

describe('allocation memos: remembered answers keyed by all they read', () => {
  it("allocation memos: a company's name is remembered by the whole target, as written", () => {
    // Asked in this order, a key narrowed to the lower-cased or trimmed-down target would answer the second from the first.
    assert.equal(isCompanyName('Agrícola Valle del Fuerte'), true);
    assert.equal(isCompanyName('agrícola valle del fuerte'), false);
    assert.equal(isCompanyName('Agrícola Valle'), true);
    assert.equal(isCompanyName('Agrícola'), false);
    assert.equal(isCompanyName('Hortalizas Bahía San Quintín'), true);
    assert.equal(isCompanyName('Hortalizas steel'), false);
  });

  it('allocation memos: the interview note is found as the pattern finds it, whatever the case', () => {
    for (const text of ['Q&A. Her answers have been lightly edited.', 'THIS INTERVIEW HAS BEEN CONDENSED for clarity.', 'It was edited. No note here.', 'Nothing to see.', 'Their replies were ſlightly edited.']) {
      const ours = interviewNote(text);
      const theirs = INTERVIEW_NOTE.exec(text);
      assert.equal(ours?.index, theirs?.index, text);
      assert.equal(ours?.[0], theirs?.[0], text);
    }
    assert.equal(interviewNote('Q&A. Her answers have been lightly edited.')?.index, 5);
  });

  it("allocation memos: a title's cabinet rank and portfolio words are remembered by the whole title", () => {
    // Each title shares its first or last word with the one before: a key narrowed to either answers wrongly.
    assert.equal(cabinetTitle('Trade Minister'), true);
    assert.equal(cabinetTitle('Deputy Trade Minister'), false);
    assert.equal(cabinetTitle('Deputy Secretary'), false);
    assert.equal(cabinetTitle('Agriculture Secretary'), true);
    assert.deepEqual(PORTFOLIO_WORDS('Agriculture Undersecretary'), ['agriculture']);
    assert.deepEqual(PORTFOLIO_WORDS('Trade Undersecretary'), ['trade']);
    assert.deepEqual(PORTFOLIO_WORDS('Trade Ambassador'), ['trade']);
    assert.deepEqual(PORTFOLIO_WORDS('Trade and Agriculture Ambassador'), ['trade', 'agriculture']);
  });
});
