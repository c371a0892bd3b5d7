/**
 * Who imposes a tariff, read the way trade reporting states it: the tariff's own possessor ("U.S.
 * tariffs", "China's retaliatory duties"), "imposed by X", the importing side ("exports to the
 * United States"), else the acting subject of the sentence ("Washington imposed…", "the Commerce
 * Department set…") — skipping countries that are the goods' origin ("Chinese imports", "on Japan",
 * "Vietnam will face…").
 */
import { CUSTOMS_UNIONS, type ActorMention } from '../countries';
import { rx } from '../lexicon/wordList';
import { ALL_GOODS } from '../lexicon/goods';
import { COMPANY_HEADS, INTO_WORDS, MARKET_NOUNS, MODALS, NOT_POSSESSIVE_WORDS, ORIGIN_PREPOSITIONS, TARIFF_NOUNS, VERB_GROUP_ADVERBS } from '../lexicon/tariffWords';
import { ACT_LEADS, ACT_ON_TARIFF_VERBS, BEAR_VERBS, MADE_IN, PETITION_VERBS, SET_BY_VERBS, SHIP_WORDS, TARGETING_VERBS } from '../lexicon/changeVerbs';

// Words that cannot sit between an owner and its tariff ("Vietnam will face a 20% tariff").
const NOT_POSSESSIVE = NOT_POSSESSIVE_WORDS;

export type ActorRole = 'possessor' | 'importer' | 'agent' | 'origin';

const GOODS = ALL_GOODS;
const ORIGIN_BEFORE = rx('i')`\b(?:${ORIGIN_PREPOSITIONS}|${MADE_IN}|${TARGETING_VERBS})\s+(?:the\s+)?$`;
const IMPORTER_BEFORE = rx('iu')`\b${SHIP_WORDS}\s+(?:[\p{L}'’-]+\s+){0,2}?${INTO_WORDS}\s+(?:the\s+)?$`;
const BY_BEFORE = rx('i')`\b${SET_BY_VERBS}\s+by\s+(?:the\s+)?$`;
// "a 26% duty in the US": the country where a tariff is charged imposes it.
const CHARGED_IN_BEFORE = rx('iu')`(?<![\p{L}-])(?:${TARIFF_NOUNS}|rates?)\s+(?:in|at)\s+(?:the\s+)?$`;
// "South Korea's won dropped", "China's economy": a country's market or economy does not act.
const MARKET = MARKET_NOUNS;
// A possessive pronoun just before the rate or its tariff word: "its 38.5% tariff", "their new duties".
const ITS_BEFORE = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const FACES_AFTER = rx('i')`^(?:['’]s)?\s+(?:(?:${MODALS}|${VERB_GROUP_ADVERBS})\s+)?(?:be\s+)?${BEAR_VERBS}\b`;
// A domestic industry that wins or seeks duties is on the imposing side: "U.S. steelmakers won duties".
const PETITIONS_AFTER = rx('iu')`^(?:\s+[\p{L}'’-]+){0,6}?\s+${PETITION_VERBS}\b`;

const ACTS_AFTER = rx('iu')`^(?:['’]s)?\s+(?:${ACT_LEADS}\s+)?${ACT_ON_TARIFF_VERBS}\s+(?:[\p{L}-]+\s+){0,3}?${TARIFF_NOUNS}\b`;
const COMPANY_NAME_AFTER = rx('iu')`^\s+(?:[\p{L}&-]+\s+){0,2}?${COMPANY_HEADS}\b\.?`;
/** "Hanoi Steelworks", "China Tower Corp": capitalized words ending in a company head. */
const companyNameAfter = (after: string): boolean => {
  const m = COMPANY_NAME_AFTER.exec(after);
  return m !== null && m[0].trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
};

