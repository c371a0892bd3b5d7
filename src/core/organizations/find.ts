import type { Tok } from '../lexicon/tokens';
import { ORG_FORMS, PLACE_LIKE_KEYS } from '../lexicon/orgNames';
import { OUTLET_KEYS, OUTLET_TAILS } from '../lexicon/outlets';
import { FUNCTION_CAPS, MONTHS_DAYS, NOT_NAMES, STATES_PROVINCES, placeOf } from '../lexicon/words';
import { KNOWN_GIVEN_NAMES as GIVEN_NAMES, opensPersonName } from '../lexicon/worldNames';
import { findCompanyShapes, opensGroupUnit } from './companies';
import { END_HEADS, FAMILY_FIRM_TAILS, OPEN_HEADS, FOREIGN_HEADS, NAME_OPENERS, PLURAL_MAKERS, AND_WORDS, ELIDED, isNameWord, ARTICLES, RUN_BREAKERS, CONNECTORS, OF_WORDS, CUES } from './heads';
import { PREP_BEFORE_ARTICLE } from '../lexicon/orgHeads';
import { CASE_PARTIES, PORTFOLIOS, TRADE_ROLES } from '../lexicon/titles';
import { COMPANY_CLOSERS, COMPANY_WORDS } from '../lexicon/legalForms';
import { orgKey } from './orgKey';
import { decide } from '../rules/rule';
import { HEAD_RULES, NAME_RULES, ORGANIZATION_VETOES } from './rules';
import { COMMITTEE_NOUNS, ON_NAME_HEADS, PLURAL_POSSESSORS, BODY_NOUNS, PORTFOLIO_BODIES, TOPIC_BODIES, BODY_FOLLOWERS, BODY_TOPICS, CREDIT_WORDS, DESCRIPTIONS, GENERIC_COMPANY_HEADS, GOVERNMENT_BODIES, INDEFINITES } from '../lexicon/orgHeads';
import { INDUSTRY_HEADS, isCanadaTopic, canadaListStart, committeeTail, isLegalForm, isPortAuthority, shapeHead } from './shapes';

/** An organization found in a paragraph: tokens i..j-1, its merge key, and whether it needs a stronger form elsewhere. */
export interface OrgHit {
  i: number;
  j: number;
  key: string;
  weak: boolean;
  /** The ids of the rules that found it, in order. */
  because?: string[];
  /** A list a cue opened ("companies such as X and Y have …"): its last item needs no comma after it. */
  loose?: boolean;
}

