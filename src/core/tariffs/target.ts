/**
 * What a tariff applies to, as the article says it: the phrase after "on", "against" or "for"
 * ("tariffs on Chinese imports", "a 20% tariff for its exports"), else a goods word before the
 * tariff word ("25% steel tariffs").
 */
import { countryOfPlace, findActors } from '../countries';
import { capitalizedPattern, rx } from '../lexicon/wordList';
import { afterDateline } from '../articleHead';
import { ABBREVIATION_WORDS } from '../lexicon/abbreviations';
import { GOVERNMENT_BODY_HEADS } from '../lexicon/governmentActors';
import { POSSESSIVE_DETERMINERS, SPEECH_VERBS, THAT_CLAUSE_VERBS } from '../lexicon/speechVerbs';
import { MODIFIER_PREPOSITIONS } from '../lexicon/words';
import { TRADE_LAW_NUMBERS } from '../lexicon/measures';

// The abbreviations as written in copy, capitalized ("St", "Corp"): the stop pattern is case-sensitive.
const ABBREVIATION_WORDS_CAP = capitalizedPattern(ABBREVIATION_WORDS);
import { decide, type Rule } from '../rules/rule';
import { memoize } from '../memo';
import { goodsThatMove } from './goodsMove';
import { hitWith } from './hitWith';
import { ACT_LEADS, CLAUSE_SUBJECTS, ENTER_VERBS, COVER_VERBS, GOODS_BEAR_VERBS, KEEP_VERBS, IMPOSE_RATE_VERBS, RANGE_VERBS, SET_BY_VERBS, VERB_LEADS } from '../lexicon/changeVerbs';
import { ALL_GOODS, COUNT_GOODS, GOODS_NOUNS } from '../lexicon/goods';
import { CLAUSE_WORDS, POINTING_DETERMINERS, LIST_SIZES, COLLECTIVE_NOUNS, PERCENT_UNIT, TARIFF_NOUNS, CLAUSE_OPENERS, NOT_PRODUCER_NOUNS, SUBORDINATORS, FROM_TIMES, MONTHS, MULTIPLIERS, PERIOD_PARTS, TARGET_FUNCTION_STARTS, TARGET_LEAD_BLOCKERS, TARGET_PREPOSITIONS, TARGET_STOPS, TARGET_TRAILERS, TARIFF_KINDS, WEEKDAYS, PRODUCT_DUTY_KINDS, IMPOSER_NOUNS, VERB_FORMS, VERB_GROUP_ADVERBS, ASIDE_PREPOSITIONS, NUMBER_WORDS, PERIOD_UNITS, LIST_NOUNS, LIST_VERBS, CASE_NOUNS, APPLIES_TO, APPLY_VERBS, ORDINAL_WORDS, NOT_GOODS_HEADS, APPROXIMATIONS, COVERED_CURRENCIES, MODALS, GOODS_PARTICIPLES, PARTICIPLE_LINKS, ADVERBIAL_SUBORDINATORS, RATE_PARTICIPLES, RATE_PARTICIPLE_LINKS, REMEDY_NOUNS, CASE_FINDINGS, QUANTITY_UNITS, PRODUCER_NOUNS, OPENING_PREPOSITIONS, COMPARISON_WORDS, DUTY_BURDEN_VERBS } from '../lexicon/tariffWords';
import { LIST_MARK } from '../listMarks';

/** A trade law's name before the tariff word ("Section 301"): what the tariff is, not the goods it hits. */
const TRADE_LAW_NAME = rx('i')`^(?:section\s+)?${TRADE_LAW_NUMBERS}$`;

// "on", "against" or "for" right after the rate or tariff word, at most two words on ("tariffs imposed on").
// Or a verb of applying: "a 7.5% duty applies to Thai shrimp".
const LEAD = rx('iu')`^\s*((?:[\p{L}'’-]+\s+){0,2}?)(?:${TARGET_PREPOSITIONS}|${APPLIES_TO})\s+`;
const LEAD_BLOCK = rx('i')`\b${TARGET_LEAD_BLOCKERS}\s`;
// Where a target phrase ends: punctuation, a clause word, a following rate or amount, a date, or a
// plural's past-tense verb before its object ("on Bangladeshi goods pushed American buyers to …").
// A full stop after an initial or an abbreviation ("St. Maartener", "Corp.") does not end it; "and
// the" does, unless a name follows ("Saint Vincent and the Grenadines").
const STOP = rx('u')`[,;:!?"“”()—–]|(?<!(?:^|[\s.])(?:\p{Lu}|${ABBREVIATION_WORDS}|${ABBREVIATION_WORDS_CAP}))\.(?=\s|$)|\.(?=\p{Lu}\p{Ll})|\sfrom\s+(?:the\s+current\s+|a\s+)?[\d$]|\sin\s+\d|\sand\s+(?:(?:a|an)\b|the\b(?!\s+\p{Lu})|\d|[A-Z][a-z]+\s+tariffs)|\s[\d$€£]|\s${RANGE_VERBS}\s+from\s+[\d$]|\s${GOODS_PARTICIPLES}\s+${PARTICIPLE_LINKS}\s|\s${RATE_PARTICIPLES}\s+${RATE_PARTICIPLE_LINKS}\s|(?<=\p{Ll}s)\s\p{Ll}{3,}ed\s+(?=(?:${POINTING_DETERMINERS}|${POSSESSIVE_DETERMINERS}|an?)\s|\p{Lu})`;
// The same stops made of words, in any case: "that", "from Aug. 1", "in early 2026".
// … and a stretch of time after the goods: "on Ukrainian wheat for another year".
const STOP_WORD = rx('iu')`\sand\s+(?:[\p{L}-]+\s+)?${TARIFF_NOUNS}(?![\p{L}-])|\s(?:${TARGET_STOPS})\b|\sfrom\s+(?:${FROM_TIMES}|${MONTHS}|${WEEKDAYS})\b|\s(?:on|by|since|until)\s+(?:${MONTHS})\b|\sin\s+(?:${PERIOD_PARTS}|${MONTHS})\b|\sin\s+an?\s|\sfor\s+(?:another|a\s+further|the\s+next|an?|\d+|${NUMBER_WORDS})\s+(?:more\s+)?(?:${PERIOD_UNITS}|weeks?|days?)(?![\p{L}-])`;

/** Where the target phrase in `rest` ends (its length when nothing stops it). */
function stopAt(rest: string): number {
  const a = STOP.exec(rest)?.index ?? rest.length;
  const b = STOP_WORD.exec(rest)?.index ?? rest.length;
  return Math.min(a, b);
}
// "on about 300 billion U.S. dollars of Chinese imports": an approximation and a currency named in words too.
const COVERED_TRADE = rx('')`^(?:${APPROXIMATIONS}\s+)?(?:[A-Z]{0,3}[$€£¥]|US\$)?\d[\d.,]*\s?${MULTIPLIERS}?\s*(?:(?:U\.S\.\s+|US\s+)?${COVERED_CURRENCIES}(?:['’]\s+|\s+))?(?:\([^)]{0,30}\)\s*)?(?:worth\s+of|in|of)\s+`;
// "on a list of 106 U.S. products": the list is not the goods.
const COLLECTIVE = rx('i')`^(?:an?|the)\s+(?:${LIST_SIZES}\s+)?${COLLECTIVE_NOUNS}\s+of\s+`;
const TRAILING_PREPOSITION = rx('i')`(?:\s+${TARGET_TRAILERS})+$`;
const FUNCTION_START = rx('i')`^${TARGET_FUNCTION_STARTS}\b`;
const DAY_AT_END = /\s+(?:on|last|this|next)\s+(\p{Lu}\p{Ll}+)$/u;

// "the 15% tariff that Washington applies to Ghanaian goods": a relative clause whose subject places the tariff.
const RELATIVE_LEAD = rx('u')`^\s*(?:that|which)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:${ACT_LEADS}\s+)?\p{Ll}+\s+(?:on|to|against)\s+`;
// "the standard 2.7% tariff the bloc already levies on heat pumps": the same clause without its "that".
const CONTACT_RELATIVE_LEAD = rx('u')`^\s*(?:the\s+${IMPOSER_NOUNS}|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+(?:${VERB_GROUP_ADVERBS}\s+|${ACT_LEADS}\s+)?${IMPOSE_RATE_VERBS}\s+(?:on|to|against)\s+`;

// "a safeguard duty of 14% for two years": a stretch of time, not goods.
const DURATION = rx('iu')`^(?:a|an|the|\d+|${NUMBER_WORDS})\s+(?:more\s+|further\s+|additional\s+)?(?:${PERIOD_UNITS}|weeks?|days?)(?![\p{L}-])`;

// "… from 20% to 35% and on synthetic fabric to 25 per cent": the goods between "and on" and "to" after a rate.
// A rate, then "and" opening the next item of the list: "… to 35% and on …", "… to 32 percent, and for …".
const RATE_THEN_AND = rx('iu')`\d\s?${PERCENT_UNIT}[^.;%]{0,20}?(?:,\s*|\s)and\s+`;
const AND_ON_GOODS = rx('iu')`${RATE_THEN_AND.source}on\s+([^,;.%\d]{2,60}?)\s+(?:to|at|from)\s+(?:\d[\d.,]*\s?${PERCENT_UNIT}\s+to\s+)?$`;
// "The EU applies a 10% tariff to cars": the verb of applying before the rate, "to" after its tariff word.
const APPLIED_BEFORE = rx('iu')`(?<![\p{L}-])${APPLY_VERBS}\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}$`;
const TO_GOODS = /^\s+to\s+/;

