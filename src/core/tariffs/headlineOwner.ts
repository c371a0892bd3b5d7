/**
 * The owner of the tariffs an article's headline names: "Client Alert: EU tariff changes effective
 * 1 March", "Canada's surtax list grows". A rate nothing else gives an imposer to (a table row, a list
 * item under a heading with no country) is that owner's, when the headline names one owner and not two.
 */
import type { Rule } from '../rules/rule';
import type { Paragraph } from '../paragraphs';
import { findActors } from '../countries';
import { rx } from '../lexicon/wordList';
import { NOT_TARIFF_MODIFIERS, TARGET_PREPOSITIONS, TARGET_STOPS, TARIFF_NOUNS } from '../lexicon/tariffWords';

// "EU tariff changes", "EU import duties", "Canada's new surtax": the owner, up to two words, a tariff word.
const OWNS_TARIFF = rx('iu')`^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,2}?)${TARIFF_NOUNS}(?![\p{L}-])`;
// The words between modify the tariff word: not "rivals like Bangladesh as tariffs loom".
const owning = (after: string): boolean => {
  const m = OWNS_TARIFF.exec(after);
  return !!m && m[1].split(/\s+/).every((w) => !w || !(TARGET_STOPS.has(w.toLowerCase()) || TARGET_PREPOSITIONS.has(w.toLowerCase()) || NOT_TARIFF_MODIFIERS.has(w.toLowerCase())));
};


/** The one country or bloc whose tariffs the article's first paragraph (its headline) names, or "". */
export function headlineOwner(paragraphs: readonly Paragraph[]): string {
  const head = paragraphs[0]?.text ?? '';
  if (!head || head.length > 300) return '';
  const actors = findActors(head);
  const owns = (k: number): boolean => {
    const after = head.slice(actors[k].end, actors[k].end + 60);
    if (owning(after)) return true;
    // "EU and U.S. tariff changes": both own them.
    const joined = /^\s*(?:,|and|&)\s*/.exec(after);
    return !!joined && actors[k + 1]?.start === actors[k].end + joined[0].length && owns(k + 1);
  };
  const owners = new Set(actors.filter((_, k) => owns(k)).map((a) => a.country));
  return owners.size === 1 ? [...owners][0] : '';
}

export const HEADLINE_OWNER_RULES: Rule<{ paragraphs: readonly Paragraph[] }, string>[] = [
  {
    id: 'tariff.imposer.headline-owner',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'a rate nothing else gives an imposer + the one owner of the tariffs the headline names ("EU tariff changes")',
    reason: 'imposer: {imposer} — the headline names its tariffs',
    examples: [
      {
        text: 'Client alert: EU tariff changes from 1 March\n\n| Product | Origin | Duty |\n|---|---|---|\n| Urea | Russia | 6.5% |',
        fact: '6.5%',
        expect: { imposer: 'European Union' },
      },
    ],
    counterExamples: [
      {
        text: 'Client alert: EU and U.S. tariff changes from 1 March\n\n| Product | Origin | Duty |\n|---|---|---|\n| Urea | Russia | 6.5% |',
        fact: '6.5%',
        expect: { imposer: '' },
      },
    ],
  },
];
