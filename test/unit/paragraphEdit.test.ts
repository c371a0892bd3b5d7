// Splitting again only around an edit (src/core/paragraphEdit.ts) must give what splitting the whole
// edited text gives, whatever the edit and however the text breaks its lines.
import { strict as assert } from 'node:assert';
import { paragraphsAfterEdit } from '../../src/core/paragraphEdit';
import { splitParagraphs } from '../../src/core/paragraphs';
import { editBetween } from '../../src/core/textEdit';
import { rng } from '../../bench/corpus';

const PIECES = ['Tariffs rose 5%.', 'The ministry said', 'on Monday', '\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', '## Rates', '- Steel: 25%', '1. Wine', '> A quote', '| a | b |', '**Key changes**', ' ', '“We will,” she said.', 'and then'];
const INSERTS = ['x', ' ', '\n', '\n\n', '.', '- ', '#', '\r', '**', 'Levy:'];

describe('paragraphs after an edit', () => {
  it('equal a fresh split of the edited text, for random texts and edits', () => {
    const r = rng(606);
    let checked = 0;
    for (let doc = 0; doc < 150; doc++) {
      let text = Array.from({ length: 20 + Math.floor(r() * 40) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? ' ' : '');
      let before = splitParagraphs(text);
      for (let step = 0; step < 12; step++) {
        const at = Math.floor(r() * (text.length + 1));
        const cut = r() < 0.3 ? Math.floor(r() * 4) : 0;
        const next = text.slice(0, at) + (r() < 0.8 ? INSERTS[Math.floor(r() * INSERTS.length)] : '') + text.slice(Math.min(text.length, at + cut));
        const got = paragraphsAfterEdit(before, next, editBetween(text, next));
        assert.deepStrictEqual(got, splitParagraphs(next), `doc ${doc}, step ${step}: ${JSON.stringify(text)} → ${JSON.stringify(next)}`);
        [text, before] = [next, got];
        checked++;
      }
    }
    assert.equal(checked, 1800);
  });

  it('keeps the paragraphs before the edit and splits only around it', () => {
    const text = 'One.\n\nTwo.\n\nThree.\n\nFour.';
    const before = splitParagraphs(text);
    const next = text.replace('Three.', 'Three more.');
    const got = paragraphsAfterEdit(before, next, editBetween(text, next));
    assert.deepStrictEqual(got, splitParagraphs(next));
    assert.equal(got[0], before[0], 'the first paragraph is the same object');
    assert.equal(got[1], before[1]);
    assert.equal(got[3].text, before[3].text);
    assert.equal(got[3].start, before[3].start + 5);
  });
});