const isCapWord = (t: Tok | undefined): boolean => !!t && t.word && t.cap;
/** Do the capitalized words from k end, within four, in a legal form ("Kubota Corp.", "Pride Corp.")? */
function legalFormAhead(toks: Tok[], k: number): boolean {
  for (let n = k; n < toks.length && n < k + 4 && isCapWord(toks[n]); n++) if (n > k && isLegalForm(toks[n]) && toks[n].text !== 'Group' && toks[n].text !== 'Holdings') return true;
  return false;
}
/** Do the capitalized words from k end, within four, in a body noun ("Hackett Associates", "Farm Bureau")? */
function headAhead(toks: Tok[], k: number): boolean {
  for (let n = k; n < toks.length && n < k + 4 && isCapWord(toks[n]); n++) if (n > k && END_HEADS.has(low(toks[n])) && !isCapWord(toks[n + 1])) return true;
  return false;
}
/** "Ohio-based", "Shenzhen-based", "Taiwan-listed": where a company sits or trades, said just before its name. */
export const BASED = /^\p{L}[\p{L}.' -]*-(?:based|headquartered|listed)$/iu;
const low = (t: Tok): string => t.text.toLowerCase();
const US_FORMS = new Set(['U.S.', 'US']);
const isPlace = (toks: Tok[], i: number, j: number): boolean =>
  !!placeOf(toks.slice(i, j).map((t) => t.text).join(' ')) || (j - i === 1 && !!placeOf(toks[i].text));

/** Matches a lexicon form at token i; returns its end index or -1. */
export function lexiconAt(toks: Tok[], i: number): { j: number; key: string; weak: boolean } | null {
  const list = ORG_FORMS.get(toks[i].text);
  if (!list) return null;
  for (const f of list) {
    let ok = i + f.words.length <= toks.length;
    for (let k = 0; ok && k < f.words.length; k++) {
      ok = toks[i + k].text === f.words[k] && (k === f.words.length - 1 || !toks[i + k].poss || f.possessive.includes(k));
    }
    if (ok) return { j: i + f.words.length, key: f.key, weak: f.weak };
  }
  return null;
}

const strongLexiconAt = (toks: Tok[], i: number): boolean => {
  const m = lexiconAt(toks, i);
  return !!m && !m.weak;
};

/** Tokens i..j-1 read as a person's name: two or three capitalized words, the first a given name, none a body's head or a place. */
// ("Lawyer Omar Bashir of …": a title may open the run; a run that starts at the surname has the given name right before it.)
function personBefore(toks: Tok[], i: number, j: number): boolean {
  // "Harold J. Pettigrew of Pettigrew Lane LLP": a run that starts at the surname after a middle initial.
  if (j - i === 1 && /^\p{Lu}\.$/u.test(toks[i - 1]?.text ?? '') && GIVEN_NAMES.has(toks[i - 2]?.text ?? '')) return true;
  for (const g of [j - 2, j - 3]) {
    // "Mei-Lin Sorensen": a hyphenated given name by its first part.
    if (g < Math.max(0, i - 1) || !toks[g].word || !toks[g].cap || !(GIVEN_NAMES.has(toks[g].text) || GIVEN_NAMES.has(toks[g].text.split('-')[0]))) continue;
    if (toks.slice(g, j).every((t) => t.word && !t.poss && !END_HEADS.has(low(t)) && !OPEN_HEADS.has(low(t)) && !placeOf(t.text))) return true;
  }
  return false;
}

const LOCAL_NUMBER = /^\d{1,5}$/;
// Union units numbered after their name: "Local 444", "Lodge 1943", "District 9".
const UNION_UNITS = new Set(['Local', 'Lodge', 'District']);

/** A capitalized run from token i: capitalized words joined by "of", "and", "&"… Returns its end. */
/** The word before j closes a company's name: a legal form ("Co."), or a trade or body noun that no "of" opens ("Components"). */
function closesCompany(toks: Tok[], i: number, j: number): boolean {
  const closer = toks[j - 1].text === '.' ? toks[j - 2] : toks[j - 1];
  if (!closer) return false;
  if (isLegalForm(closer) || COMPANY_CLOSERS.has(closer.text.replace(/\.$/, ''))) return true;
  return j - 1 > i && (INDUSTRY_HEADS.has(low(closer)) || (END_HEADS.has(low(closer)) && !OPEN_HEADS.has(low(closer))));
}

/** A town at k: a known place, or one or two capitalized words then a comma and a known place ("Peoria, Illinois"). */
function townAfter(toks: Tok[], k: number): boolean {
  if (!isCapWord(toks[k])) return false;
  if (placeOf(toks[k].text)) return true;
  const e = isCapWord(toks[k + 1]) ? k + 2 : k + 1;
  const region = toks[e + 1];
  return toks[e]?.text === ',' && !!region && (!!placeOf(region.text) || STATES_PROVINCES.has(low(region)));
}

export function runFrom(toks: Tok[], i: number): number {
  let j = i;
  let ofSeen = false;
  // No organization's name runs past a dozen words; the bound keeps long capitalized runs linear.
  while (j < toks.length && j - i < 14) {
    const t = toks[j];
    if (isCapWord(t) || (j > i && ELIDED.test(t.text))) {
      // "Lakeshore Castings and Lyon-based Ferrand Textiles": a "-based" opens the next company.
      if (j > i && (RUN_BREAKERS.has(low(t)) || BASED.test(t.text))) break;
      // "Staff Reporter" / "The Seoul Herald": a name does not run on from a set line to the next.
      if (j > i && t.lineStart) break;
      j++;
      // "Pilgrim's Pride Corp.": a possessive inside a name that a legal form closes.
      // "National People's Congress": an irregular plural's possessive inside a name goes on.
      if (t.poss && !legalFormAhead(toks, j) && !(PLURAL_POSSESSORS.has(t.text) && isCapWord(toks[j]))) break;
      continue;
    }
    // "United Steelworkers Local 1247", "Unifor Local 444": a union local's number is part of its name.
    if (j > i && LOCAL_NUMBER.test(t.text) && UNION_UNITS.has(toks[j - 1].text)) {
      j++;
      continue;
    }
    const c = t.text.toLowerCase();
    // "Global Affairs Canada on Monday": a date after "on" is not part of the name.
    // "Council of the EU", "Banco de la Nación": after a head, a preposition's article joins too
    // (not after a person: "Wayne Winegarden of the Pacific Research Institute").
    // "China Chamber of Commerce to the EU": inside an "of" name, "to the" goes on too.
    // "Cámara Nacional de la Industria Textil": a name a foreign head opens goes on through "de la".
    const afterHead = j > i && (OPEN_HEADS.has(low(toks[j - 1])) || FOREIGN_HEADS.has(low(toks[j - 1])) || (FOREIGN_HEADS.has(low(toks[i])) && c !== 'of') || (ofSeen && c === 'to'));
    if (afterHead && (PREP_BEFORE_ARTICLE.has(c) || c === 'to') && ARTICLES.has(low(toks[j + 1] ?? t)) && isCapWord(toks[j + 2]) && !MONTHS_DAYS.has(low(toks[j + 2]))) {
      ofSeen = true;
      j += 2;
      continue;
    }
    // "In June the European Commission": a month or day before "the" is the sentence's time, not a name's word.
    if (j > i && (t.word || c === '&') && CONNECTORS.has(c) && isNameWord(toks[j + 1]) && !MONTHS_DAYS.has(low(toks[j + 1])) && !(c === 'the' && MONTHS_DAYS.has(low(toks[j - 1])))) {
      if (c === 'and' && (strongLexiconAt(toks, j - 1) || strongLexiconAt(toks, j + 1) || (COMPANY_CLOSERS.has(toks[j - 1].text.replace(/\.$/, '')) || toks[j - 1].text === 'Group'))) break;
      // "lost 2.9% in Seoul and Kuroda Motor Corp. dropped": a place does not open a company's name.
      if (c === 'and' && isPlace(toks, i, j)) break;
      // "Komatsu and Kubota Corp.": a legal form closing what follows "and" makes that a company of its own.
      // "National Retail Federation and Hackett Associates": a body noun before "and", and a name a head closes after it, are two bodies.
      if (c === 'and' && !ofSeen && BODY_NOUNS.has(low(toks[j - 1])) && headAhead(toks, j + 1)) break;
      // ("Shandong Iron and Steel Co", "Minerals and Metals Trading Corp": an industry noun opens no company's name.)
      const tradeNext = INDUSTRY_HEADS.has(low(toks[j + 1]));
      if (c === 'and' && !tradeNext && legalFormAhead(toks, j + 1)) break;
      // "Posco Future M and Syrah Resources": a group's unit is a name of its own.
      if (c === 'and' && opensGroupUnit(toks, i)) break;
      // "Bluewater Steel and Orion Semiconductor", "Sinar Baja Tbk and Orchid Pte Ltd": two companies, not one name.
      // ("Minerals and Metals Trading Corp": a lone industry noun names no company, so the name goes on.)
      if (c === 'and' && !ofSeen && (isLegalForm(toks[j - 1]) || toks[j - 1].text === 'Canada' || (INDUSTRY_HEADS.has(low(toks[j - 1])) && j - 1 > i && !tradeNext))) break;
      // "Pruitt & Sons Customs Brokers on Bay Street": only a body that deliberates names its subject with "on".
      if (c === 'on' && !ON_NAME_HEADS.has(low(toks[j - 1]))) break;
      // "Omar Bashir of Bashir & Partners": a person's name does not run on through "of" into the body they work for.
      if (c === 'of' && personBefore(toks, i, j)) break;
      // "Gulfside Phosphate Co. of Tampa, Florida", "Ironbridge Components of Peoria, Illinois": a company
      // closed by its legal form or trade is "of" its town; the town is no part of its name.
      if (c === 'of' && closesCompany(toks, i, j) && townAfter(toks, j + 1)) break;
      // "Ébénisterie Gagnon et Fils of Magog": a family firm's "of" is its town, known or not.
      if (c === 'of' && FAMILY_FIRM_TAILS.has(low(toks[j - 1]))) break;
      if (OF_WORDS.has(c)) ofSeen = true;
      j++;
      continue;
    }
    // "Steel Producers’ Association", "Farmers' Union": a plural possessive inside the name.
    if (/^['’]$/.test(t.text) && j > i && t.start === toks[j - 1].end && /s$/.test(toks[j - 1].text) && isCapWord(toks[j + 1])) {
      j++;
      continue;
    }
    // "Hanoi Plastics Co., Ltd.": the comma of an Asian legal form.
    if (t.text === ',' && j > i && toks[j - 1].text === 'Co.' && /^(Ltd\.?|Limited)$/.test(toks[j + 1]?.text ?? '')) {
      j++;
      continue;
    }
    // "Department of Economic Affairs, Education and Research", "Ministério do Desenvolvimento, Indústria,
    // Comércio e Serviços": a comma list inside an "of" name, closed by an "and".
    const andAt = (k: number) => AND_WORDS.has(toks[k]?.text ?? '') && isCapWord(toks[k + 1]);
    // "Ministry of Production, Foreign Trade and Investment": an item of the list may be two words.
    if (ofSeen && t.text === ',' && isCapWord(toks[j + 1]) && (andAt(j + 2) || (isCapWord(toks[j + 2]) && andAt(j + 3)) || (toks[j + 2]?.text === ',' && isCapWord(toks[j + 3]) && andAt(j + 4)))) {
      j++;
      continue;
    }
    break;
  }
  while (j > i && !isNameWord(toks[j - 1]) && !(LOCAL_NUMBER.test(toks[j - 1].text) && UNION_UNITS.has(toks[j - 2]?.text ?? ''))) j--;
  return j;
}

/** What a name rule reads: the paragraph's words and the token it is tried at. */
export interface OrgScan {
  text: string;
  toks: Tok[];
  i: number;
  covered: (k: number) => boolean;
}

/**
 * Organizations of a paragraph: at each word not yet taken, the name rules (./rules.ts) are tried
 * in order and the first that finds a name decides; then the company shapes and list mates.
 */
export function findOrgHits(text: string, toks: Tok[]): OrgHit[] {
  const hits: OrgHit[] = [];
  const taken = new Uint8Array(toks.length);
  const covered = (k: number) => taken[k] === 1;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word || covered(i)) continue;
    const d = decide(NAME_RULES, { text, toks, i, covered });
    if (!d) {
      // "Posco Future M" is read whole by the company shapes after this loop.
      if (toks[i].cap && opensGroupUnit(toks, i)) i = Math.max(i, runFrom(toks, i) - 1);
      continue;
    }
    const h = d.value;
    hits.push({ ...h, because: [d.rule, ...(h.because ?? [])] });
    for (let k = h.i; k < h.j; k++) taken[k] = 1;
    if (h.j - 1 > i) i = h.j - 1;
  }
  seriesNames(text, toks, hits);
  findCompanyShapes(text, toks, hits);
  return hits;
}

