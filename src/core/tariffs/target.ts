/**
 * What a tariff applies to, as the article says it: the phrase after "on", "against" or "for"
 * ("tariffs on Chinese imports", "a 20% tariff for its exports"), else a goods word before the
 * tariff word ("25% steel tariffs").
 */
import { countryOfPlace, findActors } from '../countries';

// "on", "against" or "for" right after the rate or tariff word, at most two words on ("tariffs imposed on").
const LEAD = /^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:on|against|for)\s+/iu;
const LEAD_BLOCK = /\b(?:to|and|or|that|which|as|in|of)\s/i;
// Where a target phrase ends: punctuation, a clause word, a following rate or amount.
const STOP =
  /[,;:!?"“”()—–]|(?<!(?:^|[\s.])\p{Lu})\.(?=\s|$)|\s(?:to|by|if|after|as|that|which|who|when|while|with|because|since|until|before|starting|beginning|effective|over|would|will|could|can|may|might|must|should|was|were|is|are|has|have|had|did|does|up\s+to|worth|rose|rise|rises|risen|fell|fall|falls|climbed|jumped|surged|dropped|increased|decreased|declined|went|reached|stood|remained|remain|remains|stay|stayed|now|stand|stands|sit|sits|took|take|takes|taking|kick|kicks|kicked|apply|applies|applied|came|hit|totaled|totalled|not|in\s+reserve)\b|\sfrom\s+(?:the\s+current\s+|a\s+)?[\d$]|\sfrom\s+(?:next|today|tomorrow|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\sin\s+(?:\d|early\b|late\b|mid\b|January|February|March|April|May|June|July|August|September|October|November|December)|\sand\s+(?:(?:a|an|the)\b|\d|[A-Z][a-z]+\s+tariffs)|\s[\d$€£]/u;
const COVERED_TRADE = /^(?:[A-Z]{0,3}[$€£¥]|US\$)?\d[\d.,]*\s?(?:billion|million|trillion|bn|m)?\s*(?:\([^)]{0,30}\)\s*)?(?:worth\s+of|in|of)\s+/;
const TRAILING_PREPOSITION = /(?:\s+(?:at|of|about|around|nearly|roughly|almost|some|between|up|a|an|the))+$/i;
const FUNCTION_START = /^(?:are|is|was|were|be|to|the|a|an|and|or|that|which|it)\b/i;

/** The target phrase starting at `from` in the paragraph, or "". */
function phraseAfter(paragraph: string, from: number, limit: number): string {
  const window = paragraph.slice(from, Math.min(limit, from + 160));
  const lead = LEAD.exec(window);
  if (!lead || LEAD_BLOCK.test(lead[0])) return '';
  // "on $2.4 billion in imports of French champagne": the money is the trade covered, the goods follow.
  const rest = window.slice(lead[0].length).replace(COVERED_TRADE, '');
  const stop = STOP.exec(rest);
  // "tariffs on steel at 25%", "a tariff on cars of 15%": the preposition before the rate is not the goods'.
  const phrase = (stop ? rest.slice(0, stop.index) : rest).trim().replace(TRAILING_PREPOSITION, '');
  const words = phrase.split(/\s+/);
  return words.length > 12 || FUNCTION_START.test(phrase) ? '' : phrase;
}

export interface TargetInput {
  paragraph: string;
  sentenceEnd: number;
  rateEnd: number;
  tariffWord: { start: number; end: number } | null;
}

/** The target of a tariff, or "" when the text does not say. */
export function targetOf({ paragraph, sentenceEnd, rateEnd, tariffWord }: TargetInput): string {
  // "tariffs on Swiss goods … from 39% to 15%": the target follows the tariff word.
  if (tariffWord && tariffWord.end <= rateEnd) {
    const afterWord = phraseAfter(paragraph, tariffWord.end, Math.min(sentenceEnd, rateEnd));
    if (afterWord) return afterWord;
  }
  const after = phraseAfter(paragraph, Math.max(rateEnd, tariffWord?.end ?? 0), sentenceEnd);
  if (after) return after;
  // "25% steel tariffs": words between the rate and the tariff word that are not tariff kinds.
  if (tariffWord && tariffWord.start >= rateEnd) {
    const mods = paragraph
      .slice(rateEnd, tariffWord.start)
      .split(/\s+/)
      .filter((w) => w && !/^(?:retaliatory|punitive|additional|extra|reciprocal|anti-dumping|antidumping|countervailing|safeguard|import|customs|new|proposed|preliminary|final|blanket|baseline|across-the-board|tit-for-tat|emergency|higher|lower|total|average|sectoral|so-called|tariff|-)$/i.test(w));
    return mods.join(' ');
  }
  return '';
}

/** The country a target names ("Swiss goods" → "Switzerland", "raw aluminum from Canada" → "Canada"), "" if none. */
export function countryOfTarget(target: string): string {
  // Only a place or people names an origin: "before the Senate Finance Committee" is not one.
  for (const a of findActors(target)) {
    const country = countryOfPlace(a.text);
    if (country) return country;
  }
  return '';
}
