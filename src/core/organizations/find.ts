import type { Tok } from '../lexicon/tokens';
import { ORG_FORMS, PLACE_LIKE_KEYS } from '../lexicon/orgNames';
import { MONTHS_DAYS, NOT_NAMES, placeOf } from '../lexicon/words';
import { findCompanyShapes, opensGroupUnit } from './companies';
import { END_HEADS, OPEN_HEADS, FOREIGN_HEADS, NAME_OPENERS, PLURAL_MAKERS, AND_WORDS, ELIDED, isNameWord, ARTICLES, RUN_BREAKERS, CONNECTORS, OF_WORDS, NOT_ORGS, CUES } from './heads';
import { PREP_BEFORE_ARTICLE } from '../lexicon/orgHeads';
import { COMPANY_CLOSERS, COMPANY_WORDS } from '../lexicon/legalForms';
import { orgKey } from './orgKey';
import { INDUSTRY_HEADS, isCanadaTopic, canadaListStart, committeeTail, isGeographic, isLegalForm, isPortAuthority, shapeHead } from './shapes';

/** An organization found in a paragraph: tokens i..j-1, its merge key, and whether it needs a stronger form elsewhere. */
export interface OrgHit {
  i: number;
  j: number;
  key: string;
  weak: boolean;
}

const isCapWord = (t: Tok | undefined): boolean => !!t && t.word && t.cap;
/** Do the capitalized words from k end, within four, in a legal form ("Kubota Corp.", "Pride Corp.")? */
function legalFormAhead(toks: Tok[], k: number): boolean {
  for (let n = k; n < toks.length && n < k + 4 && isCapWord(toks[n]); n++) if (n > k && isLegalForm(toks[n]) && toks[n].text !== 'Group' && toks[n].text !== 'Holdings') return true;
  return false;
}
/** "Ohio-based", "Shenzhen-based": where a company sits, said just before its name. */
export const BASED = /^\p{L}[\p{L}.' -]*-based$/iu;
const low = (t: Tok): string => t.text.toLowerCase();
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

/** A capitalized run from token i: capitalized words joined by "of", "and", "&"… Returns its end. */
export function runFrom(toks: Tok[], i: number): number {
  let j = i;
  let ofSeen = false;
  // No organization's name runs past a dozen words; the bound keeps long capitalized runs linear.
  while (j < toks.length && j - i < 14) {
    const t = toks[j];
    if (isCapWord(t) || (j > i && ELIDED.test(t.text))) {
      // "Lakeshore Castings and Lyon-based Ferrand Textiles": a "-based" opens the next company.
      if (j > i && (RUN_BREAKERS.has(low(t)) || BASED.test(t.text))) break;
      j++;
      // "Pilgrim's Pride Corp.": a possessive inside a name that a legal form closes.
      if (t.poss && !legalFormAhead(toks, j)) break;
      continue;
    }
    const c = t.text.toLowerCase();
    // "Global Affairs Canada on Monday": a date after "on" is not part of the name.
    // "Council of the EU", "Banco de la Nación": after a head, a preposition's article joins too
    // (not after a person: "Wayne Winegarden of the Pacific Research Institute").
    // "China Chamber of Commerce to the EU": inside an "of" name, "to the" goes on too.
    const afterHead = j > i && (OPEN_HEADS.has(low(toks[j - 1])) || FOREIGN_HEADS.has(low(toks[j - 1])) || (ofSeen && c === 'to'));
    if (afterHead && (PREP_BEFORE_ARTICLE.has(c) || c === 'to') && ARTICLES.has(low(toks[j + 1] ?? t)) && isCapWord(toks[j + 2]) && !MONTHS_DAYS.has(low(toks[j + 2]))) {
      ofSeen = true;
      j += 2;
      continue;
    }
    if (j > i && (t.word || c === '&') && CONNECTORS.has(c) && isNameWord(toks[j + 1]) && !MONTHS_DAYS.has(low(toks[j + 1]))) {
      if (c === 'and' && (strongLexiconAt(toks, j - 1) || strongLexiconAt(toks, j + 1) || (COMPANY_CLOSERS.has(toks[j - 1].text.replace(/\.$/, '')) || toks[j - 1].text === 'Group'))) break;
      // "lost 2.9% in Seoul and Kuroda Motor Corp. dropped": a place does not open a company's name.
      if (c === 'and' && isPlace(toks, i, j)) break;
      // "Komatsu and Kubota Corp.": a legal form closing what follows "and" makes that a company of its own.
      if (c === 'and' && legalFormAhead(toks, j + 1)) break;
      // "Posco Future M and Syrah Resources": a group's unit is a name of its own.
      if (c === 'and' && opensGroupUnit(toks, i)) break;
      // "Bluewater Steel and Orion Semiconductor", "Sinar Baja Tbk and Orchid Pte Ltd": two companies, not one name.
      if (c === 'and' && !ofSeen && (isLegalForm(toks[j - 1]) || toks[j - 1].text === 'Canada' || INDUSTRY_HEADS.has(low(toks[j - 1])))) break;
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
    if (ofSeen && t.text === ',' && isCapWord(toks[j + 1]) && (andAt(j + 2) || (toks[j + 2]?.text === ',' && isCapWord(toks[j + 3]) && andAt(j + 4)))) {
      j++;
      continue;
    }
    break;
  }
  while (j > i && !isNameWord(toks[j - 1])) j--;
  return j;
}

/** Organizations named by lexicon, by a head word in a capitalized run, or right after a cue noun. */
export function findOrgHits(text: string, toks: Tok[]): OrgHit[] {
  const hits: OrgHit[] = [];
  const taken = new Uint8Array(toks.length);
  const covered = (k: number) => taken[k] === 1;
  const push = (h: OrgHit) => {
    hits.push(h);
    for (let k = h.i; k < h.j; k++) taken[k] = 1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || covered(i)) continue;
    // "US Trade Representative's office": the office, not the person.
    if (/^(U\.S\.|US)$/.test(t.text) && toks[i + 1]?.text === 'Trade' && toks[i + 2]?.text === 'Representative' && toks[i + 2].poss && /^office$/i.test(toks[i + 3]?.text ?? '')) {
      push({ i, j: i + 4, key: 'ustr', weak: false });
      i += 3;
      continue;
    }
    const found = lexiconAt(toks, i);
    // "Samsung SDI", "Hyundai Motor Co.": a unit's own name, read as a run or after this loop.
    const lex = found && found.j === i + 1 && opensGroupUnit(toks, i) ? null : found;
    if (lex) {
      let j = lex.j;
      // "Volkswagen AG", "BASF SE", "Toyota Motor Corp.": a legal form after a known company is its name.
      while (j < toks.length && (isLegalForm(toks[j]) || COMPANY_WORDS.has(toks[j].text)) && !toks[j - 1].poss) j++;
      const prefix = i > 0 && /^(U\.S\.|US)$/.test(toks[i - 1].text) && !covered(i - 1) && !/^(U\.S\.|US)/.test(toks[i].text) ? 1 : 0;
      let weak = lex.weak;
      if (PLACE_LIKE_KEYS.has(lex.key) && j - i === 1) weak = !(toks[i - 1] && low(toks[i - 1]) === 'the') && !t.poss && !!toks[j]?.word && !toks[j].cap;
      push({ i: i - prefix, j, key: lex.key, weak });
      i = j - 1;
      continue;
    }
    // "Ohio-based Tri-Valley Metals": the capitalized run after a "-based" is a company.
    if (BASED.test(t.text) && isCapWord(toks[i + 1])) {
      const end = runFrom(toks, i + 1);
      const c = (end > i + 1 ? headedRun(text, toks, i + 1, end) : null) ?? cueAt(toks, i);
      if (c) {
        push(c);
        i = c.j - 1;
      }
      continue;
    }
    if (!t.cap) {
      if (CUES.has(low(t)) && i + 1 < toks.length) {
        const c = cueAt(toks, i);
        if (c) push(c);
      }
      continue;
    }
    const j = runFrom(toks, i);
    if (j <= i) continue;
    const hit = headedRun(text, toks, i, j);
    if (hit) {
      push(hit);
      i = hit.j - 1;
    } else if (opensGroupUnit(toks, i)) i = j - 1; // "Posco Future M" is read whole after this loop
  }
  findCompanyShapes(text, toks, hits);
  return hits;
}

/** A run is an organization when a head closes it or opens an "of" phrase in it. */
function headedRun(text: string, toks: Tok[], i: number, j: number): OrgHit | null {
  // Trim a leading "The", a sentence-opening participle, or a country's possessive ("Switzerland’s Department…").
  let s = i;
  while (s < j - 1 && (low(toks[s]) === 'the' || (toks[s].poss && !(isLegalForm(toks[j - 1]) && !placeOf(toks[s].text))) || BASED.test(toks[s].text) || (toks[s].sentStart && NOT_NAMES.has(low(toks[s])) && !END_HEADS.has(low(toks[s])) && !isCanadaTopic(toks, s, j) && !(NAME_OPENERS.has(low(toks[s])) && isLegalForm(toks[j - 1]))))) s++;
  // "Shares of Volga Pipe PJSC": a trimmed opener's "of" goes with it.
  if (s > i && CONNECTORS.has(low(toks[s])) && s < j - 1) s++;
  s = canadaListStart(toks, s, j);
  j = committeeTail(toks, s, j);
  if (isGeographic(toks, s, j)) return null;
  let headAt = shapeHead(toks, s, j);
  // "Spoke & Anchor Cycles", "Hartwell & Pine": an ampersand between names is a firm's name.
  for (let k = s + 1; k < j - 1; k++) if (toks[k].text === '&' && !isPlace(toks, s, j)) headAt = j - 1;
  if (FOREIGN_HEADS.has(low(toks[s])) && j - s >= 2) headAt = j - 1;
  for (let k = s; k < j; k++) {
    const w = low(toks[k]);
    if (k > s && END_HEADS.has(w) && (k === j - 1 || /^(of|for)$/.test(low(toks[k + 1])))) headAt = Math.max(headAt, k);
    // "Ministry of Commerce", "Department for Business and Trade"; a "Port of" only when it acts.
    if (OPEN_HEADS.has(w) && /^(of|for)$/.test(low(toks[k + 1] ?? toks[k])) && k + 2 < j && (w !== 'port' || (k === s && isPortAuthority(toks, s)))) headAt = Math.max(headAt, k);
  }
  // "the American Active Anode Material Producers": capitalized makers after "the" name their association.
  if (headAt < 0 && j - s >= 2 && PLURAL_MAKERS.has(low(toks[j - 1])) && low(toks[s - 1] ?? toks[s]) === 'the' && !toks[s].sentStart) headAt = j - 1;
  if (headAt < 0) return null;
  // "Chinese Steel", "Global Lumber": an industry noun after a place or common word is a category.
  if (headAt === j - 1 && INDUSTRY_HEADS.has(low(toks[headAt])) && shapeHead(toks, s, j) < 0 && !/^(of|&)$/.test(low(toks[j - 2]))) {
    const before = toks.slice(s, j - 1);
    if (before.every((t) => NOT_NAMES.has(low(t)) || !!placeOf(t.text)) || !!placeOf(toks[j - 2].text)) return null;
  }
  const words = toks.slice(s, j).map((t) => t.text);
  const name = words.join(' ');
  const lname = name.toLowerCase();
  for (const bad of NOT_ORGS.words) if (lname.includes(bad)) return null;
  if (/^government/i.test(name)) return null;
  // "Trump Administration" is a government, "Small Business Administration" an agency.
  if (low(toks[j - 1]) === 'administration' && j - s <= 2) return null;
  // All-caps headline runs ("TIMES STAFF WRITER") aren't names.
  if (words.every((w) => w === w.toUpperCase()) && words.length > 1) return null;
  // A country alone with a head that is really a place ("Japan Post" is fine; "China Society" rare): keep.
  if (j - s === 1) return null;
  return { i: s, j, key: orgKey(text.slice(toks[s].start, toks[j - 1].end)), weak: false };
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
  if (j === k || isPlace(toks, k, j)) return null;
  if (toks.slice(k, j).some((t) => NOT_NAMES.has(low(t)) || MONTHS_DAYS.has(low(t)))) return null;
  // After "factory," the name must close with a comma or period too (an apposition).
  if (toks[i + 1]?.text === ',' && !/^[,.;)]$/.test(toks[j]?.text ?? '.')) return null;
  // A person named right after the cue ("the firm's chief, Jane Doe") is not caught: cues need no title.
  return { i: k, j, key: orgKey(toks.slice(k, j).map((t) => t.text).join(' ')), weak: false };
}
