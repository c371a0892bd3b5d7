/**
 * Which speech verb of its sentence speaks for a quote, as rules tried in order: the verb right
 * after it (“…,” said X / “…,” X said), else right before it (X said: “…”), else the nearest other
 * verb of the sentence (Mr. Liu said the position has “always been clear”).
 */
import type { Attribution } from '../mentions';
import type { Rule } from '../rules/rule';
import type { Cue } from './cues';

/** The sentence's cues around a quote, nearest first on each side. */
export interface CueChoice {
  after: Cue[];
  before: Cue[];
  elsewhere: Cue[];
}

const first = (cues: Cue[]): Attribution | null => cues.find((c) => c.attribution)?.attribution ?? null;

export const cueRules: Rule<CueChoice, Attribution>[] = [
  {
    id: 'quote.cue.after',
    kind: 'quote',
    decides: 'attribution',
    anchor: 'a speech verb right after the closing mark (“…,” said X / “…,” X said)',
    reason: 'the attribution follows the quote',
    when: (c) => first(c.after),
    examples: [
      { text: '“We will respond in kind,” said Ana Ruiz, the trade minister.', fact: 'We will respond', expect: { speaker: 'Ana Ruiz' } },
      { text: '“Prices will climb,” Tom Reyes told reporters on Monday.', fact: 'Prices will climb', expect: { speaker: 'Tom Reyes' } },
    ],
    counterExamples: [{ text: 'Ana Ruiz said on Monday: “We will respond in kind.”', fact: 'We will respond' }],
  },
  {
    id: 'quote.cue.before',
    kind: 'quote',
    decides: 'attribution',
    anchor: 'a speech verb before the opening mark (X said: “…”)',
    reason: 'the attribution comes before the quote',
    when: (c) => first(c.before),
    examples: [{ text: 'Ana Ruiz said on Monday: “We will respond in kind.”', fact: 'We will respond', expect: { speaker: 'Ana Ruiz' } }],
    counterExamples: [{ text: '“We will respond in kind,” said Ana Ruiz, the trade minister.', fact: 'We will respond' }],
  },
  {
    id: 'quote.cue.in-sentence',
    kind: 'quote',
    decides: 'attribution',
    anchor: 'another speech verb of the same sentence',
    reason: 'the only attribution in its sentence',
    when: (c) => first(c.elsewhere),
    examples: [
      {
        text: 'Ana Ruiz said the rules were “too slow to change” and “far too costly for small firms.”',
        fact: 'far too costly',
        expect: { speaker: 'Ana Ruiz' },
      },
    ],
    counterExamples: [{ text: '“We will respond in kind,” said Ana Ruiz, the trade minister.', fact: 'We will respond' }],
  },
];
