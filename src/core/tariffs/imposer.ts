/**
 * Who imposes a tariff, read the way trade reporting states it: the tariff's own possessor ("U.S.
 * tariffs", "China's retaliatory duties"), "imposed by X", the importing side ("exports to the
 * United States"), else the acting subject of the sentence ("Washington imposed…", "the Commerce
 * Department set…") — skipping countries that are the goods' origin ("Chinese imports", "on Japan",
 * "Vietnam will face…").
 */
import { CUSTOMS_UNIONS, countryOfDemonym, countryOfPlace, findActors, type ActorMention } from '../countries';
import { GOVERNMENT_BODY_HEADS } from '../lexicon/governmentActors';
import { rx } from '../lexicon/wordList';
import { decide, type Rule } from '../rules/rule';
import { memoize } from '../memo';
import { hitWith } from './hitWith';
import { ALL_GOODS } from '../lexicon/goods';
import { BE_FORMS, BURDEN_VERBS, EXAMPLE_WORDS, PERCENT_UNIT, SPARED_WORDS, MEDIA_HEADS, COMPANY_HEADS, INTO_WORDS, MARKET_NOUNS, MODALS, NOT_POSSESSIVE_WORDS, ORIGIN_PREPOSITIONS, ORIGIN_SUFFIXES, STATE_FORMS, PRODUCER_NOUNS, ACTING_NOUNS, TARIFF_NOUNS, VERB_GROUP_ADVERBS } from '../lexicon/tariffWords';
import { ACT_LEADS, ACT_ON_TARIFF_VERBS, BEAR_VERBS, ENTER_VERBS, MADE_IN, PETITION_VERBS, SET_BY_VERBS, SHIP_WORDS, TARGETING_VERBS } from '../lexicon/changeVerbs';

// Words that cannot sit between an owner and its tariff ("Vietnam will face a 20% tariff").
const NOT_POSSESSIVE = NOT_POSSESSIVE_WORDS;

/** `named`: the country is only part of a tariff's name ("the ECOWAS Common External Tariff"); it plays no part in other rates. */
export type ActorRole = 'possessor' | 'importer' | 'agent' | 'origin' | 'named';