/** The role a named country plays in its sentence, from the words around it. */
export function roleOf(actor: ActorMention, paragraph: string, sentenceStart: number): ActorRole {
  const before = paragraph.slice(Math.max(sentenceStart, actor.start - 60), actor.start);
  const after = paragraph.slice(actor.end, actor.end + 80);
  if (BY_BEFORE.test(before) || CHARGED_IN_BEFORE.test(before)) return 'possessor';
  if (IMPORTER_BEFORE.test(before)) return 'importer';
  if (MARKET.has(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '')) return 'origin';
  if (PETITIONS_AFTER.test(after)) return 'agent';
  if (ORIGIN_BEFORE.test(before)) return 'origin';
  // "talks in Geneva, Switzerland": a country after a city is a place.
  if (/\b(?:in|at)\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?,\s$/u.test(before)) return 'origin';
  if (FACES_AFTER.test(after)) return 'origin';
  // "Hanoi Steelworks", "China Tower Corp": a place that opens a company's name is not acting.
  if (companyNameAfter(after)) return 'origin';
  // "Brazil raises import tariff on steel": a country that raises, sets or cuts a tariff acts, whatever goods follow.
  if (ACTS_AFTER.test(after)) return 'agent';
  const next = after.match(/^\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u)?.[1].split(/\s+/) ?? [];
  if (next.some((w) => GOODS.has(w))) return 'origin';
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
  /** Actors named in this sentence. */
  actors: ActorMention[];
  /** Country the target names ("Swiss goods" → Switzerland): never the imposer. */
  targetCountry: string;
}

/** The country imposing the tariff, or "" when the sentence does not say. */
export function imposerOf(input: ImposerInput): string {
  const { paragraph, sentenceStart, anchor, tariffWordStart, actors, targetCountry } = input;
  const usable = actors.filter((a) => a.country !== targetCountry);
  // "the common external tariff" is the customs union's, whoever pushes to change it.
  if (tariffWordStart !== null && /\bcommon\s+external\s+$/i.test(paragraph.slice(Math.max(0, tariffWordStart - 20), tariffWordStart))) {
    const union = actors.find((a) => CUSTOMS_UNIONS.has(a.country));
    if (union) return union.country;
  }
  // "U.S. tariffs", "China's retaliatory duties", "Beijing's 10% levy": a country just before the tariff word or rate.
  for (const at of [tariffWordStart, anchor]) {
    if (at === null) continue;
    const owner = usable.filter((a) => a.end <= at).pop();
    if (!owner) continue;
    const between = paragraph.slice(owner.end, at).replace(/^['’]s/, '');
    const words = between.split(/\s+/).filter(Boolean);
    if (!/^\s*$|^\s/.test(between) || words.length > 3 || words.some((w) => NOT_POSSESSIVE.has(w))) continue;
    // A possessive owns the tariff even past goods words ("Mexico's steel tariffs"); a bare
    // name before goods is their origin ("Chinese steel tariffs").
    if (words.length === 0 || /['’]s$/.test(owner.text) || roleOf(owner, paragraph, sentenceStart) !== 'origin') return owner.country;
  }
  const roles = usable.map((a) => ({ a, role: roleOf(a, paragraph, sentenceStart) }));
  // "…, while Japan would keep its 38.5% tariff": "its" points back to the nearest acting country.
  const lead = paragraph.slice(sentenceStart, anchor);
  const pronoun = ITS_BEFORE.exec(lead);
  if (pronoun) {
    const at = sentenceStart + pronoun.index;
    const antecedent = roles.filter((r) => r.a.end <= at && r.role !== 'origin').pop();
    if (antecedent && paragraph.slice(antecedent.a.end, at).split(/\s+/).length <= 6) return antecedent.a.country;
  }
  const byPhrase = roles.find((r) => r.role === 'possessor');
  if (byPhrase) return byPhrase.a.country;
  const importer = roles.find((r) => r.role === 'importer');
  if (importer) return importer.a.country;
  const subject = roles.find((r) => r.role === 'agent' && r.a.start < anchor);
  if (subject) return subject.a.country;
  return roles.find((r) => r.role === 'agent')?.a.country ?? '';
}
