/**
 * A second rate in the sentence of a rate already found, joined to it by the way trade copy lists
 * rates: "Yeosu Petrochem pays 7.5 percent, while … other Korean exporters 9.1 percent", "shipments
 * above them pay 50% instead of the previous 25%", "Tobacco attracts 100% and alcohol 50%". Read at the
 * document level, after the other passes; offsets are the document's.
 */
import type { FigureMention, TariffMention } from '../mentions';
import type { Paragraph } from '../paragraphs';
import { rx } from '../lexicon/wordList';
import { DUTY_BURDEN_VERBS, SIBLING_LINKS, SIBLING_MODIFIERS } from '../lexicon/tariffWords';
import { OTHER_MEASURE, OTHER_RATE_WORD, notABorderRate, percentAt, rateAt } from './bareRates';

// The link right before the rate, past up to two modifiers: "instead of the previous 25%", ", while … pays 9.1%".
const LINK_BEFORE = rx('iu')`(?:(?<![\p{L}-])(?:${SIBLING_LINKS}|${DUTY_BURDEN_VERBS})|,)\s+(?:${SIBLING_MODIFIERS}\s+){0,2}$`;
const PLUS_ON_GOODS_BEFORE = /(?<![\p{L}-])plus\s+$/iu;
/** How far a sibling may stand from the rate found: within one clause or two of a sentence. */
const REACH = 140;

export function siblingRates(paragraphs: Paragraph[], figures: FigureMention[], known: TariffMention[]): TariffMention[] {
  if (!known.length) return [];
  const taken = new Set(known.map((t) => t.start));
  const bySentence = new Map<number, TariffMention[]>();
  for (const t of known) (bySentence.get(t.sentenceStart) ?? bySentence.set(t.sentenceStart, []).get(t.sentenceStart)!).push(t);
  const out: TariffMention[] = [];
  let pi = 0;
  for (const f of figures) {
    if (f.kind !== 'percent' || taken.has(f.start)) continue;
    const mates = bySentence.get(f.sentenceStart);
    if (!mates) continue;
    while (pi < paragraphs.length - 1 && paragraphs[pi].start + paragraphs[pi].text.length < f.start) pi++;
    const p = paragraphs[pi];
    if (f.start < p.start) continue;
    const x = percentAt(p, f);
    const { at, before, after } = x;
    // ", plus 10% on softwood lumber": "plus" adds a rate on other goods, not a move of 10%.
    const added = PLUS_ON_GOODS_BEFORE.test(before) && /^\s+on\s/.test(after);
    if (notABorderRate(added ? { ...x, before: before.replace(PLUS_ON_GOODS_BEFORE, ' ') } : x) || !LINK_BEFORE.test(before)) continue;
    // The nearest rate found, and nothing between them that names another measure ("… exports fell 4%").
    const mate = mates.reduce((a, b) => (Math.abs(b.start - f.start) < Math.abs(a.start - f.start) ? b : a));
    const gap = f.start < mate.start ? p.text.slice(at, mate.start - p.start) : p.text.slice(mate.end - p.start, at);
    if (gap.length > REACH || OTHER_MEASURE.test(gap) || OTHER_RATE_WORD.test(gap) || OTHER_MEASURE.test(after.slice(0, 25))) continue;
    out.push(rateAt(x, 'tariff.is.sibling-rate'));
  }
  return out;
}
