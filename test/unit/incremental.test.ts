// Typing re-analyses the document with its paragraph cache and the document passes' memos
// (actors, tariff phrases, sentence readings, quote contexts). Whatever is reused, the result after
// every edit must be exactly what a fresh analysis of the same text gives.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';

// An invented article with a bit of everything the document passes link across paragraphs.
const ARTICLE = [
  '# Marovia raises duties on imported bicycles',
  'Marovia imposed a 35% tariff on bicycles from Veland on Monday, up from 20%, the trade ministry said.',
  'The ministry said the duty takes effect on 1 March and rises to 40% in the second year.',
  '“We cannot let our workshops close,” Trade Minister Ilse Varga told reporters in the capital.',
  'Varga said exports of frames fell 12% to $48.5 million last year, while imports rose 6.5% to $210 million.',
  'The main rates are:',
  '- Frames: 25%',
  '- Electric bicycles: 15%',
  'Veland’s Commerce Department said it would answer with a 10% levy on Marovian cheese.',
  '“This is a mistake,” said Tomas Brel, president of the Veland Cycle Makers Association.',
  'Brel said the association’s members shipped $95 million of bicycles in 2024. Exports were $91 million in 2024, another count showed.',
  'Pedalworks Ltd faces a duty of 41.2%, and all other producers 35%.',
].join('\n\n');

const PIECES = ['a', 'e', 'x', ' ', '.', ',', '%', '5', '\n', '\n\n', '“', '”', 'Ms. ', ' tariff', ' 30%', ' said', ' Veland', 'the ministry'];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 3 }),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.constant('')),
});

describe('incremental analysis', () => {
  it('incremental analysis: after each of a series of random edits, the result equals a fresh analyze() (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const cache = new ParagraphCache();
        let text = ARTICLE;
        analyze(text, { cache });
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          assert.deepEqual(analyze(text, { cache }), analyze(text), `after editing at ${at}: ${JSON.stringify(e)}`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('incremental analysis: undoing edits returns to the first result', () => {
    const cache = new ParagraphCache();
    const first = analyze(ARTICLE, { cache });
    let text = ARTICLE;
    for (const ch of ' Veland retaliated.') {
      text = text.replace('second year.', `second year.${ch}`);
      analyze(text, { cache });
    }
    assert.deepEqual(analyze(ARTICLE, { cache }), first);
  });
});
