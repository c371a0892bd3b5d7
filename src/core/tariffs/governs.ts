/**
 * Does a tariff word govern this percentage? Decided from the syntax around it, not from
 * co-occurrence: "a 25% tariff", "tariffs of 25%", "duties ranging from 3% to 9%", "raised the levy
 * to 15%", "impose 25% on steel" are rates; "exports fell 20%", "a 5.8% increase", "70% of imports",
 * "cut growth by 0.5%" are not, even in a tariff story.
 */

import { rx, type WordList } from '../lexicon/wordList';
import { OWNER_PRONOUNS } from '../lexicon/titles';
import { decide, type Rule } from '../rules/rule';
import {
  CHANGE_NOUNS, DOMESTIC_TAXES, DUTY_TOPIC_WORDS, GOODS_PREPOSITIONS, IMPOSE_CONTEXT_WORDS, INCREMENT_PREPOSITIONS, LENDER_WORDS,
  LEVEL_ADVERBS, LEVEL_LINKS, LEVEL_VERBS, MEASURES, NOT_MODIFIERS, OTHER_RATES, OTHER_RATES_OR_TAX as OTHER_RATE_OR_TAX_WORDS, OTHER_TAXES as OTHER_TAX_WORDS,
  RATE_HEAD_NOUNS, VALUATION_WORDS, PERCENT_UNIT, SUBORDINATORS, TARIFF_NOUNS, TRADE_WORDS, MODALS, BE_FORMS, MARGIN_KINDS, DUTY_BURDEN_VERBS, BURDEN_ADVERBS, SCHEDULE_STEP_WORDS, NOT_DUTY_MARGINS, AFTER_BURDEN_WORDS, LIST_NOUNS, LIST_VERBS, RATE_STATUS_WORDS,
} from '../lexicon/tariffWords';
import { placeOf } from '../lexicon/words';
import { goodsThatMove } from './goodsMove';
import { ARRIVE_VERBS, DUTY_CHANGE_VERBS, ENTER_VERBS, SET_BY_VERBS, FROM_LEVEL_VERBS, IMPOSE_RATE_VERBS, MOVE_APPROXIMATIONS, MOVE_VERBS } from '../lexicon/changeVerbs';
import { LIST_MARK } from '../listMarks';
import { QUOTA_TIER_AFTER, QUOTA_TIER_BEFORE } from './quotaGoods';

/** Where the governing tariff word sits (paragraph offsets); absent when a verb governs ("impose 25% on"). */
export interface Governor {
  start: number;
  end: number;
  word: string;
}

// "counter-tariffs" are tariffs; other compounds ("non-tariff", "pre-tariff") are not.
const TARIFF_WORD = rx('giu')`(?:(?<![\p{L}-])|(?<=(?<!\p{L})counter-))${TARIFF_NOUNS}(?![\p{L}-])`;
const HAS_TARIFF_WORD = new RegExp(TARIFF_WORD.source, 'iu');
// A paragraph about duties even when no tariff word is in it: "the anti-dumping margin", "countervailing rates".
const DUTY_TOPIC = rx('iu')`${TARIFF_WORD.source}|(?<![\p{L}-])${DUTY_TOPIC_WORDS}(?![\p{L}])`;
const TAX_WORD = /^tax(?:es)?$/i;
// A schedule's band is its rate: "the 35 per cent band" of a common external tariff.
const RATE_WORD = /^(?:rate|band)$/i;
const BASELINE_WORD = /^baseline$/i;
const PENALTY_WORD = /^penalty$/i;

// A percent that measures something else: "of", "off" after it, a change noun after it,
// a change verb or "by" right before it ("fell 46.8%", "cut by 10%", "up 3%").
// "75.8% of the customs value" is an ad valorem duty, not a share.
// "the export duty on pellets, which was last set at 30%": a relative clause giving the duty's level.
const WHICH_SET_AT = rx('iu')`(?<![\p{L}-])${TARIFF_NOUNS}(?:\s+(?:on|for)\s+[^,;.%]{1,60})?,\s+which\s+(?:${BE_FORMS}|had\s+been|has\s+been|have\s+been|will\s+be)\s+(?:\p{Ll}+ly\s+|last\s+|first\s+)?(?:${SET_BY_VERBS}|${DUTY_CHANGE_VERBS}|fixed|pegged|capped)\s+(?:at|to)\s+$`;
// "add 20 percent to the existing duty": an increment of the duty named after it.
const ADDS_BEFORE = /(?<![\p{L}-])(?:add|adds|added|adding)\s+(?:an?\s+)?(?:extra\s+|further\s+|another\s+)?$/iu;
const ADDED_TO_DUTY = rx('iu')`^\s+to\s+(?:the|its|their|an?)\s+(?:[\p{L}-]+\s+){0,2}?${TARIFF_NOUNS}(?![\p{L}-])`;
// "10% to 15% tariffs", "10-15% duties": the far end of a range, then its tariff word.
const RANGE_TO_TARIFF = rx('iu')`^\s*(?:to|[-–])\s*\d[\d.,]*\s?${PERCENT_UNIT}\s+(?:[\p{L}-]+\s+){0,2}?${TARIFF_NOUNS}(?![\p{L}-])`;
// ("12% of the FOB reference value", "75.8% of the shipment's value", "10% of the reference price": an ad valorem rate, not a share.)
// ("of its value": a duty "equal to 85% of its value" is ad valorem too.)
const SHARE_AFTER = rx('i')`^\s*(?:of|off)\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:(?:${VALUATION_WORDS}\s+(?:reference\s+)?|reference\s+|[a-z]+['’]s?\s+)(?:value|price)|value)\b)`;
const CHANGE_AFTER = rx('i')`^[\s-]*(?:[a-z]+[\s-]+)?${CHANGE_NOUNS}\b`;
const CHANGE_BEFORE = rx('i')`\b${MOVE_VERBS}\s+(?:${MOVE_APPROXIMATIONS}\s+)?$`;

