import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { editDistance, nameSpellings, spelledTwoWays } from '../../src/core/nameSpellings';

describe('names spelled two ways in one article', () => {
  it('counts edits: a letter dropped, doubled, changed, two neighbours swapped', () => {
    assert.equal(editDistance('bessent', 'besent'), 1);
    assert.equal(editDistance('halvorsen', 'halvorson'), 1);
    assert.equal(editDistance('okonkwo', 'okonwko'), 1);
    assert.equal(editDistance('lindqvist', 'lindquist'), 1);
    assert.equal(editDistance('lindqvist', 'lindkuist'), 2);
    assert.equal(editDistance('ruiz', 'vidal', 2), 3);
  });

  const table: Array<[string, string, boolean]> = [
    ['Whitfield', 'Whitfeld', true],
    ['Okonkwo', 'Okonwko', true],
    ['Müller', 'Muller', true],
    ['Lindqvist', 'Lindquist', true],
    ['Whitfield', 'Whitfield', false],
    ['Chen', 'Chan', false], // short names differ by a letter all the time
    ['Halvorsen', 'Anderson', false],
  ];
  for (const [a, b, expected] of table) {
    it(`${a} / ${b}: ${expected ? 'flagged' : 'not flagged'}`, () => assert.equal(spelledTwoWays(a, b), expected));
  }

  it('flags a surname written two ways in one story, naming both and the first in the text first', () => {
    const text =
      'Commerce Secretary Dana Whitfield said on Monday that the 25% tariff on Valdorian steel would stay.\n\n' +
      '"We will not back down," Ms. Whitfeld told reporters.\n';
    const a = analyze(text);
    const flags = nameSpellings(a.people);
    assert.equal(flags.length, 1, JSON.stringify(a.people.map((p) => p.name)));
    assert.deepEqual(flags[0].names, ['Dana Whitfield', 'Whitfeld']);
    assert.match(flags[0].message, /spelled two ways/);
  });

  it('leaves two different people alone, same surname or not', () => {
    const text = 'Trade Minister Anna Lindqvist met Finance Minister Erik Lindqvist and economist Maria Okafor on Tuesday.\n';
    assert.deepEqual(nameSpellings(analyze(text).people), []);
    const other = 'Trade Minister Anna Halvorsen met economist Paul Halvorson on Tuesday.\n';
    assert.deepEqual(nameSpellings(analyze(other).people), [], 'different given names: two people');
  });
});
