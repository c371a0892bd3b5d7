import type { Tok } from '../lexicon/tokens';
import { opensPersonName } from '../lexicon/worldNames';
import { TITLE_HEADS } from '../lexicon/titles';
import { MONTHS_DAYS, NOT_NAMES, placeOf } from '../lexicon/words';
import type { OrgHit } from './find';
import { GROUP_NAMES } from '../lexicon/orgNames';
import { APPOSITION_ENDS, APPOSITION_HEADS, APPOSITION_OPENERS, BODY_NOUNS, MAKER_HEADS, NOT_ACRONYMS, SECTORS, STOCK_WORDS, UNIT_NAME_ENDERS as ROLE_WORDS } from '../lexicon/orgHeads';
import { orgKey } from './orgKey';
import { decide } from '../rules/rule';
import { SHAPE_RULES } from './rules';

/**
 * Company names with no organization word in them, known by how trade stories write them:
 * a conglomerate's group name before a unit ("Samsung SDI", "LG Energy Solution", "SK On"),
 * stock-market sentences ("Gerdau and Usiminas shares rose", "shares of Nidec fell") and an
 * apposition that says what the name is ("Eurofer, the European steel association,").
 */

const isName = (t: Tok | undefined): boolean =>
  !!t && t.word && t.cap && !MONTHS_DAYS.has(t.text.toLowerCase()) && !placeOf(t.text) && !ROLE_WORDS.has(t.text.toLowerCase());
/** A company-like word: capitalized, not a common word that opens sentences ("The", "Tech"), not a place. */
const isCompanyWord = (t: Tok | undefined): boolean => isName(t) && !NOT_NAMES.has(t!.text.toLowerCase());

/** Does a group name open a unit's name at token i ("Samsung SDI", not "Samsung said")? */
// "finance chief Lotte Engberg": a group's name that is also a given name, after a title, opens a person's name.
export const opensGroupUnit = (toks: Tok[], i: number): boolean =>
  GROUP_NAMES.has(toks[i].text) && !toks[i].poss && isName(toks[i + 1]) && !(TITLE_HEADS.has(toks[i - 1]?.text.toLowerCase() ?? '') && opensPersonName([toks[i].text, toks[i + 1].text]));

/** What a company-shape rule reads: the paragraph's words, the anchor token, and which tokens are still free. */
export interface ShapeScan {
  text: string;
  toks: Tok[];
  i: number;
  free: (i: number, j: number) => boolean;
}

const hitOf = (text: string, toks: Tok[], i: number, j: number): OrgHit => ({ i, j, key: orgKey(text.slice(toks[i].start, toks[j - 1].end)), weak: false });