/** Words allowed between a percent and its tariff word: "25% retaliatory tariffs", "10% import duty". */
const NOT_MODIFIER = NOT_MODIFIERS;
const OTHER_TAXES = OTHER_TAX_WORDS;
const TRADE_CONTEXT = rx('i')`\b${TRADE_WORDS}\b`;
// Goods that "face a 15% rate" face a border charge.
const IMPOSE_CONTEXT = rx('i')`\b${IMPOSE_CONTEXT_WORDS}\b`;

// Measures that, named between a tariff word and a percent, are what the percent measures:
// "tariffs pushed inflation to 3.5%" — unless they sit in the tariff's target ("tariffs on Chinese imports rose to 30%").
const MEASURE = rx('gi')`\b${MEASURES}\b`;
// The same, for a yes/no test: a global pattern's .test() keeps its lastIndex between calls, so its answers alternate.
const HAS_MEASURE = new RegExp(MEASURE.source, 'i');
const TARGET_LEAD = rx('iu')`\b${GOODS_PREPOSITIONS}\s+(?:[\p{L}.'’-]+\s+){0,3}$`;

/** A percent is not a rate when its own neighbours say it measures a change or a share. */
// "its own 20% tariff", "China's own 2 per cent import tariff": "own" as a possessive, not the verb ("owns 20%").
const OWN_POSSESSIVE = rx('iu')`(?:(?<![\p{L}-])${OWNER_PRONOUNS}|\p{L}['’]s)\s+own\s+$`;

export function measuresSomethingElse(before: string, after: string): boolean {
  return SHARE_AFTER.test(after) || CHANGE_AFTER.test(after) || (CHANGE_BEFORE.test(before) && !OWN_POSSESSIVE.test(before));
}

// Modifiers may be abbreviations: "a 15% U.S. tariff".
// "a 25% Section 301 tariff": a law's number may sit among the modifiers.
const GOVERNED_AFTER = rx('iu')`^\s*((?:["“”‘’']?\p{L}[\p{L}.-]*["“”‘’']?\s+|(?<=(?:section|article|chapter)\s+)\d{1,4}\s+){0,3}?)(?:(?!non-)\p{L}+-)?(${RATE_HEAD_NOUNS})(?![\p{L}-])`;

