import type { Tok } from '../lexicon/tokens';
import { decide } from '../rules/rule';
import { ARTICLES, PLACE_PREPOSITIONS, ROLE_ORIGINS, SPOKESPERSONS, CORPORATE_MODIFIERS, GOVERNMENT_HEADS, HONORIFICS, LEGISLATOR_TITLES, LOCAL_OFFICES, RANKS, OWNER_PRONOUNS, PORTFOLIOS, ROLE_OPENERS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, TRADE_ROLES } from '../lexicon/titles';
import { KNOWN_GIVEN_NAMES } from '../lexicon/worldNames';
import { PARTY_LABELS } from '../lexicon/parties';
import { placeOf } from '../lexicon/words';
import { AFFILIATION_BEFORE_TITLE, orgRunStart } from './affiliationRules';
import { END_HEADS } from '../lexicon/orgHeads';
import { PLACE_NOUNS, REGION_WORDS } from '../lexicon/regions';

export { orgRunStart } from './affiliationRules';

/** The title before a name and who it ties the person to: "Chinese Embassy spokesman", "U.S. Trade Representative". */
export interface TitleFinding {
  /** Token index where the title starts. */
  from: number;
  title: string;
  affiliation: string;
  /** Token range of an organization named as the affiliation ("Audemars Piguet" in "Audemars Piguet CEO"). */
  org: { i: number; j: number } | null;
  /** Ids of the rules that decided the affiliation (the title's own rule is added by the caller). */
  because: string[];
  /** "its chief executive" ("*"), "the council's president" ("council"): the owner is named earlier. */
  antecedent?: string;
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');

/** Where a title ending in `head` starts: back over the words that build it ("Deputy Prime Minister"). */
export function titleStart(toks: Tok[], head: number): number {
  // "EU trade chief Lena Hartmann": a chief's portfolio is a government title's word.
  const gov = GOVERNMENT_HEADS.has(low(toks[head])) || low(toks[head]) === 'chief';
  let from = head;
  while (from > 0) {
    const w = low(toks[from - 1]);
    const mod = gov ? TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w) : CORPORATE_MODIFIERS.has(w);
    // "Ministry of Commerce spokesperson": a modifier after "of" belongs to a body's name.
    if (mod && toks[from - 1].word && !toks[from - 1].poss && !(gov && toks[from - 1].cap && /^(of|for)$/.test(low(toks[from - 2])))) {
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
  return from;
}

/** Who a title from..head ties its holder to, by the affiliation rules; the rule's id in `because`. */
export function tieOf(text: string, toks: Tok[], from: number, head: number, title: string): { affiliation: string; org: TitleFinding['org']; because: string[] } {
  const d = decide(AFFILIATION_BEFORE_TITLE, { text, toks, from, head, title });
  return d ? { affiliation: d.value.affiliation, org: d.value.org, because: [d.rule] } : { affiliation: '', org: null, because: [] };
}

/**
 * The word before `nameAt` can end a title: a title head, or a trade role in lower case before a
 * known given name ("textile exporter Anil Mehta", "dairy farmer Ruth Olsen"; not "retailer Target").
 */
export function headsTitle(toks: Tok[], nameAt: number): boolean {
  const head = toks[nameAt - 1];
  if (!head) return false;
  return TITLE_HEADS.has(head.text) || (!head.cap && TRADE_ROLES.has(head.text) && KNOWN_GIVEN_NAMES.has(toks[nameAt]?.text ?? ''));
}

/** One to three capitalized words ending right before token `at`, opening their sentence or after "the" or a comma: a town's name. */
function townBefore(text: string, toks: Tok[], at: number): string {
  let k = at;
  while (k > 0 && at - k < 3 && toks[k - 1].word && toks[k - 1].cap && !toks[k - 1].poss && !ARTICLES.has(low(toks[k - 1]))) {
    k--;
    if (toks[k].sentStart) break;
  }
  if (k === at) return '';
  const opens = toks[k].sentStart || !toks[k - 1] || low(toks[k - 1]) === 'the' || toks[k - 1].text === ',';
  const town = text.slice(toks[k].start, toks[at - 1].end);
  // A country's or a title's word is no town: "U.S. Mayor", "Deputy Mayor".
  return opens && !placeOf(town) && !toks.slice(k, at).some((t) => TITLE_HEADS.has(low(t)) || TITLE_MODIFIERS.has(low(t))) ? town : '';
}

/** Finds the title right before token `nameAt` (the head must touch the name). */
export function titleBefore(text: string, toks: Tok[], nameAt: number): TitleFinding | null {
  const head = toks[nameAt - 1];
  if (!head || !head.word || !headsTitle(toks, nameAt) || head.poss) return null;
  let from = titleStart(toks, nameAt - 1);
  // "Liberal member Lloyd Axworthy": a party label is part of a legislator's title.
  const party = from > 0 && toks[from - 1].cap && PARTY_LABELS.has(low(toks[from - 1])) && !toks[from - 1].poss;
  if (party) from--;
  // "State Sen. Marisol Ybarra", "state Rep. …": a state legislature's seat, not Congress's.
  const stateSeat = from === nameAt - 1 && from > 0 && low(toks[from - 1]) === 'state' && LEGISLATOR_TITLES.has(head.text);
  if (stateSeat) from--;
  let title = text.slice(toks[from].start, head.end);
  if (/^(the|a|an)\b/i.test(title)) title = title.replace(/^(the|a|an)\s+/i, '');
  if (from === nameAt - 1) title = TITLE_ABBREVIATIONS.get(low(head)) ?? title;
  else if (stateSeat) title = `${toks[from].text} ${TITLE_ABBREVIATIONS.get(low(head)) ?? head.text}`;
  const tie = tieOf(text, toks, from, nameAt - 1, title);
  // "Conservative trade critic Darren Hollings": with no body named, the party is whom the title serves.
  if (party && !tie.affiliation) return { from, title, affiliation: toks[from].text, org: null, because: ['person.affiliation.party-label'] };
  // "Nogales Mayor Hector Valenzuela", "Putnam County Mayor …": the town or county named before a mayor is whom the office serves.
  if (!tie.affiliation && LOCAL_OFFICES.has(low(head))) {
    const town = townBefore(text, toks, from);
    if (town) return { from, title, affiliation: town, org: null, because: ['person.affiliation.town-before'] };
  }
  // "Federation chair Hemi Takerei said …" opening a sentence: the body's head word alone points back to the
  // body named before whose name holds it ("the Dairy Growers Federation of New Zealand").
  const kind = toks[from - 1];
  if (!tie.affiliation && kind?.sentStart && kind.cap && kind.word && !kind.poss && END_HEADS.has(low(kind))) return { from, title, ...tie, antecedent: low(kind) };
  // '… far less," association president Somchai Rattanakorn said': lower case after a quote or comma, the same.
  if (!tie.affiliation && kind?.word && !kind.cap && !kind.poss && END_HEADS.has(low(kind)) && toks[from - 2] && !toks[from - 2].word) return { from, title, ...tie, antecedent: low(kind) };
  // '"Reports like this count every cost," spokesman Ryan McCaffery said' after "The American Factory Coalition … said":
  // a bare spokesperson speaks for the body the sentence before is about ("a spokesman …" describes, it does not point back).
  if (!tie.affiliation && from === nameAt - 1 && SPOKESPERSONS.has(low(head)) && !ARTICLES.has(low(toks[from - 1]))) return { from, title, ...tie, antecedent: '*' };
  return { from, title, ...tie };
}

/**
 * "Assistant Minister for Manufacturing Daniel Kwong-Lister", "Secretary of State Ana Ruiz": a government
 * head, "for"/"of" and a capitalized portfolio right before the name (found by other rules).
 */
export function portfolioTitleBefore(text: string, toks: Tok[], nameAt: number): TitleFinding | null {
  let k = nameAt - 1;
  while (k > 0 && nameAt - k <= 5 && toks[k].word && toks[k].cap && !toks[k].poss) k--;
  if (k === nameAt - 1 || !/^(?:for|of)$/.test(low(toks[k])) || !toks[k - 1]?.cap || !GOVERNMENT_HEADS.has(low(toks[k - 1]))) return null;
  const from = titleStart(toks, k - 1);
  const title = text.slice(toks[from].start, toks[nameAt - 1].end);
  return { from, title, ...tieOf(text, toks, from, k - 1, title) };
}

/** The role's last word before "from Narayanganj" or "in the Gers" that ends at `end`, else -1. */
function placeAfterRole(toks: Tok[], end: number): number {
  let k = end;
  if (PLACE_NOUNS.has(low(toks[k])) && !toks[k].cap) k--;
  const capsEnd = k;
  while (k >= 0 && capsEnd - k < 3 && toks[k].word && toks[k].cap && !toks[k].sentStart) k--;
  if (k === capsEnd) return -1;
  if (low(toks[k]) === 'the') k--;
  if (!(PLACE_PREPOSITIONS.has(low(toks[k])) || ROLE_ORIGINS.has(low(toks[k])))) return -1;
  const role = toks[k - 1];
  return role && !role.cap && (TITLE_HEADS.has(low(role)) || TRADE_ROLES.has(low(role))) ? k - 1 : -1;
}

// "Minister of Trade, Industry and Competition, …": a comma inside a list of portfolios, before the head is reached.
const portfolioComma = (toks: Tok[], k: number, head: number): boolean =>
  head < 0 && toks[k].text === ',' && !!toks[k - 1]?.cap && !!toks[k + 1]?.cap && (PORTFOLIOS.has(low(toks[k - 1])) || TITLE_MODIFIERS.has(low(toks[k - 1])));

/**
 * "The Japanese minister for trade and industry, Kenji Arakawa,", "Chile's
 * Finance Minister, Rosa Vidal,": a title set off before the name.
 */
export function titleBeforeComma(text: string, toks: Tok[], nameAt: number): TitleFinding | null {
  // ", Dr. Sipho Ndlovu,", ", Col. (retd) Ravindra Chauhan,": an honorific or rank between the comma and the name.
  if (toks[nameAt - 1]?.text === ')' && toks[nameAt - 3]?.text === '(' && /^retd\.?$|^ret\.?$|^retired$/i.test(toks[nameAt - 2]?.text ?? '')) nameAt -= 3;
  if (HONORIFICS.has(toks[nameAt - 1]?.text ?? '') || RANKS.has(toks[nameAt - 1]?.text ?? '')) nameAt -= 1;
  if (toks[nameAt - 1]?.text !== ',') return null;
  // "An opposition lawmaker from Narayanganj, …", "A dairy farmer in the Gers, …": the place the role is held ends it.
  const placed = placeAfterRole(toks, nameAt - 2);
  let k = placed >= 0 ? placed : nameAt - 2;
  const last = k;
  let head = -1;
  let owner = '';
  let ownerRule = '';
  let ownerEnd = -1;
  while (k >= 0 && nameAt - k < 14 && (toks[k].word || portfolioComma(toks, k, head))) {
    if (!toks[k].word) {
      k--;
      continue;
    }
    if (ROLE_OPENERS.has(toks[k].text)) {
      // "the chair of the trade committee, …": the portfolio's own article; the head comes before "of".
      // "Bangladesh's ambassador to the EU, …": so too an envoy's "to the".
      if (head < 0 && toks[k].text === 'the' && (toks[k - 1]?.text === 'of' || toks[k - 1]?.text === 'to')) {
        k -= 2;
        continue;
      }
      break;
    }
    // "The store's meat buyer, …": a trade role set off with its article or owner heads the title too.
    if ((TITLE_HEADS.has(low(toks[k])) || (TRADE_ROLES.has(low(toks[k])) && !toks[k].cap && k === last)) && !toks[k].poss) head = Math.max(head, k);
    else if (toks[k].cap && toks[k].poss && head > k) {
      // "Hanul Petrochem's chief executive, Yoon Seo-jin,": the possessive names the employer;
      // "Chile's Finance Minister, Rosa Vidal,": the country's own minister.
      let place = placeOf(toks[k].text);
      // "South Australia's Minister for Primary Industries": a compass word makes another place, a state.
      const state = place && toks[k - 1]?.cap && REGION_WORDS.has(low(toks[k - 1])) && !placeOf(`${toks[k - 1].text} ${toks[k].text}`);
      if (state) place = '';
      const s = place ? k : state ? k - 1 : orgRunStart(toks, k + 1);
      owner = place || text.slice(toks[s].start, toks[k].end).replace(/['’]s$/, '');
      ownerRule = place ? 'person.affiliation.possessive-country' : 'person.affiliation.possessive-org';
      ownerEnd = k;
      k = s - 1;
      break;
    // "Its regional manager for North Asia, Fiona Kettering,": a region a title covers is part of it.
    } else if (toks[k].cap && !placeOf(toks[k].text) && !TITLE_MODIFIERS.has(low(toks[k])) && !PORTFOLIOS.has(low(toks[k])) && !REGION_WORDS.has(low(toks[k]))) {
      // "A Commission spokeswoman, Ines Carvalho,": a body's name right before a spokesperson, after an article.
      if (head === k + 1 && head === last && SPOKESPERSONS.has(low(toks[head])) && !toks[k].poss) {
        let s = k;
        while (s > 0 && k - s < 3 && toks[s - 1].word && toks[s - 1].cap && !toks[s - 1].poss && !ARTICLES.has(low(toks[s - 1]))) s--;
        if (ARTICLES.has(low(toks[s - 1])) && !placeOf(text.slice(toks[s].start, toks[k].end))) {
          return { from: s - 1, title: toks[head].text, affiliation: text.slice(toks[s].start, toks[k].end), org: null, because: ['person.affiliation.org-before-title'] };
        }
      }
      return null;
    }
    k--;
  }
  // "Federal Trade Minister, Simon Crean," opening a sentence needs no article.
  const opens = k < 0 || !!toks[k + 1]?.sentStart;
  if (head < 0 || (!owner && !(k >= 0 && ROLE_OPENERS.has(toks[k].text)) && !(opens && toks[k + 1]?.cap))) return null;
  let from = k + 1;
  if (owner) {
    from = ownerEnd + 1;
    return from > last ? null : { from, title: text.slice(toks[from].start, toks[last].end), affiliation: owner, org: null, because: [ownerRule] };
  }
  // "Its chief executive, …", "the council's president, …": the owner was named before.
  // "Our executive director, …" (a newsletter's own body): '@', the body the article names most.
  let antecedent = k >= 0 && OWNER_PRONOUNS.has(toks[k].text) ? (low(toks[k]) === 'our' ? '@' : '*') : undefined;
  if (!antecedent && toks[from]?.poss && !toks[from].cap && from < head) antecedent = toks[from++].text.toLowerCase();
  // "Its Asia director, Brent Holloway,": after "its" a place is the post's beat, and the owner the body named before.
  const affiliation = antecedent === '*' || antecedent === '@' ? '' : placeOf(toks[from].text);
  if (affiliation) from++;
  if (from > last) return null;
  const title = text.slice(toks[from].start, toks[last].end);
  return { from, title, affiliation, org: null, because: affiliation ? ['person.affiliation.demonym'] : [], ...(antecedent && !affiliation ? { antecedent } : {}) };
}
