/** The quote decisions as rule records (see ../rules/rule.ts); registered in ../rules/index.ts. */
import type { Rule } from '../rules/rule';
import { isQuoteRules } from './scareQuotes';
import { cueRules } from './cueRules';
import { speakerRules } from './speakerRules';
import { HEADLINE_QUOTE_RULES } from './headlineQuotes';

/** Decided after the ordered speaker rules, over the whole article: recorded here for their reasons and rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const laterRules: Rule<any, any>[] = [
  {
    id: 'quote.speaker.named-in-next-quote',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a capitalized title without a name ("Canada’s Trade Minister said"), then the named person quoted next',
    reason: '{speaker} is named with the next quote',
    examples: [
      {
        text: 'Canada’s Trade Minister called the duties “unjustified and unfair.” “We will respond in kind,” said Ana Ruiz.',
        fact: 'unjustified and unfair',
        expect: { speaker: 'Ana Ruiz' },
      },
    ],
    counterExamples: [
      { text: '“We will respond in kind,” said Ana Ruiz.', fact: 'We will respond' },
      // An indefinite description opening the sentence is someone unnamed, not the next person quoted.
      { text: 'A spokesperson said the government “is studying all options.” “This is a negotiation,” said Trade Minister Paulo Rocha.', fact: 'is studying all options', expect: { speaker: 'a spokesperson' } },
    ],
  },
  {
    id: 'quote.speaker.interviewee',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'an interview note ("Her answers have been lightly edited") + quoted paragraphs after it that name no speaker',
    reason: '{speaker} is the one interviewed (the note before the answers)',
    examples: [
      {
        text: 'Gretchen Hale founded Little Oak Playthings two decades ago. We spoke over two afternoons. Her answers have been lightly edited.\n\nOn the first move:\n\n“When the tariff hit toys from China, we ran the numbers every which way.”',
        fact: 'When the tariff hit toys',
        expect: { speaker: 'Gretchen Hale' },
      },
    ],
    counterExamples: [
      { text: 'Gretchen Hale founded Little Oak Playthings two decades ago.\n\nOn the first move:\n\n“When the tariff hit toys from China, we ran the numbers every which way.”', fact: 'When the tariff hit toys', expect: { speaker: null } },
    ],
  },
  {
    id: 'quote.speaker.none',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'no attribution in the sentence, nor before it, nor after it',
    reason: 'nobody is named as saying it: check the speaker',
    examples: [{ text: 'The port was quiet on Monday.\n\n“Nobody wins a trade war, and nobody ever has.”', fact: 'Nobody wins', expect: { speaker: null } }],
    counterExamples: [{ text: '“We will respond in kind,” said Ana Ruiz.', fact: 'We will respond' }],
  },
];

/** Rules that decide a quote exists and who speaks it. The rules that drop a term never reach a fact (see scareQuotes.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const quoteRules: readonly Rule<any, any>[] = [...isQuoteRules.filter((r) => r.id.startsWith('quote.is.')), ...cueRules, ...speakerRules, ...laterRules, ...HEADLINE_QUOTE_RULES];
