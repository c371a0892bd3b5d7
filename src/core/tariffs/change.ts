/**
 * How the text says a rate moved: "from 57% to 47%" (a previous rate), and the verb of the clause
 * ("raised", "cut", "paused", "imposed", "lifted", "threatened").
 */
import type { TariffChange } from '../types';

const PERCENT = String.raw`(-?\d+(?:\.\d+)?)\s?-?(?:%|percent|per[\s-]?cent|pct)`;
// "from 39% to " just before the rate; " from 25%" / " from the current 25%" / ", up from 25%" just after it.
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+(?:the\s+current\s+|a\s+|an?\s+earlier\s+)?${PERCENT}\s+(?:to|down\s+to|up\s+to)\s+(?:about\s+|around\s+|roughly\s+|more\s+than\s+)?$`, 'i');
const FROM_AFTER = new RegExp(String.raw`^,?\s+(?:(?:up|down)\s+)?from\s+(?:the\s+current\s+|a\s+|an?\s+previous\s+|an?\s+earlier\s+)?${PERCENT}`, 'i');

const RANGE_BEFORE = /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|spann?(?:ing|ed|s)?)\s+$/i;

/** The previous rate a sentence states for this one, or null. */
export function previousRateOf(before: string, after: string): number | null {
  const from = FROM_BEFORE.exec(before);
  // "duties ranging from 23.4% to 68.1%" is a spread of rates, not a move from one to the other.
  if (from && RANGE_BEFORE.test(before.slice(0, from.index))) return null;
  const m = from ?? FROM_AFTER.exec(after);
  return m ? Number(m[1]) : null;
}

const VERBS: Array<[Exclude<TariffChange, null>, RegExp]> = [
  ['paused', /\b(?:paus\w*|suspend\w*|delay\w*|postpon\w*|defer\w*|hold\s+off|reprieve|truce)\b/gi],
  ['lifted', /\b(?:lift\w*|remov\w*|scrap\w*|ended|end|ending|eliminat\w*|repeal\w*|waiv\w*|exempt\w*|drop(?:s|ped|ping)?|abolish\w*|phase\s+out)\b(?!\s+(?:\w+\s+){0,4}?to\b)/gi],
  ['raised', /\b(?:rais\w*|hik\w*|increas\w*|boost\w*|doubl\w*|tripl\w*|lift\w*(?=\s+(?:\w+\s+){0,4}?to\b)|surg\w*|jump\w*|rise|rose|rising|climb\w*|escalat\w*|exceed\w*|hike)\b/gi],
  ['cut', /\b(?:cut\w*|lower\w*|reduc\w*|slash\w*|par(?:e|ed|es|ing)|eas(?:e|ed|es|ing)|trim\w*|halv\w*|decreas\w*|fell|fall\w*|drop\w*(?=\s+(?:\w+\s+){0,4}?to\b))\b/gi],
  ['threatened', /\b(?:threat\w*|vow\w*|warn\w*|propos\w*|consider\w*|may|might|could|would|poised|plans?|planned|possible|potential|mull\w*|weigh\w*)\b/gi],
  ['imposed', /\b(?:impos\w*|slap\w*|levied|levying|set|sets|introduc\w*|appl(?:y|ied|ies|ying)|announc\w*|hit|won|charg\w*|put|placed|face|faces|facing|will)\b/gi],
];

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
  if (best && best.change === 'imposed' && /\b(?:may|might|could|would|threat\w*|vow\w*|poised|propos\w*|plans?\s+to)\b/i.test(clause.slice(0, best.at))) return 'threatened';
  if (best && (best.change === 'raised' || best.change === 'cut' || best.change === 'imposed') && previousRate !== null) {
    if (rate < previousRate && best.change !== 'cut') return 'cut';
    if (rate > previousRate && best.change !== 'raised') return 'raised';
  }
  if (!best && previousRate !== null) return rate < previousRate ? 'cut' : rate > previousRate ? 'raised' : null;
  return best?.change ?? null;
}
