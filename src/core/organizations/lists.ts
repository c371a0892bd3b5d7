import type { Tok } from '../lexicon/tokens';
import { FUNCTION_CAPS, MONTHS_DAYS, NOT_NAMES, placeOf } from '../lexicon/words';
import type { OrgHit } from './find';
import { COMPANY_CLOSERS } from '../lexicon/legalForms';
import { LIST_OPENERS } from '../lexicon/orgHeads';
import { orgKey } from './orgKey';
import { opensPersonName } from '../lexicon/worldNames';
import { HONORIFICS, TITLE_HEADS } from '../lexicon/titles';

/**
 * Names listed alongside an organization are organizations too: "Norland Timber (19.2 per cent),
 * Kessel Pulp Mills (11.4 per cent), … and Brannock". Walks each list both ways from a known one.
 */
export function spreadOverLists(text: string, toks: Tok[], hits: OrgHit[]): void {
  const taken = new Uint8Array(toks.length);
  for (const h of hits) for (let k = h.i; k < h.j; k++) taken[k] = 1;
  const covered = (k: number) => taken[k] === 1;
  const queue = hits.filter((h) => !h.weak);
  while (queue.length) {
    const h = queue.pop() as OrgHit;
    for (const dir of [1, -1] as const) {
      const next = dir === 1 ? itemAfter(toks, h.j, closesLoosely(toks, h)) : itemBefore(toks, h.i);
      if (!next || covered(next.i) || covered(next.j - 1)) continue;
      // "Maria Okonkwo, Harbour Ledger" signing a story: a name that opens with a given name is a person's.
      // "… Association of Nigeria (MAN), Mrs Chinwe Okonkwo-Eze, said": an honorific opens a person's name.
      // "Sanne Hoekstra, Senior Customs Adviser, Van Leeuwen Douane & Trade": a role ends the list; it is no body.
      if (opensPersonName(toks.slice(next.i, next.j).map((t) => t.text)) || HONORIFICS.has(toks[next.i].text) || TITLE_HEADS.has(toks[next.j - 1].text.toLowerCase())) continue;
      const name = text.slice(toks[next.i].start, toks[next.j - 1].end);
      const hit: OrgHit = { i: next.i, j: next.j, key: orgKey(name), weak: false, because: ['organization.name.list-mate'], ...(h.loose ? { loose: true } : {}) };
      hits.push(hit);
      queue.push(hit);
      for (let k = hit.i; k < hit.j; k++) taken[k] = 1;
    }
  }
}

const skipParenForward = (toks: Tok[], k: number): number => {
  if (toks[k]?.text !== '(') return k;
  for (let n = k + 1; n < toks.length && n < k + 12; n++) if (toks[n].text === ')') return n + 1;
  return k;
};
const skipParenBack = (toks: Tok[], k: number): number => {
  if (toks[k]?.text !== ')') return k;
  for (let n = k - 1; n >= 0 && n > k - 12; n--) if (toks[n].text === '(') return n - 1;
  return k;
};

const nameish = (t: Tok | undefined): boolean =>
  !!t && t.word && t.cap && !FUNCTION_CAPS.has(t.text.toLowerCase()) && !COMPANY_CLOSERS.has(t.text.replace(/\.$/, '')) && !MONTHS_DAYS.has(t.text.toLowerCase()) && !placeOf(t.text) && !t.sentStart;

/**
 * "exporters such as Norland Steel and Harbin Wireworks said …": a list a cue opened ends with its last item even
 * when no comma or full stop follows it.
 */
function closesLoosely(toks: Tok[], h: OrgHit): boolean {
  if (h.loose) return true;
  if (!h.because?.includes('organization.name.cue')) return false;
  const a = toks[h.i - 1]?.text.toLowerCase();
  h.loose = a === 'including' || (a === 'as' && toks[h.i - 2]?.text.toLowerCase() === 'such');
  return h.loose;
}

/** The next list item after token j: ", X", " and X", ", and X" (skipping a parenthesis). */
function itemAfter(toks: Tok[], j: number, loose = false): { i: number; j: number } | null {
  let k = skipParenForward(toks, j);
  if (toks[k]?.text === ',') k++;
  if (/^(and|or)$/.test(toks[k]?.text ?? '')) k++;
  if (k === j || !nameish(toks[k])) return null;
  let e = k;
  while (e < toks.length && e - k < 3 && nameish(toks[e])) {
    e++;
    if (toks[e - 1].poss) break;
  }
  // The item must end the list entry: a comma, "and", a parenthesis or the sentence's end.
  const after = toks[e]?.text ?? '.';
  const lastItem = /^(and|or)$/.test(toks[k - 1]?.text ?? '');
  if (!/^([,;.(]|and|or)$/.test(after) && !(loose && lastItem && toks[e]?.word && !toks[e].cap)) return null;
  return { i: k, j: e };
}

/** The list item before token i: "X, " or "X and " (skipping a parenthesis). */
function itemBefore(toks: Tok[], i: number): { i: number; j: number } | null {
  let k = i - 1;
  if (/^(and|or)$/.test(toks[k]?.text ?? '')) k--;
  if (toks[k]?.text !== ',' && k === i - 1) return null;
  if (toks[k]?.text === ',') k--;
  k = skipParenBack(toks, k);
  // A sentence's first word may open the list if it is no common word ("Shimano and Kubota Corp. cut …").
  const opener = (t: Tok | undefined) => !!t && t.sentStart && t.word && t.cap && !NOT_NAMES.has(t.text.toLowerCase()) && nameish({ ...t, sentStart: false });
  if (!(nameish(toks[k]) || opener(toks[k])) || toks[k].poss) return null;
  let s = k;
  while (s > 0 && k - s < 2 && (nameish(toks[s - 1]) || opener(toks[s - 1])) && !toks[s - 1].poss) s--;
  const before = toks[s - 1]?.text ?? ',';
  if (!/^[,;:(]$/.test(before) && !LIST_OPENERS.words.has(before) && toks[s - 1]?.word && toks[s - 1].cap) return null;
  return { i: s, j: k + 1 };
}