/**
 * "the Zakat, Tax and Customs Authority", "Brazil's Development, Industry, Trade and Services Ministry",
 * "the Jordan Garments, Accessories and Textiles Exporters' Association": a body whose name opens with
 * a series. The comma cut the run at its last item ("Tax and Customs Authority"); the items before it
 * (one or two capitalized words each, after "the", a possessive or a lower-case word) are the name's.
 */
function seriesNames(text: string, toks: Tok[], hits: OrgHit[]): void {
  let grown = false;
  for (const h of hits) {
    // "Ecuador's Ministry of Production, Foreign Trade, Investment and Fisheries": a ministry's portfolios
    // after the run that a comma cut.
    const more = PORTFOLIO_BODIES.has(low(toks[h.i])) ? portfoliosAfter(toks, h.j) : h.j;
    if (more > h.j) {
      h.j = more;
      h.key = orgKey(text.slice(toks[h.i].start, toks[more - 1].end));
      h.because = [...(h.because ?? []), 'organization.name.series'];
      grown = true;
      continue;
    }
    // The run opens with its series' last pair: "Tax and Customs …", "Accessories and Textiles …".
    if (!(h.j - h.i >= 4 && AND_WORDS.has(low(toks[h.i + 1])) && toks[h.i].cap && toks[h.i + 2]?.cap)) continue;
    let k = h.i;
    const items: string[] = [];
    for (let n = 0; n < 4 && toks[k - 1]?.text === ','; n++) {
      let s = k - 2;
      if (!(toks[s]?.cap && toks[s].word)) break;
      if (toks[s - 1]?.cap && toks[s - 1].word && !toks[s - 1].poss && low(toks[s - 1]) !== 'the' && toks[s - 2]?.text !== ',') s--;
      items.push(text.slice(toks[s].start, toks[k - 2].end));
      k = s;
    }
    const before = toks[k - 1];
    // The series starts after "the", a possessive ("Brazil's") or a lower-case word, never inside another name;
    // a series of places ("Canada, Mexico and …") is a list, not a name.
    if (k === h.i || !before || (before.cap && before.word && !before.poss && low(before) !== 'the')) continue;
    if (items.some((w) => placeOf(w) || placeOf(w.split(/\s+/).pop() ?? '') || FUNCTION_CAPS.has(w.toLowerCase()))) continue;
    h.i = k;
    h.key = orgKey(text.slice(toks[k].start, toks[h.j - 1].end));
    h.because = [...(h.because ?? []), 'organization.name.series'];
    grown = true;
  }
  // A series item read as a body of its own ("Jordan Garments") is now inside the name.
  if (grown) for (let n = hits.length - 1; n >= 0; n--) if (hits.some((o) => o !== hits[n] && o.i <= hits[n].i && hits[n].j <= o.j)) hits.splice(n, 1);
}

