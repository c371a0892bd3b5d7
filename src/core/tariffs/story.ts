/**
 * The last word on a rate's goods. A rate whose own sentence, the sentence before and the paragraph
 * before name no goods ("If the final duty stays above 30%, that business disappears", "margins
 * ranging from 12.85% to 41.60%") is still about something: trade copy follows one set of goods
 * through a story. Such a rate takes the goods of the same rate told with its goods anywhere in the
 * story, else of the nearest rate of the same imposer before it, else of the first one after it (a
 * headline's rate, told in full in the body). A card that says
 * "target not stated" is wrong on every such rate; the reason line tells the editor where this came from.
 */
import { decide, withReasons, type Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { countryOfTarget } from './target';
import { LIST_MARK } from '../listMarks';
import { rx } from '../lexicon/wordList';

/** What the story rule reads: every rate of the article, read as far as the passes before went, and which one is asked about. */
export interface StoryContext {
  rates: readonly TariffMention[];
  index: number;
}

// A list item or a table row.
const ENTRY = rx()`^[ \t]*(?:${LIST_MARK}|\|)[ \t]`;
// A headline's rate is told in full within a few paragraphs.
const AFTER_REACH = 1500;

/** The goods of another rate this one may share: same imposer (or one unknown), and not goods of the imposer's own country. */
function sharedGoods(rate: TariffMention, other: TariffMention): string {
  if (!other.target || (rate.imposer && other.imposer && other.imposer !== rate.imposer)) return '';
  if (rate.imposer && countryOfTarget(other.target) === rate.imposer) return '';
  return other.target;
}

function storyGoods({ rates, index }: StoryContext): string | null {
  const rate = rates[index];
  // A list item or a table row is its own entry ("1. Everything else — a 5% floor"): it takes nothing from the others.
  if (rate.target || ENTRY.test(rate.sentence)) return null;
  // The same rate told with its goods anywhere in the story ("the 58% rate" after "lifts chicken duty to 58%").
  for (let k = 0; k < rates.length; k++) {
    const goods = k !== index && rates[k].rate === rate.rate ? sharedGoods(rate, rates[k]) : '';
    if (goods) return goods;
  }
  for (let k = index - 1; k >= 0; k--) {
    const goods = sharedGoods(rate, rates[k]);
    if (goods) return goods;
  }
  for (let k = index + 1; k < rates.length && rates[k].start - rate.end <= AFTER_REACH; k++) {
    const goods = sharedGoods(rate, rates[k]);
    if (goods) return goods;
  }
  return null;
}

export const STORY_TARGET_RULES: Rule<StoryContext, string>[] = [
  {
    id: 'tariff.target.story-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate nothing near names goods for + the goods of the same rate elsewhere in the story, else of the nearest rate of the same imposer before it (else just after it)',
    reason: 'target: {target} — the goods the story gives this imposer\'s rates; the rate\'s own words name none',
    when: storyGoods,
    examples: [
      {
        text: 'Ankara imposed a 40% duty on aluminium foil from China in March.\n\nExporters had hoped for less.\n\nThe shipments were worth $80 million last year.\n\n"If the final duty stays above 30%, that business simply disappears," one trader said.',
        fact: '30%',
        expect: { target: 'aluminium foil from China' },
      },
      {
        text: 'Ivory Coast lifts raw cashew export tax to 12%\n\nABIDJAN - Ivory Coast will raise its export tax on raw cashew nuts to 12 per cent from 10 per cent, the finance ministry said.',
        fact: '12%',
        expect: { target: 'raw cashew nuts' },
      },
    ],
    counterExamples: [
      // Another country's goods are not this imposer's: a rate of another imposer lends none.
      {
        text: 'Ankara imposed a 40% duty on aluminium foil from China in March.\n\nExporters had hoped for less.\n\nThe shipments were worth $80 million last year.\n\nWashington is weighing a tariff of up to 30%, officials said.',
        fact: '30%',
        expect: { target: '' },
      },
    ],
  },
];

/** Fills in, in one pass, the goods of rates that still have none. */
export function fillStoryGoods<T extends TariffMention>(rates: T[]): T[] {
  if (rates.every((t) => t.target)) return rates;
  const out = [...rates];
  out.forEach((t, i) => {
    const found = t.target ? null : decide(STORY_TARGET_RULES, { rates: out, index: i });
    if (found) out[i] = withReasons({ ...t, target: found.value }, found.rule);
  });
  return out;
}
