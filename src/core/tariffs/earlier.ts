/**
 * Earlier levels: "raised from 10% to 15%", "15%, up from 10%". Both rates are tariff rates, but
 * the 10% is the level the 15% replaced; views count only the current one.
 */
import type { Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { rx } from '../lexicon/wordList';
import { APPROXIMATIONS, POINTING_DETERMINERS, RATE_OWNERS, ORDINAL_WORDS, SCHEDULE_MOVE_WORDS, TARIFF_NOUNS } from '../lexicon/tariffWords';
import { FROM_LEVEL_VERBS } from '../lexicon/changeVerbs';
import { MONTHS } from '../lexicon/months';


export interface EarlierContext {
  /** The rate that may be an earlier level. */
  rate: TariffMention;
  /** The rate before it and the one after it in the same sentence (document offsets), if any. */
  before: TariffMention | null;
  after: TariffMention | null;
  /** The document's text. */
  text: string;
}

const TO_NEXT = rx('i')`^\s*(?:percent\s+|per\s*cent\s+)?(?:to|down\s+to|up\s+to|and\s+then\s+to)\s+(?:${APPROXIMATIONS}\s+)?$`;
const FROM_PREVIOUS = rx('i')`^[^.;:\d%]{0,25}?,?\s+(?:(?:${FROM_LEVEL_VERBS}\s+)?from|as\s+against|(?:as\s+)?compared\s+(?:to|with))\s+(?:the\s+current\s+|a\s+|an?\s+previous\s+|an?\s+earlier\s+|the\s+previous\s+|the\s+earlier\s+)?$`;

export const EARLIER_RULES: Rule<EarlierContext, boolean>[] = [
  {
    id: 'tariff.earlier.from-to',
    kind: 'tariff',
    decides: 'earlierLevel',
    anchor: '"from X% to Y%": X is the level Y replaced',
    reason: 'an earlier level: the rate moved from it to a new one',
    when: ({ rate, after, text }) => after !== null && after.previousRate === rate.rate && TO_NEXT.test(text.slice(rate.end, after.start)),
    verdict: true,
    examples: [{ text: 'Canberra raised its tariff on Chinese steel from 10% to 15%.', fact: '10%', expect: { earlierLevel: true, imposer: 'Australia' } }],
    counterExamples: [
      { text: 'Canberra raised its tariff on Chinese steel from 10% to 15%.', fact: '15%', expect: { earlierLevel: false, previousRate: 10 } },
      { text: 'Ottawa set duties ranging from 10% to 15% on Chinese plywood.', fact: '10%', expect: { earlierLevel: false } },
    ],
  },
  {
    id: 'tariff.earlier.up-from',
    kind: 'tariff',
    decides: 'earlierLevel',
    anchor: '"Y%, up from X%" or "to Y% from X%"',
    reason: 'an earlier level: the new rate is stated first, then the one it replaced',
    when: ({ rate, before, text }) => before !== null && before.previousRate === rate.rate && FROM_PREVIOUS.test(text.slice(before.end, rate.start)),
    verdict: true,
    examples: [{ text: 'Seoul cut its duty on U.S. beef to 16%, down from 40%.', fact: '40%', expect: { earlierLevel: true } }],
    counterExamples: [{ text: 'Seoul cut its duty on U.S. beef to 16%, down from 40%.', fact: '16%', expect: { earlierLevel: false, previousRate: 40 } }],
  },
];

/** What the carried-target rules read: the rate with no target, its later level, and the article's rates just before it. */
export interface CarryContext {
  rate: TariffMention;
  /** The rate this one is the earlier level of, if any. */
  partner: TariffMention | null;
  /** The next rate in the article, if any. */
  next: TariffMention | null;
  /** The goods of the last tariff phrase before the rate's sentence (document offsets), rate or not. */
  phrase: { target: string; end: number } | null;
  /** Up to eight rates before it in the article, in order. */
  earlier: TariffMention[];
}

// "the 39% rate", "the duty", "this tariff", "those levies": a rate that points back to one already named.
const POINTS_BACK = rx('iu')`(?<![\p{L}-])${POINTING_DETERMINERS}\s+(?:[\p{L}\d.%-]+\s+){0,3}?(?:${TARIFF_NOUNS}|rates?)(?![\p{L}-])`;
const REACH = 1500;
const OPENS_ON_TARIFF = rx('iu')`^\s*${POINTING_DETERMINERS}\s+(?:[\p{L}-]+\s+){0,2}?${TARIFF_NOUNS}(?![\p{L}-])`;
const RATE_IN_NAMED_TARIFF = rx('iu')`\b${RATE_OWNERS}\s+(?:[\p{L}-]+\s+){0,2}$`;
const RANGE_GAP = /^\s*(?:percent\s+|per\s*cent\s+|pct\s+)?(?:to|and|-|–)\s*$/i;
const RANGE_LEAD = /\b(?:from|between|of)\s+(?:about\s+|around\s+)?$/i;
// ", rising to 10% in 2028 and", " from January, " … "then": the words between two steps of one schedule.
const SCHEDULE_GAP = /^(?![^]*\b(?:while|whereas|but)\b)[^.;:%]{1,70}$/;
const SCHEDULE_MARK = rx('iu')`(?<![\p{L}-])(?:${SCHEDULE_MOVE_WORDS}|${MONTHS}|(?:19|20)\d\d)(?![\p{L}-])`;
// "… and 25% on aluminium": a step that names goods of its own is no step of the rate before.
const OWN_GOODS = rx('iu')`(?<![\p{L}-])(?:on|for|against)\s+(?!(?:the\s+)?${ORDINAL_WORDS}\b)\p{L}`;

/** A rate's target when its own sentence names none but an earlier sentence does. */
export const CARRIED_TARGET_RULES: Rule<CarryContext, string>[] = [
  {
    id: 'tariff.target.later-level',
    kind: 'tariff',
    decides: 'target',
    anchor: 'an earlier level takes the goods of the rate that replaced it',
    reason: 'target: {target} — the goods of the rate that replaced this level',
    when: ({ partner }) => partner?.target || null,
    examples: [{ text: 'Lentils now carry an import duty of 40 per cent, as against 28 per cent earlier.', fact: '28 per cent', expect: { target: 'Lentils', earlierLevel: true } }],
    counterExamples: [{ text: 'The duty on Thai lentils rose from 30% to 40%.', fact: '30%', expect: { target: 'Thai lentils' } }],
  },
  {
    id: 'tariff.target.range-partner',
    kind: 'tariff',
    decides: 'target',
    anchor: 'the low end of a range ("from 7.8% to 64.8% on…", "between 6% and 25% on…") takes the goods named after the high end',
    reason: 'target: {target} — the range it opens is on these goods',
    when: ({ rate, next }) => {
      if (!next || next.sentenceStart !== rate.sentenceStart || !next.target) return null;
      const gap = rate.sentence.slice(rate.end - rate.sentenceStart, next.start - rate.sentenceStart);
      const lead = rate.sentence.slice(Math.max(0, rate.start - rate.sentenceStart - 30), rate.start - rate.sentenceStart);
      // "with 10% to 15% tariffs on …": a range whose far end its tariff word follows needs no "from".
      return RANGE_GAP.test(gap) && (RANGE_LEAD.test(lead) || !!rate.because?.includes('tariff.is.range-start')) ? next.target : null;
    },
    examples: [{ text: 'Beijing set duties ranging from 7.8% to 64.8% on Russian nickel.', fact: '7.8%', expect: { target: 'Russian nickel' } }],
    // (The story rule may still lend it the goods: what matters here is that no range is read.)
    counterExamples: [{ text: 'Beijing set a 7.8% duty, and 64.8% on Russian nickel.', fact: '7.8%' }],
  },
  {
    id: 'tariff.target.schedule-step',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a later step of a schedule in the same sentence ("7.5%, rising to 10% in 2028 and 15% in 2029") takes the goods of the step before',
    reason: 'target: {target} — the next step of the schedule of the rate before it',
    when: ({ rate, earlier }) => {
      const prior = earlier[earlier.length - 1];
      if (!prior?.target || prior.sentenceStart !== rate.sentenceStart || prior.end > rate.start) return null;
      const gap = rate.sentence.slice(prior.end - rate.sentenceStart, rate.start - rate.sentenceStart);
      return SCHEDULE_GAP.test(gap) && SCHEDULE_MARK.test(gap) && !OWN_GOODS.test(gap) ? prior.target : null;
    },
    examples: [
      { text: 'Nickel pig iron leaving Indonesian ports will be subject to an export duty of 7.5%, rising to 10% in 2028 and 15% in 2029.', fact: '15%', expect: { target: 'Nickel pig iron leaving Indonesian ports' } },
      { text: 'Electric cars from China will pay a tariff of 10% in the first year, then 18%, then 25%.', fact: '18%', expect: { target: 'Electric cars from China' } },
    ],
    counterExamples: [
      { text: 'Washington set a 25% tariff on steel in March and a 10% tariff on aluminium in June.', fact: '10%', expect: { target: 'aluminium' } },
      // Gapped goods ("bourbon and other whiskeys a further 60%") are no step of the rate before.
      { text: 'U.S. cars will face an extra 40 percent on top of the 10 percent duty, bourbon and other whiskeys a further 60%.', fact: '60%' },
      // "while" sets another rate beside it, not the next step.
      { text: 'Plywood from China will pay a duty of 29.8% from March 2027, while the residual duty is 62.4%.', fact: '62.4%' },
    ],
  },
  {
    id: 'tariff.target.same-rate',
    kind: 'tariff',
    decides: 'target',
    anchor: 'the same rate named earlier in the article with its goods ("the 39% rate")',
    reason: 'target: {target} — the same rate was named earlier with these goods',
    when: ({ rate, earlier }) =>
      [...earlier].reverse().find((o) => o.rate === rate.rate && o.target && rate.start - o.end < REACH)?.target || null,
    examples: [{ text: 'Peru imposed a 39% tariff on Chilean grapes.\n\nSince the 39% rate took effect, shipments have halved.', fact: '39%', occurrence: 2, expect: { target: 'Chilean grapes' } }],
    // Another rate of the story's goods: its target comes from the story, not from the same rate.
    counterExamples: [{ text: 'Peru imposed a 39% tariff on Chilean grapes.\n\nSince the 20% rate took effect, shipments have halved.', fact: '20%', expect: { target: 'Chilean grapes' } }],
  },
  {
    id: 'tariff.target.carried',
    kind: 'tariff',
    decides: 'target',
    anchor: '"the duty", "this tariff", "the rate" pointing back to the rate just before it',
    reason: 'target: {target} — "the duty" points back to the rate named just before',
    when: ({ rate, earlier, phrase }) => {
      const at = rate.start - rate.sentenceStart;
      const lead = rate.sentence.slice(Math.max(0, at - 60), at);
      // "the 20% rate" names a rate of its own; "The duty will rise to 25%" points back.
      if (!POINTS_BACK.test(lead.slice(-60)) || RATE_IN_NAMED_TARIFF.test(lead)) return null;
      const last = earlier[earlier.length - 1];
      // The latest of the rate before it and a tariff phrase with no rate ("duties on electrical steel. The duties range from 7.8%…").
      // Only a sentence that opens on the tariff ("The duties range from…") reaches back past its rates.
      if (phrase && (!last || phrase.end > last.end) && rate.start - phrase.end < 600) return OPENS_ON_TARIFF.test(rate.sentence) ? phrase.target : null;
      return last && last.target && rate.start - last.end < 600 ? last.target : null;
    },
    examples: [
      { text: 'Peru imposed a 10% tariff on Chilean grapes. The duty will rise to 25% in May.', fact: '25%', expect: { target: 'Chilean grapes' } },
      { text: 'Ottawa will impose anti-dumping duties on steel wire from Chile. The duties range from 7.8% to 30%.', fact: '30%', expect: { target: 'steel wire from Chile' } },
    ],
    counterExamples: [{ text: 'Peru imposed a 10% tariff on Chilean grapes. Chile set a 25% duty on Peruvian fish.', fact: '25%', expect: { target: 'Peruvian fish' } }],
  },
];