/** "US Trade Representative's office": the office, not the person. */
export function representativeOfficeAt({ toks, i }: OrgScan): OrgHit | null {
  if (!US_FORMS.has(toks[i].text) || toks[i + 1]?.text !== 'Trade' || toks[i + 2]?.text !== 'Representative' || !toks[i + 2].poss || low(toks[i + 3] ?? toks[i]) !== 'office') return null;
  return { i, j: i + 4, key: 'ustr', weak: false };
}

/** A portfolio: one to three capitalized words, one of them a portfolio's ("Industry", "Investment Promotion"). */
function portfolioEnd(toks: Tok[], k: number): number {
  let e = k;
  while (e < toks.length && e - k < 3 && isCapWord(toks[e]) && !toks[e].poss) e++;
  return e > k && toks.slice(k, e).some((t) => PORTFOLIOS.has(low(t))) ? e : k;
}

/** The end of ", Industry and Investment Promotion" or " and Industry" after a ministry's name ending at j, else j. */
function portfoliosAfter(toks: Tok[], j: number): number {
  if (!PORTFOLIOS.has(low(toks[j - 1]))) return j;
  let k = j;
  let listed = 0;
  for (; listed < 4 && toks[k]?.text === ','; listed++) {
    const e = portfolioEnd(toks, k + 1);
    if (e === k + 1) return j;
    k = e;
  }
  if (low(toks[k]) !== 'and') return j;
  // "…, Food and the Marine": after a list the last portfolio may take "the" ("Commerce and the Treasury" are two bodies).
  const from = listed > 0 && toks[k + 1]?.text === 'the' ? k + 2 : k + 1;
  const e = portfolioEnd(toks, from);
  return e > from ? e : j;
}

