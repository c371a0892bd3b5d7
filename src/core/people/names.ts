import type { Tok } from '../lexicon/tokens';
import { GOVERNMENT_PEOPLE } from '../lexicon/governmentActors';
import { GEO_HEADS } from '../organizations/shapes';
import { MONTHS_DAYS, NOT_NAMES, placeOf } from '../lexicon/words';
import { KNOWN_GIVEN_NAMES as GIVEN_NAMES } from '../lexicon/worldNames';
import { countryOfDemonym, normalizeCountry } from '../countries';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { ARABIC_ARTICLES, CHINESE_SURNAMES, GIVEN_NAME_ABBREVIATIONS, MODIFIER_SUFFIXES, NAME_PARTICLES, SUFFIXES, VIETNAMESE_MIDDLE_NAMES, VIETNAMESE_WORD_SURNAMES } from '../lexicon/nameParticles';
import { rx } from '../lexicon/wordList';
import { memoize } from '../memo';

/** What a person's name looks like in trade copy: "Xi Jinping", "Karl-Friedrich Scheufele", "Tom Howell Jr.". */

// Each inner part opens with a separator or capital, so the pattern can't backtrack ("McLean", "O'Brien", "Karl-Friedrich").
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:(?:['’-]\p{Lu}?|\p{Lu})[\p{Ll}\p{M}]+)*$|^\p{Lu}\.$/u;
const ARABIC_ARTICLE = rx('u')`^${ARABIC_ARTICLES}-\p{Lu}[\p{Ll}\p{M}]+$`;
const ALL_CAPS = /^\p{Lu}{2,12}$/u;
const MODIFIER_SUFFIX = rx('i')`-${MODIFIER_SUFFIXES}$`;

/** Well-known leaders a trade story names by surname alone, with the country they lead (from the lexicon's government people). */
export const LEADERS: ReadonlyMap<string, string> = new Map(
  Object.entries(GOVERNMENT_PEOPLE).flatMap(([country, names]) => names.filter((n) => !/\s/.test(n)).map((n) => [n, country] as [string, string])),
);

/** The word is a country's own name or demonym ("Kenya", "Kenyan"), not one of its cities ("Colombo"). */
const namesCountry = (word: string): boolean => normalizeCountry(word).toLowerCase() === word.toLowerCase() || countryOfDemonym(word) !== '';

/** A word that can be part of a person's name (capitalized, not a common word, month or country). */
export function isNameWord(t: Tok | undefined, allowCaps = false): boolean {
  if (!t || !t.word || !t.cap) return false;
  const w = t.text.toLowerCase();
  if (NOT_NAMES.has(w) || MONTHS_DAYS.has(w) || HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) return false;
  if (placeOf(t.text)) return false;
  // "Ohio-based", "Chinese-made": a place or maker said as a modifier, not a name.
  if (MODIFIER_SUFFIX.test(t.text)) return false;
  return NAME_WORD.test(t.text) || GIVEN_NAME_ABBREVIATIONS.has(w) || (allowCaps && ALL_CAPS.test(t.text) && t.text.length <= 4);
}

/**
 * The end (exclusive) of a name starting at token i, or i when none: up to five name words with
 * particles ("von der") and a closing "Jr."; stops after a possessive.
 */
export function nameEnd(toks: Tok[], i: number, allowCaps = false): number {
  // After a title, a Chinese surname that is also a word opens a name: "Vice Premier He Lifeng".
  // "Do Minh Khoa", "Le Thi Hoa": a Vietnamese family name that is also an English word opens a name before a Vietnamese middle name.
  const vietnamese = !!toks[i]?.cap && VIETNAMESE_WORD_SURNAMES.has(toks[i].text.toLowerCase()) && !!toks[i + 1]?.cap && VIETNAMESE_MIDDLE_NAMES.has(toks[i + 1].text.toLowerCase()) && isNameWord(toks[i + 2]);
  const surname = (allowCaps && CHINESE_SURNAMES.has(toks[i]?.text.toLowerCase() ?? '') && !toks[i].poss) || vietnamese;
  // "Ms. He" alone: the honorific makes the surname a name.
  if (surname && !isNameWord(toks[i + 1])) return i + 1;
  if (!surname && (!isNameWord(toks[i], allowCaps) || toks[i].text.length < 2)) return i;
  let j = i + 1;
  if (toks[i].poss) return j;
  while (j < toks.length && j - i < 5) {
    const t = toks[j];
    // A name is written on one line: "Tom Howell Jr." — not a word at the start of the next sentence.
    if (t.start - toks[j - 1].end !== 1) break;
    if (isNameWord(t, allowCaps) && !t.sentStart) {
      j++;
      if (t.poss) break;
      continue;
    }
    // "Ana Lima", "Pedro Santiago", "Renata Colombo": a city (a capital too) that is also a family name, after a known given name.
    if (j === i + 1 && t.word && t.cap && !t.sentStart && GIVEN_NAMES.has(toks[i].text.toLowerCase()) && NAME_WORD.test(t.text) && placeOf(t.text) && !namesCountry(t.text)) {
      j++;
      if (t.poss) break;
      continue;
    }
    // "Aisha al-Mansouri", "Abdulaziz bin Talal al-Saud": a lower-case Arabic article joined to the family name.
    if (ARABIC_ARTICLE.test(t.text)) {
      j++;
      continue;
    }
    // "von der Leyen", "van der Merwe", "de la Cruz": one or two particles, then a name word.
    const particle = (x: Tok | undefined) => !!x && !x.cap && NAME_PARTICLES.has(x.text);
    const p = particle(t) ? (isNameWord(toks[j + 1]) ? 1 : particle(toks[j + 1]) && isNameWord(toks[j + 2]) ? 2 : 0) : 0;
    if (p) {
      j += p;
      continue;
    }
    if (SUFFIXES.has(t.text.toLowerCase()) && (t.text.endsWith('.') || /^I+V?$/.test(t.text) || /^[JS]r$/.test(t.text))) j++;
    break;
  }
  // "Blair Waterway", "Fraser River": a place's name, not a person's.
  if (GEO_HEADS.has(toks[j - 1].text.toLowerCase())) return i;
  // "Sao Paulo", "Ho Chi Minh City": a city of two or three words, each a name word on its own.
  if (j - i >= 2 && j - i <= 4 && placeOf(toks.slice(i, j).map((t) => t.text).join(' '))) return i;
  // A trailing initial is a sentence end, not a name ("…told Mr. Smith J.").
  while (j > i + 1 && /^\p{Lu}\.$/u.test(toks[j - 1].text)) j--;
  return j;
}

/** Token count of a name, ignoring "Jr." and initials. */
export const nameWords: (name: string) => readonly string[] = memoize((name) => name.split(/\s+/).filter((w) => !/^(jr|sr)\.?$|^I+V?$|^\p{Lu}\.$/iu.test(w)));
