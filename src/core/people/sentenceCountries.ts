import type { Tok } from '../lexicon/tokens';
import { LOCATION_WORDS } from '../lexicon/titles';
import { placeOf } from '../lexicon/words';

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const CONTINENTS = new Set(['Europe', 'Asia', 'Africa']);

/** Words read on each side of a token for "its sentence": a run-on line of a 1 MB paste stays cheap. */
const REACH = 80;

/** The token range of the sentence holding token k (at most REACH words each side). */
export function sentenceAround(toks: Tok[], k: number): [number, number] {
  let s = Math.min(k, toks.length - 1);
  while (s > 0 && k - s < REACH && !toks[s].sentStart) s--;
  let e = k + 1;
  while (e < toks.length && e - k < REACH && !toks[e].sentStart) e++;
  return [s, e];
}

/**
 * The countries tokens from..to-1 name as actors, not as places something happens in ("talks in
 * Washington"); tokens marked in `skip` (people's names) are left out.
 */
export function countriesOf(toks: Tok[], from: number, to: number, skip?: Uint8Array, withPlaces = false): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t.word || !t.cap || skip?.[k]) continue;
    const two = k + 1 < to && toks[k + 1].cap && !t.poss ? placeOf(`${t.text} ${toks[k + 1].text}`) : '';
    const place = two || placeOf(t.text);
    const at = k;
    if (two) k++;
    if (!place || CONTINENTS.has(place)) continue;
    const before = low(toks[at - 1]);
    if (!withPlaces && (LOCATION_WORDS.has(before) || (before === 'the' && LOCATION_WORDS.has(low(toks[at - 2]))))) continue;
    out.add(place);
  }
  return out;
}
