import type { Tok } from '../lexicon/tokens';
import { TITLE_HEADS, placeOf } from '../lexicon/words';
import { BASED, runFrom } from '../organizations/find';

/** A role stated after a name: ", a vice president at the Asia Society Policy Institute". */
export interface RoleFinding {
  title: string;
  affiliation: string;
  org: { i: number; j: number } | null;
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const TO_ORG = /^(at|of|with|for)$/;
/** "who chairs the sector at X" → "chair of the sector". */
const ROLE_VERBS: Record<string, string> = { chairs: 'chair', heads: 'head', leads: 'leader', runs: 'head', directs: 'director', manages: 'manager' };

/** Reads ", [a|the] <role> at|of <Organization>" (or ", who chairs … at …") after a name ending at token j. */
export function roleAfter(text: string, toks: Tok[], j: number): RoleFinding | null {
  if (toks[j]?.text !== ',') return null;
  let k = j + 1;
  let verb = '';
  if (low(toks[k]) === 'who' && ROLE_VERBS[low(toks[k + 1])]) {
    verb = ROLE_VERBS[low(toks[k + 1])];
    k += 2;
  } else if (/^(a|an|the)$/.test(low(toks[k]))) k++;
  const roleStart = k;
  let hasHead = !!verb;
  // The role: up to ten words before "at/of/with/for <Capitalized>".
  while (k < toks.length && k - roleStart < 10 && toks[k].word) {
    if (TO_ORG.test(low(toks[k])) && k > roleStart && orgAt(toks, k + 1)) break;
    if (TITLE_HEADS.has(low(toks[k]))) hasHead = true;
    else if (toks[k].cap && !verb) return null;
    k++;
  }
  if (!hasHead || k >= toks.length || !TO_ORG.test(low(toks[k])) || k === roleStart) return null;
  const role = text.slice(toks[roleStart].start, toks[k - 1].end);
  const title = verb ? `${verb} of ${role}` : role;
  const s = orgAt(toks, k + 1);
  if (!s) return null;
  const end = runFrom(toks, s);
  const name = text.slice(toks[s].start, toks[end - 1].end);
  const place = placeOf(name);
  if (place) return { title, affiliation: place, org: null };
  return { title, affiliation: name, org: { i: s, j: end } };
}

/** Where an organization's name starts after a preposition: skips "the" and a country's possessive. */
function orgAt(toks: Tok[], k: number): number {
  if (/^the$/i.test(toks[k]?.text ?? '')) k++;
  // "at the Brussels-based think-tank Europa Trade Observatory": past the place and the kind of body.
  if (BASED.test(toks[k]?.text ?? '')) {
    k++;
    if (toks[k]?.word && !toks[k].cap && toks[k + 1]?.cap) k++;
  }
  if (toks[k]?.poss && placeOf(toks[k].text) && toks[k + 1]?.cap) k++;
  return toks[k]?.word && toks[k].cap ? k : 0;
}
