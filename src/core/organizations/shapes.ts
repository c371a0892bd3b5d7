import type { Tok } from '../lexicon/tokens';
import { NOT_NAMES, placeOf } from '../lexicon/words';
import { LEGAL_FORMS, LEGAL_PREFIXES } from '../lexicon/legalForms';
import { CANADA_TOPICS, COMMITTEE_NOUNS, GEO_HEADS, INDUSTRY_HEADS, PLACE_PREPOSITIONS } from '../lexicon/orgHeads';

/**
 * The shapes of organization names beyond a plain head word: legal-form suffixes from around the
 * world ("Sdn Bhd", "Tbk", "A.Ş.", "S.A. de C.V."), industry nouns that close a company's name
 * ("Sarawak Polymers"), Canadian department names ("Global Affairs Canada"), port authorities
 * and the names of places that look like organizations ("Blair Waterway").
 */

export { LEGAL_FORMS, LEGAL_PREFIXES } from '../lexicon/legalForms';
export { INDUSTRY_HEADS, GEO_HEADS } from '../lexicon/orgHeads';

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');

/** Is token k a legal form written as such (case-sensitive), e.g. "Bhd", "S.A.", "GmbH"? */
export const isLegalForm = (t: Tok | undefined): boolean => !!t && t.word && LEGAL_FORMS.has(t.text);

/** Does the run i..j-1 end with a name that is a place's ("Fraser River", "Strait of Hormuz")? */
export function isGeographic(toks: Tok[], i: number, j: number): boolean {
  if (GEO_HEADS.has(low(toks[j - 1]))) return true;
  return GEO_HEADS.has(low(toks[i])) && low(toks[i + 1]) === 'of';
}

/** "Kubota Corp.", "Tanjung Wire Sdn Bhd": a legal form closes the name. */
export const legalFormHead = (toks: Tok[], s: number, j: number): number =>
  j - s >= 2 && isLegalForm(toks[j - 1]) && toks[j - 1].text !== 'Group' && toks[j - 1].text !== 'Holdings' ? j - 1 : -1;
/** "PT Sinar Baja": a legal form opens the name. */
export const legalPrefixHead = (toks: Tok[], s: number, j: number): number => (j - s >= 2 && LEGAL_PREFIXES.has(toks[s].text) && toks[s + 1].cap ? j - 1 : -1);
/** "Bluewater Steel": an industry noun after a proper name. */
export const industryHead = (toks: Tok[], s: number, j: number): number => (j - s >= 2 && INDUSTRY_HEADS.has(low(toks[j - 1])) && properBefore(toks, s, j - 1) ? j - 1 : -1);
/** "Global Affairs Canada": a Canadian department's topics before "Canada". */
export const canadaHead = (toks: Tok[], s: number, j: number): number =>
  j - s >= 2 && toks[j - 1].text === 'Canada' && toks.slice(s, j - 1).some((t) => CANADA_TOPICS.has(low(t))) ? j - 1 : -1;

/** The head index of a run by shape, or -1: a legal form closing or opening it, an industry noun after a proper name, "… Canada". */
export function shapeHead(toks: Tok[], s: number, j: number): number {
  return Math.max(legalFormHead(toks, s, j), legalPrefixHead(toks, s, j), industryHead(toks, s, j), canadaHead(toks, s, j));
}

/** A proper name before an industry noun: not a place, demonym or common capitalized word ("Chinese Steel"). */
function properBefore(toks: Tok[], s: number, head: number): boolean {
  const before = toks.slice(s, head).filter((t) => t.word);
  if (!before.length) return false;
  if (placeOf(toks[head - 1].text) || placeOf(before.map((t) => t.text).join(' '))) return false;
  return !before.every((t) => NOT_NAMES.has(low(t)) || placeOf(t.text));
}

/** "Global Affairs Canada" opening a sentence: "Global" is part of the department's name. */
export const isCanadaTopic = (toks: Tok[], k: number, j: number): boolean => toks[j - 1]?.text === 'Canada' && CANADA_TOPICS.has(low(toks[k]));

/** "Innovation, Science and Economic Development Canada": the comma-listed topics before a department's run. */
export function canadaListStart(toks: Tok[], s: number, j: number): number {
  if (toks[j - 1]?.text !== 'Canada') return s;
  while (s >= 2 && toks[s - 1].text === ',' && toks[s - 2].cap && CANADA_TOPICS.has(low(toks[s - 2]))) s -= 2;
  return s;
}

/**
 * "The Port of Tacoma said volumes fell" is the port authority; "ships waited at the Port of
 * Tacoma" is a place. A Port of X run counts unless a place preposition sits right before it.
 */
export function isPortAuthority(toks: Tok[], s: number): boolean {
  let k = s - 1;
  if (low(toks[k]) === 'the') k--;
  return !PLACE_PREPOSITIONS.has(low(toks[k]));
}

/** "the House Ways and Means trade subcommittee": lower-case words between a chamber's committee name and "subcommittee". */
export function committeeTail(toks: Tok[], s: number, j: number): number {
  if (!/^(House|Senate)$/.test(toks[s]?.text ?? '')) return j;
  for (let k = j; k < toks.length && k < j + 3; k++) {
    const t = toks[k];
    if (!t.word || t.cap) return j;
    if (COMMITTEE_NOUNS.has(t.text)) return k + 1;
  }
  return j;
}