/** Whether capitalized words from k end in a body's noun ("Producers' Council", "Council"): a longer name goes on. */
function bodyNameOn(toks: Tok[], k: number): boolean {
  for (let e = k; e < toks.length && e - k < 5; e++) {
    // A plural's apostrophe: "Producers' Council".
    if (/^['’]$/.test(toks[e].text) && e > k && /s$/.test(toks[e - 1].text) && toks[e].start === toks[e - 1].end) continue;
    if (!isCapWord(toks[e])) return false;
    if (BODY_NOUNS.has(toks[e].text.toLowerCase())) return true;
    if (toks[e].poss) return false;
  }
  return false;
}

/** A well-known body or outlet of the lexicon, with the legal form written after it ("Volkswagen AG"). */
export function lexiconHit({ text, toks, i, covered }: OrgScan): OrgHit | null {
  const found = lexiconAt(toks, i);
  // "Samsung SDI", "Hyundai Motor Co.": a unit's own name, read as a run or after the first pass.
  if (!found || (found.j === i + 1 && opensGroupUnit(toks, i))) return null;
  // "Senate Committee on Banking, Housing and Urban Affairs": a chamber's committee is read whole as a run.
  for (let k = found.j; k < toks.length && k < found.j + 2 && isCapWord(toks[k]); k++) if (COMMITTEE_NOUNS.has(toks[k].text) && ofOrFor(toks[k + 1])) return null;
  let j = found.j;
  // "Volkswagen AG", "BASF SE", "Toyota Motor Corp.", "Dow Jones & Co.": a legal form after a known company is its name.
  while (j < toks.length && !toks[j - 1].poss) {
    if (isLegalForm(toks[j]) || COMPANY_WORDS.has(toks[j].text)) j++;
    else if (toks[j].text === '&' && (isLegalForm(toks[j + 1]) || COMPANY_WORDS.has(toks[j + 1]?.text ?? ''))) j += 2;
    else break;
  }
  // "UK Steel Producers' Council", "USA Rice Council": a known name that opens a longer body's name is read as that body's run.
  if (j === found.j && !toks[j - 1].poss && bodyNameOn(toks, j)) return null;
  // "Yonhap News Agency", "Kyodo News": an outlet's name goes on over the words that say what it is.
  if (OUTLET_KEYS.has(found.key)) while (j < toks.length && j - found.j < 3 && isCapWord(toks[j]) && OUTLET_TAILS.has(toks[j].text) && !toks[j - 1].poss) j++;
  // "India's Ministry of Commerce and Industry", "the Ministry of Commerce, Industry and Investment Promotion":
  // more portfolios after a known ministry's name make another country's ministry, named in full.
  const more = PORTFOLIO_BODIES.has(low(toks[i])) ? portfoliosAfter(toks, j) : j;
  if (more > j) return { i, j: more, key: orgKey(text.slice(toks[i].start, toks[more - 1].end)), weak: false };
  const prefix = i > 0 && US_FORMS.has(toks[i - 1].text) && !covered(i - 1) && !/^(U\.S\.|US)/.test(toks[i].text) ? 1 : 0;
  let weak = found.weak;
  if (PLACE_LIKE_KEYS.has(found.key) && j - i === 1) weak = !(toks[i - 1] && low(toks[i - 1]) === 'the') && !toks[i].poss && !!toks[j]?.word && !toks[j].cap;
  return { i: i - prefix, j, key: found.key, weak };
}

const DASHES = /^[-—–]$/;
/**
 * "NEW DELHI (AA) - India and …", "(Reuters) — ": the capitalized words in brackets between a
 * dateline and its dash are the wire service the story is credited to.
 */
export function datelineAt({ text, toks, i }: OrgScan): OrgHit | null {
  if (toks[i - 1]?.text !== '(' || i > 12) return null;
  let j = i;
  while (j < toks.length && j - i < 4 && isCapWord(toks[j])) j++;
  if (j === i || toks[j]?.text !== ')' || !DASHES.test(toks[j + 1]?.text ?? '')) return null;
  // Only a dateline before the bracket: capitals, a country ("CULIACÁN, Mexico, Sept 22"), a date, commas.
  for (let k = 0; k < i - 1; k++) {
    const t = toks[k];
    if (t.word ? !(t.text === t.text.toUpperCase() || MONTHS_DAYS.has(low(t).replace(/\.$/, '')) || MONTHS_DAYS.has(`${low(t)}.`) || /^\d/.test(t.text) || (k > 0 && !!placeOf(t.text))) : !/^[,.]$/.test(t.text)) return null;
  }
  if (isPlace(toks, i, j)) return null;
  return { i, j, key: orgKey(span(text, toks, i, j)), weak: false };
}

/**
 * "Reporting by Ana Ruiz for Harbor Wire; Editing by …": in a credit line, the capitalized run
 * after "for" or "of" is the outlet the reporter writes for.
 */
export function creditLineAt({ text, toks, i }: OrgScan): OrgHit | null {
  const prev = low(toks[i - 1] ?? toks[i]);
  if (!isCapWord(toks[i]) || (prev !== 'for' && prev !== 'of')) return null;
  let k = toks[0]?.text === '(' ? 1 : 0;
  if (!CREDIT_WORDS.has(low(toks[k] ?? toks[i]))) return null;
  while (k < i && low(toks[k]) !== 'by') k++;
  if (k >= i - 2) return null;
  let j = i;
  while (j < toks.length && j - i < 5 && isCapWord(toks[j])) j++;
  if (isPlace(toks, i, j) || toks.slice(i, j).some((t) => MONTHS_DAYS.has(low(t)))) return null;
  return { i, j, key: orgKey(span(text, toks, i, j)), weak: false };
}

/** "Ohio-based Tri-Valley Metals": the capitalized run after a "-based" is a company. */
export function basedAt({ text, toks, i }: OrgScan): OrgHit | null {
  if (!BASED.test(toks[i].text) || !isCapWord(toks[i + 1])) return null;
  const end = runFrom(toks, i + 1);
  const run = end > i + 1 ? headedRun(text, toks, i + 1, end) : null;
  return run ? { ...run, because: [] } : cueAt(toks, i);
}

/** "cosmetics maker L'Oréal", "companies such as Chiquita": the name after a lower-case cue noun. */
export function cueHit({ toks, i }: OrgScan): OrgHit | null {
  if (toks[i].cap || !CUES.has(low(toks[i])) || i + 1 >= toks.length) return null;
  return cueAt(toks, i);
}

/**
 * "the Japanese embassy", "India's commerce ministry", "China's central bank": a government body
 * written in lower case after a demonym or a country's possessive is that country's body.
 */
export function governmentBodyAt({ text, toks, i }: OrgScan): OrgHit | null {
  const t = toks[i];
  if (!isCapWord(t) || INDEFINITES.has(toks[i - 1]?.text ?? '')) return null;
  // "South Korea's trade ministry", "the South Korean embassy": a place of two words.
  const two = isCapWord(toks[i + 1]) && !t.poss ? placeOf(`${t.text} ${toks[i + 1].text}`) : '';
  const country = two || placeOf(t.text);
  if (!country) return null;
  const first = two ? i + 1 : i;
  let k = first + 1;
  // "U.S. Commerce Department" is a capitalized run; only lower-case words follow here.
  while (k < toks.length && k - i <= 4 && toks[k].word && !toks[k].cap) k++;
  // The longest body noun (phrase) ending the lower-case words, topics before it.
  for (let e = k; e > first + 1; e--) {
    for (let b = first + 1; b < e; b++) {
      if (!GOVERNMENT_BODIES.has(span(text, toks, b, e).replace(/\s+/g, ' '))) continue;
      if (b > first + 1 && !BODY_TOPICS.has(span(text, toks, first + 1, b).replace(/\s+/g, ' '))) continue;
      // "the Japanese embassy's statement" is still the embassy; "ministries" or "embassy staff" are not.
      if (toks[e]?.word && !toks[e].cap && !toks[e - 1].poss && !BODY_FOLLOWERS.has(toks[e].text) && !/^[a-z]+(ed|s)$/.test(toks[e].text)) return null;
      const body = span(text, toks, first + 1, e);
      return { i, j: e, key: orgKey(`${country} ${body}`), weak: false };
    }
  }
  return null;
}

/**
 * "the commerce ministry said", "a finance ministry spokeswoman": a ministry named by its topic in
 * lower case is the ministry of the story's country.
 */
export function topicMinistryAt({ text, toks, i }: OrgScan): OrgHit | null {
  const t = toks[i];
  if (t.cap || !BODY_TOPICS.has(t.text) || BODY_TOPICS.has(toks[i - 1]?.text ?? '')) return null;
  let e = i + 1;
  while (e < toks.length && e - i < 4 && toks[e].word && !toks[e].cap && !TOPIC_BODIES.has(toks[e].text)) e++;
  if (!TOPIC_BODIES.has(toks[e]?.text ?? '') || !BODY_TOPICS.has(span(text, toks, i, e).replace(/\s+/g, ' '))) return null;
  const next = toks[e + 1];
  if (next?.word && !next.cap && !next.poss && !BODY_FOLLOWERS.has(next.text) && !/^[a-z]+(ed|s)$/.test(next.text)) return null;
  return { i, j: e + 1, key: orgKey(span(text, toks, i, e + 1)), weak: false };
}

/** A capitalized run that a head word closes or opens ("Pacific Research Institute", "Ministry of Commerce"). */
export function capitalizedRunAt({ text, toks, i }: OrgScan): OrgHit | null {
  if (!toks[i].cap) return null;
  const j = runFrom(toks, i);
  return j > i ? headedRun(text, toks, i, j) : null;
}

const span = (text: string, toks: Tok[], i: number, j: number): string => text.slice(toks[i].start, toks[j - 1].end);

/** What a head rule reads: a capitalized run s..j-1, trimmed. */
export interface RunSpan {
  toks: Tok[];
  s: number;
  j: number;
}
/** What a veto reads: the run, its head and its name as written. */
export interface RunVerdict extends RunSpan {
  headAt: number;
  name: string;
}

/**
 * A run is an organization when a head closes it or opens an "of" phrase in it. The head rules
 * (./rules.ts) are all tried; the one whose head sits furthest along the run decides where the
 * name's head is (ties go to the earlier rule). Then the vetoes may still say it is no body.
 */
export function headedRun(text: string, toks: Tok[], i: number, j: number): OrgHit | null {
  // Trim a leading "The", a sentence-opening participle, or a country's possessive ("Switzerland’s Department…").
  let s = i;
  // "A World Trade Organization dispute panel" after a dateline's dash: the article opens the sentence, not the name.
  // "NORTH GEELONG — At the Corio Extrusions plant": a function word after a dateline's dash opens the sentence.
  // "Applicant Southern Cross Wire Pty Ltd", "Forwarder Bosphorus Express Logistics": a party or trade opening the sentence.
  while (s < j - 1 && (low(toks[s]) === 'the' || (FUNCTION_CAPS.has(low(toks[s])) && /^(?:[—–]|--?)$/.test(toks[s - 1]?.text ?? '')) || ((toks[s].text === 'A' || toks[s].text === 'An') && s < j - 2) || (toks[s].poss && !PLURAL_POSSESSORS.has(toks[s].text) && !(isLegalForm(toks[j - 1]) && !placeOf(toks[s].text))) || BASED.test(toks[s].text) || (toks[s].sentStart && (CASE_PARTIES.has(low(toks[s])) || TRADE_ROLES.has(low(toks[s])))) || (toks[s].sentStart && NOT_NAMES.has(low(toks[s])) && !END_HEADS.has(low(toks[s])) && !isCanadaTopic(toks, s, j) && !(NAME_OPENERS.has(low(toks[s])) && isLegalForm(toks[j - 1]))))) s++;
  // "Shares of Volga Pipe PJSC": a trimmed opener's "of" goes with it.
  if (s > i && CONNECTORS.has(low(toks[s])) && s < j - 1) s++;
  // "The Office of the U.S. Trade Representative said": a well-known name after the trimmed opener is read from the lexicon, whole.
  // (Only a name that reaches the run's end or past it: "A Senate Trade Committee hearing" is a longer name.)
  const known = s > i ? lexiconAt(toks, s) : null;
  if (known && !known.weak && known.j >= j) return null;
  s = canadaListStart(toks, s, j);
  j = committeeTail(toks, s, j);
  const run: RunSpan = { toks, s, j };
  let headAt = -1;
  let headRule = '';
  for (const r of HEAD_RULES) {
    const k = r.when?.(run);
    if (typeof k === 'number' && k > headAt) {
      headAt = k;
      headRule = r.id;
    }
  }
  if (headAt < 0) return null;
  const name = toks.slice(s, j).map((t) => t.text).join(' ');
  if (decide(ORGANIZATION_VETOES, { toks, s, j, headAt, name })) return null;
  return { i: s, j, key: orgKey(span(text, toks, s, j)), weak: false, because: [headRule] };
}

/** "cosmetics maker L'Oréal", "a Kenyan factory, United Aryan,": the run after a cue noun. */
function cueAt(toks: Tok[], i: number): OrgHit | null {
  let k = i + 1;
  if (toks[k]?.text === ',') k++;
  if (low(toks[k] ?? toks[i]) === 'such' && low(toks[k + 1] ?? toks[i]) === 'as') k += 2;
  if (!isCapWord(toks[k]) || lexiconAt(toks, k)) return null;
  let j = k;
  while (j < toks.length && j - k < 4 && isCapWord(toks[j]) && !RUN_BREAKERS.has(low(toks[j]))) {
    j++;
    if (toks[j - 1].poss) break;
  }
  // "law firm Valdez & Castellanos": an ampersand joins the partners' names into one firm's, which the ampersand head reads whole.
  if (toks[j]?.text === '&' && isCapWord(toks[j + 1])) return null;
  if (j === k || isPlace(toks, k, j)) return null;
  if (toks.slice(k, j).some((t) => NOT_NAMES.has(low(t)) || MONTHS_DAYS.has(low(t)))) return null;
  // "textile exporter Anil Mehta": after a trade role, a given name opens a person's name, not a firm's.
  if (opensPersonName(toks.slice(k, j).map((t) => t.text))) return null;
  // After "factory," the name must close with a comma or period too (an apposition).
  if (toks[i + 1]?.text === ',' && !/^[,.;)]$/.test(toks[j]?.text ?? '.')) return null;
  // A person named right after the cue ("the firm's chief, Jane Doe") is not caught: cues need no title.
  return { i: k, j, key: orgKey(toks.slice(k, j).map((t) => t.text).join(' ')), weak: false };
}

/** "Spoke & Anchor Cycles", "Hartwell & Pine": an ampersand between names makes a firm's name. */
export function ampersandHead({ toks, s, j }: RunSpan): number {
  for (let k = s + 1; k < j - 1; k++) if (toks[k].text === '&' && !isPlace(toks, s, j)) return j - 1;
  return -1;
}
/**
 * "Unión Agraria Chilena": a Romance or German head opens the name. Not right after a given name with no
 * "de" in the run: "Renata Câmara Lins" is a person whose family name is also a body noun.
 */
export const foreignHead = ({ toks, s, j }: RunSpan): number =>
  FOREIGN_HEADS.has(low(toks[s])) && j - s >= 2 && !(s > 0 && toks[s - 1].cap && toks[s - 1].end + 1 === toks[s].start && GIVEN_NAMES.has(toks[s - 1].text) && toks.slice(s + 1, j).every((t) => t.cap)) ? j - 1 : -1;
// "Ministry of …", "Department for …", "Committee on Foreign Investment", "Council on Trade".
const ofOrFor = (t: Tok | undefined): boolean => !!t && (t.text === 'of' || t.text === 'for' || t.text === 'on');
/** "Pacific Research Institute", "Bank of …": the last body noun that closes the run or opens an "of" phrase. */
export function bodyNounHead({ toks, s, j }: RunSpan): number {
  for (let k = j - 1; k > s; k--) if (END_HEADS.has(low(toks[k])) && (k === j - 1 || ofOrFor(toks[k + 1]))) return k;
  return -1;
}
/** "Ministry of Commerce", "Department for Business and Trade"; a "Port of" only when it acts. */
export function ofHead({ toks, s, j }: RunSpan): number {
  for (let k = j - 3; k >= s; k--) {
    const w = low(toks[k]);
    if (OPEN_HEADS.has(w) && ofOrFor(toks[k + 1]) && (w !== 'port' || (k === s && isPortAuthority(toks, s)))) return k;
  }
  return -1;
}
/** "the American Active Anode Material Producers": capitalized makers after "the" name their association. */
// Only when no body noun heads the run ("the Kenya Association of Manufacturers" is headed by "Association").
export const makersHead = (run: RunSpan): number => {
  const { toks, s, j } = run;
  if (j - s < 2 || !PLURAL_MAKERS.has(low(toks[j - 1])) || low(toks[s - 1] ?? toks[s]) !== 'the' || toks[s].sentStart) return -1;
  return bodyNounHead(run) < 0 && ofHead(run) < 0 ? j - 1 : -1;
};

/** "Chinese Steel", "Global Lumber": an industry noun after a place or common word is a category. */
export function isIndustryCategory({ toks, s, j, headAt }: RunVerdict): boolean {
  if (headAt !== j - 1 || !INDUSTRY_HEADS.has(low(toks[headAt])) || shapeHead(toks, s, j) >= 0 || /^(of|&)$/.test(low(toks[j - 2]))) return false;
  const before = toks.slice(s, j - 1);
  return before.every((t) => NOT_NAMES.has(low(t)) || !!placeOf(t.text)) || !!placeOf(toks[j - 2].text);
}
/** "Local Steel Company" in a headline: a description of a business, capitalized, is not its name. */
export const isDescription = ({ toks, s, headAt }: RunVerdict): boolean => describesBusiness(toks.slice(s, headAt + 1).map((t) => t.text));

/** Words like "Local Steel Company": a description word, industry nouns, a generic company noun. */
export function describesBusiness(words: string[]): boolean {
  const n = words.length;
  if (n < 2 || !DESCRIPTIONS.has(words[0]) || !GENERIC_COMPANY_HEADS.has(words[n - 1])) return false;
  return words.slice(1, n - 1).every((w) => INDUSTRY_HEADS.has(w));
}
