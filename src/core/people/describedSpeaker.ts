/**
 * A title from how the story first described a speaker: "“…,” the minister told the press", then
 * "…, Ebrard stated"; "Canada's Foreign Affairs Minister called the duties “unfair”", then the
 * quote of Chrystia Freeland. When quote attribution finds that the described speaker is a named
 * person the story gives no title, the description is that title (and its possessive country the
 * affiliation). Document level: it needs the speakers, so it runs after attributeQuotes.
 */
import type { Rule } from '../rules/rule';
import { tokenize } from '../lexicon/tokens';
import { TITLE_HEADS } from '../lexicon/titles';
import { placeOf } from '../lexicon/words';
import { titleStart } from './titles';

export interface DescribedSpeaker {
  /** The description the quote was attributed with ("the minister", "Canada's Foreign Affairs Minister"). */
  description: string;
  /** What the person has so far. */
  title: string;
  affiliation: string;
}

export interface DescribedTitle {
  title: string;
  /** The possessive country of the description ("Canada's …"), "" when none. */
  affiliation: string;
}

/** "Canada's Foreign Affairs Minister" → title and country; null unless the description ends with a title word. */
export function titleOfDescription(description: string): DescribedTitle | null {
  const toks = tokenize(description.trim());
  const words = toks.filter((t) => t.word);
  const head = toks.lastIndexOf(words[words.length - 1]);
  if (head < 0 || toks[head].poss || !TITLE_HEADS.has(toks[head].text.toLowerCase())) return null;
  let from = titleStart(toks, head);
  while (from < head && /^(?:the|a|an)$/i.test(toks[from].text)) from++;
  const owner = toks[from - 1];
  const affiliation = owner?.poss ? placeOf(owner.text) : '';
  // Only a title with nothing else before it but an article or its country: not "a former aide's minister".
  const lead = toks.slice(0, affiliation ? from - 1 : from).filter((t) => t.word && !/^(?:the|a|an)$/i.test(t.text));
  if (lead.length) return null;
  return { title: description.trim().slice(toks[from].start, toks[head].end), affiliation };
}

export const DESCRIBED_SPEAKER_RULES: Rule<DescribedSpeaker, DescribedTitle>[] = [
  {
    id: 'person.title.described-speaker',
    kind: 'person',
    decides: 'title',
    anchor: 'a quote attributed to a description ("the minister", "Canada\'s Trade Minister") that quote attribution found to be this person',
    reason: 'title: {title} — how the story described this speaker before naming them',
    when: ({ description, title }) => (title ? null : titleOfDescription(description)),
    examples: [
      {
        text: '“We see it as unfair and unsustainable,” the minister told the press on Tuesday.\n\n“It cannot last because the cost is very large,” Lucia Varela stated.',
        fact: 'Lucia Varela',
        expect: { title: 'minister' },
      },
      {
        text: 'Norway’s Trade Minister called the new duties “punitive and unwarranted”.\n\n“The decision on duties against our salmon farmers is unfair and deeply troubling,” Ingrid Solberg said in a statement.',
        fact: 'Ingrid Solberg',
        expect: { title: 'Trade Minister', affiliation: 'Norway' },
      },
    ],
    counterExamples: [
      {
        text: '“We see it as unfair and unsustainable,” the minister told the press on Tuesday.\n\n“It cannot last because the cost is very large,” said Economy Secretary Lucia Varela.',
        fact: 'Lucia Varela',
        expect: { title: 'Economy Secretary' },
      },
    ],
  },
];
