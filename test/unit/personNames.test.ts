// The person names the people rules read come from compromise's own lexicon: the generated file
// must match what the installed compromise gives, and the check must find names and skip places.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain JavaScript build script, without type declarations
import { personNamesModule } from '../../scripts/gen-person-names.mjs';
import { lexiconPeople } from '../../src/core/people/find';

describe('person names from compromise', () => {
  it('names: src/core/lexicon/personNames.ts is what scripts/gen-person-names.mjs makes from the installed compromise', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../src/core/lexicon/personNames.ts'), 'utf8');
    assert.ok(committed === personNamesModule(), 'the person names are out of date: run node scripts/gen-person-names.mjs');
  });
  const check = (text: string) => lexiconPeople(text)(0, text.length);
  for (const [text, person] of [
    ['Maria Kovacs', true], // a given name opens it
    ['Tomas Whitfield', true],
    ['Odile Schmidt', true], // a family name closes it
    ['Lu Yiming', true], // a Chinese family name written first
    ['Park Ji-won', true],
    ['Sri Lanka', false], // a place
    ['New Zealand', false],
    ['Steel Dynamics', false], // neither a given nor a family name
  ] as const) {
    it(`names: "${text}" ${person ? 'is' : 'is not'} a person's name`, () => assert.equal(check(text), person));
  }
});
