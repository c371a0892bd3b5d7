/**
 * The one abbreviation list: words whose full stop does not end a sentence or a name (honorifics,
 * titles, suffixes, legal forms, months). The tokenizer and the sentence splitter both read it.
 */
import { wordList } from './wordList';
import { GIVEN_NAME_ABBREVIATIONS } from './nameParticles';

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and titles
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'messrs', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'hon', 'pres', 'supt', 'eng', 'engr',
  // name suffixes, and given names written short ("Ma. Teresa Villanueva": nameParticles.ts)
  'jr', 'sr', ...[...GIVEN_NAME_ABBREVIATIONS.words].map((w) => w.replace(/\.$/, '')),
  // legal forms and company words
  'inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'llc', 'cos', 'dept', 'assn', 'intl',
  // Malaysian, Singaporean, Australian and Indonesian legal forms ("Borneo Surface Sdn. Bhd. and …")
  'sdn', 'bhd', 'pte', 'pty', 'tbk',
  // places and misc.
  'st', 'mt', 'ft', 'ave', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'fig',
  // months
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** True for "Mr", "Corp", "Sept" (any case, without the full stop). */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));

/** The same words as a pattern for rules that read text around a full stop ("St." in "St. Maartener"). */
export const ABBREVIATION_WORDS = wordList([...ABBREVIATIONS]);
