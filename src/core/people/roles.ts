import type { Rule } from '../rules/rule';
import type { Tok } from '../lexicon/tokens';
import { PARTY_LETTERS, PLACE_NOUNS, REGION_WORDS, US_STATE_ABBREVIATIONS } from '../lexicon/regions';
import { APPOSITION_HEADS, END_HEADS } from '../lexicon/orgHeads';
import { APPOSITION_CLOSERS, ARTICLES, DESCRIBED_WORK_VERBS, DURATION_OPENERS, ROLE_ORIGINS, ROLE_THE_LINKS, BODY_KIND_WORDS, ENVOY_HEADS, CABINET_HEADS, OWNER_PRONOUNS, PLACE_PREPOSITIONS, POST_NOMINALS, MEMBER_HEADS, ROLE_COPULAS, ROLE_LINKS, ROLE_VERBS, SPOKES, GOVERNMENT_HEADS, PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_ORG_WORDS, TRADE_ROLES, FIRM_ROLES } from '../lexicon/titles';
import { FUNCTION_CAPS, placeOf } from '../lexicon/words';
import { SPEECH_VERBS } from '../lexicon/speechVerbs';
import { opensPersonName } from '../lexicon/worldNames';
import { PARTY_LABELS } from '../lexicon/parties';
import { BASED, runFrom } from '../organizations/find';
import { portfolioLast } from './portfolio';

/** A role stated after a name: ", a senior fellow at the Norland Policy Institute". */
export interface RoleFinding {
  title: string;
  affiliation: string;
  org: { i: number; j: number } | null;
  /** The affiliation's rule id, when one decided it. */
  because: string[];
  /** ", its chief executive," ("*"), ", the council's president," ("council"): the owner named earlier. */
  antecedent?: string;
}

/** The words after a name ending at token j. */
export interface AfterName {
  text: string;
  toks: Tok[];
  j: number;
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;
/** Punctuation or words that close an apposition: ", ASA president and soybean farmer", ", the trade minister." */
const closes = (t: Tok | undefined): boolean => !t || /^[,.;:)—–]$/.test(t.text) || APPOSITION_CLOSERS.has(t.text);

/** The token after up to three lower-case words from k ("think tank", "law firm"). */
function pastLowerWords(toks: Tok[], k: number): number {
  let e = k;
  while (e - k < 3 && toks[e]?.word && !toks[e].cap) e++;
  return e;
}

/** Where an organization's name starts after a preposition: skips "the" and a country's possessive. */
function orgAt(toks: Tok[], k: number): number {
  if (low(toks[k]) === 'the') k++;
  // "at the Brussels-based think-tank Europa Trade Observatory": past the place and the kind of body.
  // "at the Hong Kong-based agent Pacific Thread Ltd": a place of two words before "-based".
  if (toks[k]?.cap && BASED.test(toks[k + 1]?.text ?? '') && toks[k + 1].start === toks[k].end + 1) k++;
  if (BASED.test(toks[k]?.text ?? '')) {
    const e = pastLowerWords(toks, k + 1);
    k = toks[e]?.cap ? e : k + 1;
  }
  // "of the trade body UK Steel Producers' Council", "of the law firm Carrow Basset LLP": past up to three
  // lower-case words, the last naming the kind of body.
  // ("chief executive of bus maker Carroceria Serrana", "at consultancy Pampa Macro": the same without "the".)
  else if (k > 0 && (low(toks[k - 1]) === 'the' || ROLE_LINKS.has(low(toks[k - 1]))) && toks[k]?.word && !toks[k].cap) {
    const e = pastLowerWords(toks, k);
    if (BODY_KIND_WORDS.has(low(toks[e - 1])) && toks[e]?.cap && toks[e].word) k = e;
  }
  if (toks[k]?.poss && placeOf(toks[k].text) && toks[k + 1]?.cap) k++;
  // "at the Geneva law firm Corrèze Amar Avocats", "at Dhaka brokerage Padma Securities", "at the Barossa
  // winemaker Hollow Creek Estates": a place (one or two capitalized words) and the kind of body, then its name.
  else if (k > 0 && toks[k]?.cap && (low(toks[k - 1]) === 'the' || ROLE_LINKS.has(low(toks[k - 1])))) {
    const s = toks[k + 1]?.cap && toks[k + 1].word && placeOf(`${toks[k].text} ${toks[k + 1].text}`) ? k + 2 : k + 1;
    let e = s;
    while (e - s < 2 && toks[e]?.word && !toks[e].cap) e++;
    if (e > s && BODY_KIND_WORDS.has(low(toks[e - 1])) && toks[e]?.cap && toks[e].word) k = e;
  }
  // "the All Pakistan Motor Dealers Association", "All India Rubber Industries": "All" opening a name.
  const opensName = low(toks[k]) === 'all' && toks[k + 1]?.cap && toks[k + 1].word;
  return toks[k]?.word && toks[k].cap && (!FUNCTION_CAPS.has(low(toks[k])) || opensName) ? k : 0;
}

/** The body named from token s: a capitalized run, through a body's possessive ("the Finance Ministry's Customs Department"). */
function bodyFrom(text: string, toks: Tok[], s: number): { name: string; end: number } {
  let end = runFrom(toks, s);
  if (toks[end - 1]?.poss && toks[end]?.cap && toks[end].word) end = runFrom(toks, end);
  return { name: text.slice(toks[s].start, toks[end - 1].end), end };
}

const tieTo = (text: string, toks: Tok[], s: number): Pick<RoleFinding, 'affiliation' | 'org' | 'because'> => {
  const { name, end } = bodyFrom(text, toks, s);
  const place = placeOf(name);
  return place ? { affiliation: place, org: null, because: ['person.affiliation.role-body'] } : { affiliation: name, org: { i: s, j: end }, because: ['person.affiliation.role-body'] };
};

/**
 * A transcript's speaker label: "Julius Ochieng Otieno (Commissioner of Customs and Border Control, KRA): Thank you."
 * The title, then after the last comma the body; a label with no comma gives the title alone.
 */
export function bracketedRole(text: string, toks: Tok[], j: number): RoleFinding | null {
  if (toks[j]?.text !== '(') return null;
  let close = j + 1;
  while (close < toks.length && close - j <= 24 && toks[close].text !== ')' && toks[close].text !== '(') close++;
  if (toks[close]?.text !== ')' || toks[close + 1]?.text !== ':' || close === j + 1) return null;
  let comma = -1;
  for (let k = j + 1; k < close; k++) if (toks[k].text === ',') comma = k;
  const titleEnd = comma > 0 ? comma : close;
  const words = toks.slice(j + 1, titleEnd);
  if (!words.length || !words.some((t) => TITLE_HEADS.has(low(t)) || TRADE_ROLES.has(low(t)))) return null;
  const title = text.slice(toks[j + 1].start, toks[titleEnd - 1].end);
  if (comma < 0 || comma + 1 >= close || !toks[comma + 1].cap) return { title, affiliation: '', org: null, because: [] };
  const body = text.slice(toks[comma + 1].start, toks[close - 1].end);
  const place = placeOf(body);
  return { title, affiliation: place || body, org: place ? null : { i: comma + 1, j: close }, because: [] };
}

/** "the firm." at token i: a body named before, by its kind, closing the role. */
function bodyByKind(toks: Tok[], i: number): boolean {
  const kind = toks[i + 1];
  return low(toks[i]) === 'the' && !!kind?.word && !kind.cap && (END_HEADS.has(low(kind)) || APPOSITION_HEADS.has(low(kind))) && closes(toks[i + 2]);
}

/** "sits on the board of …" at token i: the token after "of", else 0. */
function onBoardAt(toks: Tok[], i: number): number {
  return /^sits?$/.test(low(toks[i])) && low(toks[i + 1]) === 'on' && low(toks[i + 2]) === 'the' && low(toks[i + 3]) === 'board' && low(toks[i + 4]) === 'of' ? i + 5 : 0;
}