/** The tariff word right after the percent: "25% tariffs", "a 10-per-cent tariff", "100% tax on … in trade dispute". */
function governedAfter(after: string, afterStart: number, sentence: string, paragraph: string): Governor | null {
  // A compound's head counts too ("a 25% quota-tariff"), but not "non-tariff".
  // A modifier may sit in quotation marks: "a 20% “reciprocal” tariff".
  const m = GOVERNED_AFTER.exec(after);
  if (!m) return null;
  const between = m[1].split(/\s+/).filter(Boolean).map((w) => w.replace(/["“”‘’']/g, ''));
  if (between.some((w) => NOT_MODIFIER.has(w))) return null;
  const word = m[2];
  if (TAX_WORD.test(word) && (between.some((w) => OTHER_TAXES.has(w)) || !TRADE_CONTEXT.test(sentence))) return null;
  // "most EU goods carry a 15% baseline": the baseline tariff, named so only where duties are the topic.
  if (BASELINE_WORD.test(word) && (between.length > 0 || !DUTY_TOPIC.test(paragraph) || /^\s+of\b/i.test(after.slice(m[0].length)))) return null;
  // "paying a 20% penalty", "an additional 15% penalty tied to …": a tariff only in a paragraph about duties.
  if (PENALTY_WORD.test(word) && !DUTY_TOPIC.test(paragraph)) return null;
  if (RATE_WORD.test(word) && (between.some((w) => OTHER_RATES.has(w)) || (!IMPOSE_CONTEXT.test(sentence) && !DUTY_TOPIC.test(paragraph)))) return null;
  const start = afterStart + m[0].length - word.length;
  return { start, end: start + word.length, word };
}

const IMPOSES_RATE = rx('i')`\b${IMPOSE_RATE_VERBS}\s+(?:an?\s+|the\s+)?(?:only\s+|just\s+|a\s+flat\s+|additional\s+|extra\s+|further\s+)?$`;
// "phase in a 15 per cent duty … and raise it to 30 per cent": "it" is the duty just named.
const CHANGED_IT = rx('i')`\b${DUTY_CHANGE_VERBS}\s+(?:it|them)\s+(?:to|at)\s+$`;
// "Our request to raise boneless cuts from 12% to 42%": a government's change of a duty on goods, from one level.
const CHANGED_FROM = rx('iu')`\b${DUTY_CHANGE_VERBS}\s+(?:the\s+(?:duty|tariff|rate)\s+on\s+)?(?:[\p{L}-]+\s+){1,4}from\s+$`;
const INCREMENT_LEAD = rx('i')`^\s*${INCREMENT_PREPOSITIONS}\b`;
const LIST_OF_GOODS = /^\s+(?:on|for|against)\s[^.;:%\d]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
const FORMER_LEVEL = rx('i')`^[^.;:\d]{0,25}\b${FROM_LEVEL_VERBS}\s+from\s+(?:the\s+)?(?:current\s+|previous\s+|earlier\s+|an?\s+)?$`;
// "imports from Brazil will be taxed at 50%": goods taxed at a rate, in a sentence about trade.
const TAXED_AT = /\btaxed\s+(?:at\s+)?(?:a\s+(?:rate|level)\s+of\s+)?$/i;
// "dumping margins of 48.6%": the margin an inquiry finds is the duty it sets.
const MARGIN_WORD = rx('giu')`(?<=(?<![\p{L}-])${MARGIN_KINDS}\s+)margins?(?![\p{L}-])`;
// In a duty paragraph, "a margin of 3.71%": the margin a ruling found is the company's duty.
const BARE_MARGIN = /(?<![\p{L}-])margins?(?![\p{L}-])/giu;
// "will face 27.91 percent", "will be subject to 12.16 percent": a verb of bearing in a duty paragraph.
// "when it enters Mexico", "entering the EU", "at the border": goods crossing into a country.
const ENTERS_COUNTRY = rx('u')`(?<![\p{L}-])${ENTER_VERBS}\s+(?:the\s+)?\p{Lu}|\bat\s+the\s+(?:(?:\p{Lu}[\p{L}.]*|U\.S\.)\s+)?border\b`;
const DUTY_BURDEN_BEFORE = rx('iu')`(?<![\p{L}-])${DUTY_BURDEN_VERBS}\s+(?:${BURDEN_ADVERBS}\s+)?(?:an?\s+|the\s+)?(?:rate\s+of\s+|margin\s+of\s+|combined\s+|flat\s+|full\s+|additional\s+|extra\s+)?$`;
// What may follow such a rate: the end, punctuation or a preposition, not a noun ("27.9 percent pay cuts").
// "Imports from ASEAN neighbours already enter at 5 percent": the rate goods come in at.
// "entered the United States at 1.7%", "still come in at 0%", "cross the Atlantic at 0%".
const ENTERS_AT_BEFORE = rx('u')`(?<![\p{L}-])(?:${ENTER_VERBS}|${ARRIVE_VERBS})\s+(?:(?:the\s+country|the\s+market|duty|the\s+(?:\p{Lu}[\p{L}.]*\s+){1,3})\s*)?at\s+(?:a\s+rate\s+of\s+)?$`;
const BURDEN_ENDS = rx('i')`^\s*(?:$|[,.;:)]|${AFTER_BURDEN_WORDS}\b)`;
// "applied 15%, bound 10%": a rate's status right before it.
const STATUS_BEFORE = rx('iu')`(?<![\p{L}-])${RATE_STATUS_WORDS}\s+(?:at\s+)?$`;
// "… 25 percent on Chinese fasteners": goods of a named origin after the rate.
const ON_ORIGIN_GOODS = /^\s+on\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:-made)?)\s+\p{Ll}/u;
const onOriginGoods = (after: string): boolean => {
  const m = ON_ORIGIN_GOODS.exec(after);
  return !!m && !!placeOf(m[1].replace(/-made$/, ''));
};
// "40% in the first year, stepping down to 35% in year two": the next step of a schedule.
const STEP_GAP = rx('iu')`^[^.;:%\d]{1,80}(?:\bto|,|\band|\bthen)\s*$`;
const STEP_WORD = rx('iu')`(?<![\p{L}-])${SCHEDULE_STEP_WORDS}(?![\p{L}-])`;
const ADDITIONAL_BEFORE = /\b(?:an|the)\s+(?:additional|extra|further)\s+$/i;

/** Clause breaks a tariff word's reach does not cross. */
const HARD_BREAK = /[;:]|\s[—–-]{1,2}\s|--/;
const SUBORDINATE = rx('gi')`,\s+${SUBORDINATORS}\b`;

// A relative clause that gives the tariff's level rather than something else's.
// ", which reach 241% on butter", ", which top out at 50%", ", which can go as high as 86%".
// (", which had ranged from 116 to 218 per cent": a perfect's auxiliary too.)
const STATES_LEVEL = rx('i')`^\s*(?:${LEVEL_ADVERBS}\s+)?(?:${MODALS}\s+)?(?:(?:had|has|have)\s+)?(?:${LEVEL_VERBS}|(?:${BE_FORMS}|will\s+be|would\s+be)(?:\s+(?:set|fixed|capped|pegged))?)(?:\s+out)?\s+(?:${LEVEL_LINKS}\s+)?$`;

// ", while that on pears has gone up to 40%": "that" stands for the tariff word of the clause before.
const STANDS_FOR_TARIFF = /^\s*(?:that|those)\s+(?:on|for|against)\s/i;

// "rates can go far higher — milk powder at 60 per cent, rice at 75 per cent": after a dash or colon, goods "at" a rate.
const GOODS_AT_LEAD = /^\s*(?:\p{Ll}[\p{L}-]*\s+){1,3}at\s+$/u;


// The last clause break of a gap: one of HARD_BREAK's with none after it.
const LAST_BREAK = new RegExp(`(?:${HARD_BREAK.source})(?![^]*(?:${HARD_BREAK.source}))`);

/** A list of goods at their rates set off by one break after the tariff's clause: the rates are the tariff's. */
function goodsAtAfterBreak(gap: string): boolean {
  const m = LAST_BREAK.exec(gap);
  if (!m) return false;
  const head = gap.slice(0, m.index);
  return !HARD_BREAK.test(head) && sameClause(head) && GOODS_AT_LEAD.test(gap.slice(m.index + m[0].length));
}

/** True when the words from a tariff word to the percent keep the percent in the tariff's clause. */
function sameClause(gap: string): boolean {
  // "Tariff tracker: EU steel at 25%": a label of a word or two before a colon heads what follows.
  const label = /^[\s\p{L}-]{0,20}:/u.exec(gap);
  if (label && (label[0].match(/\S+/g)?.length ?? 0) <= 2) gap = gap.slice(label[0].length);
  if (HARD_BREAK.test(gap)) return false;
  if ((gap.match(/\S+/g)?.length ?? 0) > 25) return false;
  // ", which … ," closes before the percent (the clause resumes); ", which fell 20%" does not.
  let lastSub = -1;
  for (const m of gap.matchAll(SUBORDINATE)) lastSub = (m.index ?? 0) + m[0].length;
  // ", which range from 10% to 41%" still states the tariff's own level.
  if (lastSub >= 0 && !gap.slice(lastSub).includes(',') && !STATES_LEVEL.test(gap.slice(lastSub)) && !STANDS_FOR_TARIFF.test(gap.slice(lastSub))) return false;
  for (const m of gap.matchAll(MEASURE)) if (!TARGET_LEAD.test(gap.slice(0, m.index ?? 0))) return false;
  return true;
}

export interface GoverningInput {
  paragraph: string;
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
  /** Percents earlier in the sentence that were judged not to be rates. */
  rejectedBefore: Array<{ start: number; end: number }>;
  /** Rates already found earlier in the paragraph: a list of rates continues from the last one. */
  acceptedBefore: Array<{ start: number; end: number }>;
}

/**
 * The tariff word (or imposing verb) governing the percent at [start, end), or null when the
 * percent is not a tariff rate. `governor.start` < `start` for "tariffs of 25%" and > for "25% tariffs".
 */
export function governingTariff(input: GoverningInput): Governor | 'verb' | null {
  const found = tariffGovernor(input);
  return found ? found.governor : null;
}

/** What the tariff rules read around one percent. */
export interface GovernContext {
  input: GoverningInput;
  sentence: string;
  /** Up to 300 characters of the sentence before the percent, and 120 after it. */
  before: string;
  after: string;
  /** The last rate found before it in the sentence, if any. */
  prior: { start: number; end: number } | null;
}

const VERB: Governor | 'verb' = 'verb';

// "… the Mexican list covers U.S. pork shoulders at 15%, bourbon at 25%": goods, then "at", then the rate.
// "… covers bourbon (25%), motorcycles (50%)": or the rate in brackets right after the goods.
const GOODS_AT_END = /(?:^|[\s,])(?:\p{L}[\p{L}.'’-]*\s+){1,4}at\s+$|(?:^|[\s,])(?:\p{L}[\p{L}.'’-]*\s+){0,3}\p{L}[\p{L}.'’-]*\s*\(\s*$/u;
const LIST_COVERS = rx('iu')`(?<![\p{L}-])${LIST_NOUNS}\s+(?:${LIST_VERBS})(?![\p{L}-])`;

// "- 14.6%: Ivorian export duty on cocoa beans": a list item that opens with its rate, then a colon or dash.
const ITEM_OPENS = rx('u')`(?:^|\n)[ \t]*${LIST_MARK}[ \t]+(?:\*\*|__)?$`;
// (Past an owner's name: "- 2.5%: Morocco's in-quota duty on dates".)
const ITEM_MARK_AFTER = /^(?:\*\*|__)?[ \t]*(?::|—|–|\s-)[ \t]*(?:\*\*|__)?(?:\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}['’]s[ \t]+)?/u;

/** "Is this percentage a tariff rate?": the first rule that names what governs it decides. */
export const IS_TARIFF_RULES: Rule<GovernContext, Governor | 'verb'>[] = [
  {
    id: 'tariff.is.noun-after',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a tariff noun (or a trade "tax", "rate") right after the percent',
    reason: 'a tariff rate: a tariff word follows it ("a 25% tariff")',
    when: ({ input, sentence, after }) => governedAfter(after, input.end, sentence, input.paragraph),
    examples: [
      { text: 'Ankara slapped a 40% tariff on American rice.', fact: '40%', expect: { imposer: 'Turkey', target: 'American rice' } },
      { text: 'Jakarta will charge a 15 percent import duty on wheat flour.', fact: '15 percent' },
      { text: 'A 12% tariff increase on Peruvian grapes has drawn quick retaliation.', fact: '12%', expect: { target: 'Peruvian grapes' } },
      { text: 'Chile has floated 60% or higher tariffs on foreign cars.', fact: '60%', expect: { imposer: 'Chile', target: 'foreign cars' } },
      { text: 'The retaliatory duties hit dairy first. “Our farmers are paying a 20% penalty for a steel fight,” she said.', fact: '20%' },
      // A common external tariff's band is its rate.
      { text: 'Under the common external tariff, the 35 per cent band covers dairy and furniture.', fact: '35 per cent' },
      // A safeguard with its rate is a tariff.
      { text: 'Jakarta added a 20 per cent safeguard on imported curtains and blinds.', fact: '20 per cent', expect: { target: 'imported curtains and blinds' } },
    ],
    counterExamples: [
      { text: 'Shoppers face a 6% sales tax in the state.', fact: '6%' },
      { text: 'Late filers pay a 5% penalty on the sum owed.', fact: '5%' },
      { text: 'The 25% of imports covered by tariffs fell.', fact: '25%' },
      { text: 'Despite the tariffs, the central bank kept inflation inside its target band of 3 per cent.', fact: '3 per cent' },
    ],
  },
  {
    id: 'tariff.is.item-number',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a percent that opens a list item, then a colon or dash and a tariff noun',
    reason: 'a tariff rate: a list item headed by its rate names the tariff ("- 14.6%: export duty on …")',
    when: ({ input, sentence, before, after }) => {
      if (!ITEM_OPENS.test(before)) return null;
      const mark = ITEM_MARK_AFTER.exec(after);
      return mark ? governedAfter(after.slice(mark[0].length), input.end + mark[0].length, sentence, input.paragraph) : null;
    },
    examples: [
      { text: 'Numbers of the week\n\n- 14.6%: Ivorian export duty on cocoa beans, unchanged\n- 7%: rise in cocoa grindings', fact: '14.6%', expect: { imposer: 'Ivory Coast', target: 'cocoa beans' } },
      { text: 'By the numbers:\n\n- 15%: new U.S. tariff on Swiss goods, down from 39%', fact: '15%', expect: { imposer: 'United States', target: 'Swiss goods' } },
      { text: 'Numbers of the week\n\n- 2.5%: Morocco\'s in-quota duty on dates, down from 40%', fact: '2.5%', expect: { imposer: 'Morocco', target: 'dates' } },
    ],
    counterExamples: [{ text: 'Numbers of the week\n\n- 14.6%: Ivorian export duty on cocoa beans, unchanged\n- 7%: rise in cocoa grindings', fact: '7%' }],
  },
  {
    id: 'tariff.is.range-start',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a percent + "to"/"-" + a percent + its tariff word ("10% to 15% tariffs")',
    reason: 'a tariff rate: the low end of a range of tariffs',
    when: ({ after }) => (RANGE_TO_TARIFF.test(after) ? VERB : null),
    examples: [{ text: 'Beijing retaliated with 10% to 15% tariffs on U.S. farm products.', fact: '10%', expect: { imposer: 'China', target: 'U.S. farm products' } }],
    counterExamples: [{ text: 'Prices rose 10% to 15% before the tariffs on U.S. farm products.', fact: '10%' }],
  },
  {
    id: 'tariff.is.imposing-verb',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"impose", "levy", "slap", "charge" + percent + "on"/"against"',
    reason: 'a tariff rate: imposed on goods by a verb of levying ("impose 25% on steel")',
    // Beside a rate already found in the sentence the goods may go unsaid: "… has long been 2.5%, while the EU charges 10%".
    when: ({ before, after, prior }) => IMPOSES_RATE.test(before) && (/^\s*(?:on|against)\b/i.test(after) || (prior !== null && !/^\s*(?:of|off)\b/i.test(after))) && VERB,
    examples: [
      { text: 'Ottawa will impose 20% on Chilean grapes.', fact: '20%', expect: { imposer: 'Canada', target: 'Chilean grapes' } },
      { text: 'For trucks, the Peruvian tariff is 9%, while Chile charges 6%.', fact: '6%', expect: { imposer: 'Chile' } },
    ],
    counterExamples: [{ text: 'Ottawa will impose a 20% tariff on Chilean grapes.', fact: '20%' }],
  },
  {
    id: 'tariff.is.taxed-at',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"taxed at" + percent, in a sentence about imports, exports or trade',
    reason: 'a tariff rate: goods crossing a border are taxed at it',
    when: ({ sentence, before }) => TAXED_AT.test(before) && TRADE_CONTEXT.test(sentence) && VERB,
    examples: [{ text: 'Under the decree, imports from Chile will be taxed at 18%.', fact: '18%', expect: { target: 'imports from Chile' } }],
    counterExamples: [{ text: 'Under the decree, bonuses will be taxed at 18%.', fact: '18%' }],
  },
  {
    id: 'tariff.is.goods-list',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a rate followed by its goods, after a rate with its own goods ("2.5% on cars and 25% on trucks")',
    reason: 'a tariff rate: the next item of a list of rates on goods',
    when: ({ input, prior, after }) =>
      prior !== null && LIST_OF_GOODS.test(input.paragraph.slice(prior.end, input.start)) && /^\s*(?:on|for|against)\s/i.test(after) && VERB,
    examples: [{ text: 'Manila charges a tariff of 5% on rice and 12% on corn.', fact: '12%', expect: { target: 'corn' } }],
    counterExamples: [{ text: 'Manila charges a tariff of 5% on rice and 12% on corn.', fact: '5%' }],
  },
  {
    id: 'tariff.is.list-covers',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"<goods> at N%" in a sentence where a tariff list covers or includes goods, in a paragraph about duties',
    reason: 'a tariff rate: an item of a tariff list ("the list covers U.S. pork at 15%")',
    when: ({ input, before }) => (GOODS_AT_END.test(before) && LIST_COVERS.test(before) && DUTY_TOPIC.test(input.paragraph) ? VERB : null),
    examples: [
      { text: 'Mexico announced retaliatory duties. Alongside cheese, the Mexican list covers U.S. pork shoulders at 15%, bourbon at 25% and fresh apples at 20%.', fact: '25%', expect: { target: 'bourbon' } },
      { text: "Brussels approved duties. The EU's retaliation list covers bourbon (25%), motorcycles (50%) and jeans (25%).", fact: '50%', expect: { target: 'motorcycles' } },
    ],
    counterExamples: [{ text: 'Mexico announced retaliatory duties. Alongside cheese, the shopping list covers milk at 15% of the budget.', fact: '15%' }],
  },
  {
    id: 'tariff.is.changed-it',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"raise it to N%", "cut them to N%" after a rate in the same sentence',
    reason: 'a tariff rate: the new level of the duty just named ("raise it to 30 per cent")',
    when: ({ before, prior }) => (prior !== null && CHANGED_IT.test(before) ? VERB : null),
    examples: [{ text: 'Lima may phase in a 15 per cent duty on cathode from 2027 and raise it to 30 per cent in 2028.', fact: '30 per cent', expect: { target: 'cathode' } }],
    counterExamples: [{ text: 'Copper output grew 15 per cent and analysts expect to raise it to 30 per cent.', fact: '30 per cent' }],
  },
  {
    id: 'tariff.is.changed-from',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"raise|cut|lower <goods> from N% to M%" in a paragraph about duties',
    reason: "a tariff rate: a duty on goods changed from this level",
    when: ({ input, before, after }) => (CHANGED_FROM.test(before) && /^\s+to\s+\d/.test(after) && DUTY_TOPIC.test(input.paragraph) ? VERB : null),
    examples: [{ text: 'The duties stay in place. Our request to raise boneless cuts from 12% to 42% is still before the Commission.', fact: '12%', expect: { target: '' } }],
    counterExamples: [{ text: 'The firm wants to raise its market share from 12% to 42% in two years.', fact: '12%' }],
  },
  {
    id: 'tariff.is.former-level',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"down from", "up from" after a rate just found',
    reason: 'a tariff rate: the former level of the rate before it',
    when: ({ input, prior }) => prior !== null && FORMER_LEVEL.test(input.paragraph.slice(prior.end, input.start)) && VERB,
    examples: [{ text: 'Fiji goods face a 12% rate, down from 18%.', fact: '18%', expect: { earlierLevel: true } }],
    counterExamples: [{ text: 'Fiji goods face a 12% rate, down from 18%.', fact: '12%', expect: { earlierLevel: false } }],
  },
  {
    id: 'tariff.is.additional',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"an additional", "a further" + percent with no noun, where duties are the topic',
    reason: 'a tariff rate: a further increment of the duties the paragraph is about',
    when: ({ input, before, after }) =>
      ADDITIONAL_BEFORE.test(before) && !/^\s*[\p{L}]/u.test(after.replace(INCREMENT_LEAD, '.')) && DUTY_TOPIC.test(input.paragraph) && VERB,
    examples: [{ text: 'Under the tariff order, Laotian timber is subject to an additional 25% from August.', fact: '25%' }],
    counterExamples: [{ text: 'Despite the duties, an additional 12% increase in sales was booked.', fact: '12%' }],
  },
  {
    id: 'tariff.is.duty-burden',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"face", "pay", "be subject to", "received" + percent, in a paragraph about duties',
    reason: 'a tariff rate: goods or a company bear it in a duty ruling',
    when: ({ input, before, after }) => DUTY_BURDEN_BEFORE.test(before) && BURDEN_ENDS.test(after) && DUTY_TOPIC.test(input.paragraph) && VERB,
    examples: [
      { text: 'Goods from Delmar Steel will face a duty of 33.5 percent, while those from Orca Metals will face 27.9 percent.', fact: '27.9 percent' },
      { text: 'India raised duties on U.S. goods on Monday. Heavy motorcycles will attract 50%, up from 30%.', fact: '50%', expect: { imposer: 'India', target: 'Heavy motorcycles' } },
      // An adverb between the verb and the rate; a comparison after it.
      { text: 'Rivals gain from the duty. Moroccan dates face only 10%, and Tunisian dates pay 4% rather than 30%.', fact: '10%' },
      { text: 'Rivals gain from the duty. Moroccan dates face only 10%, and Tunisian dates pay 4% rather than 30%.', fact: '4%' },
    ],
    counterExamples: [{ text: 'Goods from Delmar Steel will face a duty of 33.5 percent, while its workers will face 27.9 percent pay cuts.', fact: '27.9 percent' }],
  },
  {
    id: 'tariff.is.border-burden',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"pay", "be charged", "face" + percent in a sentence where goods enter a country',
    reason: 'a tariff rate: goods pay it to enter a country',
    when: ({ sentence, before, after }) => (DUTY_BURDEN_BEFORE.test(before) && BURDEN_ENDS.test(after) && ENTERS_COUNTRY.test(sentence) ? VERB : null),
    examples: [
      { text: 'Chinese steel will now pay 25% when it enters Mexico, the economy ministry said.', fact: '25%', expect: { imposer: 'Mexico' } },
      { text: 'Brazilian beef entering the EU is charged 12.8%, plus a fee per tonne.', fact: '12.8%', expect: { imposer: 'European Union' } },
      { text: 'There is no remedy case in Brussels, but our resin pays 6.5% at the EU border.', fact: '6.5%' },
    ],
    counterExamples: [{ text: 'Chinese steel makers will now pay 25% more for ore, the ministry said.', fact: '25%' }],
  },
  {
    id: 'tariff.is.enters-at',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"enter(s) at" + percent, in a paragraph about duties',
    reason: 'a tariff rate: the rate goods enter at',
    when: ({ input, before, after }) => (ENTERS_AT_BEFORE.test(before) && BURDEN_ENDS.test(after) && DUTY_TOPIC.test(input.paragraph) ? VERB : null),
    examples: [
      { text: 'Manila cut the sugar tariff to 20 percent. Imports from ASEAN neighbours, chiefly Thailand, already enter at 5 percent.', fact: '5 percent' },
      // A country crossed, or goods that "come in at" a rate.
      { text: 'Since March the brackets have faced a 15% U.S. tariff. Before the deal, the same brackets entered the United States at 2.1%.', fact: '2.1%' },
      { text: 'The new tariff spares most of our range. Sets assembled in Monterrey still come in at 0% because they qualify under the pact.', fact: '0%' },
    ],
    counterExamples: [{ text: 'Manila cut the sugar tariff to 20 percent. New brands enter at 5 percent of the market.', fact: '5 percent' }],
  },
  {
    id: 'tariff.is.rate-status',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"applied" or "bound" right before a percent',
    reason: 'a tariff rate: an applied or bound duty rate',
    when: ({ before, after }) => (STATUS_BEFORE.test(before) && (BURDEN_ENDS.test(after) || /^\s+[—–]\s/.test(after)) ? VERB : null),
    examples: [{ text: '- Zinc ores: applied 12%, bound 8% – inconsistent with the schedule', fact: '8%' }],
    counterExamples: [{ text: 'The ministry applied 12% more fertiliser to the test plots.', fact: '12%' }],
  },
  {
    id: 'tariff.is.quota-tier',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a tariff-rate quota\'s tier right before a percent that ends its clause, or right after it ("within access 0%", "7.5% within access")',
    reason: 'a tariff rate: the rate of one tier of a quota',
    // (With a tariff word after the tier, "an above-quota rate of 50%", that word governs the rate: duty-word-governs.)
    when: ({ before, after }) => ((QUOTA_TIER_BEFORE.test(before) && BURDEN_ENDS.test(after)) || QUOTA_TIER_AFTER.test(after) ? VERB : null),
    examples: [
      { text: '- Cheese: within access 0%, over access 245.5%', fact: '245.5%' },
      { text: '- Butter: 7.5% within access, 298.5% over access', fact: '7.5%' },
    ],
    counterExamples: [{ text: 'Imports within the quota rose 12% in March, and the quota is 94% used.', fact: '12%' }],
  },
  {
    id: 'tariff.is.burden-on-origin',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"pay", "face", "be charged" + percent + "on" goods of a named origin',
    reason: 'a tariff rate: goods of a named origin bear it',
    when: ({ before, after }) => (DUTY_BURDEN_BEFORE.test(before) && onOriginGoods(after) ? VERB : null),
    examples: [{ text: '"The hardware store pays the full 25 percent on Chinese fasteners," she said.', fact: '25 percent' }],
    counterExamples: [{ text: '"The hardware store pays 25 percent on its loans," she said.', fact: '25 percent' }],
  },
  {
    id: 'tariff.is.schedule-step',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a percent after a rate of the same sentence, joined by "to", "then", a comma or "and" with words of a schedule ("in the first year, stepping down to")',
    reason: 'a tariff rate: the next step of the rate before it',
    when: ({ input, prior }) => {
      if (prior === null) return null;
      const gap = input.paragraph.slice(prior.end, input.start);
      return STEP_GAP.test(gap) && STEP_WORD.test(gap) && !HAS_MEASURE.test(gap) && VERB;
    },
    examples: [{ text: 'Slabs above the quota will pay a tariff of 40% in the first year, stepping down to 35% in year two.', fact: '35%' }],
    counterExamples: [{ text: 'Slabs above the quota will pay a tariff of 40% in the first year, while prices rose 35% in year two.', fact: '35%' }],
  },
  {
    id: 'tariff.is.which-set-at',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'a tariff word + ", which was (last) set|raised|cut … at|to" + percent',
    reason: 'a tariff rate: the level the relative clause gives the duty just named',
    when: ({ before }) => (WHICH_SET_AT.test(before) ? VERB : null),
    examples: [{ text: 'Officials were consulted on the import duty on pellets, which was last set at 30% in 2022.', fact: '30%', expect: { target: 'pellets' } }],
    counterExamples: [{ text: 'Officials were consulted on the import duty on pellets, which fell 30% in 2022.', fact: '30%' }],
  },
  {
    id: 'tariff.is.added-to-duty',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '"add" + percent + "to the (existing) duty|tariff"',
    reason: 'a tariff rate: an increment added to the duty named after it',
    when: ({ before, after }) => (ADDS_BEFORE.test(before) && ADDED_TO_DUTY.test(after) ? VERB : null),
    examples: [{ text: 'Seoul will add 20 percent to the existing duty on fresh apples from Chile.', fact: '20 percent', expect: { imposer: 'South Korea' } }],
    counterExamples: [{ text: 'Seoul will add 20 percent to the existing budget for apple growers.', fact: '20 percent' }],
  },
  {
    id: 'tariff.is.duty-word-governs',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: 'the nearest tariff word (or a duty "rate", a trade "tax") before the percent, in the same clause',
    reason: 'a tariff rate: the tariff word before it governs it ("tariffs of 25%")',
    when: ({ input, sentence, before, after }) => {
      const last = nearestGovernor(before, sentence, input.paragraph);
      if (!last) return null;
      const wordStart = input.start - before.length + last.index;
      // "duties of 35.21% on X, 18.56% on Y and 26.89% on Z": each rate's clause starts at the previous rate.
      const listed = input.acceptedBefore.filter((r) => r.start > wordStart && r.end <= input.start).pop();
      let gap = input.paragraph.slice(listed ? listed.end : wordStart + last[0].length, input.start);
      // "The levy on Chinese EVs — 100% — took effect": a rate set off by dashes is the levy's own.
      if (/^\s*[—–]/.test(after) && /\s[—–]\s*$/.test(gap)) gap = gap.replace(/\s[—–]\s*$/, ' ');
      if (!sameClause(gap) && !goodsAtAfterBreak(gap)) return null;
      if (input.rejectedBefore.some((r) => r.start >= wordStart && r.end <= input.start)) return null;
      return { start: wordStart, end: wordStart + last[0].length, word: last[0] };
    },
    examples: [
      // A rate of the goods' value is ad valorem, not a share of something.
      { text: 'Importers must post an anti-dumping deposit of 75.8% of the shipment\'s value.', fact: '75.8%' },
      // A relative clause that states the duty's level, in the perfect too.
      { text: 'China removed its duties on Australian bottled wine, which had ranged from 116 to 218 per cent, in March.', fact: '218 per cent', expect: { target: 'Australian bottled wine' } },
      { text: 'Ottawa set tariffs of 27% on Colombian electricity.', fact: '27%', expect: { imposer: 'Canada', target: 'Colombian electricity' } },
      { text: 'The duty on Peruvian asparagus rose to 18%.', fact: '18%', expect: { target: 'Peruvian asparagus' } },
      { text: 'The duty on Thai rice has been raised to 50 per cent, while that on Thai sugar has been raised to 35 per cent.', fact: '35 per cent' },
      { text: "Beijing's commerce ministry said it would impose provisional anti-dumping deposits of 32.6% on pork from Spain.", fact: '32.6%', expect: { imposer: 'China', target: 'pork from Spain' } },
      { text: 'Hanoi cut its most-favoured-nation rate on U.S. ethanol to 5 percent.', fact: '5 percent', expect: { imposer: 'Vietnam', target: 'U.S. ethanol' } },
      // An above-quota rate is a duty even where the paragraph names no tariff.
      { text: 'Okoye said any quota would carry an above-quota rate of 50%, and that no decision had been made.', fact: '50%' },
      { text: 'Importers of Norland seed must lodge a cash deposit equal to 75.8% of the customs value.', fact: '75.8%' },
      { text: 'Sugar above the quota faces a duty equal to 85% of its value.', fact: '85%' },
      { text: 'The Agriculture Infrastructure and Development Cess (AIDC) of 5% on crude oils stands withdrawn.', fact: '5%', expect: { target: 'crude oils' } },
      // "CET" is the common external tariff; a band "of" a rate is the tariff's level.
      { text: 'The CET has three bands: zero for raw materials, 10 per cent for intermediate inputs and 25 per cent for finished goods.', fact: '10 per cent', expect: { target: 'intermediate inputs' } },
      { text: 'The bloc added a fourth band of 35 per cent to the common external tariff.', fact: '35 per cent' },
      // Goods "at" their rates set off by a dash after the tariff's clause.
      { text: 'Under the customs union, tariff rates on a few items go far higher — powdered milk at 60 per cent, rice at 75 per cent and sugar at 100 per cent.', fact: '75 per cent', expect: { target: 'rice' } },
    ],
    counterExamples: [
      { text: 'Savers moved their bank deposits of 4.2% into bonds.', fact: '4.2%' },
      { text: 'The duties cover 40% of the declared imports, officials said.', fact: '40%' },
      { text: 'Because of the tariffs, exports of Kenyan tea fell 18%.', fact: '18%' },
      { text: 'The tariffs pushed inflation to 3.5% last month.', fact: '3.5%' },
      { text: 'The duty on Thai rice has been raised to 50 per cent, while prices have risen 35 per cent.', fact: '35 per cent' },
      { text: 'The tariff was cut last year — prices of milk at 60 per cent of the old level followed.', fact: '60 per cent' },
    ],
  },
  {
    id: 'tariff.is.goods-move',
    kind: 'tariff',
    decides: 'isTariff',
    anchor: '<goods> + "go|rise|fall|move" + "from N% to M%", in a paragraph about duties',
    reason: 'a tariff rate: goods move between two duty levels ("walnuts go from 100% to 120%")',
    when: ({ input, before, after }) => (DUTY_TOPIC.test(input.paragraph) && goodsThatMove(before, after) !== null ? VERB : null),
    examples: [
      { text: 'India raised import duties on nuts. Almonds keep their rate, while walnuts go from 100 percent to 120 percent.', fact: '100 percent', expect: { target: 'walnuts', earlierLevel: true } },
      { text: 'India raised import duties on nuts. Almonds are unchanged, while walnuts go from 100 percent to 120 percent.', fact: '120 percent', expect: { target: 'walnuts' } },
      { text: 'The customs schedule changed on Monday. Footwear rises from 20% to 30% and toys drop from 15% to 10%.', fact: '15%', expect: { target: 'toys' } },
      { text: 'The decree lifts duties on Chinese vehicles as well. Cars from China were raised from 20% to 50%.', fact: '50%', expect: { target: 'Cars from China' } },
      { text: 'Hanoi cut duties on farm goods. Frozen chicken thighs fall to 12 percent from 18 percent.', fact: '18 percent', expect: { target: 'Frozen chicken thighs', earlierLevel: true } },
    ],
    counterExamples: [
      { text: 'After the duties took effect, steel imports fell from 25% to 15% of the market.', fact: '25%' },
      { text: 'The duties were lifted. Walnut prices went from 10% to 30% above cost.', fact: '10%' },
      { text: 'The harvest was poor. Walnuts go from 100 percent to 120 percent of last year.', fact: '100 percent' },
    ],
  },
];

const OR_MORE = rx('iu')`^\s*or\s+(?:more|higher|greater|above)(?=\s+(?:[\p{L}-]+\s+){0,2}?${RATE_HEAD_NOUNS}(?![\p{L}-]))`;
const TARIFF_CHANGE = rx('iu')`^[\s-]*${TARIFF_NOUNS}[\s-]+(?:increase|hike|rise)(?![\p{L}-])`;

/** The tariff word (or imposing verb) governing the percent and the rule that found it, or null. */
export function tariffGovernor(input: GoverningInput): { governor: Governor | 'verb'; rule: string } | null {
  const { paragraph, sentenceStart, sentenceEnd, start, end } = input;
  const before = paragraph.slice(Math.max(sentenceStart, start - 300), start);
  // "100% or higher tariffs": a floor for the rate, read as the rate itself (same length keeps offsets).
  const after = paragraph.slice(end, Math.min(sentenceEnd, end + 120)).replace(OR_MORE, (m) => ' '.repeat(m.length));
  // A percent that measures a change or a share is not a rate, whatever follows; "a 10% tariff increase" is the added tariff.
  if (measuresSomethingElse(before, after) && !TARIFF_CHANGE.test(after)) return null;
  const last = input.acceptedBefore[input.acceptedBefore.length - 1];
  const prior = last && last.end <= start && last.start >= sentenceStart ? last : null;
  const found = decide(IS_TARIFF_RULES, { input, sentence: paragraph.slice(sentenceStart, sentenceEnd), before, after, prior });
  return found ? { governor: found.value, rule: found.rule } : null;
}

// "rates from 14% to 38%", "the highest rate, 120%": in a paragraph about tariffs a bare "rate" is the tariff's.
const RATE_BEFORE = /(?<![\p{L}-])(?:rates?|bands?)(?![\p{L}-])/giu;
const OTHER_RATES_OR_TAX = OTHER_RATE_OR_TAX_WORDS;
// "the tax on corn drops to 9%", "export taxes of 33%": a tax in a trade sentence is a border tax.
const LENDER_BEFORE = rx('iu')`(?<![\p{L}-])${LENDER_WORDS}(?![\p{L}-])[^,;.]*$`;
const TAX_BEFORE = /(?<![\p{L}-])tax(?:es)?(?![\p{L}-])/giu;

/**
 * The nearest word before the percent that can govern it: a tariff word; a "rate" when the
 * paragraph names tariffs; a "tax" when the sentence is about trade. A rate or tax of another kind
 * ("the interest rate", "the sales tax") nearest the percent claims it, so nothing governs.
 */
function nearestGovernor(before: string, sentence: string, paragraph: string): { 0: string; index: number } | null {
  let best: { 0: string; index: number; other: boolean } | null = null;
  const consider = (re: RegExp, other: WordList | null) => {
    for (const m of before.matchAll(re)) {
      const index = m.index ?? 0;
      if (best && best.index >= index) continue;
      const prev = /([\p{L}-]+)\s+$/u.exec(before.slice(Math.max(0, index - 30), index))?.[1] ?? '';
      // "the bank held its rate at 4%": a lender's or central bank's rate is a policy rate.
      const lender = other !== null && LENDER_BEFORE.test(before.slice(Math.max(0, index - 50), index));
      best = { 0: m[0], index, other: other !== null && (other.has(prev) || OTHER_TAXES.has(prev) || lender) };
    }
  };
  consider(TARIFF_WORD, null);
  consider(MARGIN_WORD, null);
  if (DUTY_TOPIC.test(paragraph)) consider(BARE_MARGIN, NOT_DUTY_MARGINS);
  if (DUTY_TOPIC.test(paragraph)) consider(RATE_BEFORE, OTHER_RATES_OR_TAX);
  if (TRADE_CONTEXT.test(sentence)) consider(TAX_BEFORE, DOMESTIC_TAXES);
  const found = best as { 0: string; index: number; other: boolean } | null;
  return found && !found.other ? found : null;
}

export { TARIFF_WORD, HAS_TARIFF_WORD, DUTY_TOPIC, LENDER_BEFORE };
