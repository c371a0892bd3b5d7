import type { Tok } from '../lexicon/tokens';
import { HONORIFICS, PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { placeOf } from '../lexicon/words';
import { REGION_WORDS } from '../lexicon/regions';
import { isNameWord } from './names';

/**
 * "Minister of Economy, Trade and Industry Kenji Arakawa", "Commissioner for Trade and Economic
 * Security Ana Petrova": a title naming its portfolios, run straight into the name.
 */
export interface PortfolioName {
  /** The title's tokens: from the head to the last portfolio word. */
  titleFrom: number;
  titleTo: number;
  /** The name's tokens i..j-1. */
  i: number;
  j: number;
}

const MAX_TITLE = 12;

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const isPortfolio = (t: Tok | undefined): boolean => !!t && t.word && t.cap && !t.poss && (PORTFOLIOS.has(low(t)) || TITLE_MODIFIERS.has(low(t)));

/** Is there a portfolio word among the capitalized words from k (up to `limit`)? */
function isPortfolioAhead(toks: Tok[], k: number, limit: number): boolean {
  for (; k < toks.length && k < limit && (toks[k].cap || toks[k].text === 'and'); k++) if (isPortfolio(toks[k])) return true;
  return false;
}

/**
 * The last portfolio word of a title opening at `head` ("Minister" followed by "of"/"for"):
 * "Minister for Enterprise, Trade and Employment" ends at "Employment"; -1 when none follows.
 */
export function portfolioLast(toks: Tok[], head: number): number {
  if (!toks[head]?.cap || !TITLE_HEADS.has(low(toks[head])) || !/^(of|for)$/.test(toks[head + 1]?.text ?? '')) return -1;
  // "Assistant U.S. Trade Representative for the Western Hemisphere": a region's portfolio takes "the" (one person's
  // title: "the Council of Ministers of the African …" is a body's name).
  const region = toks[head + 2]?.text === 'the' && REGION_WORDS.has(low(toks[head + 3])) && !/s$/.test(low(toks[head]));
  let k = region ? head + 3 : head + 2;
  let last = -1;
  if (region) {
    while (k < toks.length && k - head < MAX_TITLE && toks[k].cap && !toks[k].poss && REGION_WORDS.has(low(toks[k]))) last = k++;
    return last;
  }
  // "Vice President for Freight and Customs Policy": other capitalized words may sit between portfolio words.
  for (; k < toks.length && k - head < MAX_TITLE; k++) {
    const t = toks[k];
    if (isPortfolio(t)) last = k;
    // "Minister of State for Finance": a second "for" or "of" may join the portfolio.
    else if ((t.text === ',' || t.text === 'and' || t.text === '&' || ((t.text === 'for' || t.text === 'of') && k > head + 2)) && toks[k + 1]?.cap) continue;
    else if (t.word && t.cap && !t.poss && last < 0 && !placeOf(t.text) && isPortfolioAhead(toks, k + 1, head + MAX_TITLE)) continue;
    else break;
  }
  return last;
}

/** Reads a portfolio title opening at `head` ("Minister" followed by "of"/"for") and the name right after it. */
export function portfolioName(toks: Tok[], head: number): PortfolioName | null {
  const last = portfolioLast(toks, head);
  if (last < 0) return null;
  // "…Fisheries, Emi Kato," is set off by commas and read elsewhere; here the name must touch the title.
  let j = last + 1;
  // "Minister of State for Finance Shri Raghav Menon": an honorific between the title and the name.
  const honorific = HONORIFICS.has(toks[j]?.text ?? '') && toks[j].start - toks[last].end === 1;
  if (honorific) j++;
  const nameFrom = j;
  while (j < toks.length && j - last <= 4 && isNameWord(toks[j]) && !placeOf(toks[j].text) && toks[j].start - toks[j - 1].end === 1) {
    j++;
    if (toks[j - 1].poss) break;
  }
  if (j - nameFrom < 2) return null;
  return { titleFrom: head, titleTo: last + 1, i: nameFrom, j };
}
