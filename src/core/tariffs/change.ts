/**
 * How the text says a rate moved: "from 57% to 47%" (a previous rate), and the verb of the clause
 * ("raised", "cut", "paused", "imposed", "lifted", "threatened").
 */
import type { TariffChange } from '../types';
import { rx, type WordList } from '../lexicon/wordList';
import { CUT_VERBS, HEDGES, IMPOSE_VERBS, LIFT_VERBS, PAUSE_VERBS, RAISE_VERBS, RANGE_WORDS, THREATEN_WORDS, TO_LEVEL_DROP, TO_LEVEL_LIFT } from '../lexicon/changeVerbs';

const PERCENT = String.raw`(-?\d+(?:\.\d+)?)\s?-?(?:%|percent|per[\s-]?cent|pct)`;
// "from 39% to " just before the rate; " from 25%" / " from the current 25%" / ", up from 25%" just after it.
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+(?:the\s+current\s+|a\s+|an?\s+earlier\s+)?${PERCENT}\s+(?:to|down\s+to|up\s+to)\s+(?:about\s+|around\s+|roughly\s+|more\s+than\s+)?$`, 'i');
const FROM_AFTER = new RegExp(String.raw`^(?:\s+(?:[a-z-]+\s+)?(?:rate|tariff|duty|levy)s?)?,?\s+(?:(?:(?:up|down)\s+)?from|as\s+against|(?:as\s+)?compared\s+(?:to|with))\s+(?:the\s+current\s+|a\s+|an?\s+previous\s+|an?\s+earlier\s+)?${PERCENT}`, 'i');

const RANGE_BEFORE = rx('i')`\b${RANGE_WORDS}\s+$`;

/** The previous rate a sentence states for this one, or null. */
export function previousRateOf(before: string, after: string): number | null {
  const from = FROM_BEFORE.exec(before);
  // "duties ranging from 23.4% to 68.1%" is a spread of rates, not a move from one to the other.
  if (from && RANGE_BEFORE.test(before.slice(0, from.index))) return null;
  const m = from ?? FROM_AFTER.exec(after);
  return m ? Number(m[1]) : null;
}

// A verb that moves a rate "to" a level raises or cuts it: "lifted the duty to 25%", "dropped it to 10%".
const TO_LEVEL = String.raw`(?=\s+(?:\w+\s+){0,4}?to\b)`;
const NOT_TO_LEVEL = String.raw`(?!\s+(?:\w+\s+){0,4}?to\b)`;
const verbs = (list: WordList, tail = '') => rx('gi')`\b${list}\b${tail}`;
const VERBS: Array<[Exclude<TariffChange, null>, RegExp]> = [
  ['paused', verbs(PAUSE_VERBS)],
  ['lifted', verbs(LIFT_VERBS, NOT_TO_LEVEL)],
  ['raised', rx('gi')`\b(?:${RAISE_VERBS}|${TO_LEVEL_LIFT}${TO_LEVEL})\b`],
  ['cut', rx('gi')`\b(?:${CUT_VERBS}|${TO_LEVEL_DROP}${TO_LEVEL})\b`],
  ['threatened', verbs(THREATEN_WORDS)],
  ['imposed', verbs(IMPOSE_VERBS)],
];
const HEDGED = rx('i')`\b${HEDGES}\b`;

/**
 * The change the clause before the rate states, from the verb nearest the rate; a stated
 * previous rate decides between raised and cut when no verb does.
 */
export function changeOf(clause: string, rate: number, previousRate: number | null): TariffChange {
  let best: { change: Exclude<TariffChange, null>; at: number } | null = null;
  for (const [change, re] of VERBS) {
    for (const m of clause.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      if (!best || at > best.at) best = { change, at };
    }
  }
  // A modal anywhere before the verb makes it a threat: "may slap", "would impose".
  if (best && best.change === 'imposed' && HEDGED.test(clause.slice(0, best.at))) return 'threatened';
  if (best && (best.change === 'raised' || best.change === 'cut' || best.change === 'imposed') && previousRate !== null) {
    if (rate < previousRate && best.change !== 'cut') return 'cut';
    if (rate > previousRate && best.change !== 'raised') return 'raised';
  }
  if (!best && previousRate !== null) return rate < previousRate ? 'cut' : rate > previousRate ? 'raised' : null;
  return best?.change ?? null;
}
