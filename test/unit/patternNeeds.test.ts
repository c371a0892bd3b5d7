// rx() makes its regex on first use, and not while the text cannot match it (src/core/lexicon/patternNeeds.ts):
// which word lists a pattern needs, and that the stand-in answers as the RegExp would.
import { strict as assert } from 'node:assert';
import { rx, wordList, type WordList } from '../../src/core/lexicon/wordList';
import { needs } from '../../src/core/lexicon/patternNeeds';

const DUTY = wordList('tariff|tariffs|duty|trading partners');
const METAL = wordList('steel|aluminum');
const need = (strings: TemplateStringsArray, ...holes: (WordList | string)[]) => needs(strings.raw, holes);

describe('patternNeeds', () => {
  const rows: [string, ReturnType<typeof needs>, ReturnType<typeof needs>][] = [
    ['a bounded list', need`(?<![\p{L}-])${DUTY}(?![\p{L}-])`, ['tariff', 'tariffs', 'duty', 'partners']],
    ['every alternative needs a list', need`(?:${DUTY}|${METAL})\s+x`, ['tariff', 'tariffs', 'duty', 'partners', 'steel', 'aluminum']],
    ['one alternative needs none', need`(?:${DUTY}|x)\s+${METAL}`, ['steel', 'aluminum']],
    ['optional lists', need`(?:${DUTY})?\s+${METAL}*`, null],
    ['{0,n}', need`${DUTY}{0,2}`, null],
    ['lazy {1,n}', need`${DUTY}{1,2}?x`, ['tariff', 'tariffs', 'duty', 'partners']],
    ['negative lookahead', need`(?!${DUTY})x`, null],
    ['positive lookbehind', need`(?<=${METAL}\s)x`, ['steel', 'aluminum']],
    ['top-level alternative without one', need`a|${METAL}`, null],
    ['inside a class', need`[${DUTY}]`, null],
    ['raw source holes are read as source', need`${'x|'}${METAL}`, null],
    ['named group and back-reference', need`(?<n>${METAL})\k<n>`, ['steel', 'aluminum']],
    ['not plain ASCII', need`${wordList('côte|port')}`, null],
    ['a literal run', need`(?<![\p{L}-])margins?(?![\p{L}-])`, ['margin']],
    ['a literal run after a list', need`${DUTY}\s+effective\s+from`, ['effective']],
    ['escaped characters in a run', need`U\.S\.\s+x`, ['u.s.']],
    ['runs shorter than three', need`(?:on|at)\s+is`, null],
    ['a run per alternative', need`which\s|whose\s`, ['which', 'whose']],
    ['a run ending in +', need`ab+c`, null],
    ['a run ending in + long', need`abcd+e`, ['abcd']],
    ['a run in a negative lookbehind', need`(?<!steel)\s+x`, null],
    ['without u, a brace is a character', need`abc{x`, ['abc']],
  ];
  for (const [name, got, want] of rows) it(`patternNeeds: ${name}`, () => assert.deepEqual(got, want));
});

describe('rx stand-in', () => {
  it('rx: no match without the words, lastIndex back to 0 as a global regex does', () => {
    const re = rx('giu')`(?<![\p{L}-])${METAL}(?![\p{L}-])`;
    re.lastIndex = 5;
    assert.equal(re.exec('no metal here'), null);
    assert.equal(re.lastIndex, 0);
    assert.equal(re.exec('STEEL and aluminum')?.[0], 'STEEL');
    assert.equal(re.lastIndex, 5);
    assert.equal(re.exec('STEEL and aluminum')?.[0], 'aluminum');
    assert.equal(re.exec('STEEL and aluminum'), null);
    assert.equal(re.lastIndex, 0);
  });
  it('rx: a non-global regex keeps its lastIndex', () => {
    const re = rx('i')`\b${METAL}\b`;
    re.lastIndex = 3;
    assert.equal(re.test('copper'), false);
    assert.equal(re.lastIndex, 3);
    assert.equal(re.test('Aluminum'), true);
  });
  it('rx: match, matchAll and replace without the words', () => {
    const g = rx('g')`${METAL}`;
    g.lastIndex = 4;
    assert.equal('copper'.match(g), null);
    assert.equal(g.lastIndex, 0);
    g.lastIndex = 4;
    assert.deepEqual([...'copper'.matchAll(g)], []);
    assert.equal(g.lastIndex, 4);
    assert.equal('copper'.replace(g, () => 'x'), 'copper');
    assert.equal(g.lastIndex, 0);
    const one = rx('')`${METAL}`;
    one.lastIndex = 2;
    assert.equal('copper'.replace(one, 'x'), 'copper');
    assert.equal(one.lastIndex, 2);
    assert.equal('copper'.match(one), null);
  });
  it('rx: a text remembered as holding none of the words answers no match again, and one that holds them matches after it', () => {
    const re = rx('gi')`${METAL}`;
    for (let k = 0; k < 3; k++) {
      re.lastIndex = 3;
      assert.equal(re.exec('copper and zinc'), null);
      assert.equal(re.lastIndex, 0);
    }
    // More texts than it remembers: the earliest are searched again, with the same answer.
    for (let k = 0; k < 300; k++) assert.equal(re.test(`copper ${k}`), false);
    assert.equal(re.test('copper 0'), false);
    assert.equal(re.exec('Steel and copper')?.[0], 'Steel');
    re.lastIndex = 0;
    assert.equal(re.test('copper and zinc'), false);
  });
  it('rx: ſ folds onto s under iu, so it always makes the regex', () => {
    assert.equal(rx('iu')`${METAL}`.test('ſteel'), /steel/iu.test('ſteel'));
  });
  it('rx: String methods, source and flags as a RegExp', () => {
    const re = rx('gi')`${METAL}`;
    assert.equal('Steel, steel'.replace(re, 'x'), 'x, x');
    assert.deepEqual('steel or aluminum'.match(re), ['steel', 'aluminum']);
    assert.equal([...'steel steel'.matchAll(re)].length, 2);
    assert.deepEqual('a steel b'.split(rx('')`\s*${METAL}\s*`), ['a', 'b']);
    assert.equal('a steel'.search(rx('')`${METAL}`), 2);
    assert.equal(re.source, '(?:aluminum|steel)');
    assert.equal(rx('')`a/b`.source, new RegExp('a/b').source);
    assert.equal(rx('ui')`x`.flags, 'iu');
    assert.equal(re.global && re.ignoreCase && !re.unicode, true);
    assert.equal(String(re), '/(?:aluminum|steel)/gi');
  });
});
