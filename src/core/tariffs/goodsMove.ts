/**
 * Goods that move between two duty levels as the subject of their clause: "walnuts go from 100
 * percent to 120 percent", "intermediate goods such as steel billets and resins will fall from 25%
 * to 15%". Read only in a paragraph about duties; trade flows, prices and shares that move ("steel
 * imports fell from 25% to 15%") are not goods.
 */
import { rx } from '../lexicon/wordList';
import { GOODS_LEVEL_VERBS } from '../lexicon/changeVerbs';
import { GOODS_NOUNS } from '../lexicon/goods';
import { BE_FORMS, MEASURES, MODALS, PERCENT_UNIT, TARIFF_NOUNS } from '../lexicon/tariffWords';

// The verb and "from", then for the second rate the first one and "to": "… go from 100 percent to ".
// "Cars from China were raised from 20% to 50%": a passive's auxiliaries belong to the verb, not the goods.
const MOVES_FROM = rx('iu')`(?<![\p{L}-])(?:(?:${MODALS}|${BE_FORMS}|have|has|had)\s+){0,3}${GOODS_LEVEL_VERBS}\s+from\s+(?:(\d[\d.,]*\s?${PERCENT_UNIT})\s+to\s+)?$`;
// Where the subject begins: after a clause break, or after a rate and "and" ("… to 30% and toys drop").
const SUBJECT_BREAK = rx('giu')`[,;:]\s+|(?<![\p{L}-])(?:while|whereas|but)\s+|\d\s?${PERCENT_UNIT}\s+and\s+`;
// The other order: "frozen chicken leg quarters fall to 15 percent from 20 percent".
const MOVES_TO = rx('iu')`(?<![\p{L}-])(?:(?:${MODALS}|${BE_FORMS}|have|has|had)\s+){0,3}${GOODS_LEVEL_VERBS}\s+to\s+(?:(\d[\d.,]*\s?${PERCENT_UNIT})\s+from\s+)?$`;
const FROM_RATE_AFTER = rx('iu')`^\s+from\s+\d[\d.,]*\s?${PERCENT_UNIT}(?!\s+of\b)`;
const DUTY_ON = rx('iu')`(?<![\p{L}-])(?:${TARIFF_NOUNS}|rates?)\s+(?:on|for)\s`;
const MOVING_RATE_AFTER = rx('iu')`^\s+to\s+\d[\d.,]*\s?${PERCENT_UNIT}(?!\s+of\b)`;

/** The goods that move, when `before` (the sentence up to a percent) ends in "<goods> <verb> from" or "… from N% to", else null. */
export function goodsThatMove(before: string, after: string): string | null {
  const from = MOVES_FROM.exec(before);
  const verb = from ?? MOVES_TO.exec(before);
  if (!verb) return null;
  // The first rate needs its second: "go from 100 percent to 120 percent", not "of the market".
  if (!verb[1] && !(from ? MOVING_RATE_AFTER : FROM_RATE_AFTER).test(after)) return null;
  if (verb[1] && /^\s*of\b/i.test(after)) return null;
  const lead = before.slice(0, verb.index);
  // "The basic customs duty on crude palm oil, … has been raised from 10% to 20%", "the rate on most EU wine would rise
  // from 15% to 30%": the duty moves; its own words say on what.
  if (DUTY_ON.test(lead)) return null;
  let cut = 0;
  for (const m of lead.matchAll(SUBJECT_BREAK)) cut = (m.index ?? 0) + m[0].length;
  const subject = lead.slice(cut).trim().replace(/^(?:the|a|an)\s+/i, '');
  const words = subject.split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s$/, ''));
  if (!words.length || words.length > 8 || /\d/.test(subject)) return null;
  if (!words.some((w) => GOODS_NOUNS.has(w)) || words.some((w) => MEASURES.has(w) || TARIFF_NOUNS.has(w))) return null;
  return subject;
}
