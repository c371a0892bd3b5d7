import type { Tok } from '../lexicon/tokens';
import { FUNCTION_CAPS, GOVERNMENT_HEADS, TITLE_HEADS, TITLE_MODIFIERS, US_TITLES, placeOf } from '../lexicon/words';

/** The title before a name and who it ties the person to: "Chinese Embassy spokesman", "U.S. Trade Representative". */
export interface TitleFinding {
  /** Token index where the title starts. */
  from: number;
  title: string;
  affiliation: string;
  /** Token range of an organization named as the affiliation ("Audemars Piguet" in "Audemars Piguet CEO"). */
  org: { i: number; j: number } | null;
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
/** Modifiers a corporate head takes ("chief executive", "co-founder", "general manager"). */
const CORPORATE_MODIFIERS = new Set(['vice', 'deputy', 'co', 'chief', 'senior', 'executive', 'managing', 'general', 'acting', 'former', 'assistant', 'associate', 'interim', 'first', 'lead', 'principal', 'junior', 'top', 'press', 'board']);
/** Heads whose preceding capitalized words name the organization ("Rolex CEO"). */
const ORG_TITLED = new Set(['ceo', 'cfo', 'coo', 'executive', 'president', 'copresident', 'co-president', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'owner', 'director', 'manager', 'economist', 'analyst', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'partner', 'fellow', 'researcher', 'chief', 'officer']);
const ORG_WORD = /^(house|embassy|consulate|ministry|department|institute|association|council|industries|group|bank|chamber|commission|agency|office|bureau|corp\.?|inc\.?|co\.|company|foundation|federation|union|party|university|times|news)$/i;

/** Finds the title right before token `nameAt` (the head must touch the name). */
export function titleBefore(text: string, toks: Tok[], nameAt: number): TitleFinding | null {
  const head = toks[nameAt - 1];
  if (!head || !head.word || !TITLE_HEADS.has(low(head)) || head.poss) return null;
  const gov = GOVERNMENT_HEADS.has(low(head));
  let from = nameAt - 1;
  while (from > 0) {
    const w = low(toks[from - 1]);
    const mod = gov ? TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w) : CORPORATE_MODIFIERS.has(w);
    if (mod && toks[from - 1].word && !toks[from - 1].poss) {
      from--;
      continue;
    }
    // "Economy, Trade and Industry Minister": a list of portfolios.
    if ((w === ',' || w === 'and') && gov && TITLE_MODIFIERS.has(low(toks[from - 2])) && toks[from - 2]?.cap && toks[from]?.cap) {
      from--;
      continue;
    }
    break;
  }
  // A lone lower-case "official"/"leader" is a description, not a title worth keeping.
  let title = text.slice(toks[from].start, head.end);
  if (/^(the|a|an)\b/i.test(title)) title = title.replace(/^(the|a|an)\s+/i, '');
  let affiliation = '';
  let org: TitleFinding['org'] = null;
  const before = toks[from - 1];
  const runAt = before && before.word && before.cap ? orgRunStart(toks, from) : from;
  // "Chinese President" → China; "SolarWorld Industries America president" → the company.
  if (before && before.word && placeOf(before.text) && (runAt >= from - 1 || before.poss)) {
    affiliation = placeOf(before.text);
  } else if (runAt < from) {
    const i = runAt;
    const hasOrgWord = toks.slice(i, from).some((t) => ORG_WORD.test(t.text));
    if (i < from && (ORG_TITLED.has(low(head)) || hasOrgWord)) {
      org = { i, j: from };
      affiliation = text.slice(toks[i].start, toks[from - 1].end);
    }
  }
  if (!affiliation && US_TITLES.test(title)) affiliation = 'United States';
  return { from, title, affiliation, org };
}

/** "The Japanese minister of international trade and industry, Ryutaro Hashimoto,": a title set off before the name. */
export function titleBeforeComma(text: string, toks: Tok[], nameAt: number): TitleFinding | null {
  if (toks[nameAt - 1]?.text !== ',') return null;
  let k = nameAt - 2;
  let head = -1;
  let owner = '';
  while (k >= 0 && nameAt - k < 12 && toks[k].word && !/^(the|a|an|its|his|her|their)$/i.test(toks[k].text)) {
    if (TITLE_HEADS.has(low(toks[k])) && !toks[k].poss) head = k;
    else if (toks[k].cap && toks[k].poss && !placeOf(toks[k].text) && head > k) {
      // "Hanul Petrochem's chief executive, Yoon Seo-jin,": the possessive names the employer.
      const s = orgRunStart(toks, k + 1);
      owner = text.slice(toks[s].start, toks[k].end);
      k = s - 1;
      break;
    } else if (toks[k].cap && !placeOf(toks[k].text)) return null;
    k--;
  }
  if (head < 0 || (!owner && (k < 0 || !/^(the|a|an|its|his|her|their)$/i.test(toks[k].text)))) return null;
  let from = k + 1;
  if (owner) {
    while (toks[from].cap) from++;
    return from >= nameAt - 1 ? null : { from, title: text.slice(toks[from].start, toks[nameAt - 2].end), affiliation: placeOf(owner) || owner, org: null };
  }
  const affiliation = placeOf(toks[from].text);
  if (affiliation) from++;
  if (from >= nameAt - 1) return null;
  return { from, title: text.slice(toks[from].start, toks[nameAt - 2].end), affiliation, org: null };
}

/** Start of the capitalized run ending right before token `end` ("Japan Chamber of Commerce and Industry"). */
export function orgRunStart(toks: Tok[], end: number): number {
  let i = end;
  while (i > 0 && end - i < 12) {
    const t = toks[i - 1];
    if (t.word && t.cap && !(t.poss && i !== end) && !FUNCTION_CAPS.has(low(t))) {
      i--;
      if (t.sentStart) break;
      continue;
    }
    if (t.word && /^(of|and|&|for)$/.test(t.text) && toks[i - 2]?.cap && i < end) {
      i--;
      continue;
    }
    // "Switzerland’s Department of…": stop at a country's possessive.
    break;
  }
  while (i < end && !toks[i].cap) i++;
  // A leading country possessive belongs to the sentence, not the name.
  while (i < end - 1 && toks[i].poss && placeOf(toks[i].text)) i++;
  return i;
}
