// The scanner that finds countries, capitals, demonyms, agencies and leaders walks a trie instead of
// running one regex of every form (which V8 takes ~50 ms to compile on each command-line run). The
// regex stays as its specification: on any text, both must find the same spans.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ACTOR_FORMS, actorPatternSource, scanActors } from '../../src/core/countries';

const spec = new RegExp(actorPatternSource(), 'gu');
const bySpec = (text: string) => [...text.matchAll(spec)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

// Pieces that sit at the edges a word boundary cares about: letters of other scripts, an astral
// letter, digits, dots, possessives and every kind of space.
const EDGES = ['', ' ', '  ', '\t', '\n', '\u00a0', '.', ',', "'s", '’s', "'", 's', 'x', '9', 'é', '\u{1D400}', '-based', '(', '“'];
const forms = fc.constantFrom(...ACTOR_FORMS);
const piece = fc.oneof(
  forms,
  forms.map((f) => f.replace(/ /g, '  ')),
  forms.map((f) => f.replace(/ /g, '\u00a0')),
  forms.map((f) => f.slice(0, Math.max(1, f.length - 2))),
  forms.map((f) => f.toLowerCase()),
  fc.constantFrom(...EDGES),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('countries: the actor scanner', () => {
  it('countries: no form holds whitespace other than single plain spaces (the scanner relies on it)', () => {
    for (const f of ACTOR_FORMS) assert.ok(!/[^\S ]| {2}|^ | $/u.test(f), `form ${JSON.stringify(f)}`);
  });

  it('countries: sentences of trade reporting give the same spans as the regex', () => {
    for (const t of [
      'Officials in Brasília said the United States and the European Union would answer Beijing.',
      "Mexico's economy ministry and Canada’s trade minister met U.S. officials in Washington.",
      'Seoul-based exporters, New Zealand dairy and the Czech Republic.Chile;Peru\u00a0and Guinea-Bissau',
      'The United\u00a0\tStates, South  Korea and Korea’sx neighbours; Indiana is not India.',
    ]) assert.deepEqual(scanActors(t), bySpec(t), t);
  });

  it('countries: random texts built from the forms give the same spans as the regex (fast-check)', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(scanActors(t), bySpec(t))), { numRuns: 3000 });
  });
});