const GOODS = ALL_GOODS;
const STATE_OF_BEFORE = rx('i')`\b${STATE_FORMS}\s+of\s+(?:the\s+)?$`;
const ORIGIN_BEFORE = rx('i')`\b(?:${ORIGIN_PREPOSITIONS}|${MADE_IN}|${TARGETING_VERBS})\s+(?:the\s+)?$`;
const MEDIA_AFTER = rx('iu')`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?${MEDIA_HEADS}(?![\p{L}-])`;
// "imported from the United States and Russia": a country joined to an origin is an origin too.
// "duties on goods from non-partner countries, mainly China, South Korea": examples of the goods' origins are origins too.
const EXAMPLE_WORD = rx('iu')`(?<![\p{L}-])${EXAMPLE_WORDS}(?![\p{L}-])`;
const ORIGIN_EXAMPLES_BEFORE = rx('iu')`(?<![\p{L}-])(?:${ORIGIN_PREPOSITIONS})\s[^.;:]{0,60}?,?\s+${EXAMPLE_WORDS}\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:,\s+|,?\s+(?:and|or)\s+))*$`;
const BRACKETED_AFTER_NAME = /^(.*?)(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\(\s*$/su;
// "Partners under the USMCA, the European Union and Japan are not affected": a country a measure spares does not impose it.
const SPARED_AFTER = rx('iu')`^(?:,?\s+(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})*\s+(?:(?:${MODALS})\s+)?${BE_FORMS}\s+(?:not\s+)?${SPARED_WORDS}(?![\p{L}-])`;
// SPARED_AFTER's names repeat inside a repeat: on a clause without a spared word it tries every way to
// split the words after the country into names (milliseconds a call). It cannot match without one.
const SPARED_WORD = rx('iu')`${SPARED_WORDS}(?![\p{L}-])`;
const ORIGIN_AND_BEFORE = rx('u')`\b(?:${ORIGIN_PREPOSITIONS}|${MADE_IN})\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2},?\s+(?:and|or)\s+(?:the\s+)?$`;
// "exports to Malaysia", "when it enters Mexico", "beef entering the EU": the country the goods go into.
const IMPORTER_BEFORE = rx('iu')`\b${SHIP_WORDS}\s+(?:[\p{L}'’-]+\s+){0,2}?${INTO_WORDS}\s+(?:the\s+)?$|(?<![\p{L}-])${ENTER_VERBS}\s+(?:the\s+)?$`;
const BY_BEFORE = rx('i')`\b${SET_BY_VERBS}\s+by\s+(?:the\s+)?$`;
// "a 26% duty in the US": the country where a tariff is charged imposes it.
// "coffee pays 8% in China": where a rate is paid is where it is charged.
const CHARGED_IN_BEFORE = rx('iu')`(?<![\p{L}-])(?:${TARIFF_NOUNS}|rates?|${BURDEN_VERBS}\s+\d[\d.,]*\s?${PERCENT_UNIT})\s+(?:in|at)\s+(?:the\s+)?$`;
// "South Korea's won dropped", "China's economy": a country's market or economy does not act.
const MARKET = MARKET_NOUNS;
// A possessive pronoun just before the rate or its tariff word: "its 38.5% tariff", "their new duties".
const ITS_BEFORE = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// ", which still pays 5% in China": the clause after the country bears the rate as well.
const BEARS_NEXT = rx('i')`^(?:['’]s)?(?:,\s+which)?\s+(?:(?:${MODALS}|${VERB_GROUP_ADVERBS})\s+)?(?:be\s+)?${BEAR_VERBS}\b(?!\s+back\b)`;
// "Cambodia, Thailand, Indonesia and the Philippines face 19%": every country of a list that bears the rate
// (the other names of the list capitalized: case-sensitive, apart from the verb).
const LIST_REST = /^(?:(?:,|,?\s+(?:and|or))\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){1,8}/u;
const FACES_AFTER = { test: (after: string): boolean => BEARS_NEXT.test(after) || BEARS_NEXT.test(after.slice(LIST_REST.exec(after)?.[0].length ?? after.length)) };
// A domestic industry that wins or seeks duties is on the imposing side: "U.S. steelmakers won duties".
const PETITIONS_AFTER = rx('iu')`^(?:\s+[\p{L}'’-]+){0,6}?\s+${PETITION_VERBS}\b`;

const NAMES_ITS_TARIFF = /^(?:['’]s)?\s+(?:common\s+external\s+tariff|CET)\b/i;
const RELATIVE_AFTER = /^[\p{L}-]+\s+(?:that|which)\s+(?:the\s+)?/iu;
const CONTACT_AFTER = /^[\p{L}-]+\s+(?:the\s+)?(?=\p{Lu})/u;
const ACTOR_ACTS = rx('iu')`^(?:['’]s)?\s+(?:${ACT_LEADS}\s+|has\s+|had\s+)?${ACT_ON_TARIFF_VERBS}(?![\p{L}-])`;
// "Brazilian coffee entering the U.S.": a country the goods go into is not hit by the rate.
const GOES_INTO = rx('iu')`(?<![\p{L}-])(?:${ENTER_VERBS}|${INTO_WORDS}|to)\s+(?:the\s+)?$`;
// "… and China's on American goods to ": a possessive standing for its own tariff, then the goods.
const ELLIPTIC_POSSESSIVE = /(?:\band|\bwhile|,)\s+(\p{Lu}[\p{L}.]*)['’]s\s+(?:on|for|against)\s[^,;%]{1,60}?\s(?:to|at|of)\s+$/u;
// "Mexico, which has just doubled duties on Chinese cars": the country a relative clause hangs on acts on the tariff in it.
const WHICH_ACTS = rx('iu')`^,\s+(?:which|that)\s+(?:(?:has|have|had|${MODALS})\s+)?(?:(?:${VERB_GROUP_ADVERBS}|just|recently|already)\s+)?${ACT_ON_TARIFF_VERBS}\s+(?:[\p{L}'’-]+\s+){0,3}$`;
const ACTS_AFTER = rx('iu')`^(?:['’]s)?\s+(?:${ACT_LEADS}\s+)?${ACT_ON_TARIFF_VERBS}\s+(?:[\p{L}-]+\s+){0,3}?(?:${TARIFF_NOUNS}|tax|taxes)\b`;
const COMPANY_NAME_AFTER = rx('iu')`^\s+(?:[\p{L}&-]+\s+){0,2}?${COMPANY_HEADS}\b\.?`;
/** "Hanoi Steelworks", "China Tower Corp": capitalized words ending in a company head. */
const companyNameAfter = (after: string): boolean => {
  const m = COMPANY_NAME_AFTER.exec(after);
  return m !== null && m[0].trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
};

// What follows a demonym: "Chilean cathode"; an actor ends before its suffix ("Canadian" then "-origin metal").
const DESCRIBED_AFTER = rx('u')`^(?:-${ORIGIN_SUFFIXES})?\s+(\p{Ll}[\p{L}-]*)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?`;

// "reciprocal tariffs of 19% for Thailand and 20% for Vietnam": the country a rate is for bears it.
const RATE_FOR_BEFORE = rx('iu')`\d\s?${PERCENT_UNIT}\s+for\s+(?:the\s+)?$`;

/** The role a named country plays in its sentence, from the words around it. */
const TOPIC_FOR_BEFORE = /(?:^|[,;:]\s*)(?:[Ff]or|[Aa]s\s+for)\s+(?:the\s+)?$/;

/**
 * "Chilean cathode", "British goods", "German-made presses": a demonym before a lower-case noun describes what a
 * rate hits, unless the noun acts for the country ("Chinese officials", "the Indian finance ministry", "U.S. tariffs").
 */
function describesWhatIsHit(actor: ActorMention, paragraph: string): boolean {
  if (!countryOfDemonym(actor.text)) return false;
  // ("Canadian-origin metal": the actor may end before its "-origin".)
  const next = DESCRIBED_AFTER.exec(paragraph.slice(actor.end, actor.end + 60));
  return !!next && !next.slice(1).some((w) => !!w && (ACTING_NOUNS.has(w) || GOVERNMENT_BODY_HEADS.has(w) || TARIFF_NOUNS.has(w)));
}

const WHERE_AFTER = /^,\s+where\s/;
const AT_RATE_BEFORE = rx('iu')`(?:^|[.!?]["”’]?\s+|\n)[ \t*_-]*at\s+\d[\d.,]*\s?${PERCENT_UNIT},\s+$`;
const RATE_RIGHT_AFTER = rx('iu')`^\s+\d[\d.,]*\s?${PERCENT_UNIT}`;
const BEARS_IN = rx('iu')`(?<![\p{L}-])${BURDEN_VERBS}(?![\p{L}-])`;
const PLACE_BEFORE_WHERE = /(?:^|\s)(?:in|into)\s+(?:the\s+)?$/i;
const LEAVES = rx('iu')`(?<![\p{L}-])${SHIP_WORDS}(?![\p{L}-])`;
export function roleOf(actor: ActorMention, paragraph: string, sentenceStart: number): ActorRole {
  const before = paragraph.slice(Math.max(sentenceStart, actor.start - 60), actor.start);
  const after = paragraph.slice(actor.end, actor.end + 80);
  if (BY_BEFORE.test(before) || CHARGED_IN_BEFORE.test(before)) return 'possessor';
  // "The dispute echoes one in Guatemala, where the ministry agreed to a surcharge of 20%": the rate is charged there.
  // (Not when the goods leave it: "assemble in Mexico, where USMCA-qualifying goods enter at 0%" enter the U.S.)
  if (WHERE_AFTER.test(after) && PLACE_BEFORE_WHERE.test(before) && !LEAVES.test(after)) return 'possessor';
  // "the 10 per cent ECOWAS Common External Tariff remains, but the levy was raised to 50 per cent": a union
  // named in its tariff's name owns that tariff; it does not act on the other rates of the sentence.
  if (CUSTOMS_UNIONS.has(actor.country) && NAMES_ITS_TARIFF.test(after)) return 'named';
  if (IMPORTER_BEFORE.test(before)) return 'importer';
  if (MARKET.has(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '')) return 'origin';
  // "Japan's Kyodo News reported": a country's news outlet reports, it does not act.
  if (MEDIA_AFTER.test(after)) return 'origin';
  if (PETITIONS_AFTER.test(after)) return 'agent';
  // "For Malaysia, the department set a rate of 4.86%": the country a set of rates is for, not the one setting them.
  if (TOPIC_FOR_BEFORE.test(before) && /^,/.test(after)) return 'origin';
  if (RATE_FOR_BEFORE.test(before)) return 'origin';
  // "the Government of Canada has applied …": the state's own name after "of" is no origin.
  if (!STATE_OF_BEFORE.test(before) && (ORIGIN_BEFORE.test(before) || ORIGIN_AND_BEFORE.test(before))) return 'origin';
  // "agreed with East African Community (EAC) partners": a bracketed short form plays its full name's part.
  const bracketed = BRACKETED_AFTER_NAME.exec(before);
  if (bracketed && (ORIGIN_BEFORE.test(bracketed[1]) || ORIGIN_AND_BEFORE.test(bracketed[1]))) return 'origin';
  // (Asked of every actor of every rate's sentence: the wide look-back runs only when a word like "mainly" is in it.)
  const wide = paragraph.slice(Math.max(sentenceStart, actor.start - 200), actor.start);
  if (EXAMPLE_WORD.test(wide) && ORIGIN_EXAMPLES_BEFORE.test(wide)) return 'origin';
  // "talks in Geneva, Switzerland": a country after a city is a place.
  if (/\b(?:in|at)\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?,\s$/u.test(before)) return 'origin';
  if (FACES_AFTER.test(after) || (SPARED_WORD.test(after) && SPARED_AFTER.test(after))) return 'origin';
  // "At 20%, Vietnam sits in the middle of the pack": a country placed at a rate is where the goods come from.
  if (AT_RATE_BEFORE.test(before) && !/^['’]s?\s/.test(after)) return 'origin';
  // "Cambodia and Thailand face 19%, Bangladesh 20% and India 25%": a country set before its rate in a sentence of what
  // goods face or pay is where they come from.
  if (RATE_RIGHT_AFTER.test(after) && BEARS_IN.test(paragraph.slice(sentenceStart, actor.start))) return 'origin';
  // "a China-wide rate of 223.01%": the rate of a country's producers at large, who bear it.
  if (/^-wide\b/.test(after)) return 'origin';
  // "Hanoi Steelworks", "China Tower Corp": a place that opens a company's name is not acting.
  if (companyNameAfter(after)) return 'origin';
  // "Brazil raises import tariff on steel": a country that raises, sets or cuts a tariff acts, whatever goods follow.
  if (ACTS_AFTER.test(after)) return 'agent';
  const next = after.match(/^\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u)?.[1].split(/\s+/) ?? [];
  // "the biggest Ecuadorian packer", "Vietnamese exporters": a country's producers, like its goods, are what a rate hits.
  if (next.some((w) => GOODS.has(w) || (PRODUCER_NOUNS.has(w) && !/^importers?$/.test(w)))) return 'origin';
  return 'agent';
}

export interface ImposerInput {
  paragraph: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Start of the rate or of its tariff word, whichever comes first. */
  anchor: number;
  /** Start of the tariff word, when one governs the rate. */
  tariffWordStart: number | null;
  /** Where the rate itself starts, when the reader knows it. */
  rateStart?: number;
  /** Actors named in this sentence. */
  actors: readonly ActorMention[];
  /** Country the target names ("Swiss goods" → Switzerland): never the imposer. */
  targetCountry: string;
  /** The target phrase: every country it names is hit by the rate, so none of them imposes it. */
  target?: string;
  /** The rate before it in the same sentence and its imposer, for lists ("Trump's 25% tariff on steel and 15% tariff on aluminum"). */
  listedAfter?: { end: number; country: string } | null;
}

// ", where duties on …": the clause is about the place just named.
const WHERE_BEFORE = /^['’]?s?,?\s+where\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// Between two rates of one list: the first one's goods, then ", and", "and" or ",".
const LIST_CONTINUES = /^\s+(?:[\p{L}-]+\s+)?(?:on|for|against)\s[^.;:%\d]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|the\s+)?$/iu;

/** What the imposer rules read: the input, the countries that can impose (not the target's), and their roles. */
export interface ImposerContext {
  input: ImposerInput;
  usable: readonly ActorMention[];
  roles: () => Array<{ a: ActorMention; role: ActorRole }>;
}

/** "U.S. tariffs", "China's retaliatory duties", "Beijing's 10% levy": a country just before the tariff word or rate. */
function ownerBefore({ input, usable }: ImposerContext): string | null {
  const { paragraph, sentenceStart, anchor, tariffWordStart } = input;
  for (const at of [tariffWordStart, anchor]) {
    if (at === null) continue;
    const owner = usable.filter((a) => a.end <= at).pop();
    if (!owner) continue;
    const between = paragraph.slice(owner.end, at).replace(/^['’]s/, '');
    const words = between.split(/\s+/).filter(Boolean);
    // "19.8% for Denmark's Nordvik Pork, 15.6% for …": a comma ends the possessive's phrase before the rate.
    if (!/^\s*$|^\s/.test(between) || /[,;]/.test(between) || words.length > 3 || words.some((w) => NOT_POSSESSIVE.has(w))) continue;
    // A possessive owns the tariff even past goods words ("Mexico's steel tariffs"); a bare
    // name before goods is their origin ("Chinese steel tariffs").
    if (words.length === 0 || /['’]s$/.test(owner.text) || roleOf(owner, paragraph, sentenceStart) !== 'origin') return owner.country;
  }
  return null;
}

/** "Who imposes it?", read in the rate's sentence: the first rule that names a country decides. */
export const IMPOSER_RULES: Rule<ImposerContext, string>[] = [
  {
    id: 'tariff.imposer.hit-with',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '<country A> + "slapped|hit|targeted" + <country B> + "with a" + rate',
    reason: 'imposer: {imposer} — it hits the other country with the tariff',
    when: ({ input }) => hitWith(input.paragraph, input.sentenceStart, input.anchor)?.imposer.country ?? null,
    examples: [
      { text: 'Washington slapped Brazil with a 50% tariff last month.', fact: '50%', expect: { imposer: 'United States', target: 'Brazil' } },
      { text: 'Brussels hit U.S. whiskey with a 25% duty in 2018.', fact: '25%', expect: { imposer: 'European Union', target: 'U.S. whiskey' } },
    ],
    counterExamples: [{ text: 'Washington agreed with Brazil on a 50% tariff last month.', fact: '50%' }],
  },
  {
    id: 'tariff.imposer.customs-union',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '"common external tariff" + a customs union named in the sentence',
    reason: 'imposer: {imposer} — a common external tariff belongs to the customs union',
    when: ({ input }) => {
      const { paragraph, tariffWordStart, actors } = input;
      if (tariffWordStart === null || !/\bcommon\s+external\s+$/i.test(paragraph.slice(Math.max(0, tariffWordStart - 20), tariffWordStart))) return null;
      return actors.find((a) => CUSTOMS_UNIONS.has(a.country))?.country;
    },
    examples: [{ text: 'Argentina wants Mercosur to lower its common external tariff of 35% on cars.', fact: '35%', expect: { imposer: 'Mercosur' } }],
    counterExamples: [
      { text: 'Argentina wants a lower 35% tariff on cars from Mercosur partners.', fact: '35%' },
      // The union owns its common external tariff, not the national levy beside it.
      {
        text: 'Nigeria has raised its import levies on food. For rice, the 10 per cent ECOWAS Common External Tariff remains, but the Import Adjustment Tax has been raised to 50 per cent.',
        fact: '50 per cent',
        expect: { imposer: 'Nigeria' },
      },
    ],
  },
  {
    id: 'tariff.imposer.possessive',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'a country or agency right before the tariff word or rate ("U.S. tariffs", "China\'s 10% levy")',
    reason: "imposer: {imposer} — the rate's owner is named before the tariff word",
    when: ownerBefore,
    examples: [
      // A customs union acts for its members.
      { text: 'The Southern African Customs Union imposed anti-dumping duties of 14.1% on wheat flour from Pakistan.', fact: '14.1%', expect: { imposer: 'SACU' } },
      { text: "Norway's 20% tariff on cheese is under review.", fact: '20%', expect: { imposer: 'Norway', target: 'cheese' } },
      { text: 'Indian duties of 50% on almonds hurt growers.', fact: '50%', expect: { imposer: 'India' } },
    ],
    counterExamples: [
      { text: 'Chilean copper faces a 10% tariff in the new Indian budget.', fact: '10%' },
      { text: "Beijing set anti-dumping duties of 19.8% for Denmark's Nordvik Pork, 15.6% for Spain's Porcinos del Ebro and 24.1% for others.", fact: '15.6%', expect: { imposer: 'China' } },
    ],
  },
  {
    id: 'tariff.imposer.relative-clause',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'a country opening a relative clause after the tariff word ("the tariff that Washington applies to …")',
    reason: 'imposer: {imposer} — the clause after the tariff word says it places it',
    when: ({ input, usable }) => {
      const { paragraph, tariffWordStart } = input;
      if (tariffWordStart === null) return null;
      const after = paragraph.slice(tariffWordStart, tariffWordStart + 60);
      const m = RELATIVE_AFTER.exec(after);
      if (m) return usable.find((a) => a.start === tariffWordStart + m[0].length)?.country ?? null;
      // "the 30% tariff Washington imposed": the same clause without its "that", its verb one of acting.
      const c = CONTACT_AFTER.exec(after);
      const actor = c && usable.find((a) => a.start === tariffWordStart + c[0].length);
      return actor && ACTOR_ACTS.test(paragraph.slice(actor.end, actor.end + 40)) ? actor.country : null;
    },
    examples: [
      { text: 'Ghana wants relief from the 15% tariff that Washington applies to Ghanaian cocoa butter.', fact: '15%', expect: { imposer: 'United States', target: 'Ghanaian cocoa butter' } },
      { text: 'South African citrus growers said the 30% tariff Washington imposed would cost jobs.', fact: '30%', expect: { imposer: 'United States' } },
    ],
    counterExamples: [{ text: 'Ghana wants relief from the 15% tariff on cocoa butter that Washington announced.', fact: '15%', expect: { imposer: 'Ghana' } }],
  },
  {
    id: 'tariff.imposer.where-place',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '"in <country>, where" + the tariff word ("a tariff cut in Brazil, where duties on European cars …")',
    reason: 'imposer: {imposer} — the duties are the ones charged where the clause places them',
    when: ({ input, usable }) => {
      const { paragraph, tariffWordStart } = input;
      if (tariffWordStart === null) return null;
      const actor = usable.filter((a) => a.end < tariffWordStart && tariffWordStart - a.end < 60).pop();
      if (!actor || !/\b(?:in|at)\s+(?:the\s+)?$/i.test(paragraph.slice(Math.max(0, actor.start - 8), actor.start))) return null;
      return WHERE_BEFORE.test(paragraph.slice(actor.end, tariffWordStart)) ? actor.country : null;
    },
    examples: [{ text: 'The quickest relief may be a tariff cut in Brazil, where duties on European cars of up to 35% are set to fall to zero.', fact: '35%', expect: { imposer: 'Brazil', target: 'European cars' } }],
    counterExamples: [{ text: 'Exporters in Brazil face duties of up to 35% on European cars.', fact: '35%' }],
  },
  {
    id: 'tariff.imposer.which-acts',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '<country> + ", which (has) <verb of acting>" + the tariff word',
    reason: 'imposer: {imposer} — the relative clause after it says it acts on the tariff',
    when: ({ input, usable }) => {
      const { paragraph, tariffWordStart } = input;
      if (tariffWordStart === null) return null;
      const actor = usable.filter((a) => a.end < tariffWordStart && tariffWordStart - a.end < 120).pop();
      return actor && WHICH_ACTS.test(paragraph.slice(actor.end, tariffWordStart)) ? actor.country : null;
    },
    examples: [{ text: 'Compare that with Peru, which has just doubled duties on Chinese cars to 50%, or the European Union.', fact: '50%', expect: { imposer: 'Peru', target: 'Chinese cars' } }],
    counterExamples: [{ text: 'Compare that with Peru, which exports most of its copper to markets with duties of 50%.', fact: '50%' }],
  },
  {
    id: 'tariff.imposer.elliptic-possessive',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '"and|while <Country>\'s on <goods> (to) N%": the tariff word left out after a possessive',
    reason: "imposer: {imposer} — its possessive stands for its own tariff",
    when: ({ input, usable }) => {
      const { paragraph, sentenceStart } = input;
      const anchor = input.rateStart ?? input.anchor;
      const lead = paragraph.slice(Math.max(sentenceStart, anchor - 120), anchor);
      const m = ELLIPTIC_POSSESSIVE.exec(lead);
      if (!m) return null;
      const at = anchor - lead.length + m.index + m[0].indexOf(m[1]);
      return usable.find((a) => a.start === at)?.country ?? null;
    },
    examples: [{ text: "Under the truce, U.S. duties on Chinese goods fall to 30% and China's on American goods to 10%.", fact: '10%', expect: { imposer: 'China' } }],
    counterExamples: [{ text: "Under the truce, U.S. duties on Chinese goods fall to 30% and on Canadian goods to 10%.", fact: '10%', expect: { imposer: 'United States' } }],
  },
  {
    id: 'tariff.imposer.list-continues',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'the next rate of a list after a rate with a named owner ("X\'s 25% tariff on steel and 15% tariff on aluminum")',
    reason: 'imposer: {imposer} — the list of rates it belongs to is its',
    when: ({ input }) => {
      const prior = input.listedAfter;
      if (!prior || !prior.country || prior.end > input.anchor) return null;
      return LIST_CONTINUES.test(input.paragraph.slice(prior.end, input.anchor)) ? prior.country : null;
    },
    examples: [{ text: "Beijing answered Canberra's 25% tariff on wine and 15% tariff on beef.", fact: '15%', expect: { imposer: 'Australia', target: 'beef' } }],
    counterExamples: [{ text: "Beijing answered Canberra's 25% tariff on wine, and China then set a 15% tariff on beef.", fact: '15%', expect: { imposer: 'China' } }],
  },
  {
    id: 'tariff.imposer.pronoun',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '"its"/"their" before the rate, pointing back to the nearest acting country',
    reason: 'imposer: {imposer} — "its" points back to it',
    when: ({ input, roles }) => {
      const { paragraph, sentenceStart, anchor, rateStart } = input;
      // "its" before the tariff word, else before the rate itself: "…, and Indonesia retains its 25% ceiling on sugar"
      // is governed by the first clause's "tariff" but owned in its own.
      const pronoun = ITS_BEFORE.exec(paragraph.slice(sentenceStart, anchor)) ?? (rateStart !== undefined && rateStart > anchor ? ITS_BEFORE.exec(paragraph.slice(sentenceStart, rateStart)) : null);
      if (!pronoun) return null;
      const at = sentenceStart + pronoun.index;
      const antecedent = roles().filter((r) => r.a.end <= at && r.role !== 'origin').pop();
      return antecedent && paragraph.slice(antecedent.a.end, at).split(/\s+/).length <= 6 ? antecedent.a.country : null;
    },
    examples: [
      { text: 'Thailand said it would keep its 30% tariff on Australian oranges.', fact: '30%', expect: { imposer: 'Thailand' } },
      { text: 'Ghana cut its import tax on rice to 10% from 20%.', fact: '10%', expect: { imposer: 'Ghana', target: 'rice' } },
      { text: 'The Philippines will keep its 35% tariff on rice, and Indonesia keeps its 25% ceiling on sugar.', fact: '25%', expect: { imposer: 'Indonesia' } },
    ],
    counterExamples: [{ text: 'Thailand said the 30% tariff on Australian oranges would stay.', fact: '30%' }],
  },
  {
    id: 'tariff.imposer.by-phrase',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '"imposed by X", "a duty in X"',
    reason: 'imposer: {imposer} — the tariff is said to be imposed by it or charged in it',
    when: ({ roles }) => roles().find((r) => r.role === 'possessor')?.a.country,
    examples: [
      { text: 'Exporters must now pay the 18% surcharge imposed by Egypt on Turkish glass.', fact: '18%', expect: { imposer: 'Egypt' } },
      // "in X, where …": the rate is charged in the place the clause is about.
      { text: 'The dispute echoes one in Honduras, where the economy ministry agreed to a 20% surcharge on yellow corn.', fact: '20%', expect: { imposer: 'Honduras' } },
      // Where a rate is paid: "pays 8% in China".
      { text: 'Colombian flowers face duties everywhere. Colombian coffee pays 8% in China.', fact: '8%', expect: { imposer: 'China' } },
    ],
    counterExamples: [
      { text: 'Egypt imposed an 18% surcharge on Turkish glass.', fact: '18%' },
      { text: 'The tariff on Chinese e-bikes is 25%. Several brands now assemble in Mexico, where qualifying bikes enter the United States at 0%.', fact: '0%', expect: { imposer: 'United States' } },
    ],
  },
  {
    id: 'tariff.imposer.importer',
    kind: 'tariff',
    decides: 'imposer',
    anchor: '"exports to X", "shipments into X": the importing country',
    reason: 'imposer: {imposer} — the goods are shipped into it',
    when: ({ roles }) => roles().find((r) => r.role === 'importer')?.a.country,
    examples: [
      { text: 'Brazilian coffee entering the U.S. faces a 50% duty under the new order.', fact: '50%', expect: { imposer: 'United States' } },{ text: 'Cocoa exports to Malaysia face a 12% tariff.', fact: '12%', expect: { imposer: 'Malaysia' } }],
    counterExamples: [{ text: 'Malaysia set a 12% tariff on cocoa.', fact: '12%' }],
  },
  {
    id: 'tariff.imposer.subject',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'an acting country or agency before the rate ("Washington imposed…", "the Commerce Department set…")',
    reason: 'imposer: {imposer} — it acts in the sentence that gives the rate',
    // The nearest acting country before the rate: "Trump unveiled a tariff…, and China hit back, saying it will slap 25% tariffs…";
    // read for a whole paragraph (no rate), its first acting country.
    when: ({ input, roles }) => {
      const before = roles().filter((r) => r.role === 'agent' && r.a.start < input.anchor);
      return (input.tariffWordStart === null && input.anchor >= input.sentenceEnd ? before[0] : before.pop())?.a.country;
    },
    examples: [
      // The named U.S. programme: "reciprocal tariffs" are Washington's.
      { text: 'Exporters face reciprocal tariffs of 19% for Thailand and 20% for Vietnam.', fact: '19%', expect: { imposer: 'United States', target: 'Thailand' } },
      { text: 'Peru imposed a 20% tariff on Bolivian sugar.', fact: '20%', expect: { imposer: 'Peru', target: 'Bolivian sugar' } },
      { text: 'The Commerce Department set a 45% duty on Vietnamese catfish.', fact: '45%', expect: { imposer: 'United States' } },
      { text: 'Beijing hit back with 15% levies on American pork.', fact: '15%', expect: { imposer: 'China', target: 'American pork' } },
      // A seat of government stands for it, as "Beijing" does.
      { text: 'Malacañang approved a plan to raise the tariff on imported rice to 35% from 15%.', fact: '35%', expect: { imposer: 'Philippines' } },
      { text: 'Peru will apply import duties of up to 35% on toys.', fact: '35%', expect: { imposer: 'Peru', target: 'toys' } },
      { text: 'Beijing answered the EV surtax with a 100% duty on Canadian canola oil.', fact: '100%', expect: { imposer: 'China', target: 'Canadian canola oil' } },
      // The state by its formal name acts as the country.
      { text: 'India charges a 100% tariff on walnuts, and the Government of Canada has applied a 25% counter-tariff to a list of U.S. products.', fact: '25%', expect: { imposer: 'Canada', target: 'U.S. products' } },
    ],
    counterExamples: [
      // A body many countries have is not Washington's where the text names another country whose legislature it is.
      { text: 'Following approval by Congress, tariffs of 35% will apply to goods from countries with which Mexico has no trade agreement.', fact: '35%', expect: { imposer: 'Mexico' } },
      { text: 'Bolivian sugar faces a 20% tariff under a new Peruvian rule.', fact: '20%', expect: { target: 'Bolivian sugar' } },
      { text: 'For Malaysia, the department set a countervailing duty rate of 4.86% for Borneo Surface Sdn. Bhd. and 6.1% for the rest.', fact: '6.1%', expect: { imposer: '' } },
      // A demonym before goods ("American beans", "Brazilian cargoes") names where they come from; it does not act.
      { text: 'China raised its tariff on soybeans. Imported American beans now pay 23% in all, while Brazilian cargoes still pay only 5%.', fact: '5%', expect: { imposer: 'China', target: 'Brazilian cargoes' } },
    ],
  },
  {
    id: 'tariff.imposer.actor-after',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'an acting country named after the rate ("A 20% tariff, Peru said, …")',
    reason: 'imposer: {imposer} — the acting country of the sentence, named after the rate',
    when: ({ roles, input }) => roles().find((r) => r.role === 'agent' && !describesWhatIsHit(r.a, input.paragraph))?.a.country,
    examples: [{ text: 'A 20% tariff on sugar is coming, Peru announced.', fact: '20%', expect: { imposer: 'Peru' } }],
    counterExamples: [
      { text: 'Peru announced a 20% tariff on sugar.', fact: '20%' },
      // A country that pays the rate, in a clause of its own, does not act.
      { text: 'Under the free trade agreement with China, the tariff on our frozen shrimp has gone from 8% to zero. That is a real advantage over India, which still pays 8% in China.', fact: '8% in', expect: { imposer: 'China' } },
      // The country a rate is "for" bears it.
      { text: 'Exporters face punitive tariffs of 19% for Thailand and 20% for Vietnam.', fact: '20%', expect: { imposer: '', target: 'Vietnam' } },
      // A country set before its rate in a list of what goods face is where they come from.
      { text: 'Washington set new reciprocal tariffs on Thursday. Cambodia and Thailand face 19%, Bangladesh 20% and India 25%.', fact: '19%', expect: { imposer: 'United States' } },
      // A country placed at a rate, or one of a list that bears it, is not acting.
      { text: 'Washington set new reciprocal tariffs on Thursday. At 20%, Vietnam sits mid-pack. Malaysia, Indonesia and the Philippines face 19%.', fact: '19%', expect: { imposer: 'United States' } },
      // "China-wide": the rate of a country's producers at large, who bear it.
      { text: 'The Commerce Department kept its anti-dumping order on crawfish tail meat, with a China-wide rate of 223.01%.', fact: '223.01%', expect: { imposer: 'United States' } },
      // A demonym before a lower-case noun describes what a rate hits; it does not act.
      { text: 'A 25% duty would make Chilean cathode uncompetitive against domestic and Canadian-origin metal.', fact: '25%', expect: { imposer: '' } },
      // A country's producers, like its goods, are what a rate hits.
      {
        text: 'The Commerce Department set duties on shrimp from Ecuador and Vietnam. Combined rates now range from 4.9% for the biggest Ecuadorian packer to more than 110% for Vietnamese exporters.',
        fact: '110%',
        expect: { imposer: 'United States' },
      },
    ],
  },
  {
    id: 'tariff.imposer.exporting-country',
    kind: 'tariff',
    decides: 'imposer',
    anchor: 'an export duty or tax + the one country its goods leave from',
    reason: 'imposer: {imposer} — an export duty is levied by the country the goods leave',
    // Its goods name their origin ("nickel leaving Indonesian ports"): for an export duty that country levies it.
    when: ({ input }) => {
      if (input.tariffWordStart === null || !EXPORT_BEFORE.test(input.paragraph.slice(Math.max(input.sentenceStart, input.tariffWordStart - 12), input.tariffWordStart))) return undefined;
      const origins = [...new Set([input.targetCountry, ...countriesHitBy(input.target ?? '')].filter(Boolean))];
      if (origins.length) return origins.length === 1 ? origins[0] : undefined;
      // "Argentine soybean prices rose after the ministry said export duties on soybeans will be cut":
      // goods that name no origin leave the one country the sentence names (not one they are shipped to).
      const { paragraph, sentenceStart } = input;
      const home = new Set(input.actors.filter((a) => !GOES_INTO.test(paragraph.slice(Math.max(sentenceStart, a.start - 20), a.start))).map((a) => a.country));
      return home.size === 1 && input.actors.every((a) => home.has(a.country)) ? [...home][0] : undefined;
    },
    examples: [
      { text: 'From January, nickel pig iron leaving Indonesian ports will be subject to an export duty of 7.5%.', fact: '7.5%', expect: { imposer: 'Indonesia' } },
      { text: 'Argentine soybean prices rose after the Economy Ministry said export duties on soybeans will be cut from 33% to 26%.', fact: '26%', expect: { imposer: 'Argentina' } },
    ],
    counterExamples: [{ text: 'From January, nickel pig iron from Indonesia will be subject to an import duty of 7.5%.', fact: '7.5%', expect: { imposer: '' } }],
  },
];

const EXPORT_BEFORE = /(?<![\p{L}-])export\s+$/iu;

/** Every country a target names ("Chinese goods", "imports from Mexico and Canada"): the rate hits them. Remembered per target. */
export const countriesHitBy = memoize(
  (target: string): ReadonlySet<string> =>
    // ("beef from countries with which Japan has no agreement": the country of the relative clause is the measure's, not hit.)
    new Set(target ? findActors(target).filter((a) => !GOES_INTO.test(target.slice(Math.max(0, a.start - 20), a.start)) && !/\bwhich\s+$/i.test(target.slice(Math.max(0, a.start - 8), a.start))).map((a) => countryOfPlace(a.text) || a.country) : []),
);

/** The country imposing the tariff and the rule that named it, or null when the sentence does not say. */
export function imposerDecision(input: ImposerInput): { country: string; rule: string } | null {
  const hit = new Set([input.targetCountry, ...countriesHitBy(input.target ?? '')]);
  const usable = input.actors.filter((a) => !hit.has(a.country));
  let roles: Array<{ a: ActorMention; role: ActorRole }> | null = null;
  const ctx: ImposerContext = { input, usable, roles: () => (roles ??= usable.map((a) => ({ a, role: roleOf(a, input.paragraph, input.sentenceStart) }))) };
  const found = decide(IMPOSER_RULES, ctx);
  return found && found.value ? { country: found.value, rule: found.rule } : null;
}

/** The country imposing the tariff, or "" when the sentence does not say. */
export function imposerOf(input: ImposerInput): string {
  return imposerDecision(input)?.country ?? '';
}
