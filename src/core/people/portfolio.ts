import type { Tok } from '../lexicon/tokens';
import { TITLE_HEADS, TITLE_MODIFIERS, placeOf } from '../lexicon/words';
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

/** Capitalized words that name a ministry's portfolio, beyond the usual title modifiers. */
const PORTFOLIOS = new Set(
  ('forestry|fisheries|food|rural|land|lands|infrastructure|tourism|mines|mining|water|petroleum|planning|employment|enterprise|' +
    'innovation|science|culture|sport|commerce|textiles|resources|natural|climate|oceans|cooperation|integration|consumer|' +
    'protection|competitiveness|affairs|european|trade|industry|economy|security|finance|investment|agriculture|energy|' +
    'small|medium|enterprises|business|businesses|skills|jobs|growth|strategy|regulation|customs|revenue|exports|export|' +
    'industries|economic|development|digital|housing|treasury|labour|labor|fiscal|budget|public|works|works|wealth').split('|'),
);
const MAX_TITLE = 12;

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const isPortfolio = (t: Tok | undefined): boolean => !!t && t.word && t.cap && !t.poss && (PORTFOLIOS.has(low(t)) || TITLE_MODIFIERS.has(low(t)));

/** Reads a portfolio title opening at `head` ("Minister" followed by "of"/"for") and the name right after it. */
export function portfolioName(toks: Tok[], head: number): PortfolioName | null {
  if (!TITLE_HEADS.has(low(toks[head])) || !/^(of|for)$/.test(toks[head + 1]?.text ?? '')) return null;
  let k = head + 2;
  let last = -1;
  for (; k < toks.length && k - head < MAX_TITLE; k++) {
    const t = toks[k];
    if (isPortfolio(t)) last = k;
    else if ((t.text === ',' || t.text === 'and' || t.text === '&') && isPortfolio(toks[k + 1])) continue;
    else break;
  }
  if (last < 0) return null;
  // "…Fisheries, Emi Kato," is set off by commas and read elsewhere; here the name must touch the title.
  let j = last + 1;
  while (j < toks.length && j - last <= 4 && isNameWord(toks[j]) && !placeOf(toks[j].text) && toks[j].start - toks[j - 1].end === 1) {
    j++;
    if (toks[j - 1].poss) break;
  }
  if (j - last - 1 < 2) return null;
  return { titleFrom: head, titleTo: last + 1, i: last + 1, j };
}