/** Adds company hits on tokens no other rule took: the shape rules (./rules.ts) at each token, first that applies. Linear. */
export function findCompanyShapes(text: string, toks: Tok[], hits: OrgHit[]): void {
  const taken = new Uint8Array(toks.length);
  for (const h of hits) for (let k = h.i; k < h.j; k++) taken[k] = 1;
  const free = (i: number, j: number): boolean => {
    for (let k = i; k < j; k++) if (taken[k]) return false;
    return true;
  };
  // "Câmara de Comércio Exterior (Camex)": a short form in parentheses after a name is that body.
  for (let n = hits.length, x = 0; x < n; x++) {
    const h = hits[x];
    if (toks[h.j]?.text === '(' && isName(toks[h.j + 1]) && toks[h.j + 2]?.text === ')' && free(h.j + 1, h.j + 2)) {
      hits.push({ i: h.j + 1, j: h.j + 2, key: h.key, weak: false, because: ['organization.alias.bracketed'] });
      taken[h.j + 1] = 1;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const d = decide(SHAPE_RULES, { text, toks, i, free });
    if (!d) continue;
    let last = i;
    for (const h of d.value) {
      if (h.j <= h.i || !free(h.i, h.j)) continue;
      hits.push({ ...h, because: [d.rule] });
      for (let k = h.i; k < h.j; k++) taken[k] = 1;
      last = Math.max(last, h.j - 1);
    }
    // A group unit is read whole; the other anchors may sit inside what they found.
    if (d.rule === 'organization.name.group-unit') i = last;
  }
}

/** "Samsung SDI", "POSCO Future M": the group name and the unit's capitalized words. */
export function groupUnitAt({ text, toks, i, free }: ShapeScan): OrgHit[] | null {
  if (!opensGroupUnit(toks, i)) return null;
  let j = i + 1;
  while (j < toks.length && j - i < 4 && isName(toks[j])) if (toks[j++].poss) break;
  return free(i, j) ? [hitOf(text, toks, i, j)] : null;
}

/** "the VDMA engineering federation", "KITA trade body": an acronym naming the body after it. */
export function acronymBodyAt({ text, toks, i }: ShapeScan): OrgHit[] | null {
  const t = toks[i];
  if (!/^[A-Z][A-Z&]{1,5}$/.test(t.text) || NOT_ACRONYMS.has(t.text) || placeOf(t.text)) return null;
  const k = [1, 2, 3].find((n) => BODY_NOUNS.has(toks[i + n]?.text ?? '') && toks.slice(i + 1, i + n).every((x) => x.word && !x.cap));
  return k ? [hitOf(text, toks, i, i + 1)] : null;
}

/** "Gerdau and Usiminas shares rose": each name before the stock word, back through "and" and commas; "shares of Nidec". */
export function stockWordsAt({ text, toks, i, free }: ShapeScan): OrgHit[] | null {
  const t = toks[i];
  if (!STOCK_WORDS.has(t.text)) return null;
  const out: OrgHit[] = [];
  let k = t.cap ? -1 : i - 1;
  while (k >= 0 && i - k < 12) {
    let s = k;
    while (s >= 0 && k - s < 3 && isCompanyWord(toks[s]) && !SECTORS.has(toks[s].text) && !/-\p{Ll}/u.test(toks[s].text) && !(s < k && toks[s].poss)) s--;
    if (s === k || toks[k].poss) break;
    if (free(s + 1, k + 1)) out.push(hitOf(text, toks, s + 1, k + 1));
    if (!/^(and|,)$/.test(toks[s]?.text ?? '')) break;
    k = s - 1;
    if (toks[k]?.text === ',') k--;
  }
  // "shares of Nidec fell": the name right after "of".
  if (toks[i + 1]?.text === 'of' && isCompanyWord(toks[i + 2])) {
    let j = i + 2;
    while (j < toks.length && j - i < 6 && isCompanyWord(toks[j])) if (toks[j++].poss) break;
    out.push(hitOf(text, toks, i + 2, j));
  }
  return out.length ? out : null;
}

/**
 * "Eurofer, the European steel association,": a name set off by an apposition that names its kind.
 * The apposition opens with an article or an owner's possessive ("VDA, Germany's car industry association,").
 */
export function appositionAt({ text, toks, i }: ShapeScan): OrgHit[] | null {
  const t = toks[i];
  const opener = toks[i + 1];
  if (!(t.text === ',' && isCompanyWord(toks[i - 1]) && !!opener && (/^(the|a|an)$/.test(opener.text) || (opener.poss && opener.cap)))) return null;
  let h = i + 2;
  while (h < toks.length && h - i < 7 && toks[h].word && !APPOSITION_HEADS.has(toks[h].text) && !MAKER_HEADS.has(toks[h].text)) h++;
  const head = toks[h];
  // A lone name, then "the" and a description ending in a maker noun: a company.
  // "Corrib Spirits, the Dublin-listed maker of Ballyfane whiskey,": only a company is listed, so a longer name and "of" may follow.
  const listed = toks.slice(i + 2, h).some((w) => /(?:^|-)listed$/i.test(w.text));
  const maker = !!head && MAKER_HEADS.has(head.text) && opener.text === 'the' && h > i + 2 && (!toks[i - 2]?.cap || listed);
  const ends = /^[,.;]$/.test(toks[h + 1]?.text ?? '.') || APPOSITION_ENDS.words.has(toks[h + 1]?.text ?? '') || (listed && toks[h + 1]?.text === 'of');
  if (!head || head.poss || (!APPOSITION_HEADS.has(head.text) && !maker) || !ends) return null;
  // The name back to its start: capitalized words, places among them, joined by "of" ("Dairy Farmers of Wisconsin").
  let s = i - 1;
  while (s > 0 && i - s < 6 && ((toks[s - 1].word && toks[s - 1].cap && !toks[s - 1].poss) || (toks[s - 1].text === 'of' && toks[s - 2]?.cap))) s--;
  // "The Dairy Farmers …", "Meanwhile Eurofer, …": a sentence's opening word is not the name's.
  while (s < i - 1 && toks[s].sentStart && NOT_NAMES.has(toks[s].text.toLowerCase())) s++;
  if (!isName(toks[s]) || !toks.slice(s, i).some(isCompanyWord)) return null;
  // "Christine Moreau, the head of the French steel federation,": a person's name and their role, not a body.
  // ("Luna Loom, a direct-to-consumer knitwear label,": no person is a label, a chain or a firm, whatever the given name.)
  const bodyKind = APPOSITION_HEADS.has(head.text) && !toks.slice(i + 2, h).some((w) => TITLE_HEADS.has(w.text));
  if (!bodyKind && opensPersonName(toks.slice(s, i).map((t) => t.text))) return null;
  if (TITLE_HEADS.has(toks[i + 2]?.text ?? '') && toks[i + 3]?.text === 'of') return null;
  // Only a name that opens its clause: "Eurofer, the …", "The Dairy Farmers of Wisconsin, a …", "…, and Eurofer, the …".
  if (s > 0 && toks[s - 1].word && !(APPOSITION_OPENERS.words.has(toks[s - 1].text) || toks[s - 1].text === 'The') && !NOT_NAMES.has(toks[s - 1].text.toLowerCase())) return null;
  return [hitOf(text, toks, s, i)];
}

/**
 * "Ecuador's banana and shrimp exporters' federation, Fedexcor, welcomed …", "the Spanish cooperative, Oleícola
 * del Sur,": a body described first, by an owner's possessive or "the" and its kind, then named between commas.
 */
export function kindFirstAppositionAt({ text, toks, i }: ShapeScan): OrgHit[] | null {
  const head = toks[i - 1];
  if (toks[i].text !== ',' || !head?.word || head.cap || !(APPOSITION_HEADS.has(head.text) || MAKER_HEADS.has(head.text)) || !isCompanyWord(toks[i + 1])) return null;
  // Back over the description's lower-case words to its opener.
  // Back over the description's lower-case words (and a plural possessive's mark, "exporters' federation") to its opener.
  let k = i - 2;
  while (k >= 0 && i - k <= 8 && ((toks[k].word && !toks[k].cap && !toks[k].poss && toks[k].text !== 'the') || /^['’]$/.test(toks[k].text))) k--;
  const opener = toks[k];
  if (!opener || !((opener.poss && opener.cap) || /^(the|The)$/.test(opener.text))) return null;
  let j = i + 1;
  while (j < toks.length && j - i <= 4 && (isName(toks[j]) || ((toks[j].text === 'del' || toks[j].text === 'de' || toks[j].text === 'of') && isName(toks[j + 1])))) j++;
  if (toks[j]?.text !== ',' || opensPersonName(toks.slice(i + 1, j).map((t) => t.text))) return null;
  return [hitOf(text, toks, i + 1, j)];
}
