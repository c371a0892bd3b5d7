/**
 * "Washington slapped Brazil with a 50% tariff", "the EU hit U.S. whiskey with a 25% duty": the
 * country (or its goods) hit stands between the verb and "with"; the one before the verb imposes.
 */
import { findActors, type ActorMention } from '../countries';
import { rx } from '../lexicon/wordList';
import { HIT_WITH_VERBS } from '../lexicon/changeVerbs';

const VERB_AT_END = rx('iu')`(?<![\p{L}-])${HIT_WITH_VERBS}\s+$`;
// From the country hit to the rate: an owner's goods, then "with a|an|the …", two words at most.
const WITH_AFTER = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,3}?\s+with\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

const WITH_NEAR = /(?<![\p{L}-])with\s+(?:[\p{L}-]+\s+){0,3}$/u;

export interface HitWith {
  imposer: ActorMention;
  hit: ActorMention;
  /** The words hit, as written: "Brazil", "U.S. whiskey". */
  target: string;
}

/** The imposer and the country hit when the rate at `rateStart` closes "<A> <verb> <B> with a …", else null. */
export function hitWith(paragraph: string, sentenceStart: number, rateStart: number): HitWith | null {
  // Asked for every rate by an imposer and a target rule: most rates have no "with" right before them.
  if (!WITH_NEAR.test(paragraph.slice(Math.max(sentenceStart, rateStart - 40), rateStart))) return null;
  const actors = findActors(paragraph).filter((a) => a.start >= sentenceStart && a.end <= rateStart);
  for (let k = actors.length - 1; k >= 1; k--) {
    const hit = actors[k];
    const gap = paragraph.slice(hit.end, rateStart);
    if (!WITH_AFTER.test(gap)) continue;
    const verb = VERB_AT_END.exec(paragraph.slice(Math.max(sentenceStart, hit.start - 60), hit.start));
    if (!verb) return null;
    const imposer = actors.slice(0, k).pop()!;
    if (imposer.country === hit.country) return null;
    const target = paragraph.slice(hit.start, rateStart).replace(/\s+with\s[\s\S]*$/u, '').trim();
    return { imposer, hit, target };
  }
  return null;
}