/** A role verb after "and" later in a "who" clause (before its sentence ends): its token, else -1. */
function roleVerbAfterAnd(toks: Tok[], from: number): number {
  for (let e = from; e < toks.length && e - from <= 16 && !/^[.;!?"“”]$/.test(toks[e].text); e++) {
    if (low(toks[e]) === 'and' && (ROLE_VERBS.has(low(toks[e + 1])) || onBoardAt(toks, e + 1))) return e + 1;
  }
  return -1;
}

/** "Head" + "Research" read as a role at a body: a one-word department ("Research", "Sales", "Policy") is the title's ("Head of Research"). */
function departmentInTitle(found: RoleFinding | null): RoleFinding | null {
  if (!found || !found.affiliation || /\s/.test(found.affiliation) || !TITLE_MODIFIERS.has(found.affiliation.toLowerCase()) || !TITLE_HEADS.has(found.title.split(/\s+/).pop()!.toLowerCase())) return found;
  return { ...found, title: `${found.title} of ${found.affiliation}`, affiliation: '', org: null, because: found.because.filter((id) => !id.startsWith('person.affiliation.')) };
}

/** "covers home furnishings for Piedmont Equity Partners": up to six words of work, then the body after "at" or "for". */
function describedWork(text: string, toks: Tok[], verbAt: number): RoleFinding | null {
  let e = verbAt + 1;
  while (e < toks.length && e - verbAt <= 6 && toks[e].word && !toks[e].cap && !/^(?:at|for)$/.test(low(toks[e]))) e++;
  if (e === verbAt + 1 || !/^(?:at|for)$/.test(low(toks[e]))) return null;
  const s = orgAt(toks, e + 1);
  const tie = s ? tieTo(text, toks, s) : null;
  return tie?.org ? { title: text.slice(toks[verbAt].start, toks[e - 1].end), ...tie } : null;
}

/**
 * Reads ", [a|the] <role> at|of <Organization>" (or ", who chairs … at …") after a name ending at token j;
 * a one-word department stays in the title ("Head of Research").
 */
export function roleAfter(text: string, toks: Tok[], j: number, copula = false): RoleFinding | null {
  return departmentInTitle(readRoleAfter(text, toks, j, copula));
}

function readRoleAfter(text: string, toks: Tok[], j: number, copula: boolean): RoleFinding | null {
  // ", a senior fellow at …", or for a name already known as a person " is a senior fellow at …" (a contributor's line).
  // "Kari Lunde heads procurement at Fjord Packaging": the verb of the role right after the name.
  const direct = copula && !!ROLE_VERBS.get(low(toks[j])) && toks[j].start - toks[j - 1].end === 1;
  // "Katharina Wendisch is chief economist at Nordhafen Bank": a role of lower-case title words needs no article.
  const bare = (t: Tok | undefined) => !!t && t.word && !t.cap && (TITLE_HEADS.has(low(t)) || TITLE_MODIFIERS.has(low(t)));
  const isRole = copula && ROLE_COPULAS.has(low(toks[j])) && (ARTICLES.has(low(toks[j + 1])) || bare(toks[j + 1]));
  if (toks[j]?.text !== ',' && !direct && !isRole) return null;
  let k = j + 1;
  // ", who covers shipping at Øresund Equity Research": the work as written is the title, the body after "at|for" employs.
  if (low(toks[k]) === 'who' && DESCRIBED_WORK_VERBS.has(low(toks[k + 1]))) return describedWork(text, toks, k + 1);
  let verb = '';
  let verbAt = direct ? j : low(toks[k]) === 'who' && (ROLE_VERBS.get(low(toks[k + 1])) || onBoardAt(toks, k + 1)) ? k + 1 : -1;
  // ", who has owned Messervy Hardware for 31 years,": the perfect's participle.
  if (verbAt < 0 && low(toks[k]) === 'who' && /^(?:has|have)$/.test(low(toks[k + 1])) && /ed$/.test(low(toks[k + 2])) && ROLE_VERBS.get(low(toks[k + 2]))) verbAt = k + 2;
  // ", who farms 1,200 hectares near Venado Tuerto and chairs the …": the role after the clause's "and".
  if (verbAt < 0 && low(toks[k]) === 'who') verbAt = roleVerbAfterAnd(toks, k + 1);
  if (verbAt >= 0) {
    const board = onBoardAt(toks, verbAt);
    verb = board ? 'board member' : ROLE_VERBS.get(low(toks[verbAt])) ?? '';
    k = board || verbAt + 1;
    // ", who heads the association.": the body named before, by its kind.
    const noun = toks[k + 1];
    if (low(toks[k]) === 'the' && noun?.word && !noun.cap && END_HEADS.has(low(noun)) && closes(toks[k + 2])) {
      return { title: verb, affiliation: '', org: null, because: [], antecedent: low(noun) };
    }
    // ", who owns a hardware store in Tucson,": a body described, not named: the role as written ("owns a hardware store").
    if (/^(?:a|an)$/.test(low(toks[k]))) {
      let e = k + 1;
      // Up to six words ("a 60-person sheet-metal shop", "a corn growers' cooperative"), then where it is.
      while (e < toks.length && e - k <= 6 && ((toks[e].word && !toks[e].cap && !PLACE_PREPOSITIONS.has(low(toks[e])) && !ROLE_ORIGINS.has(low(toks[e]))) || (/^['’]$/.test(toks[e].text) && toks[e].start === toks[e - 1].end))) e++;
      const last = e - 1;
      if ((PLACE_PREPOSITIONS.has(low(toks[e])) || ROLE_ORIGINS.has(low(toks[e]))) && toks[e + 1]?.cap) {
        e++;
        while (e < toks.length && toks[e].word && toks[e].cap) e++;
      }
      if (last > k && toks[last].word && (closes(toks[e]) || low(toks[e]) === 'and')) return { title: text.slice(toks[verbAt].start, toks[last].end), affiliation: '', org: null, because: [] };
    }
    // ", who chairs the Indonesian Nickel Smelters Forum (INSF),": the body right after the verb.
    const body = orgAt(toks, k);
    if (body && (low(toks[k]) === 'the' || body === k)) {
      const tie = tieTo(text, toks, body);
      // "… Haldane Brass & Wire in Birmingham,": a place may follow the body.
      // "… Messervy Hardware for 31 years,": how long may follow it.
      const since = !!tie.org && low(toks[tie.org.j]) === 'for' && (/^\d+$/.test(toks[tie.org.j + 1]?.text ?? '') || DURATION_OPENERS.has(low(toks[tie.org.j + 1])));
      if (tie.org && (closes(toks[tie.org.j]) || since || /^(?:\(|in|at)$/.test(low(toks[tie.org.j])))) return { title: verb, ...tie };
    }
  } else if (ARTICLES.has(low(toks[k]))) k++;
  const roleStart = k;
  let hasHead = !!verb;
  let described: Omit<RoleFinding, 'title'> | null = null;
  // The role: up to ten words before "at/of/with/for <Capitalized>".
  while (k < toks.length && k - roleStart < 10 && toks[k].word && !(isRole && hasHead && low(toks[k]) === 'and' && ARTICLES.has(low(toks[k + 1])))) {
    // ", who leads the Chinese side in talks with the United States": "with" names a counterpart, not an employer.
    if (linksRole(toks, k) && k > roleStart && !(verb && low(toks[k]) === 'with')) {
      if (orgAt(toks, k + 1) || bodyByKind(toks, k + 1)) break;
      // ", chief executive of the fabricators' group BCSA Steelwork,": a body described before its name.
      described = hasHead && !verb ? describedBody(text, toks, k + 1) : null;
      if (described) break;
    }
    if (TITLE_HEADS.has(low(toks[k])) || TRADE_ROLES.has(low(toks[k]))) hasHead = true;
    // ", a Washington trade attorney at …", ", a Seoul-based portfolio manager at …": a place may sit in the role.
    // ", West Africa buying manager for …": a region may open it.
    // ", Denizli branch secretary of …": a town the role is held in may open it, before lower-case title words.
    else if (toks[k].cap && !verb && !placeOf(toks[k].text) && !BASED.test(toks[k].text) && !REGION_WORDS.has(low(toks[k])) && !(k === roleStart && !toks[k].poss && toks[k + 1]?.word && !toks[k + 1].cap)) return null;
    k++;
  }
  // ", who was moved up from … to Minister of State", ", who spent a decade as an adviser at …": a clause, not a role.
  if (!verb && low(toks[roleStart]) === 'who') return null;
  // "Otieno Mbogo is a trade economist and a former adviser …": a stated role with no body ends at "and" or the sentence's end.
  if (isRole && hasHead && k > roleStart && (toks[k]?.text === '.' || (low(toks[k]) === 'and' && ARTICLES.has(low(toks[k + 1])))) && TITLE_HEADS.has(low(toks[k - 1]))) {
    return { title: text.slice(toks[roleStart].start, toks[k - 1].end), affiliation: '', org: null, because: [] };
  }
  if (!hasHead || k >= toks.length || !linksRole(toks, k) || k === roleStart) return null;
  // ", Ireland's Minister for Trade,": a country's portfolio title, read as an apposition, not a role at "Trade".
  if (toks[roleStart].poss && placeOf(toks[roleStart].text.replace(/['’]s$/, '')) && portfolioLast(toks, k - 1) > k) return null;
  // ", Minister of International Trade,": a cabinet office's portfolio, not a body; the title runs to its end.
  if (!verb && toks[k - 1].cap && (CABINET_HEADS.has(low(toks[k - 1])) || low(toks[k - 1]) === 'undersecretary')) {
    const last = portfolioLast(toks, k - 1);
    if (last > k && closes(toks[last + 1])) return { title: text.slice(toks[roleStart].start, toks[last].end), affiliation: '', org: null, because: [] };
  }
  const role = text.slice(toks[roleStart].start, toks[k - 1].end);
  const title = verb ? `${verb} of ${role}` : role;
  const s = orgAt(toks, k + 1);
  // ", a partner at the firm.": the body named before, by its kind.
  if (!s && !described?.affiliation && bodyByKind(toks, k + 1)) return { title, affiliation: '', org: null, because: [], antecedent: low(toks[k + 2]) };
  if (!s) return described && { title, ...described };
  const tie = tieTo(text, toks, s);
  // ", chief economist for Latin America at Banco Norte": the region belongs to the title, the body after "at" employs.
  const after = bodyFrom(text, toks, s).end;
  // ", head of Asia macro research at Lanford Bank": lower-case words may finish the portfolio.
  let last = after;
  while (last < toks.length && last - after < 4 && toks[last].word && !toks[last].cap && !ROLE_LINKS.has(low(toks[last]))) last++;
  const linked = /^(?:at|with)$/.test(low(toks[last])) ? orgAt(toks, last + 1) : 0;
  const portfolio = /^(?:for|of)$/.test(low(toks[k]));
  // ", president of the Geelong sub-branch of the Metal Trades Union": a named unit of a body serves that body.
  const unitOf = low(toks[s - 1]) === 'the' && last > after && low(toks[last]) === 'of' ? orgAt(toks, last + 1) : 0;
  if (unitOf) return { title, ...tieTo(text, toks, unitOf) };
  if (tie.org === null || REGION_WORDS.has(low(toks[s])) || placeOf(text.slice(toks[s].start, toks[after - 1].end))) {
    if (linked && portfolio) return { title: `${title} ${text.slice(toks[k].start, toks[last - 1].end)}`, ...tieTo(text, toks, linked) };
  } else if (linked && portfolio && last === after && low(toks[s - 1]) !== 'the') {
    // ", Deputy Chairman for Economic Studies at the Committee": a capitalized portfolio, then the body.
    return { title: `${title} ${text.slice(toks[k].start, toks[after - 1].end)}`, ...tieTo(text, toks, linked) };
  }
  return { title, ...tie };
}

/** "at", "of", "with", "for" after a role; "in the" or "to the" right after its head ("joint secretary in the Department of …"). */
function linksRole(toks: Tok[], k: number): boolean {
  const w = low(toks[k]);
  if (ROLE_LINKS.has(w)) return true;
  return ROLE_THE_LINKS.has(w) && low(toks[k + 1]) === 'the' && !!toks[k + 2]?.cap && !!toks[k - 1] && TITLE_HEADS.has(low(toks[k - 1])) && !ENVOY_HEADS.has(low(toks[k - 1])) && !!orgAt(toks, k + 1);
}

// The word that hands a described body its name: "a seat-frame maker called Kouga Components".
const NAMING_WORDS = /^(?:called|named)$/;

/**
 * The body after a role's "of"/"at" when words describe it before its name (", chief executive of the
 * fabricators' group BCSA Steelwork,", ", managing director of a seat-frame maker called Kouga
 * Components,"), or when it goes unnamed (", chief executive of a family firm,": the title alone).
 */
function describedBody(text: string, toks: Tok[], k: number): Omit<RoleFinding, 'title'> | null {
  const article = low(toks[k]);
  if (!ARTICLES.has(article)) return null;
  let e = k + 1;
  let owner = false;
  // Lower-case words, and a plural's apostrophe ("the fabricators' group").
  while (e < toks.length && e - k <= 5 && ((toks[e].word && !toks[e].cap && !ROLE_LINKS.has(low(toks[e])) && !APPOSITION_CLOSERS.has(low(toks[e]))) || (/^['’]$/.test(toks[e].text) && toks[e].start === toks[e - 1].end))) {
    if (!toks[e].word || toks[e].poss) owner = true;
    e++;
  }
  if (e === k + 1) return null;
  const kind = low(toks[e - 1]);
  if (toks[e]?.cap && toks[e].word && !FUNCTION_CAPS.has(low(toks[e])) && (NAMING_WORDS.test(kind) || BODY_KIND_WORDS.has(kind) || (article === 'the' && owner))) {
    const { end } = bodyFrom(text, toks, e);
    if (!placeOf(text.slice(toks[e].start, toks[end - 1].end)) && closes(toks[end])) return { ...tieTo(text, toks, e), because: ['person.affiliation.described-body'] };
    return null;
  }
  // ", head of the steel federation,": the body named before by its kind ("the federation").
  if (article === 'the' && closes(toks[e]) && END_HEADS.has(kind)) return { affiliation: '', org: null, because: [], antecedent: kind };
  // ", managing director of a small family firm,": a title whose body has no name here.
  return article !== 'the' && closes(toks[e]) && !NAMING_WORDS.test(kind) ? { affiliation: '', org: null, because: [] } : null;
}

/**
 * "Dale Pettibone was more measured. The president of the Northwest Horticultural Exporters League
 * said …": a sentence that opens with a person's name and no role, then one that opens with "The
 * <title> of <Body>" + a speech verb and names no one: the described speaker is that person.
 */
export function roleInNextSentence(text: string, toks: Tok[], hits: readonly { i: number; j: number; weak: boolean }[], h: { i: number; j: number }): RoleFinding | null {
  let e = h.j;
  while (e < toks.length && !toks[e].sentStart) e++;
  if (e - h.j > 25) return null;
  // "… Rui Salgado inspects the cork. He is the managing director of Corticeira Atlantica.": the role the pronoun's copula gives.
  const pronoun = /^(?:He|She)$/.test(toks[e]?.text ?? '') && /^(?:is|was)$/.test(low(toks[e + 1])) && ARTICLES.has(low(toks[e + 2]));
  if (pronoun) {
    // The name is the first person of its sentence, and no one else is named before the pronoun.
    let s0 = h.i;
    while (s0 > 0 && !toks[s0].sentStart) s0--;
    if (hits.some((x) => !x.weak && x !== h && x.i >= s0 && x.i < e)) return null;
  } else if (!toks[h.i]?.sentStart || toks[e]?.text !== 'The') return null;
  const from = pronoun ? e + 3 : e + 1;
  let k = from;
  let hasHead = false;
  while (k < toks.length && k - from <= 5 && toks[k].word && !toks[k].cap && !ROLE_LINKS.has(low(toks[k]))) {
    if (TITLE_HEADS.has(low(toks[k])) || TRADE_ROLES.has(low(toks[k]))) hasHead = true;
    k++;
  }
  if (!hasHead || !/^(?:of|at|for)$/.test(low(toks[k]))) return null;
  const s = orgAt(toks, k + 1);
  if (!s) return null;
  const { end } = bodyFrom(text, toks, s);
  if ((!pronoun && !SPEECH_VERBS.has(low(toks[end]))) || hits.some((x) => !x.weak && x.i >= e && x.i <= end + 3)) return null;
  return { title: text.slice(toks[from].start, toks[k - 1].end), ...tieTo(text, toks, s), because: ['person.title.next-sentence', 'person.affiliation.role-body'] };
}

/** Whether the capitalized name ending before token j opens with a known given name ("Raúl Montemayor Ibarra"). */
function personsName(toks: Tok[], j: number): boolean {
  let s = j - 1;
  while (s > 0 && j - s < 4 && toks[s - 1].cap && toks[s - 1].word) s--;
  return opensPersonName(toks.slice(s, j).map((t) => t.text));
}

/**
 * ", ASA president and soybean farmer", ", Chile's finance minister,", ", UK International Trade
 * Secretary.": a role after the name that opens with whom it serves.
 */
export function appositionAfter(text: string, toks: Tok[], j: number): RoleFinding | null {
  if (toks[j]?.text !== ',') return null;
  let k = j + 1;
  let antecedent: string | undefined;
  if (OWNER_PRONOUNS.has(low(toks[k]))) [antecedent, k] = [low(toks[k]) === 'our' ? '@' : '*', k + 1];
  else if (ARTICLES.has(low(toks[k]))) k++;
  // ", the council's president,": the owner is a body named before.
  if (!antecedent && toks[k]?.poss && !toks[k].cap && toks[k].word) [antecedent, k] = [low(toks[k]), k + 1];
  let affiliation = '';
  let org: RoleFinding['org'] = null;
  let because: string[] = [];
  const ownerAt = k;
  // The owner: a possessive ("Chile's", "Norland Steel's"), a place ("UK", "Australian") or an acronym ("ASA").
  let e = k;
  while (e < toks.length && e - k < 5 && toks[e].word && toks[e].cap && !TITLE_HEADS.has(low(toks[e])) && !TITLE_MODIFIERS.has(low(toks[e])) && !toks[e].poss) e++;
  if (toks[e]?.poss && toks[e].cap) {
    const name = text.slice(toks[k].start, toks[e].end);
    affiliation = placeOf(name) || name;
    because = [placeOf(name) ? 'person.affiliation.possessive-country' : 'person.affiliation.possessive-org'];
    if (!placeOf(name)) org = { i: k, j: e + 1 };
    k = e + 1;
  } else if (e > k) {
    const name = text.slice(toks[k].start, toks[e - 1].end);
    const place = placeOf(name);
    if (place) {
      affiliation = place;
      because = ['person.affiliation.demonym'];
    } else if (e - k === 1 && ACRONYM.test(name)) {
      affiliation = name;
      org = { i: k, j: e };
      because = ['person.affiliation.acronym'];
    } else if (toks.slice(k, e).some((t) => TITLE_ORG_WORDS.has(t.text))) {
      // ", a White House aide and …": a body's name opens the role.
      affiliation = name;
      org = { i: k, j: e };
      because = ['person.affiliation.org-before-title'];
    } else return null;
    k = e;
  }
  // The title: title words (any case) ending in a head, then the apposition closes.
  const from = k;
  let head = -1;
  while (k < toks.length && k - from < 6 && toks[k].word) {
    const w = low(toks[k]);
    // ", a Dutch flower exporter,", ", a dairy farmer,": a trade role ends a title too.
    if (TITLE_HEADS.has(w) || (TRADE_ROLES.has(w) && !toks[k].cap)) head = k;
    // ", the bank's chief European economist,": a region's adjective may sit inside the title.
    else if (!TITLE_MODIFIERS.has(w) && !(toks[k].cap === false && head < 0 && k - from < 3) && !(k > from && (placeOf(toks[k].text) || REGION_WORDS.has(w)))) break;
    k++;
  }
  // ", Argentina's undersecretary for foreign trade,": a lower-case portfolio after the head.
  let end = head;
  if (head >= 0 && head === k - 1 && (affiliation || antecedent) && /^(for|of)$/.test(low(toks[k]))) {
    let e = k + 1;
    // "head of Asia healthcare research", "undersecretary for foreign trade": places may be capitalized.
    while (e < toks.length && e - k <= 5 && toks[e].word && (!toks[e].cap || placeOf(toks[e].text) || REGION_WORDS.has(low(toks[e]))) && !APPOSITION_CLOSERS.has(low(toks[e]))) e++;
    if (e > k + 1 && closes(toks[e])) [end, k] = [e - 1, e];
  }
  // ", Ireland's Minister for Enterprise, Trade and Employment,": a capitalized portfolio list after the head.
  // ", State Secretary for Economic Affairs,": so too a capitalized title with no owner or article.
  const bareCapital = !affiliation && !antecedent && ownerAt === from && !ARTICLES.has(low(toks[j + 1])) && !!toks[from]?.cap;
  if (head >= 0 && head === k - 1 && end === head && (affiliation || bareCapital) && toks[head].cap) {
    const last = portfolioLast(toks, head);
    if (last > head && closes(toks[last + 1])) [end, k] = [last, last + 1];
  }
  // ", the UK's permanent representative to the WTO,": an envoy's post names where they are sent.
  if (head >= 0 && head === k - 1 && ENVOY_HEADS.has(low(toks[head])) && low(toks[k]) === 'to') {
    let e = k + 1;
    if (low(toks[e]) === 'the') e++;
    const s = e;
    while (e < toks.length && e - s < 5 && toks[e].word && toks[e].cap) e++;
    if (e > s && closes(toks[e])) [end, k] = [e - 1, e];
  }
  // ", a dairy farmer near Eau Claire,", ", a dairy farmer from the Gers who …", ", a dealer in Istanbul's Kartal
  // district who …": where the role is done may follow it.
  if (head >= 0 && head === k - 1 && (PLACE_PREPOSITIONS.has(low(toks[k])) || ROLE_ORIGINS.has(low(toks[k])))) {
    let e = k + 1;
    if (low(toks[e]) === 'the' && toks[e + 1]?.cap) e++;
    const s = e;
    while (e < toks.length && e - s < 3 && toks[e].word && toks[e].cap) e++;
    if (e > s && toks[e - 1].poss && toks[e]?.cap) while (e < toks.length && e - s < 5 && toks[e].word && toks[e].cap) e++;
    if (e > s && PLACE_NOUNS.has(low(toks[e]))) e++;
    if (e > s && closes(toks[e])) k = e;
  }
  // ", a senior fellow there.": the body named before employs them.
  if (head >= 0 && head === k - 1 && end === head && !affiliation && !antecedent && low(toks[k]) === 'there' && closes(toks[k + 1])) [antecedent, k] = ['*', k + 1];
  // A trade role needs whom it serves, or its article: ", a dairy farmer," (not ", farmer and …");
  // a role a firm can hold too needs whom it serves ("Kanto Meat Trading, a wholesaler in Yokohama," is a firm).
  // (A name that opens with a known given name is a person's: "Mehmet Arslan, a dealer in Istanbul," holds the role.)
  if (head < 0 || (end === head && head !== k - 1 && !PLACE_PREPOSITIONS.has(low(toks[end + 1])) && !ROLE_ORIGINS.has(low(toks[end + 1])) && low(toks[end + 1]) !== 'there') || !closes(toks[k]) || (TRADE_ROLES.has(low(toks[head])) && !affiliation && (!ARTICLES.has(low(toks[j + 1])) || (FIRM_ROLES.has(low(toks[head])) && !personsName(toks, j))))) return null;
  // Without an owner, a lower-case role needs its article: ", the trade minister," (not ", president and …").
  // (A capitalized title stands on its own: ", Director)", ", State Secretary for Economic Affairs,".)
  // (A line's last words are a sign-off's role: "— Naomi Athersmith, Editor", read with the newsletter's credits.)
  const signOff = !toks[k] || text.slice(toks[k - 1].end, toks[k].start).includes('\n');
  if (ownerAt === from && !antecedent && !ARTICLES.has(low(toks[j + 1])) && !(bareCapital && toks[head].cap && !signOff)) return null;
  if (!affiliation && !antecedent && ARTICLES.has(low(toks[j + 1])) && toks[from].cap) return null;
  return { title: text.slice(toks[from].start, toks[end].end), affiliation, org, because, ...(antecedent && !affiliation ? { antecedent } : {}) };
}

/** "of the governing Morena party": the party's name, between up to two lower-case words and "party". */
function partyAfter(text: string, toks: Tok[], k: number): RoleFinding | null {
  if (low(toks[k]) !== 'the') return null;
  let s = k + 1;
  while (s < k + 3 && toks[s]?.word && !toks[s].cap) s++;
  let e = s;
  while (e < s + 4 && toks[e]?.word && toks[e].cap) e++;
  if (e === s || low(toks[e]) !== 'party' || toks[e].cap) return null;
  return { title: '', affiliation: text.slice(toks[s].start, toks[e - 1].end), org: { i: s, j: e }, because: ['person.affiliation.of-party'] };
}

/** "Ana Ruiz of Banco Norte": a name tied straight to a body by "of". */
export function ofBodyAfter(text: string, toks: Tok[], j: number): RoleFinding | null {
  if (low(toks[j]) !== 'of' || toks[j].start - toks[j - 1].end !== 1) return null;
  const party = partyAfter(text, toks, j + 1);
  if (party) return party;
  const s = orgAt(toks, j + 1);
  if (!s || TITLE_HEADS.has(low(toks[s]))) return null;
  const tie = tieTo(text, toks, s);
  return { title: '', ...tie, because: ['person.affiliation.of-body'] };
}

/** Affiliations decided inside the role readers above (their ids land in `because`). */
export const ROLE_BODY_RULES: readonly Rule<unknown, unknown>[] = [
  {
    id: 'person.title.next-sentence',
    kind: 'person',
    decides: 'title',
    anchor: 'a sentence opening with a name, then "The <title> of <Body> said" (or "He is the <title> of <Body>")',
    reason: 'the next sentence describes the speaker as {title}',
    examples: [
      { text: 'Lars Eide was more cautious. The president of the Nordic Seafood Exporters Association said the group would appeal.', fact: 'Lars Eide', expect: { title: 'president', affiliation: 'Nordic Seafood Exporters Association' } },
      { text: 'On a Monday in Porto, Rui Salgado said the cork was late. He is the managing director of Corticeira Atlantica, which employs 300.', fact: 'Rui Salgado', expect: { title: 'managing director', affiliation: 'Corticeira Atlantica' } },
    ],
    counterExamples: [
      { text: 'Lars Eide was more cautious. The president of the Nordic Seafood Exporters Association, Kari Moe, said the group would appeal.', fact: 'Lars Eide', expect: { title: '' } },
      { text: 'Lars Eide was more cautious. The members of the Nordic Seafood Exporters Association said they would appeal.', fact: 'Lars Eide', expect: { title: '' } },
      { text: 'Rui Salgado said he met Ana Dias on Monday. She is the managing director of Corticeira Atlantica.', fact: 'Rui Salgado', expect: { title: '' } },
    ],
  },
  {
    id: 'person.affiliation.role-body',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a role + at|of|for + <Body>',
    reason: 'works for {affiliation}, the body named after the role',
    examples: [
      { text: 'Wang Der-hwa, deputy director of the Finance Ministry’s Customs Administration Department, told reporters.', fact: 'Wang Der-hwa', expect: { affiliation: 'Finance Ministry’s Customs Administration Department' } },
      // A place and the kind of body before the body's name: the name, not the place.
      { text: 'Rafiq Chowdhury, head of research at Dhaka brokerage Meghna Securities, said the rates were high.', fact: 'Rafiq Chowdhury', expect: { title: 'head of research', affiliation: 'Meghna Securities' } },
      { text: '"It will pass," said Lena Vogt, a partner at the Hong Kong law firm Kwan Lister.', fact: 'Lena Vogt', expect: { affiliation: 'Kwan Lister' } },
    ],
    counterExamples: [{ text: 'Wang Der-hwa, a customs official, told reporters.', fact: 'Wang Der-hwa' }],
  },
  {
    id: 'person.affiliation.party-member',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'the party label before a seat noun in ", the <Party> member for <Seat>,"',
    reason: 'sits for {affiliation}, the party named before the seat',
    examples: [{ text: 'Priya Ramasubramanian, the Liberal Democrat member for Cheltenham South, asked why.', fact: 'Priya Ramasubramanian', expect: { affiliation: 'Liberal Democrat' } }],
    counterExamples: [{ text: 'Priya Ramasubramanian, the member for Cheltenham South, asked why.', fact: 'Priya Ramasubramanian' }],
  },
  {
    id: 'person.affiliation.party-seat',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'the party in a "(<Party>, <Seat>)" tag after a name',
    reason: "sits for {affiliation}, the party in the tag after the name",
    examples: [{ text: 'That drew a reply from Owen Treharne (Conservative, Bridgend West). “So there will be a gap,” he said.', fact: 'Owen Treharne', expect: { affiliation: 'Conservative' } }],
    counterExamples: [{ text: 'That drew a reply from Owen Treharne (Bridgend West). “So there will be a gap,” he said.', fact: 'Owen Treharne', expect: { affiliation: '' } }],
  },
  {
    id: 'person.affiliation.described-body',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a role + of|at + words that describe a body + its name ("the fabricators\' group BCSA Steelwork", "a seat-frame maker called Kouga Components")',
    reason: 'works for {affiliation}, the body described and named after the role',
    examples: [
      { text: "Not every witness agreed. Tomas Reid, chief executive of the fabricators' group Norsteel Frames, warned that costs would rise.", fact: 'Tomas Reid', expect: { title: 'chief executive', affiliation: 'Norsteel Frames' } },
      { text: 'Suppliers are exposed. Anneke Botha, managing director of a seat-frame maker called Karoo Trim, said orders had halved.', fact: 'Anneke Botha', expect: { title: 'managing director', affiliation: 'Karoo Trim' } },
    ],
    counterExamples: [{ text: 'Suppliers are exposed. Anneke Botha, managing director of a firm in Durban, said orders had halved.', fact: 'Anneke Botha', expect: { affiliation: '' } }],
  },
  {
    id: 'person.affiliation.possessive-org',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a body's possessive before the title",
    reason: "works for {affiliation}: the body's possessive opens the title",
    examples: [
      { text: 'Hanul Petrochem’s chief executive, Yoon Seo-jin, has promised to keep the plant open.', fact: 'Yoon Seo-jin', expect: { affiliation: 'Hanul Petrochem' } },
      { text: '“Margins will hold,” wrote Meera Dastur, Halvorsen’s head of Asia healthcare research, in a note.', fact: 'Meera Dastur', expect: { title: 'head of Asia healthcare research', affiliation: 'Halvorsen' } },
      // Right before the name, with no title: "Geneva Trade Review's Tobias Kägi".
      { text: 'She spoke to Lakeside Trade Review’s Tobias Brenner about tariffs.', fact: 'Tobias Brenner', expect: { affiliation: 'Lakeside Trade Review' } },
    ],
    counterExamples: [
      { text: 'The chief executive, Yoon Seo-jin, has promised to keep the plant open.', fact: 'Yoon Seo-jin' },
      { text: 'Questions came from co-leader Tamati Rewiti and Lakeside’s Gregor Stainton.', fact: 'Gregor Stainton', expect: { affiliation: '' } },
    ],
  },
];

const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** "Sen. Margaret Lyle, R-Iowa,", "(D-Mich.)": a legislator's party and state after the name. */
export function partyStateAfter(text: string, toks: Tok[], j: number): RoleFinding | null {
  if (!/^[,(]$/.test(toks[j]?.text ?? '') || !PARTY_STATE.test(toks[j + 1]?.text ?? '')) return null;
  let end = j + 2;
  // "R-New York": a state of two words.
  while (end < toks.length && end - j < 4 && toks[end].word && toks[end].cap && toks[end].start - toks[end - 1].end === 1) end++;
  // "R-Kan." is "Republican, Kansas"; "D-McAllen", a state legislator's town, "Democrat, McAllen".
  const label = text.slice(toks[j + 1].start, toks[end - 1].end);
  const place = label.slice(2);
  const state = US_STATE_ABBREVIATIONS.get(place.replace(/[.\s]/g, '').toLowerCase()) ?? place.replace(/\.$/, '');
  return { title: '', affiliation: `${PARTY_LETTERS.get(label[0])}, ${state}`, org: null, because: ['person.affiliation.party-state'] };
}

/**
 * "Priya Raman MP (Labour, Newport West)", "Julian Pryce (Conservative, Stockton South)": a
 * member's letters and a party-and-seat tag after the name.
 */
export function seatAfter(text: string, toks: Tok[], j: number): RoleFinding | null {
  let k = j;
  let title = '';
  const letters = toks[k];
  if (letters?.word && /^\p{Lu}+$/u.test(letters.text) && POST_NOMINALS.has(letters.text) && letters.start - toks[k - 1].end === 1) [title, k] = [letters.text, k + 1];
  let affiliation = '';
  if (toks[k]?.text === '(' && toks[k + 1]?.cap && PARTY_LABELS.has(toks[k + 1].text)) {
    let e = k + 1;
    while (e < toks.length && e - k <= 3 && toks[e].word && toks[e].cap) e++;
    if (toks[e]?.text === ',') affiliation = text.slice(toks[k + 1].start, toks[e - 1].end);
  }
  return title || affiliation ? { title, affiliation, org: null, because: affiliation ? ['person.affiliation.party-seat'] : [] } : null;
}

/**
 * ", the Liberal Democrat member for Cheltenham South,", ", the Conservative MP for Wetherby and
 * Dales,": a party label, a seat noun and the seat; the party is whom the member sits for.
 */
export function partyMemberAfter(text: string, toks: Tok[], j: number): RoleFinding | null {
  if (toks[j]?.text !== ',' || !ARTICLES.has(low(toks[j + 1]))) return null;
  let k = j + 2;
  const from = k;
  while (k - from < 3 && toks[k]?.cap && PARTY_LABELS.has(low(toks[k]))) k++;
  // "Liberal Democrat", "Social Democrat": two-word labels are listed whole.
  if (k === from && toks[k]?.cap && toks[k + 1]?.cap && PARTY_LABELS.has(`${low(toks[k])} ${low(toks[k + 1])}`)) k += 2;
  else if (k - from === 1 && toks[k]?.cap && PARTY_LABELS.has(`${low(toks[k - 1])} ${low(toks[k])}`)) k++;
  if (k === from || !MEMBER_HEADS.has(low(toks[k]))) return null;
  const head = k;
  let end = k;
  if (low(toks[k + 1]) === 'for' && toks[k + 2]?.cap) {
    end = k + 2;
    while (end + 1 < toks.length && end - k < 8 && ((toks[end + 1].word && toks[end + 1].cap) || (low(toks[end + 1]) === 'and' && toks[end + 2]?.cap))) end++;
  }
  if (!closes(toks[end + 1])) return null;
  return { title: text.slice(toks[head].start, toks[end].end), affiliation: text.slice(toks[from].start, toks[head - 1].end), org: null, because: ['person.affiliation.party-member'] };
}

/** The rules that read a role after a name, in order. */
export const ROLE_AFTER_RULES: readonly Rule<AfterName, RoleFinding>[] = [
  {
    id: 'person.title.post-nominal',
    kind: 'person',
    decides: 'title',
    anchor: 'name + "MP", "MEP", "TD" … and/or "(<Party>, <Seat>)"',
    reason: "a member's letters after the name ({title}) and the party of the seat",
    when: (c) => seatAfter(c.text, c.toks, c.j),
    examples: [
      { text: 'The hearing opened. Ruth Penhallow MP (Labour, Exeter North), the chair, read the figures.', fact: 'Ruth Penhallow', expect: { title: 'MP', affiliation: 'Labour' } },
      { text: 'That drew a reply from Owen Treharne (Conservative, Bridgend West). “So there will be a gap,” he said.', fact: 'Owen Treharne', expect: { title: '', affiliation: 'Conservative' } },
    ],
    counterExamples: [{ text: 'The hearing opened. Ruth Penhallow (Exeter North) read the figures.', fact: 'Ruth Penhallow', expect: { affiliation: '' } }],
  },
  {
    id: 'person.title.party-member',
    kind: 'person',
    decides: 'title',
    anchor: 'name + ", the <Party> member|MP|senator [for <Seat>],"',
    reason: 'a member ({title}) of the {affiliation} party',
    when: (c) => partyMemberAfter(c.text, c.toks, c.j),
    examples: [
      { text: 'Priya Ramasubramanian, the Liberal Democrat member for Cheltenham South, asked why.', fact: 'Priya Ramasubramanian', expect: { title: 'member for Cheltenham South', affiliation: 'Liberal Democrat' } },
      { text: 'Dame Rosalind Ackerley, the Conservative MP for Wetherby and Dales, opened the hearing.', fact: 'Rosalind Ackerley', expect: { title: 'MP for Wetherby and Dales', affiliation: 'Conservative' } },
    ],
    counterExamples: [{ text: 'Priya Ramasubramanian, the member for Cheltenham South, asked why.', fact: 'Priya Ramasubramanian' }],
  },
  {
    id: 'person.affiliation.party-state',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'name + ", R-Iowa," or "(D-Mich.)"',
    reason: "a legislator's party and state: {affiliation}",
    when: (c) => partyStateAfter(c.text, c.toks, c.j),
    examples: [
      { text: 'Sen. Margaret Lyle, R-Iowa, said farmers were already paying more.', fact: 'Margaret Lyle', expect: { title: 'Senator', affiliation: 'Republican, Iowa' } },
      // The state as news style abbreviates it, spelled out.
      { text: 'Sen. Elena Vargas (D-N.M.) asked about lumber.', fact: 'Elena Vargas', expect: { title: 'Senator', affiliation: 'Democrat, New Mexico' } },
    ],
    counterExamples: [{ text: 'Sen. Margaret Lyle, a Republican, said farmers were already paying more.', fact: 'Margaret Lyle' }],
  },
  {
    id: 'person.title.bracketed-role',
    kind: 'person',
    decides: 'title',
    anchor: 'a transcript\'s label: name + "(<title>, <body>):"',
    reason: 'the speaker label gives the role ({title}) and the body',
    when: (c) => bracketedRole(c.text, c.toks, c.j),
    examples: [
      { text: 'Senate committee on trade\n\nJulius Ochieng Otieno (Commissioner of Customs and Border Control, KRA): Thank you, Madam Chair.', fact: 'Julius Ochieng Otieno', expect: { title: 'Commissioner of Customs and Border Control', affiliation: 'KRA' } },
      { text: 'Committee hearing\n\nGrace Atieno Mwangi (Chief Executive, Kenya Association of Manufacturers): Yes, Senator.', fact: 'Grace Atieno Mwangi', expect: { title: 'Chief Executive', affiliation: 'Kenya Association of Manufacturers' } },
    ],
    // A bracket that is not a label ("(D-Mich.)", a bracket with no colon) is read by other rules.
    counterExamples: [{ text: 'Grace Atieno Mwangi (Chief Executive, Kenya Association of Manufacturers) said yes.', fact: 'Grace Atieno Mwangi', expect: { title: '' } }],
  },
  {
    id: 'person.title.role-at-body',
    kind: 'person',
    decides: 'title',
    anchor: 'name + ", [a] <role> at|of|for <Body>"',
    reason: 'the apposition after the name gives the role ({title}) and the body',
    when: (c) => roleAfter(c.text, c.toks, c.j, true),
    examples: [
      // "Head of Research": a department after "of" is the title's, not a body.
      { text: 'Vietnam faces a 20% tariff, said Tran Minh Khoa, Head of Research.', fact: 'Tran Minh Khoa', expect: { title: 'Head of Research', affiliation: '' } },
      // A cabinet office's portfolio is the title's, not a body: "Minister of International Trade".
      { text: 'The Honourable Élise Marchand-Dubé, Minister of International Trade, issued a statement on the duties.', fact: 'Élise Marchand-Dubé', expect: { title: 'Minister of International Trade' } },
      { text: 'Tom Hale, Commissioner of the Norland Port Authority, said the berths were full.', fact: 'Tom Hale', expect: { title: 'Commissioner', affiliation: 'Norland Port Authority' } },
      // A place and the kind of body before its name: "the Yamoussoukro shelling plant …", "the Hong Kong-based agent …".
      { text: 'Awa Diallo, general manager of the Yamoussoukro shelling plant Anacarde Ivoire Transformation, said the firm would add a line.', fact: 'Awa Diallo', expect: { title: 'general manager', affiliation: 'Anacarde Ivoire Transformation' } },
      { text: 'Emily Tran, a sourcing director at the Hong Kong-based agent Pacific Thread Ltd, said orders held up.', fact: 'Emily Tran', expect: { title: 'sourcing director', affiliation: 'Pacific Thread Ltd' } },
      { text: 'Hendra Wibisono, who chairs the Indonesian Nickel Smelters Forum (INSF), said the duty would hurt.', fact: 'Hendra Wibisono', expect: { title: 'chair', affiliation: 'Indonesian Nickel Smelters Forum' } },
      { text: 'Gregory Haldane, who runs Haldane Brass & Wire in Birmingham, said orders fell.', fact: 'Gregory Haldane', expect: { title: 'head', affiliation: 'Haldane Brass & Wire' } },
      { text: "Gareth Pryce, director general of the trade body UK Steel Producers' Council, said imports surged.", fact: 'Gareth Pryce', expect: { title: 'director general', affiliation: "UK Steel Producers' Council" } },
      { text: 'By Haruto Mori\n\nHaruto Mori is a senior fellow at the Kanazawa Forum for Economic Policy.', fact: 'Haruto Mori', expect: { title: 'senior fellow', affiliation: 'Kanazawa Forum for Economic Policy' } },
      { text: 'By Ilse Brandvold\n\nIlse Brandvold is chief economist at Fjordmark Bank in Oslo.', fact: 'Ilse Brandvold', expect: { title: 'chief economist', affiliation: 'Fjordmark Bank' } },
      // A stated role with no body: the title alone.
      { text: 'By Wanjiku Otieno\n\nWanjiku Otieno is a trade economist and a former adviser to the Nairobi Enterprise Forum.', fact: 'Wanjiku Otieno', expect: { title: 'trade economist', affiliation: '' } },
      { text: '“Nobody hedged,” said Farid Aziz, a rubber trader at the brokerage Selatan Futures in Penang.', fact: 'Farid Aziz', expect: { title: 'rubber trader', affiliation: 'Selatan Futures' } },
      { text: '“The gap is wide,” said Ilse Marrow, a vice president with the Norland Policy Institute.', fact: 'Ilse Marrow', expect: { title: 'vice president', affiliation: 'Norland Policy Institute' } },
      { text: 'Kari Lunde heads procurement at Fjord Packaging, a family-owned firm near Bergen.', fact: 'Kari Lunde', expect: { title: 'head of procurement', affiliation: 'Fjord Packaging' } },
      { text: '“It hurts,” said Ana Lima, who owns Padaria Sol in Recife.', fact: 'Ana Lima', expect: { title: 'owner', affiliation: 'Padaria Sol' } },
      // Work a clause describes: the work is the title, the body after "at" or "for" employs.
      { text: '"The second half looks thin," said Henrik Aasgaard, who covers shipping at Øresund Equity Research.', fact: 'Henrik Aasgaard', expect: { title: 'covers shipping', affiliation: 'Øresund Equity Research' } },
      { text: 'Priya Venkataraman, who teaches trade compliance at the Fundy Business School, said the rules made sense.', fact: 'Priya Venkataraman', expect: { title: 'teaches trade compliance', affiliation: 'Fundy Business School' } },
      // The perfect, and how long the role has been held.
      { text: 'Down the block, Gus Whitacre, who has owned Whitacre Hardware for 22 years, said prices had jumped.', fact: 'Gus Whitacre', expect: { title: 'owner', affiliation: 'Whitacre Hardware' } },
      // "in the" or "to the" a body, right after the role's head.
      { text: '“It is a fair balance,” said Anil Bhardwaj, joint secretary in the Department of Commerce, at a briefing.', fact: 'Anil Bhardwaj', expect: { title: 'joint secretary', affiliation: 'Department of Commerce' } },
      { text: 'Kavita Rao, an adviser to the Indian Rice Exporters’ Federation, said the cut was too small.', fact: 'Kavita Rao', expect: { title: 'adviser', affiliation: 'Indian Rice Exporters’ Federation' } },
      // A town the role is held in opens it.
      { text: 'Elif Demirci, Bursa branch secretary of the Marmara Weavers’ Union, said 900 jobs had gone.', fact: 'Elif Demirci', expect: { title: 'Bursa branch secretary', affiliation: 'Marmara Weavers’ Union' } },
      // A region opening the role; the body named before, by its kind.
      { text: 'Vikram Shenoy, West Africa buying manager for Mangalore-based Coastline Agro Exports, told us the tax added costs.', fact: 'Vikram Shenoy', expect: { title: 'West Africa buying manager', affiliation: 'Coastline Agro Exports' } },
      { text: 'Abernethy Kwan LLP filed the request for the importer. "The message is clear," said Sofia Lindqvist, a partner at the firm.', fact: 'Sofia Lindqvist', expect: { title: 'partner', affiliation: 'Abernethy Kwan LLP' } },
      // The role after the clause's "and"; a seat on a board.
      { text: '"It could fill it," said Tomasz Wieczorek, who grows apples near Belsk and chairs the Grójec Fruit Growers Union.', fact: 'Tomasz Wieczorek', expect: { title: 'chair', affiliation: 'Grójec Fruit Growers Union' } },
      { text: '"You can see it," said Anneliese Brockhaus, who milks 340 cows near Kiel and sits on the board of Lakeshore Dairy Cooperative.', fact: 'Anneliese Brockhaus', expect: { title: 'board member', affiliation: 'Lakeshore Dairy Cooperative' } },
      { text: 'Across town, Pia Moreau manages sourcing for Groupe Verlaine, a parts supplier.', fact: 'Pia Moreau', expect: { title: 'manager of sourcing', affiliation: 'Groupe Verlaine' } },
      {
        text: 'Imports will slow, said Jonathan Gold, vice president for supply chain and customs policy at the National Retail Federation.',
        fact: 'Jonathan Gold',
        expect: { title: 'vice president for supply chain and customs policy', affiliation: 'National Retail Federation' },
      },
      { text: '“Costs will rise,” said Lena Duarte, chief economist for Latin America at Banco Serrano.', fact: 'Lena Duarte', expect: { title: 'chief economist for Latin America', affiliation: 'Banco Serrano' } },
      { text: '“The margin is wrong,” said Omar Field, a Washington trade attorney at Pell Brandt LLP.', fact: 'Omar Field', expect: { title: 'Washington trade attorney', affiliation: 'Pell Brandt LLP' } },
      { text: '“Tokyo has a free option,” said Mathilde Roux, a partner at the Geneva law firm Roux Amar Avocats.', fact: 'Mathilde Roux', expect: { title: 'partner', affiliation: 'Roux Amar Avocats' } },
      { text: '“Orders dried up,” said Ben Ortiz, who owns a hardware store in Tucson.', fact: 'Ben Ortiz', expect: { title: 'owns a hardware store', affiliation: '' } },
      { text: "Pichit Boonmee, who heads a corn growers' cooperative in Phetchabun, said the government moved too late.", fact: 'Pichit Boonmee', expect: { title: "heads a corn growers' cooperative", affiliation: '' } },
      { text: 'Dave Cassidy, president of Unifor Local 444, said members were worried.', fact: 'Dave Cassidy', expect: { title: 'president', affiliation: 'Unifor Local 444' } },
      { text: 'Suppliers are exposed. Anneke Botha, managing director of a small family firm, said orders had halved.', fact: 'Anneke Botha', expect: { title: 'managing director', affiliation: '' } },
      { text: 'Grace Ndirangu, a senior lecturer in agricultural economics at Kenyatta University, said the sums were hard.', fact: 'Grace Ndirangu', expect: { title: 'senior lecturer in agricultural economics', affiliation: 'Kenyatta University' } },
      { text: 'Daniel Whitacre, head of Asia macro research at Lanford Meridian Bank in Singapore, called it a tactic.', fact: 'Daniel Whitacre', expect: { title: 'head of Asia macro research', affiliation: 'Lanford Meridian Bank' } },
      { text: 'Kim Na-rae, a Seoul-based portfolio manager at Bluewater Asia Capital, said carmakers could gain.', fact: 'Kim Na-rae', expect: { title: 'Seoul-based portfolio manager', affiliation: 'Bluewater Asia Capital' } },
      { text: 'Rhonda Clery, president of the Geelong sub-branch of the Australian Metal Trades Union, backed the case.', fact: 'Rhonda Clery', expect: { title: 'president', affiliation: 'Australian Metal Trades Union' } },
      { text: 'Hessa Al-Qahtani, Deputy Chairman for Economic Studies at the Tariff Policy Committee, said prices would hold.', fact: 'Hessa Al-Qahtani', expect: { title: 'Deputy Chairman for Economic Studies', affiliation: 'Tariff Policy Committee' } },
    ],
    counterExamples: [
      // Work with no body after it gives no role.
      { text: '"Costs will rise," said Jort Hanssen, who covers consumer goods, at a briefing.', fact: 'Jort Hanssen', expect: { title: '' } },
      { text: 'Ilse Marrow, who worked for a decade at the Norland Policy Institute, called the deal thin.', fact: 'Ilse Marrow' },
      { text: 'Gareth Penhallow, who was moved up from under-secretary to Minister of State for Trade Policy in January, spoke.', fact: 'Gareth Penhallow', expect: { title: '' } },
      // "with" after "who leads" names the other side of the talks, not an employer.
      { text: 'Vice Premier Zhao Ming, who leads talks with the United States, spoke on Monday.', fact: 'Zhao Ming', expect: { affiliation: '' } },
      { text: 'Trade Minister Zhao Ming heads to Geneva for talks with the United States.', fact: 'Zhao Ming', expect: { affiliation: '' } },
      { text: 'Tom Hale runs 3,200 acres of canola for Prairie Seed Co.', fact: 'Tom Hale', expect: { title: '' } },
    ],
  },
  {
    id: 'person.title.apposition',
    kind: 'person',
    decides: 'title',
    anchor: 'name + ", [owner] <title words> <head>" closed by a comma, period or "and"',
    reason: 'the apposition after the name gives the title ({title})',
    when: (c) => appositionAfter(c.text, c.toks, c.j),
    examples: [
      { text: 'Rosa Vidal, Chile’s finance minister, said the talks would resume.', fact: 'Rosa Vidal', expect: { title: 'finance minister', affiliation: 'Chile' } },
      { text: '“Prices will rise,” said Marta Quiroga, Uruguay’s undersecretary for foreign trade.', fact: 'Marta Quiroga', expect: { title: 'undersecretary for foreign trade', affiliation: 'Uruguay' } },
      { text: '“We did not seek this,” said Aoife Brennan, Ireland’s Minister for Enterprise, Trade and Employment, on Monday.', fact: 'Aoife Brennan', expect: { title: 'Minister for Enterprise, Trade and Employment', affiliation: 'Ireland' } },
      { text: 'Dale Hensworth, NCGA president and a corn grower in Iowa, spoke first.', fact: 'Dale Hensworth', expect: { title: 'president', affiliation: 'NCGA' } },
      { text: '“Exporters have our backing,” said Alan Pryce, UK International Trade Secretary.', fact: 'Alan Pryce', expect: { affiliation: 'United Kingdom' } },
      { text: 'Olav Strand, Norway’s permanent representative to the WTO, told the council the duties were lawful.', fact: 'Olav Strand', expect: { title: 'permanent representative to the WTO', affiliation: 'Norway' } },
      { text: 'Jan de Vries, a Dutch flower exporter, said Chinese buyers had vanished.', fact: 'Jan de Vries', expect: { title: 'flower exporter', affiliation: 'Netherlands' } },
      { text: 'Sarah Lind, 54, a third-generation dairy farmer near Eau Claire, has cut her herd.', fact: 'Sarah Lind', expect: { title: 'third-generation dairy farmer' } },
      // A role a firm can hold too, after a name that opens with a given name; an occupation.
      { text: 'Raúl Ortega Ibarra, a poultry importer in Guadalajara, said the quota works.', fact: 'Raúl Ortega Ibarra', expect: { title: 'poultry importer' } },
      { text: 'Jerome Hale, a builder in Boise, said lumber costs had doubled.', fact: 'Jerome Hale', expect: { title: 'builder' } },
      // Where the role is held, then a relative clause; a capitalized title needs no article.
      { text: '“We are selling at a loss,” said Ottilie Brandauer, a pig farmer from the Waldviertel who keeps 600 sows.', fact: 'Ottilie Brandauer', expect: { title: 'pig farmer' } },
      { text: 'Kemal Yıldırım, a dealer in Ankara’s Ostim district who imports Chinese tractors, said orders had stopped.', fact: 'Kemal Yıldırım', expect: { title: 'dealer' } },
      { text: '“The quota is full,” said Matthias Egli, Deputy State Secretary for Foreign Trade, on Friday.', fact: 'Matthias Egli', expect: { title: 'Deputy State Secretary for Foreign Trade' } },
      { text: 'Questions go to the Tariff Quota Office (Ms. Hanne Lykke, Director).', fact: 'Hanne Lykke', expect: { title: 'Director' } },
      // "there": the body the story named just before employs them.
      { text: 'The Harbour Institute for Food Policy disagrees. “It is a tax on diners,” said Meera Iyengar, a senior fellow there.', fact: 'Meera Iyengar', expect: { title: 'senior fellow', affiliation: 'Harbour Institute for Food Policy' } },
    ],
    counterExamples: [
      { text: 'Rosa Vidal, who was finance minister until 2019, said the talks would resume.', fact: 'Rosa Vidal' },
      { text: 'Shiro Adachi of Kanto Meat Trading, a mid-sized wholesaler in Yokohama, said prices would rise.', fact: 'Kanto Meat Trading' },
    ],
  },
  {
    id: 'person.affiliation.of-body',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'name + "of <Body>"',
    reason: 'named as {name} of {affiliation}',
    when: (c) => ofBodyAfter(c.text, c.toks, c.j),
    examples: [
      { text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Ana Ruiz', expect: { affiliation: 'Banco Norte' } },
      // A person's name does not run on through "of" into a firm's name.
      { text: 'On Monday, trade lawyer Omar Haddad of Haddad & Partners said the move was lawful.', fact: 'Omar Haddad', expect: { title: 'lawyer', affiliation: 'Haddad & Partners' } },
      { text: 'Priya Mendelsohn of the law firm Carrow Basset LLP said the court had erred.', fact: 'Priya Mendelsohn', expect: { affiliation: 'Carrow Basset LLP' } },
      { text: 'Ana Ruiz of the Washington-based think tank Pacific Trade Institute said so.', fact: 'Ana Ruiz', expect: { affiliation: 'Pacific Trade Institute' } },
    ],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz, who left Banco Norte last year.', fact: 'Ana Ruiz' }],
  },
  {
    id: 'person.affiliation.of-party',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'name + "of the [ruling|opposition …] <Name> party"',
    reason: 'a member of the {affiliation} party',
    examples: [{ text: 'Senator Inés Larrea of the governing Avanza party backed the bill.', fact: 'Inés Larrea', expect: { title: 'Senator', affiliation: 'Avanza' } }],
    counterExamples: [{ text: 'Senator Inés Larrea of the governing party backed the bill.', fact: 'Inés Larrea', expect: { affiliation: '' } }],
  },
];

/**
 * "the spokeswoman for the ministry, Li Wen,", "a spokesman for Norland Steel, Tom Hale,": a
 * spokesperson's role set off before the name.
 */
export function spokespersonBefore(text: string, toks: Tok[], nameAt: number): RoleFinding | null {
  if (toks[nameAt - 1]?.text !== ',') return null;
  // Back to "for" within eight words, with a spokesperson word right before it.
  for (let k = nameAt - 2; k > 0 && nameAt - k < 10 && toks[k].word; k--) {
    if (low(toks[k]) !== 'for' || !SPOKES.has(low(toks[k - 1]))) continue;
    const head = k - 1;
    if (!ARTICLES.has(low(toks[head - 1])) && !toks[head - 1]?.poss) return null;
    const s = orgAt(toks, k + 1);
    if (s) {
      const { name, end } = bodyFrom(text, toks, s);
      if (end !== nameAt - 1) return null;
      const place = placeOf(name);
      return { title: toks[head].text, affiliation: place || name, org: place ? null : { i: s, j: end }, because: ['person.affiliation.role-body'] };
    }
    // "the spokeswoman for the ministry": an unnamed body is part of the role as written.
    return { title: text.slice(toks[head].start, toks[nameAt - 2].end), affiliation: '', org: null, because: [] };
  }
  return null;
}

/**
 * "The Comptroller-General of the Nigeria Customs Service (NCS), Bashir Lawal,", "the chief executive of
 * Harlow Steel, Dana Reyes,": a title and the body it serves, set off before the name. After "for" the
 * capitalized words are the title's portfolio ("The Commissioner for Customs and Excise, Rudo Makoni,").
 */
export function roleOfBodyBefore(text: string, toks: Tok[], nameAt: number): RoleFinding | null {
  if (toks[nameAt - 1]?.text !== ',') return null;
  let e = nameAt - 1;
  // "(NCS)": the body's short form, between its name and the comma.
  if (toks[e - 1]?.text === ')' && toks[e - 3]?.text === '(' && ACRONYM.test(toks[e - 2]?.text ?? '')) e -= 3;
  for (let k = e - 1; k > 0 && e - k < 10 && toks[k].word; k--) {
    const link = low(toks[k]);
    if (link !== 'of' && link !== 'for' && link !== 'at') continue;
    const head = k - 1;
    // "… of the Manufacturers Association of Nigeria": an "of" inside the body's name; the title's is further back.
    if (!TITLE_HEADS.has(low(toks[head])) || toks[head].poss) continue;
    let from = head;
    while (from > 0 && head - from < 4 && toks[from - 1].word && (TITLE_MODIFIERS.has(low(toks[from - 1])) || TITLE_HEADS.has(low(toks[from - 1])))) from--;
    // The role opens with "the"/"a" or opens the sentence: "The Commissioner for …, Name,".
    if (!toks[from].sentStart && !ARTICLES.has(low(toks[from - 1]))) return null;
    if (link === 'for') {
      if (!toks[k + 1]?.cap || !toks[k + 1].word || toks[e - 1].poss) return null;
      return { title: text.slice(toks[from].start, toks[e - 1].end), affiliation: '', org: null, because: [] };
    }
    // "The Minister of Productive Development, Name,": a minister's portfolio, not a body; the title runs to the comma.
    if (GOVERNMENT_HEADS.has(low(toks[head])) && PORTFOLIOS.has(low(toks[e - 1])) && portfolioLast(toks, head) === e - 1) {
      return { title: text.slice(toks[from].start, toks[e - 1].end), affiliation: '', org: null, because: [] };
    }
    const s = orgAt(toks, k + 1);
    if (!s) return null;
    const { name, end } = bodyFrom(text, toks, s);
    if (end !== e) return null;
    const place = placeOf(name);
    return { title: text.slice(toks[from].start, toks[head].end), affiliation: place || name, org: place ? null : { i: s, j: end }, because: ['person.affiliation.role-body'] };
  }
  return null;
}