// "… tariffs that took effect in March cover …": an optional relative clause, then the verb of covering.
const ANY_GOODS = rx('iu')`(?<![\p{L}-])${ALL_GOODS}(?![\p{L}-])`;
const COVERS_AFTER = rx('iu')`^\s+(?:(?:that|which)\s+[^,.;:]{1,60}?\s+)?(?:${MODALS}\s+)?(?:now\s+)?${COVER_VERBS}\s+`;

/** The target phrase starting at `from` in the paragraph, or "". */
function phraseAfter(paragraph: string, from: number, limit: number): string {
  const phrase = phraseAfterRate(paragraph, from, limit);
  return DURATION.test(phrase) ? '' : phrase;
}

function phraseAfterRate(paragraph: string, from: number, limit: number): string {
  const window = paragraph.slice(from, Math.min(limit, from + 160));
  const lead = LEAD.exec(window);
  if (!lead || LEAD_BLOCK.test(lead[1])) {
    const relative = RELATIVE_LEAD.exec(window) ?? CONTACT_RELATIVE_LEAD.exec(window);
    return relative ? goodsPhrase(window.slice(relative[0].length)) : '';
  }
  return goodsPhrase(window.slice(lead[0].length));
}

// One or two words in quotation marks with a lower-case noun after them: '"sensitive" products'.
const SCARE_QUOTED = /["“](?:\p{Ll}[\p{L}-]*)(?:\s\p{Ll}[\p{L}-]*)?["”](?=\s+\p{Ll})/gu;
const GOODS_SERIES = /^[^,;:.!?"“”()]{1,40}?(?:,\s+\p{Ll}[\p{L}-]*(?:\s+[\p{L}.-]+){0,3}?)+,?\s+(?:and|or)\s+/u;

const PARAGRAPH_BREAK = /\n[ \t]*(?:\n|\|)[^]*$/;

/** The goods phrase `text` opens with ("Thai plywood last year and …" → "Thai plywood"), or "". */
function goodsPhrase(text: string): string {
  // "on $3.1 billion in imports of Norland cheese": the money is the trade covered, the goods follow.
  // A headline with no full stop ends at the blank line or table below it.
  const rest = text.slice(0, 160).replace(PARAGRAPH_BREAK, '').replace(COVERED_TRADE, '').replace(COLLECTIVE, '');
  // 'for "sensitive" products': a word in scare quotes inside the goods does not end them.
  const read = rest.replace(SCARE_QUOTED, (m) => m.replace(/["“”]/g, "'"));
  // "on steel, toys, footwear and motorcycles": a series of goods runs past its commas to "and"/"or".
  const series = GOODS_SERIES.exec(read);
  const skip = series && series[0].split(/[\s,]+/).every((w) => !TARGET_STOPS.has(w)) ? series[0].length : 0;
  // "tariffs on steel at 25%", "a tariff on cars of 15%": the preposition before the rate is not the goods'.
  // "phosphate fertilisers from Morocco on Friday": the day the duty was set is not the goods'.
  const phrase = rest.slice(0, skip + stopAt(read.slice(skip))).trim().replace(TRAILING_PREPOSITION, '').replace(DAY_AT_END, (m, day: string) => (WEEKDAYS.has(day) ? '' : m));
  // "on about 300 tariff lines": the number stops the phrase, and the word left before it is no goods.
  if (TARGET_TRAILERS.has(phrase)) return '';
  const words = phrase.split(/\s+/);
  // "on Monday", "for August": a date, not goods.
  const first = words[0]?.replace(/\.$/, '') ?? '';
  if (MONTHS.has(first) || WEEKDAYS.has(first)) return '';
  // "to the first 10,000 tonnes": an ordinal whose quantity the stop cut off.
  if (words.length <= 2 && ORDINAL_WORDS.has(words[words.length - 1].toLowerCase())) return '';
  // "on political grounds", "on top of existing duties": a reason or a position, not goods.
  const edges = [first, words[words.length - 1]].map((w) => w.replace(/[.,]$/, '').toLowerCase());
  if (edges.some((w) => NOT_GOODS_HEADS.has(w))) return '';
  // Up to fifteen words: a notification's goods run long ("lithium-ion cells for use in the manufacture of battery packs for electric vehicles").
  return words.length > 15 || FUNCTION_START.test(phrase) ? '' : phrase;
}

export interface TargetInput {
  paragraph: string;
  sentenceEnd: number;
  rateEnd: number;
  tariffWord: { start: number; end: number } | null;
  /** Where the rate's sentence and the rate start, for rules that read the subject. */
  sentenceStart?: number;
  rateStart?: number;
}

/** The rate has goods of its own right after it, past a tariff word that an earlier rate holds: "a 12% duty on tires, and 10% on wheels". */
const OWN_NOUN_THEN_GOODS = /^\s*(?:\p{Ll}[\p{Ll}-]*\s+)?(?=(?:on|for|against)\s)/u;
function ownGoods(paragraph: string, rateEnd: number, sentenceEnd: number, tariffWord: { start: number; end: number }): boolean {
  const heldBefore = ANOTHER_RATE.test(paragraph.slice(Math.max(0, tariffWord.start - 25), tariffWord.start));
  if (!heldBefore) return false;
  // "… and Indonesia keeps its 25% ceiling on sugar": one noun of the rate's own, then its goods.
  const own = OWN_NOUN_THEN_GOODS.exec(paragraph.slice(rateEnd, sentenceEnd));
  return own !== null && phraseAfter(paragraph, rateEnd + own[0].length, sentenceEnd) !== '';
}

// ", while that on lentils …", "and those on pears …": the pronoun stands for a tariff word.
// "… and China's on American goods to 10%": a country's possessive stands for its own tariff too.
const THAT_ON = /(?:\bwhile|\band|,)\s+(?:that|those|\p{Lu}[\p{L}.]*['’]s)\s+(on|for|against)\s/giu;
const ANOTHER_RATE = rx('i')`\d\s?${PERCENT_UNIT}`;
const LAST_RATE = rx('is')`\d\s?${PERCENT_UNIT}(?!.*\d\s?${PERCENT_UNIT})`;
/** "tariffs of 26% on India, 21% on …": the gap holds an earlier item of a list (not "from 39% to"). */
function listedAfterAnother(gap: string): boolean {
  const last = LAST_RATE.exec(gap);
  // "… from 64 percent to 32 percent, and on pickup trucks from 20 percent to": "and on" opens the next item's goods.
  return last !== null && (/,|\band\b|;/.test(gap.slice(last.index)) || AND_ON_AFTER_RATE.test(gap));
}
const AND_ON_AFTER_RATE = rx('iu')`${RATE_THEN_AND.source}(?:on|for)\s`;
const BEARS = rx('giu')`(?<![\p{L}-])${GOODS_BEAR_VERBS}(?![\p{L}-])`;
const LEADS_AT_END = rx('iu')`(?:\s+(?:${VERB_LEADS}))+\s*$`;
// "that had entered duty-free", "which enter from Vietnam": a relative clause whose verb follows its pronoun.
const RELATIVE_CLAUSE_VERB = rx('iu')`^\s(?:that|which|who)\s+(?:(?:${VERB_FORMS}|${MODALS}|${VERB_LEADS})\s|\p{Ll}+(?:ed|s)\s)`;
// A speech verb ends its speaker: "The ministry said wines from Chile would be subject to …".
const CLAUSE_BREAK = rx('giu')`[,;:]\s+|\s(?:${CLAUSE_OPENERS}|${SUBORDINATORS}|${CLAUSE_WORDS})\s+|\s${SPEECH_VERBS}\s+(?:that\s+)?`;
// ", which …," and ", currently taxed on a sliding scale …,": asides between the goods and their verb.
// (Also an apposition on a producer: "Agrícola Valle del Fuerte, one of the two exporters investigated, received 20.91%".)
const RELATIVE_ASIDE = rx('giu')`,\s+(?:which|who|whose|(?:currently|${VERB_GROUP_ADVERBS})\s+\p{Ll}+ed|\p{Ll}+ed\s+${ASIDE_PREPOSITIONS}\b|(?:one|two|both|each)\s+of\s|(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}?${PRODUCER_NOUNS}(?![\p{L}-]))[^,;]*,`;
// "… applies to shipments from ASEAN partners" before ", which …": the goods after the verb's preposition.
const OBJECT_BEFORE_RELATIVE = /\s\p{Ll}+s?\s+(?:to|on)\s+((?:\p{L}[\p{L}.'’-]*\s+){0,5}\p{L}[\p{L}.'’-]*)$/u;
// "Nickel matte, which until now paid 3%": the rate sits in the relative clause; its noun is before the comma.
const RELATIVE_OPEN = /,\s+(?:which|who|that)(?:\s+[\p{L}-]+){0,3}\s*$/u;
// A clause word left at the front once the clause break is cut: ", while ferronickel will be subject to".
const OPENER_LEFT = rx('iu')`^(?:${CLAUSE_OPENERS})\s+`;

// Words that end a series item on its left: a clause word, a verb or an auxiliary ("while steel, …").
const NOT_SERIES_WORD = rx('iu')`^(?:${CLAUSE_OPENERS}|${SUBORDINATORS}|${CLAUSE_WORDS}|${VERB_LEADS}|${VERB_FORMS})$`;

/**
 * Where a series of goods that closes a subject begins: "Textiles and clothing", "steel, toys,
 * footwear and motorcycles" (items of one to four words, the last joined by "and" or "or"), else
 * -1. Its commas and "and" join the goods; they do not open a clause.
 */
export function goodsSeriesStart(subject: string): number {
  const m = /(?:^|[\s,])(?:and|or)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s*$/u.exec(subject);
  if (!m || NOT_SERIES_WORD.test(m[1].split(/\s+/)[0])) return -1;
  let start = -1;
  // Walk the items back from the "and": each one to three words, none a clause word or a verb.
  let end = m.index;
  for (;;) {
    const comma = subject.lastIndexOf(',', end - 1);
    const item = subject.slice(comma + 1, end);
    const words = [...item.matchAll(/\S+/g)];
    let cut = words.length - 1;
    while (cut >= 0 && !NOT_SERIES_WORD.test(words[cut][0])) cut--;
    const kept = words.slice(cut + 1);
    if (!kept.length || kept.length > 4) break;
    start = comma + 1 + (kept[0].index ?? 0);
    if (cut >= 0 || comma < 0) break;
    end = comma;
  }
  return start;
}

/**
 * The goods (or country) that bear the rate as the subject of its clause: "Apples will attract
 * import duty of 75 per cent", "Japan's cars face a 15% tariff", "South Korea … continues to face
 * a 25 percent auto tariff". Not people or markets ("consumers will pay"), not importers.
 */
/**
 * A break that stays inside the goods: "countries with which Japan has no agreement" (a preposition's
 * "which"), "imports in bonded warehouses before November 3" (a time word before a date).
 */
function insideGoods(subject: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  if (/^\swhich\s+$/i.test(m[0]) && PREPOSITION_END.test(subject.slice(Math.max(0, at - 8), at))) return true;
  if (/^\s(?:with|as)\s+$/i.test(m[0]) && /^which\s/i.test(subject.slice(at + m[0].length))) return true;
  return /^\s(?:before|after|since|until)\s+$/i.test(m[0]) && DATE_START.test(subject.slice(at + m[0].length, at + m[0].length + 14));
}
const PREPOSITION_END = rx('iu')`(?:^|\s)${MODIFIER_PREPOSITIONS}$`;
const DATE_START = rx('iu')`^(?:${MONTHS}|\d)`;
// "…, since Korean vehicles pay the same 15% levy": the clause's opener is not part of the goods.
const ADVERBIAL_OPENER = rx('iu')`^(?:${ADVERBIAL_SUBORDINATORS})\s+`;
// "Under the final results Cariboo Ridge Ltd." (its aside taken out): a framing phrase of lower-case words before a name.
const FRAMING_OPENER = rx('u')`^${capitalizedPattern(OPENING_PREPOSITIONS)}\s+(?:\p{Ll}[\p{L}-]*\s+){1,5}(?=\p{Lu})`;
// "Up to 400,000 tonnes of milled rice a year can enter at 10%": the goods are what the quantity counts.
const QUANTITY_OF = rx('iu')`^(?:${APPROXIMATIONS}\s+)?[\d.,]+\s+(?:(?:million|billion|thousand)\s+)?(?:metric\s+)?${QUANTITY_UNITS}\s+of\s+`;
// "1. Frozen pork remains subject to …": a numbered item's marker is not part of the goods.
const ITEM_MARKER = rx()`^${LIST_MARK}\s+`;
// '“Our engineering goods already face …': a quotation's opening mark and a speaker's possessive are not the goods.
const QUOTE_OPEN = /^["“‘']+\s*(?:(?:our|their|my|your)\s+)?/i;
const PER_PERIOD_END = /\s+(?:a|per|each)\s+(?:year|month|week)$|\s+(?:annually|yearly)$/i;
const EXAMPLE_TAIL = /,\s+(?:including|such as|excluding|except)\s[^,;]*,?\s*$/i;
const BRACKETED_ASIDE = /\s*\([^()]{1,80}\)(?=[\s,])/g;

function subjectThatBears({ paragraph, sentenceStart, rateStart }: TargetInput): string | null {
  if (sentenceStart === undefined || rateStart === undefined) return null;
  // "(HS 2101.11 and 2101.12)", "(heading 87.03)": a bracketed aside is no part of the subject.
  const lead = paragraph.slice(Math.max(sentenceStart, rateStart - 200), rateStart).replace(RELATIVE_ASIDE, '').replace(BRACKETED_ASIDE, '');
  let verb: RegExpExecArray | null = null;
  for (const m of lead.matchAll(BEARS)) verb = m;
  if (!verb) return null;
  // The verb governs the rate: a few words between ("attract customs duty at the rate of").
  const rest = lead.slice(verb.index + verb[0].length);
  if (/[,;:]/.test(rest) || rest.split(/\s+/).filter(Boolean).length > 8) return null;
  // "Extracts of coffee, including instant coffee, shall attract …": the example tail is no clause of its own.
  let subject = lead.slice(0, verb.index).replace(LEADS_AT_END, '').replace(EXAMPLE_TAIL, '');
  const relative = RELATIVE_OPEN.exec(subject);
  if (relative) {
    subject = subject.slice(0, relative.index);
    // "the same 15% applies to shipments from ASEAN partners, which previously paid 35%": the clause
    // hangs on the noun after the verb's preposition, not on the sentence's subject.
    const object = OBJECT_BEFORE_RELATIVE.exec(subject);
    if (object) return object[1];
  }
  const series = goodsSeriesStart(subject);
  let cut = 0;
  let relativeAt = -1;
  let inner = false;
  for (const m of subject.matchAll(CLAUSE_BREAK)) {
    if (insideGoods(subject, m)) {
      inner = true;
      continue;
    }
    cut = (m.index ?? 0) + m[0].length;
    relativeAt = /^\s(?:that|which|who)\s+$/i.test(m[0]) ? m.index ?? 0 : -1;
  }
  // "Cars that had entered duty-free would pay 10%": the goods are the noun the relative clause hangs on.
  // "… after the government confirmed that imports above the quota will be subject to 50%": "that" after a
  // verb of finding or saying opens the clause whose subject bears the rate.
  const thatVerb = relativeAt > 0 && /^\sthat\s/i.test(subject.slice(relativeAt)) && THAT_CLAUSE_VERBS.has(/(\S+)$/.exec(subject.slice(0, relativeAt))?.[1].toLowerCase() ?? '');
  if (relativeAt > 0 && !thatVerb && RELATIVE_CLAUSE_VERB.test(subject.slice(relativeAt))) {
    let open = 0;
    for (const m of subject.slice(0, relativeAt).matchAll(CLAUSE_BREAK)) open = (m.index ?? 0) + m[0].length;
    subject = subject.slice(0, relativeAt);
    cut = open;
  }
  if (series >= 0) cut = Math.min(cut, series);
  // "Cocoa exports to Malaysia face…": the importing country is not the goods.
  // A dateline before the story's first sentence is not the goods: "BRUSSELS — Electric cars built in China will be subject to …".
  subject = afterDateline(subject.slice(cut).trim()).replace(OPENER_LEFT, '').replace(ITEM_MARKER, '').replace(ADVERBIAL_OPENER, '').replace(FRAMING_OPENER, '').replace(QUANTITY_OF, '').replace(PER_PERIOD_END, '').replace(QUOTE_OPEN, '').replace(/^where\s+/i, '').replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:to|into)\s+.*$/is, '');
  const words = subject.split(/\s+/).filter(Boolean);
  // Up to ten words ("imports of steel from countries without a trade agreement"); goods with a clause of their own
  // ("countries with which Japan has no agreement") run longer.
  if (!words.length || words.length > (inner ? 12 : 10) || words.some((w) => NOT_PRODUCER_NOUNS.has(w) || /^importers?$/i.test(w))) return null;
  // "as Commission keeps 25% list in reserve": a government keeps a rate; it does not bear it.
  if (KEEP_VERBS.has(verb[0].toLowerCase().replace(/\s+/g, ' ')) && (countryOfPlace(subject) || findActors(subject).length || GOVERNMENT_BODY_HEADS.has(words[words.length - 1].toLowerCase()))) return null;
  // "… rather spend the money once and be certain, than pay a 100 per cent duty": a function word bears nothing.
  return /^[\p{L}\d$]/u.test(subject) && !FUNCTION_START.test(subject) ? subject.replace(/[,;:]+$/, '') : null;
}

// ", and wheat and barley to 7.5%", ", bourbon and other whiskeys a further 60%", " and Cambodia 19%": a clause after another
// rate of the sentence that leaves out its verb; its goods sit between the clause's opening and the rate.
const GAPPED = rx('iu')`(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)((?:on\s+|for\s+)?(?:[\p{L}][\p{L}.'’-]*\s+){0,5}?[\p{L}][\p{L}.'’-]*)\s+(?:(?:to|at)\s+|(?:a|an)\s+(?:further|extra|additional)\s+|another\s+)?$`;
const RATE_IN_LEAD = rx('iu')`\d\s?${PERCENT_UNIT}`;
const BEARING_VERB_AT_END = rx('iu')`\s+(?:${DUTY_BURDEN_VERBS}|${ENTER_VERBS})(?:\s+at)?$`;
function gappedGoods({ paragraph, sentenceStart, rateStart }: TargetInput): string | null {
  if (sentenceStart === undefined || rateStart === undefined) return null;
  const lead = paragraph.slice(sentenceStart, rateStart);
  const m = GAPPED.exec(lead);
  if (!m || !RATE_IN_LEAD.test(lead.slice(0, m.index))) return null;
  // "and some farm machinery pays 0%": the goods before the verb that bears the rate.
  const goods = m[1].replace(/^(?:on|for)\s+/i, '').replace(BEARING_VERB_AT_END, '');
  const words = goods.split(/\s+/);
  // Not an article or a word that ends goods ("compared with 12%", "and a 10% tariff"): only goods, then the rate.
  if (words.some((w) => TARGET_STOPS.has(w.toLowerCase()) || /\d/.test(w)) || (words.length === 1 && /^(?:a|an|the)$/i.test(words[0]))) return null;
  // Nor a pointer ("and those from other producers to 14.8%") or a tariff of its own ("its steel and aluminium tariffs to 50%").
  if (COMPARISON_WORDS.has(words[0].toLowerCase()) || POINTING_DETERMINERS.has(words[0].toLowerCase()) || words.some((w) => TARIFF_NOUNS.has(w.toLowerCase()))) return null;
  // Goods by a goods word, or a name ("Cambodia 19%"); not a verb's object ("and raise it to 30%").
  return ANY_GOODS.test(goods) || /^\p{Lu}/u.test(words[words.length - 1]) ? goods : null;
}

// "… of frozen hake fillets at 10 pct duty": the goods end right before "at", the tariff word follows the rate.
const AT_BEFORE_RATE = /\s+at\s+(?:an?\s+)?$/i;
// The goods phrase is what follows the last clause break or "of"/"on"/"for" before "at".
const GOODS_BREAK = /[,;:]\s+|\s(?:of|on|for)\s+/i;
function goodsAtRate({ paragraph, sentenceStart, rateStart, rateEnd, tariffWord }: TargetInput): string | null {
  if (sentenceStart === undefined || rateStart === undefined || !tariffWord || tariffWord.start < rateEnd) return null;
  // The tariff word follows the rate at once ("at 10 pct duty", "at a 5% tariff").
  if (!/^\s*$/.test(paragraph.slice(rateEnd, tariffWord.start))) return null;
  const lead = paragraph.slice(Math.max(sentenceStart, rateStart - 120), rateStart);
  const at = AT_BEFORE_RATE.exec(lead);
  if (!at) return null;
  const before = lead.slice(0, at.index);
  const phrase = (before.split(GOODS_BREAK).pop() ?? '').trim().replace(/^(?:the|a|an)\s+/i, '');
  const words = phrase.split(/\s+/).filter(Boolean);
  // Goods are a short noun phrase in lower case ("chilled beef"), not a clause ("shipments arrived").
  if (!words.length || words.length > 5 || !/^\p{Ll}/u.test(phrase) || /(?:ed|ing|ly)$/i.test(words[words.length - 1]) || words.some((w) => TARGET_TRAILERS.has(w))) return null;
  return phrase;
}

/** "What does it target?", in the rate's sentence: the first rule that finds a phrase decides. */
// "the Mexican list covers U.S. pork shoulders at 15%, bourbon at 25% and fresh apples at 20%".
// "The countermeasures hit bourbon at 25%, motorcycles at 50%": a tariff word that lists its goods does too.
const LIST_COVERS_IN = rx('giu')`(?<![\p{L}-])(?:${LIST_NOUNS}|${TARIFF_NOUNS})\s+(?:(?:${MODALS})\s+)?(?:${LIST_VERBS}|hit)\s+`;
// "where tariff rates can go far higher — milk powder at 60 per cent, rice at 75 per cent": the items follow a dash or colon.
const RATES_THEN_BREAK = rx('giu')`(?<![\p{L}-])(?:${TARIFF_NOUNS}|rates|bands)(?![\p{L}-])[^.;:—–]{0,60}?(?:\s[—–]|:)\s+`;
const ITEM_BREAK = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g;
// "bourbon (25%)": the rate in brackets right after its goods.
const BRACKET_BEFORE_RATE = /\s*\(\s*$/;
// What opens the goods before a bracketed rate: a comma, "and", "on", or a verb that lists them.
const BRACKET_ITEM_START = rx('giu')`,\s+(?:and\s+)?|\s+and\s+|\s(?:on|hit|${LIST_VERBS}|including|such\s+as)\s+`;

/** "Brussels will impose duties on bourbon (25%), motorcycles (50%) and jeans (25%)": the goods right before the bracket. */
function goodsBeforeBracket({ paragraph, sentenceStart, rateStart }: TargetInput): string | null {
  if (sentenceStart === undefined || rateStart === undefined) return null;
  const lead = paragraph.slice(Math.max(sentenceStart, rateStart - 200), rateStart);
  const open = BRACKET_BEFORE_RATE.exec(lead);
  if (!open || !HAS_GOODS_LEAD.test(lead)) return null;
  const items = lead.slice(0, open.index);
  let from = -1;
  for (const m of items.matchAll(BRACKET_ITEM_START)) from = (m.index ?? 0) + m[0].length;
  if (from < 0) return null;
  const phrase = items.slice(from).trim();
  const words = phrase.split(/\s+/).filter(Boolean);
  // "will hit West Fraser (23.76 per cent)": a company's name is read by the company rules, with the case's goods.
  if (/^\p{Lu}/u.test(phrase) && !countryOfTarget(words[0])) return null;
  return words.length && words.length <= 5 && !/[()]/.test(phrase) ? phrase : null;
}
// A tariff phrase or a list of goods opens the sentence's items.
const HAS_GOODS_LEAD = rx('iu')`(?<![\p{L}-])(?:${TARIFF_NOUNS}|${LIST_NOUNS})(?![\p{L}-])`;

/** The goods before "at" in a list a tariff list covers, or null. */
function listedAtRate({ paragraph, sentenceStart, rateStart }: TargetInput): string | null {
  if (sentenceStart === undefined || rateStart === undefined) return null;
  // A window before the rate keeps this linear in a long sentence of many rates.
  const lead = paragraph.slice(Math.max(sentenceStart, rateStart - 400), rateStart);
  const covers = [...lead.matchAll(LIST_COVERS_IN), ...lead.matchAll(RATES_THEN_BREAK)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)).pop();
  const at = AT_BEFORE_RATE.exec(lead) ?? BRACKET_BEFORE_RATE.exec(lead);
  if (!covers || !at || at.index < (covers.index ?? 0)) return null;
  const items = lead.slice((covers.index ?? 0) + covers[0].length, at.index);
  let from = 0;
  for (const m of items.matchAll(ITEM_BREAK)) from = (m.index ?? 0) + m[0].length;
  const phrase = items.slice(from).trim();
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.length && words.length <= 5 ? phrase : null;
}

/** "car" → "cars", "watch" → "watches", "battery" → "batteries": a count noun named as a modifier, in the plural. */
function pluralGoods(goods: string): string {
  const words = goods.split(' ');
  const last = words[words.length - 1];
  if (!COUNT_GOODS.has(last.toLowerCase())) return goods;
  words[words.length - 1] = /(?:ch|sh|s|x)$/i.test(last) ? `${last}es` : /[^aeiou]y$/i.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return words.join(' ');
}

// "… measures on Chinese electric vehicles, on which the bloc applies duties of up to 35.3%": the goods the
// relative clause hangs on, then no other clause break before the rate.
const ON_WHICH = /(?:^|[\s(])((?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*),\s+(?:on|to)\s+which\s+([^.;:]*)$/u;
function goodsOnWhich({ paragraph, sentenceStart, rateStart }: TargetInput): string | null {
  if (sentenceStart === undefined || rateStart === undefined) return null;
  const lead = paragraph.slice(Math.max(sentenceStart, rateStart - 250), rateStart);
  // (Asked first of every rate: the pattern runs only when the words hold "which".)
  const m = lead.includes('which') ? ON_WHICH.exec(lead) : null;
  if (!m || /,/.test(m[2]) || m[2].split(/\s+/).length > 12) return null;
  // The goods after the preposition that opens the phrase: "measures on Chinese electric vehicles".
  const goods = m[1].replace(/^.*?\b(?:on|of|for|against)\s+/i, '').replace(/^(?:the|its|their)\s+/i, '');
  return ANY_GOODS.test(goods) ? goods : null;
}

export const TARGET_RULES: Rule<TargetInput, string>[] = [
  {
    id: 'tariff.target.on-which',
    kind: 'tariff',
    decides: 'target',
    anchor: '<goods> + ", on which" + a clause that gives the rate',
    reason: 'target: {target} — the goods the clause "on which …" hangs on',
    when: goodsOnWhich,
    examples: [
      { text: 'Paris called the dairy duties retaliation for the EU’s own measures on Chinese electric vehicles, on which the bloc applies countervailing duties of up to 35.3%.', fact: '35.3%', expect: { target: 'Chinese electric vehicles' } },
    ],
    counterExamples: [
      { text: 'Paris called the dairy duties retaliation for the EU’s own measures on Chinese electric vehicles, on which talks resumed, and Brussels set a 10% duty on pork.', fact: '10%', expect: { target: 'pork' } },
    ],
  },
  {
    id: 'tariff.target.goods-move',
    kind: 'tariff',
    decides: 'target',
    anchor: 'the goods that "go|rise|fall from N% to M%"',
    reason: 'target: {target} — the goods that move between the two levels',
    when: ({ paragraph, sentenceStart, sentenceEnd, rateStart, rateEnd }) => {
      if (sentenceStart === undefined || rateStart === undefined) return null;
      return goodsThatMove(paragraph.slice(Math.max(sentenceStart, rateStart - 300), rateStart), paragraph.slice(rateEnd, sentenceEnd));
    },
    examples: [
      { text: 'Under the new external tariff, intermediate goods such as steel billets and resins will fall from 25% to 15% in three steps.', fact: '15%', expect: { target: 'intermediate goods such as steel billets and resins' } },
    ],
    counterExamples: [{ text: 'Under the new external tariff, duties on steel will fall from 25% to 15% in three steps.', fact: '25%', expect: { target: 'steel' } }],
  },
  {
    id: 'tariff.target.hit-with',
    kind: 'tariff',
    decides: 'target',
    anchor: 'the country or goods between "slapped|hit|targeted" and "with a" + rate',
    reason: 'target: {target} — hit with the tariff',
    when: ({ paragraph, sentenceStart, rateStart }) => (sentenceStart === undefined || rateStart === undefined ? null : hitWith(paragraph, sentenceStart, rateStart)?.target ?? null),
    examples: [{ text: 'Ottawa hit Chinese steel with a 25% surtax on Friday.', fact: '25%', expect: { target: 'Chinese steel', imposer: 'Canada' } }],
    counterExamples: [{ text: 'Ottawa hit back with a 25% surtax on Chinese steel.', fact: '25%', expect: { target: 'Chinese steel' } }],
  },
  {
    id: 'tariff.target.goods-before-bracket',
    kind: 'tariff',
    decides: 'target',
    anchor: 'goods right before a bracketed rate, after a tariff phrase or a list ("duties on bourbon (25%), motorcycles (50%)")',
    reason: 'target: {target} — the goods the bracketed rate is given for',
    when: goodsBeforeBracket,
    examples: [
      { text: 'Brussels will impose duties on bourbon (25%), motorcycles (50%) and jeans (25%).', fact: '50%', expect: { target: 'motorcycles' } },
      { text: "Brussels approved duties. The EU's retaliation list covers bourbon (25%), motorcycles (50%) and jeans (25%).", fact: '25%', expect: { target: 'bourbon' } },
    ],
    counterExamples: [{ text: 'Brussels will impose a duty of 25% on bourbon.', fact: '25%', expect: { target: 'bourbon' } }],
  },
  {
    id: 'tariff.target.listed-at',
    kind: 'tariff',
    decides: 'target',
    anchor: 'the goods before "at" in a list a tariff list covers ("the list covers pork at 15%, bourbon at 25%")',
    reason: 'target: {target} — the item of the tariff list the rate is given for',
    when: listedAtRate,
    examples: [
      { text: 'Mexico announced retaliatory duties. Alongside cheese, the Mexican list covers U.S. pork shoulders at 15%, bourbon at 25% and fresh apples at 20%.', fact: '15%', expect: { target: 'U.S. pork shoulders' } },
      { text: 'Mexico announced retaliatory duties. Alongside cheese, the Mexican list covers U.S. pork shoulders at 15%, bourbon at 25% and fresh apples at 20%.', fact: '20%', expect: { target: 'fresh apples' } },
      { text: 'The countermeasures hit bourbon at 25%, motorcycles at 50% and jeans at 25%.', fact: '50%', expect: { target: 'motorcycles' } },
      { text: 'Under the customs union, tariff rates on a few items go far higher — powdered milk at 60 per cent, rice at 75 per cent, and sugar at 100 per cent.', fact: '100 per cent', expect: { target: 'sugar' } },
    ],
    counterExamples: [{ text: 'Mexico set a duty on pork at 15% last year.', fact: '15%', expect: { target: 'pork' } }],
  },
  {
    id: 'tariff.target.that-on',
    kind: 'tariff',
    decides: 'target',
    anchor: '"that on"/"those on" + goods in the rate\'s clause: "that" stands for the tariff named before',
    reason: 'target: {target} — "that on …" names the goods of this rate',
    when: ({ paragraph, sentenceStart, rateStart }) => {
      if (sentenceStart === undefined || rateStart === undefined) return null;
      const clause = paragraph.slice(sentenceStart, rateStart);
      const m = [...clause.matchAll(THAT_ON)].pop();
      if (!m || ANOTHER_RATE.test(clause.slice((m.index ?? 0) + m[0].length))) return null;
      return phraseAfter(paragraph, sentenceStart + (m.index ?? 0) + m[0].length - m[1].length - 1, rateStart) || null;
    },
    examples: [
      { text: 'The duty on Thai rice has been raised to 50 per cent, while that on Thai sugar has been raised to 35 per cent.', fact: '35 per cent', expect: { target: 'Thai sugar' } },
      { text: "Under the truce, U.S. duties on Chinese goods fall to 30% and China's on American goods to 10%.", fact: '10%', expect: { target: 'American goods', imposer: 'China' } },
    ],
    counterExamples: [{ text: 'The duty on Thai rice has been raised to 50 per cent, a level that on balance hurts millers.', fact: '50 per cent', expect: { target: 'Thai rice' } }],
  },
  {
    id: 'tariff.target.after-tariff-word',
    kind: 'tariff',
    decides: 'target',
    anchor: '"on"/"against"/"for" + goods right after the tariff word, before the rate',
    reason: 'target: {target} — named after the tariff word ("tariffs on …")',
    // "tariffs on Swiss goods … from 39% to 15%": the target follows the tariff word.
    // Not across another rate: "a 12% duty on tires, and 10% on wheels" gives the 10% its own goods.
    when: ({ paragraph, sentenceEnd, rateEnd, rateStart, tariffWord }) =>
      (tariffWord &&
        tariffWord.end <= rateEnd &&
        !listedAfterAnother(paragraph.slice(tariffWord.end, rateStart ?? tariffWord.end)) &&
        !ownGoods(paragraph, rateEnd, sentenceEnd, tariffWord) &&
        phraseAfter(paragraph, tariffWord.end, Math.min(sentenceEnd, rateEnd))) ||
      null,
    examples: [
      { text: 'The tariff on Swiss cheese was cut from 20% to 10%.', fact: '10%', expect: { target: 'Swiss cheese' } },
      // A notice's "shall" opens the verb, not the goods.
      { text: 'The export duty on raw cashew nuts shall remain at 15% of the customs value.', fact: '15%', expect: { target: 'raw cashew nuts' } },
      // A verb that spans the range is not part of the goods.
      { text: 'The duties on Thai shrimp range from 5% to 12% depending on the exporter.', fact: '12%', expect: { target: 'Thai shrimp' } },
      // A notification's goods run long: thirteen words are still goods.
      {
        text: '4. The duty on lithium-ion cells for use in the manufacture of battery packs for electric vehicles is reduced from 20% to 5%.',
        fact: '5%',
        expect: { target: 'lithium-ion cells for use in the manufacture of battery packs for electric vehicles' },
      },
    ],
    counterExamples: [
      { text: 'The tariff rose to 20% on Swiss cheese.', fact: '20%', expect: { target: 'Swiss cheese' } },
      // A later clause's rate with a noun and goods of its own.
      { text: 'The Philippines will keep its 35% tariff on rice, and Indonesia keeps its 25% ceiling on sugar.', fact: '25%', expect: { target: 'sugar' } },
    ],
  },
  {
    id: 'tariff.target.on-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: '"on"/"against"/"for" + goods after the rate',
    reason: 'target: {target} — named after the rate ("… on steel")',
    when: ({ paragraph, sentenceEnd, rateEnd, tariffWord }) => phraseAfter(paragraph, Math.max(rateEnd, tariffWord?.end ?? 0), sentenceEnd) || null,
    examples: [
      // A conjunction left at the end, before an aside, is not part of the goods.
      { text: 'India set a 50% duty on fresh apples and, from April, on pears.', fact: '50%', expect: { target: 'fresh apples' } },
      // "on top of" another duty, or where a quota leaves off, is no part of the goods.
      { text: 'Brussels applies countervailing duties of up to 35.3 percent on Chinese electric vehicles on top of its 10 percent car tariff.', fact: '35.3 percent', expect: { target: 'Chinese electric vehicles' } },
      { text: 'Korea charges 513% on rice outside its 408,700-tonne quota.', fact: '513%', expect: { target: 'rice' } },
      // The day the duty was set is not part of the goods.
      { text: 'The European Commission imposed countervailing duties of up to 16.3% on phosphate fertilisers from Morocco on Friday.', fact: '16.3%', expect: { target: 'phosphate fertilisers from Morocco' } },
      { text: 'Ottawa lifted most of its 25% counter-tariffs on U.S. goods on September 1, keeping them only on steel.', fact: '25%', expect: { target: 'U.S. goods' } },
      // A plural's past-tense verb before its object ends the goods.
      { text: "Margins fell after Washington's extra 20% tariff on Cambodian garments pushed American buyers to demand cuts.", fact: '20%', expect: { imposer: 'United States', target: 'Cambodian garments' } },
      // A word in scare quotes inside the goods does not end them.
      { text: 'Nairobi set a 35 per cent duty on the list of “sensitive” products.', fact: '35 per cent', expect: { target: '“sensitive” products' } },
      { text: 'Beijing set anti-dumping duties of 38.9% on EU brandy in casks of less than 200 litres.', fact: '38.9%', expect: { target: 'EU brandy in casks' } },
      { text: 'They come on top of the standard 2.7 per cent tariff the bloc already levies on heat pumps.', fact: '2.7 per cent', expect: { target: 'heat pumps' } },
      { text: 'U.S. officials said the 15% tariff on Japanese passenger cars agreed last year could be lifted.', fact: '15%', expect: { target: 'Japanese passenger cars' } },
      { text: 'Beijing opened an inquiry into European pork in a similar dispute and set duties of 15.6% on European pork in a ruling.', fact: '15.6%', expect: { target: 'European pork' } },
      { text: 'Egypt imposed a 25% tariff on Turkish textiles.', fact: '25%', expect: { target: 'Turkish textiles' } },
      // How long it lasts is not part of the goods.
      { text: 'Beijing set final duties of 62.4% on shipments from the bloc for the next five years.', fact: '62.4%', expect: { target: 'shipments from the bloc' } },
      { text: 'Canberra will levy tariffs of 30 percent on Vietnamese shrimp.', fact: '30 percent', expect: { target: 'Vietnamese shrimp' } },
      { text: 'A 7.5% duty applies to Thai tuna from next week.', fact: '7.5%', expect: { target: 'Thai tuna' } },
      { text: 'Ottawa imposed a 25% surtax on U.S. steel in retaliation.', fact: '25%', expect: { target: 'U.S. steel' } },
      { text: 'Ottawa kept 25% counter-tariffs on U.S. steel but dropped the rest.', fact: '25%', expect: { target: 'U.S. steel' } },
      { text: 'Quito put a 20% duty on steel, toys, footwear and motorcycles last week.', fact: '20%', expect: { target: 'steel, toys, footwear and motorcycles' } },
      { text: 'Ottawa set 25% tariffs on steel, officials said, and on aluminum later.', fact: '25%', expect: { target: 'steel' } },
      { text: 'London has waived the 12% duty on Ukrainian wheat for another year.', fact: '12%', expect: { target: 'Ukrainian wheat' } },
      { text: 'Ottawa removed its 25% counter-tariffs on U.S. goods covered by the trade pact.', fact: '25%', expect: { target: 'U.S. goods' } },
      { text: 'Countervailing duties were set at 23.4 percent for Chinese wheel makers found to have received subsidies.', fact: '23.4 percent', expect: { target: 'Chinese wheel makers' } },
    ],
    counterExamples: [
      { text: 'India set a safeguard duty of 14% for two years.', fact: '14%', expect: { target: '' } },
      { text: 'Egypt imposed 25% steel tariffs last year.', fact: '25%' },
      { text: 'Cairo kept a 40% duty imposed on security grounds.', fact: '40%', expect: { target: '' } },
      { text: 'Cairo added a 10% tariff on top of existing duties.', fact: '10%', expect: { target: '' } },
      { text: 'Seoul set tariffs ranging from 10% to 41% depending on the country.', fact: '41%', expect: { target: '' } },
      { text: 'Under the deal, an in-quota duty of 15% applies to the first 10,000 tonnes.', fact: '15%', expect: { target: '' } },
      { text: 'Brussels set duties of 10% on about 300 farm tariff lines.', fact: '10%', expect: { target: '' } },
    ],
  },
  {
    id: 'tariff.target.and-on-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: '", and on <goods> to|at" right before the rate, after another rate',
    reason: 'target: {target} — the goods of this step of the list ("… and on synthetic fabric to 25%")',
    when: ({ paragraph, sentenceStart, rateStart }) => {
      if (sentenceStart === undefined || rateStart === undefined) return null;
      const m = AND_ON_GOODS.exec(paragraph.slice(Math.max(sentenceStart, rateStart - 90), rateStart));
      return m ? m[1].trim() : null;
    },
    examples: [
      { text: 'The decree takes duties on finished garments from 20% to 35% and on synthetic fabric to 25 per cent.', fact: '25 per cent', expect: { target: 'synthetic fabric' } },
      { text: 'The tariff on large sedans will be cut from 60 percent to 30 percent, and on delivery vans from 25 percent to 15 percent.', fact: '15 percent', expect: { target: 'delivery vans' } },
    ],
    counterExamples: [{ text: 'The decree takes duties on finished garments from 20% to 35% from June.', fact: '35%', expect: { target: 'finished garments' } }],
  },
  {
    id: 'tariff.target.gapped',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate after a rate of the same sentence, in a clause that leaves out its verb (", and wheat and barley to 7.5%", "and Cambodia 19%")',
    reason: 'target: {target} — the goods of this rate\'s own clause, whose verb the clause before gives',
    when: gappedGoods,
    examples: [
      { text: 'Duties on corn and sorghum were lowered to 8.5% from 9.5%, and wheat and barley to 7.5%.', fact: '7.5%', expect: { target: 'wheat and barley' } },
      { text: 'Under the decree, U.S. passenger cars will face an extra 40 percent duty, bourbon and other whiskeys a further 60%, and almonds an extra 25%.', fact: '60%', expect: { target: 'bourbon and other whiskeys' } },
      { text: 'Rival suppliers such as Vietnam face a tariff of 20% and Cambodia 19%.', fact: '19%', expect: { target: 'Cambodia' } },
      // The clause's own verb of bearing is no word of the goods.
      { text: 'The duty on corn was cut to 8%, and barley pays 5%.', fact: '5%', expect: { target: 'barley' } },
    ],
    counterExamples: [
      { text: 'The duty on steel rose from 10% to 25%.', fact: '25%', expect: { target: 'steel' } },
      { text: 'Tariffs on steel of between 10% and 25% apply.', fact: '25%' },
      { text: 'The duty on steel is 25%, compared with 12% last year.', fact: '12%' },
    ],
  },
  {
    id: 'tariff.target.applied-to',
    kind: 'tariff',
    decides: 'target',
    anchor: '"apply"/"extend" + rate + tariff word + "to" + goods',
    reason: 'target: {target} — the tariff is applied to it ("applies a 10% tariff to cars")',
    when: ({ paragraph, sentenceStart, sentenceEnd, rateStart, rateEnd, tariffWord }) => {
      if (sentenceStart === undefined || rateStart === undefined || !APPLIED_BEFORE.test(paragraph.slice(sentenceStart, rateStart))) return null;
      const from = Math.max(rateEnd, tariffWord?.end ?? 0);
      const to = TO_GOODS.exec(paragraph.slice(from, sentenceEnd));
      return (to && goodsPhrase(paragraph.slice(from + to[0].length, sentenceEnd))) || null;
    },
    examples: [{ text: 'The EU applies a 10% tariff to cars imported from outside the bloc.', fact: '10%', expect: { target: 'cars imported from outside the bloc' } }],
    counterExamples: [{ text: 'The EU raised the tariff from 5% to 10% last year.', fact: '10%', expect: { target: '' } }],
  },
  {
    id: 'tariff.target.covers',
    kind: 'tariff',
    decides: 'target',
    anchor: 'rate + tariff word + (a relative clause) + "cover|extend to" + goods',
    reason: 'target: {target} — the goods the tariff covers',
    when: ({ paragraph, sentenceEnd, rateEnd, tariffWord }) => {
      if (!tariffWord || tariffWord.start < rateEnd) return null;
      const m = COVERS_AFTER.exec(paragraph.slice(tariffWord.end, Math.min(sentenceEnd, tariffWord.end + 120)));
      const goods = m && goodsPhrase(paragraph.slice(tariffWord.end + m[0].length, sentenceEnd));
      // "the tariff hit toys from China", not "the tariff hit farmers hardest": goods, named as goods.
      return goods && ANY_GOODS.test(goods) ? goods : null;
    },
    examples: [
      { text: 'The 25% tariffs that took effect in March cover most Mexican goods.', fact: '25%', expect: { target: 'most Mexican goods' } },
      { text: 'When the 25 percent tariff hit toys from China, I sat down with my controller.', fact: '25 percent', expect: { target: 'toys from China' } },
    ],
    counterExamples: [
      { text: 'The 25% tariffs that took effect in March hurt most Mexican exporters.', fact: '25%', expect: { target: '' } },
      { text: 'The 10% tariff hit farmers hardest.', fact: '10%', expect: { target: '' } },
    ],
  },
  {
    id: 'tariff.target.goods-at-rate',
    kind: 'tariff',
    decides: 'target',
    anchor: 'goods right before "at" + the rate + the tariff word ("5,000 tonnes of frozen hake at 10% duty")',
    reason: 'target: {target} — the goods that enter at this rate',
    when: goodsAtRate,
    examples: [
      { text: 'The deal gives Uruguay a quota of 4,000 tonnes of chilled beef at 12% duty from next year.', fact: '12%', expect: { target: 'chilled beef' } },
      { text: 'The quota lets in more shipments of frozen lamb at a 5% tariff.', fact: '5%', expect: { target: 'frozen lamb' } },
    ],
    counterExamples: [
      { text: 'The tariff on wool stands at 12% this year.', fact: '12%', expect: { target: 'wool' } },
      { text: 'Prices rose 4% as shipments arrived at a 5% tariff.', fact: '5%' },
    ],
  },
  {
    id: 'tariff.target.subject-bears',
    kind: 'tariff',
    decides: 'target',
    anchor: 'the subject of "face", "attract", "carry", "be subject to" before the rate',
    reason: 'target: {target} — the subject that bears the rate ("… will attract a duty of …")',
    when: subjectThatBears,
    examples: [
      // A relative clause after the verb's object hangs on the object.
      { text: 'The duty on sugar from outside the bloc was cut to 10%, and the same 10% applies to cane sugar from bloc partners, which previously paid 20%.', fact: '20%', expect: { target: 'cane sugar from bloc partners' } },
      { text: 'BRUSSELS — Electric cars built in China will be subject to countervailing duties of 31.4% for five years.', fact: '31.4%', expect: { target: 'Electric cars built in China' } },
      { text: 'The export duty on nickel pig iron goes up from 2% to 7.5%, while ferronickel will be subject to a 6% levy, up from zero.', fact: '6%', expect: { target: 'ferronickel' } },
      { text: 'Export duties will rise in January. Nickel matte, which until now paid 3%, will be charged 10%.', fact: '3%', expect: { target: 'Nickel matte' } },
      { text: 'Raw cocoa beans, currently taxed on a sliding scale, will face a flat 20 percent duty.', fact: '20 percent', expect: { target: 'Raw cocoa beans' } },
      { text: 'Since March the brackets have faced a 15% U.S. tariff. Before the deal, the same brackets entered the United States at 2.1%.', fact: '2.1%', expect: { target: 'same brackets' } },
      // The perfect's auxiliary is no word of the goods.
      { text: 'Chilean cherries have faced a 12% tariff since March.', fact: '12%', expect: { target: 'Chilean cherries' } },
      { text: 'The ministry said wines from Chile would be subject to a 12 per cent levy from January.', fact: '12 per cent', expect: { target: 'wines from Chile' } },
      { text: 'A second list, covering goods such as steel pipe and motorcycles, will be subject to a 10 per cent surtax.', fact: '10 per cent', expect: { target: 'motorcycles' } },
      { text: 'Textiles and clothing will face levies of 35%, while steel, toys, footwear and motorcycles will see rates of 20%.', fact: '35%', expect: { target: 'Textiles and clothing' } },
      { text: 'Textiles and clothing will face levies of 35%, while steel, toys, footwear and motorcycles will see rates of 20%.', fact: '20%', expect: { target: 'steel, toys, footwear and motorcycles' } },
      { text: 'Almonds will now attract import duty of 42 per cent.', fact: '42 per cent', expect: { target: 'Almonds' } },
      // A "that" clause after a verb of telling has the subject that bears it; an example tail and a bracketed code are no part of it.
      { text: 'Exporters are reminded that goods of Malaysian origin are subject to a reciprocal tariff of 19 per cent.', fact: '19 per cent', expect: { target: 'goods of Malaysian origin' } },
      { text: 'Extracts and concentrates of coffee, including instant coffee (HS 2101.11), shall attract import duty at 35%.', fact: '35%', expect: { target: 'Extracts and concentrates of coffee' } },
      { text: 'Korean carmakers could gain share, since Korean vehicles pay the same 15% levy.', fact: '15%', expect: { target: 'Korean vehicles' } },
      { text: 'Up to 400,000 tonnes of milled rice a year can enter at a preferential duty of 10%.', fact: '10%', expect: { target: 'milled rice' } },
      { text: 'Imports already in bonded warehouses before November 3 will remain subject to the 21.6% duty.', fact: '21.6%', expect: { target: 'Imports already in bonded warehouses before November 3' } },
      { text: 'Tokyo raised its beef tariff. Beef from countries with which Japan has no trade agreement remains subject to the general tariff of 38.5%.', fact: '38.5%', expect: { target: 'Beef from countries with which Japan has no trade agreement', imposer: 'Japan' } },
      { text: 'Steel users were angry after the government confirmed that imports above the quota will be subject to a 50% duty.', fact: '50%', expect: { target: 'imports above the quota' } },
      { text: "Under the deal, Korea's cars face a 15% tariff.", fact: '15%', expect: { target: "Korea's cars" } },
      { text: 'The ministry confirmed that imports of steel from countries without a trade agreement will be subject to a 35% duty.', fact: '35%', expect: { target: 'imports of steel from countries without a trade agreement' } },
      { text: 'Since November, Korean passenger cars have been subject to a 15% tariff.', fact: '15%', expect: { target: 'Korean passenger cars' } },
      { text: 'Brasília is phasing in duties on electric vehicles. Cars that had entered duty-free would pay 10% in the first year.', fact: '10%', expect: { target: 'Cars' } },
      { text: 'Brazil renewed its steel quota. Imports within the quota keep the normal duty of 10.8%.', fact: '10.8%', expect: { target: 'Imports within the quota' } },
      // An apposition on the producer is not its name; a framing phrase before the name is not either.
      { text: 'Washington set duties on Turkish wheels. Kaya Jant Sanayi, the main Turkish exporter, received a duty of 3.71 percent.', fact: '3.71 percent', expect: { target: 'Kaya Jant Sanayi' } },
      { text: 'Washington set duties on Canadian lumber. Under the final results, published on Monday, Cariboo Ridge Ltd. will pay a combined duty of 41.72%.', fact: '41.72%', expect: { target: 'Cariboo Ridge Ltd.' } },
    ],
    counterExamples: [
      { text: 'Consumers will face a 15% tariff on Korean cars.', fact: '15%', expect: { target: 'Korean cars' } },
      { text: '"We would rather spend the money once and be certain, than pay a 100 per cent duty," she said.', fact: '100 per cent', expect: { target: '' } },
      { text: 'MEPs back paused countermeasures as Commission keeps 25% tariff list in reserve', fact: '25%', expect: { target: '' } },
      { text: 'Importers will face a 15% tariff.', fact: '15%', expect: { target: '' } },
    ],
  },
  {
    id: 'tariff.target.goods-modifier',
    kind: 'tariff',
    decides: 'target',
    anchor: 'goods words between the rate and the tariff word ("25% steel tariffs")',
    reason: 'target: {target} — the goods name the tariff ("25% steel tariffs")',
    // "25% steel tariffs": words between the rate and the tariff word that are not tariff kinds.
    when: ({ paragraph, rateEnd, tariffWord }) => {
      if (!tariffWord || tariffWord.start < rateEnd) return null;
      const goods = paragraph
        .slice(rateEnd, tariffWord.start)
        .split(/\s+/)
        // "a 25% quota-tariff": the first half of a compound is the tariff's kind, not goods.
        .filter((w) => w && !TARIFF_KINDS.has(w) && !w.endsWith('-'))
        .join(' ');
      // "a 15% U.S. tariff": a country alone before the tariff word owns it; "the 25% Section 301 tariff": a trade law names it.
      return goods && !countryOfPlace(goods) && !TRADE_LAW_NAME.test(goods) ? pluralGoods(goods) : null;
    },
    examples: [{ text: 'Kenya kept its 35% sugar tariffs.', fact: '35%', expect: { target: 'sugar' } }],
    counterExamples: [
      { text: 'Kenya kept its 35% retaliatory tariffs.', fact: '35%', expect: { target: '' } },
      { text: 'Because the bikes are of Chinese origin, they are subject to the 25% Section 301 tariff on top of the ordinary duty.', fact: '25%', expect: { target: '', imposer: 'United States' } },
      { text: 'Ghana asked to be spared a 15% U.S. tariff.', fact: '15%', expect: { target: '', imposer: 'United States' } },
      { text: 'Kenya kept its 35% quota-tariff in place.', fact: '35%', expect: { target: '' } },
    ],
  },
  {
    id: 'tariff.target.goods-in-name',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a goods word naming the tariff before it ("the car tariff … to 15%", "the steel duty of 25%")',
    reason: 'target: {target} — the goods name the tariff',
    when: ({ paragraph, rateEnd, tariffWord }) => {
      if (!tariffWord || tariffWord.end > rateEnd) return null;
      const words = paragraph.slice(Math.max(0, tariffWord.start - 40), tariffWord.start).split(/\s+/).filter(Boolean).slice(-2);
      const goods = words.slice(words.findIndex((w) => GOODS_NOUNS.has(w))).filter((w) => GOODS_NOUNS.has(w) || /^\p{Lu}/u.test(w));
      return words.some((w) => GOODS_NOUNS.has(w)) ? pluralGoods(goods.join(' ')) : null;
    },
    // The goods in the plural: a "car tariff" hits cars.
    examples: [{ text: 'Seoul agreed to lower the car tariff to 15%.', fact: '15%', expect: { target: 'cars' } }],
    counterExamples: [{ text: 'Seoul agreed to lower the tariff on cars to 15%.', fact: '15%', expect: { target: 'cars' } }],
  },
  {
    id: 'tariff.target.fronted',
    kind: 'tariff',
    decides: 'target',
    anchor: '"For <goods>," opening the rate\'s sentence',
    reason: 'target: {target} — the goods the sentence opens with ("For passenger cars, …")',
    when: ({ paragraph, sentenceStart }) => {
      if (sentenceStart === undefined) return null;
      const m = FRONTED_FOR.exec(paragraph.slice(sentenceStart, sentenceStart + 80));
      // Goods, named by a goods word: not "For now," or "For the first time,".
      return m && m[1].split(/\s+/).some((w) => ALL_GOODS.has(w)) ? m[1] : null;
    },
    examples: [
      { text: 'For pickup trucks, the Peruvian tariff is 9%.', fact: '9%', expect: { target: 'pickup trucks' } },
      { text: 'On frozen chicken wings it levies a 20% duty.', fact: '20%', expect: { target: 'frozen chicken wings' } },
    ],
    counterExamples: [{ text: 'For now, the Peruvian tariff is 9%.', fact: '9%', expect: { target: '' } }],
  },
];

// "For passenger cars, the U.S. rate is 2.5%": goods fronted before the clause that gives the rate.
// "On frozen chicken legs it charges 20%": the same with no comma before a pronoun subject.
const FRONTED_FOR = /^\s*(?:For|On)\s+((?:the\s+)?\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)(?:,\s|\s+(?=(?:it|they|we)\s))/u;

/** A target that opens with a possessive pronoun ("its exports"), and the countries named before the rate in its sentence. */
export interface OwnerInput {
  target: string;
  /** Country mentions between the sentence start and the rate, in text order (offsets in `paragraph`, when given). */
  countriesBefore: readonly { text: string; country: string; start?: number; end?: number }[];
  paragraph?: string;
}

const OWNER_PRONOUN = /^(?:its|their)\s+(?=\S)/i;
/** Whether a target opens with "its"/"their": only then are the countries before the rate worth reading. */
export const opensWithOwner = (target: string): boolean => OWNER_PRONOUN.test(target);

/**
 * Whose goods "its exports" are: the country the sentence named last before the rate ("Vietnam
 * will face a 20% tariff for its exports" → "Vietnam's exports"), so the card and the sheet say it.
 */
export const TARGET_OWNER_RULES: Rule<OwnerInput, string>[] = [
  {
    id: 'tariff.target.its-owner',
    kind: 'tariff',
    decides: 'target',
    anchor: '"its"/"their" opening the target, a country named before the rate in the sentence',
    reason: 'target: {target} — "its" stands for the country named before the rate',
    when: ({ target, countriesBefore, paragraph }) => {
      const owner = countriesBefore[countriesBefore.length - 1];
      if (!OWNER_PRONOUN.test(target) || !owner) return null;
      // "Switzerland and Liechtenstein … on their goods": "their" stands for both.
      const other = countriesBefore[countriesBefore.length - 2];
      const both = /^their/i.test(target) && other && paragraph && other.end !== undefined && owner.start !== undefined && /^\s+(?:and|&)\s+$/.test(paragraph.slice(other.end, owner.start));
      return target.replace(OWNER_PRONOUN, both ? `${other.country} and ${owner.country}'s ` : `${owner.country}'s `);
    },
    examples: [
      { text: 'Under the accord, Vietnam will face a 20% tariff for its exports of timber, the minister said.', fact: '20%', expect: { target: "Vietnam's exports of timber" } },
      { text: 'Canada agreed to impose a 15% duty on its lumber exports last year.', fact: '15%', expect: { target: "Canada's lumber exports", imposer: 'Canada' } },
      // The country that owns the tariff is not whose goods it hits; "their" stands for both countries of a pair.
      { text: 'Switzerland and Liechtenstein reached a deal on Friday that cuts the U.S. tariff on their goods to 15%.', fact: '15%', expect: { target: "Switzerland and Liechtenstein's goods", imposer: 'United States' } },
    ],
    counterExamples: [
      { text: 'The company will pay a 20% tariff on its exports of timber, the minister said.', fact: '20%', expect: { target: 'its exports of timber' } },
    ],
  },
];

/** The target with a leading "its"/"their" read as the country it stands for, when the sentence names one. */
export function ownedTarget(input: OwnerInput): { target: string; rule: string } | null {
  const found = decide(TARGET_OWNER_RULES, input);
  return found ? { target: found.value, rule: found.rule } : null;
}

/** The target and the rule that found it, or null when the sentence does not say. */
export function targetDecision(input: TargetInput): { target: string; rule: string } | null {
  const found = decide(TARGET_RULES, input);
  return found ? { target: found.value, rule: found.rule } : null;
}

/** The target of a tariff, or "" when the text does not say. */
export function targetOf(input: TargetInput): string {
  return targetDecision(input)?.target ?? '';
}

const TARIFF_NOUN_AT = rx('giu')`(?<![\p{L}-])${TARIFF_NOUNS}(?![\p{L}-])`;
// A relative clause between a tariff word and the verb that places it: "duties (that) it will impose on".
const IMPOSING_CLAUSE = rx('i')`^\s+(?:that\s+|which\s+)?${CLAUSE_SUBJECTS}\s+(?:${ACT_LEADS}\s+|has\s+|had\s+)?(?=(?:${IMPOSE_RATE_VERBS}|${SET_BY_VERBS})\s+(?:on|against)\b)`;

/** A tariff phrase with goods: "anti-dumping duties on electrical steel", "the auto tariffs". */
export interface TariffPhrase {
  /** The goods as written. */
  target: string;
  /** Where the tariff word ends (offsets into the text read). */
  end: number;
  /** Up to 40 characters before the tariff word ("the UK's retaliatory"). */
  lead: string;
}

// Goods before the tariff word: "the auto tariffs", "steel and aluminum duties", "auto import tariffs".
const GOODS_BEFORE = rx('iu')`(?<![\p{L}-])(${GOODS_NOUNS}(?:\s+(?:and|or)\s+${GOODS_NOUNS})?)\s+(?:${TARIFF_KINDS}\s+){0,2}$`;

// "an anti-dumping inquiry into European pork", "a countervailing case on Thai shrimp", "the anti-dumping
// determination on solar glass from Malaysia": the goods of the case.
const CASE_INTO = rx('giu')`(?<![\p{L}-])(?:${PRODUCT_DUTY_KINDS}|safeguard)\s+(?:[\p{L}-]+\s+){0,2}?(?:${CASE_NOUNS}|${CASE_FINDINGS}|${REMEDY_NOUNS})\s+(?:into|on|against|of)\s+`;

/** The goods after a tariff word ending at `end`; "the final duties it plans to impose on Canadian lumber" reads past the clause to its verb. */
// "duties of up to 35.6 per cent on …": the rate between the tariff word and its goods.
const OF_RATE = rx('i')`^\s+of\s+(?:up\s+to\s+|as\s+much\s+as\s+|between\s+)?\d[\d.,]*\s?${PERCENT_UNIT}(?:\s+(?:and|to)\s+\d[\d.,]*\s?${PERCENT_UNIT})?`;
function goodsAfterTariffWord(text: string, end: number): string {
  const rate = OF_RATE.exec(text.slice(end, end + 60));
  if (rate) end += rate[0].length;
  const clause = IMPOSING_CLAUSE.exec(text.slice(end, end + 60));
  return phraseAfter(text, end + (clause ? clause[0].length : 0), text.length);
}

/** Every tariff phrase in `text` that names goods, in order. */
export function tariffPhrases(text: string): TariffPhrase[] {
  const out: TariffPhrase[] = [];
  for (const m of text.matchAll(CASE_INTO)) {
    const end = (m.index ?? 0) + m[0].length;
    const target = goodsPhrase(text.slice(end));
    if (target) out.push({ target, end, lead: m[0] });
  }
  for (const m of text.matchAll(TARIFF_NOUN_AT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const lead = text.slice(Math.max(0, at - 40), at);
    const target = goodsAfterTariffWord(text, end) || GOODS_BEFORE.exec(lead)?.[1] || '';
    if (target) out.push({ target, end, lead });
  }
  return out.sort((a, b) => a.end - b.end);
}

/**
 * The goods of the last tariff phrase in `text` ("anti-dumping duties on electrical steel imported
 * from Russia"), with where it ends, or null. Reads at most the last 600 characters.
 */
export const lastTariffPhrase = memoize((text: string): Readonly<{ target: string; end: number }> | null => {
  const found = lastTariffPhraseIn(text);
  return found && Object.freeze(found);
});

/** Remembered per text (above): the document passes ask for every paragraph on every keystroke. */
function lastTariffPhraseIn(text: string): { target: string; end: number } | null {
  const from = Math.max(0, text.length - 600);
  const window = text.slice(from);
  let best: { target: string; end: number } | null = null;
  for (const m of window.matchAll(TARIFF_NOUN_AT)) {
    const end = (m.index ?? 0) + m[0].length;
    const target = goodsAfterTariffWord(window, end);
    if (target) best = { target, end: from + end };
  }
  return best;
}

/** The country a target names ("Swiss goods" → "Switzerland", "raw aluminum from Canada" → "Canada"), "" if none. */
export function countryOfTarget(target: string): string {
  // Only a place or people names an origin: "before the Senate Finance Committee" is not one.
  for (const a of findActors(target)) {
    const country = countryOfPlace(a.text);
    if (country) return country;
  }
  return '';
}
