import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Person } from '../../src/core/types';
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

  it('finds exactly the pairs a comparison of every two people finds, in the same order (property)', () => {
    // The reference: every pair in list order, as the check was first written.
    const reference = (people: Person[]) => {
      const out: string[][] = [];
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [a, b] = [people[i].name.split(' '), people[j].name.split(' ')];
          const given = (x: string[]) => (x.length > 1 ? x[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '') : undefined);
          const [ga, gb] = [given(a), given(b)];
          const agree = !ga || !gb || ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
          if (!agree || !spelledTwoWays(a[a.length - 1], b[b.length - 1])) continue;
          const [x, y] = people[i].mentions[0].start <= people[j].mentions[0].start ? [people[i], people[j]] : [people[j], people[i]];
          out.push([x.name, y.name]);
        }
      }
      return out;
    };
    const surname = fc.constantFrom('Halvorsen', 'Halvorson', 'Halvorsn', 'Okonkwo', 'Okonwko', 'Müller', 'Muller', 'Lindqvist', 'Lindquist', 'Lindkuist', 'Ruiz', 'Ruis', 'Whitfield');
    const given = fc.constantFrom('', 'Ana', 'A.', 'Ben', 'Beatriz');
    fc.assert(
      fc.property(fc.array(fc.tuple(given, surname, fc.nat(500)), { maxLength: 12 }), (rows) => {
        const people = rows.map(([g, s, at], i) => ({ id: `p${i + 1}`, name: g ? `${g} ${s}` : s, mentions: [{ start: at, end: at + 3 }] }) as unknown as Person);
        assert.deepEqual(nameSpellings(people).map((n) => n.names), reference(people));
      }),
      { numRuns: 300 },
    );
  });
});
