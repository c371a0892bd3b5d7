/**
 * Rates stated with no tariff word in their paragraph, in an article about duties: "Britain's rate
 * is 10%", "raising the rate to 50%", "trucks face 35% and 25%". Read only at the document level,
 * where it is known that the story is a duty story and which paragraphs are about duties.
 */
import type { FigureMention, TariffMention } from '../mentions';
import type { Paragraph } from '../paragraphs';
import { measuresSomethingElse } from './governs';
import { previousRateOf } from './change';
import { imposerDecision } from './imposer';
import { countryOfTarget, targetDecision } from './target';
import { findActors, type ActorMention } from '../countries';
import { rx } from '../lexicon/wordList';
import { APPROXIMATIONS, BURDEN_VERBS, OTHER_MEASURE_WORDS, OTHER_RATE_NAMES, RATE_LINKS } from '../lexicon/tariffWords';
import { PRICE_MOVE_VERBS } from '../lexicon/changeVerbs';

// "the rate to 50%", "Britain's rate is 10%", "the rate on trucks stays at 25%", "rates of 35%":
// a rate word then at most nine words ("the rate on most EU wine and beer would rise from 15%") ending in a
// linking word right before the percent.
const RATE_BEFORE = rx('iu')`(?<![\p{L}-])rates?(?![\p{L}-])((?:\s+[\p{L}'’.-]+){0,9}?)\s+${RATE_LINKS}\s+(?:${APPROXIMATIONS}\s+)?$`;
// "a 50% rate", "a flat 15 percent rate".
const RATE_AFTER = /^\s*(?:[\p{L}-]+\s+)?rates?(?![\p{L}-])/iu;
// "goods face 35%", "importers pay 25%", "it charges 10%", "levied at 20%".
const BURDEN_BEFORE = rx('iu')`(?<![\p{L}-])${BURDEN_VERBS}\s+(?:us\s+|them\s+)?(?:an?\s+|the\s+)?(?:rate\s+of\s+|combined\s+|flat\s+|additional\s+|extra\s+)?$`;
// "coffee pays 8% in China", "China charges us 5.5% on carbonate": where the burden falls, or on what, right after it.
const BURDEN_WHERE = /^\s+(?:in\s+(?:the\s+)?\p{Lu}|on\s+(?:the\s+)?\p{Ll})/u;
// "35% and 25%", "from 15% to 30%": a second rate joined to one just found.
const JOINED = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+)$/i;
// Words nearby that name another measure than a border charge.
export const OTHER_MEASURE = rx('iu')`(?<![\p{L}-])${OTHER_MEASURE_WORDS}(?![\p{L}-])`;
export const OTHER_RATE_WORD = rx('iu')`(?<![\p{L}-])${OTHER_RATE_NAMES}\s+rates?\s*`;
// Price-change verbs right before: "prices climb 10%", "rose to 30%".
export const CHANGE_TO = rx('iu')`(?<![\p{L}-])${PRICE_MOVE_VERBS}\s+(?:to\s+)?$`;

// What follows a country's possessive in "Britain's rate".
const RATE_NEXT = /^\s+rates?(?![\p{L}-])/u;

/** Is this a duty story: at least two duty paragraphs, or the first paragraph (headline or lead) about duties? */
export function isDutyStory(paragraphs: Paragraph[], duty: Map<number, string>): boolean {
  return duty.size >= 2 || (paragraphs.length > 0 && duty.has(paragraphs[0].start));
}

/**
 * Rates governed by "rate" in paragraphs within two of a duty paragraph, or by "face", "pay",
 * "charge" or "levied at" in one next to a duty paragraph, in a duty story, unless the words around them name another measure. Offsets are the
 * document's; an imposer the sentence does not name is left to the inheritance that follows.
 */
export function bareRates(paragraphs: Paragraph[], figures: FigureMention[], known: TariffMention[], duty: Map<number, string>): TariffMention[] {
  if (!isDutyStory(paragraphs, duty)) return [];
  const taken = new Set(known.map((t) => t.start));
  // A paragraph of rates read already (a table, a list) is about duties too: "Cars still face 10%" may follow it.
  const dutyIndex = paragraphs.map((p) => duty.has(p.start));
  const starts = known.map((t) => t.start).sort((a, b) => a - b);
  let ki = 0;
  const nearIndex = paragraphs.map((p, i) => {
    while (ki < starts.length && starts[ki] < p.start) ki++;
    return dutyIndex[i] || (ki < starts.length && starts[ki] < p.start + p.text.length);
  });
  const out: TariffMention[] = [];
  let fi = 0;
  paragraphs.forEach((p, i) => {
    const end = p.start + p.text.length;
    // The paragraph's percentages are figures [first, fi) that start in it; counted, not listed (a list
    // per paragraph and a slice of its neighbours, at every keystroke: about 30 KB of 3 MB).
    const first = fi;
    let percents = 0;
    while (fi < figures.length && figures[fi].start < end) {
      if (figures[fi].start >= p.start && figures[fi].kind === 'percent') percents++;
      fi++;
    }
    // Paragraphs about duties were read on their own; only their neighbours are read here.
    if (dutyIndex[i] || !percents) return;
    // A "rate" reaches two paragraphs from a duty paragraph; "face", "pay" and "charge" only the next one.
    let near = false;
    for (let k = Math.max(0, i - 2); k < Math.min(nearIndex.length, i + 3) && !near; k++) near = Boolean(nearIndex[k]);
    const adjacent = Boolean(nearIndex[i - 1] || nearIndex[i + 1]);
    let previous: { end: number; sentenceStart: number } | null = null;
    for (let k = first; k < fi; k++) {
      const f = figures[k];
      if (f.start < p.start || f.kind !== 'percent' || taken.has(f.start)) continue;
      const x = percentAt(p, f);
      const { at, before, after } = x;
      // Away from the duty paragraphs only a burden that says where or on what it falls: "coffee pays 8% in China".
      if (!near && !(BURDEN_WHERE.test(after) && BURDEN_BEFORE.test(before))) continue;
      const rateBefore = near ? RATE_BEFORE.exec(before) : null;
      // "the furniture rate is scheduled to rise to 30%": a rate that moves to a level states the level.
      if (notABorderRate(x, { rateMoves: rateBefore !== null })) continue;
      const joined = previous !== null && previous.sentenceStart === f.sentenceStart && JOINED.test(p.text.slice(previous.end - p.start, at));
      const governed = !near || rateBefore !== null || RATE_AFTER.test(after) || (adjacent && (joined || BURDEN_BEFORE.test(before)));
      if (!governed) continue;
      // Another measure in the words that govern it: "the interest rate is 5%", "a 10% price rise".
      const local = rateBefore ? before.slice(Math.max(0, rateBefore.index - 25)) : before.slice(-40);
      if (OTHER_RATE_WORD.test(local) || OTHER_MEASURE.test(local) || OTHER_MEASURE.test(after.slice(0, 25))) continue;
      previous = { end: f.end, sentenceStart: f.sentenceStart };
      const word = rateBefore ? { start: at - before.length + rateBefore.index, end: at - before.length + rateBefore.index + 4 } : null;
      // "the rate on trucks stays at 25%": the goods sit between the rate word and its verb.
      const aimed = rateBefore
        ? targetDecision({ paragraph: p.text, sentenceEnd: x.sentenceEnd, rateEnd: at - before.length + rateBefore.index + /^\S+/.exec(rateBefore[0])![0].length + rateBefore[1].length, tariffWord: word })
        : undefined;
      // "Britain's rate is 10%" in a duty story is the rate Britain's goods pay, not one Britain sets.
      out.push(rateAt(x, 'tariff.is.bare-rate', { aimed, word, actor: (a) => !(/['’]s$/.test(a.text) && RATE_NEXT.test(p.text.slice(a.end, a.end + 12))) }));
    }
  });
  return out;
}

/** A percent of a paragraph, with its offsets there and the words either side that decide whether it is a rate. */
export interface PercentAt {
  p: Paragraph;
  f: FigureMention;
  /** The percent's offset, and its sentence's start and end, in the paragraph. */
  at: number;
  sentenceAt: number;
  sentenceEnd: number;
  /** Up to 80 characters of its sentence before it, 60 after it. */
  before: string;
  after: string;
}

export function percentAt(p: Paragraph, f: FigureMention): PercentAt {
  const at = f.start - p.start;
  const sentenceAt = Math.max(0, f.sentenceStart - p.start);
  return {
    p, f, at, sentenceAt,
    sentenceEnd: Math.min(p.text.length, sentenceAt + f.sentence.length),
    before: p.text.slice(Math.max(sentenceAt, at - 80), at),
    after: p.text.slice(at + f.text.length, at + f.text.length + 60),
  };
}

/**
 * The words around a percent make it another measure, a price move, or a share "of" something.
 * `rateMoves`: a rate word governs the percent, so a move to it is the rate's ("the furniture rate is
 * scheduled to rise to 30%"), not a price's.
 */
export function notABorderRate({ before, after }: PercentAt, { rateMoves = false } = {}): boolean {
  return measuresSomethingElse(before, after) || (!rateMoves && CHANGE_TO.test(before)) || /^\s*of\b/i.test(after);
}

/**
 * The rate a document-level pass reads at `x` (`rule` says why it is one): its goods and imposer from its own
 * sentence. `aimed` is a target decided already; `word` the rate word that governs it; `actor` which of the
 * sentence's countries may impose it.
 */
export function rateAt(
  x: PercentAt,
  rule: string,
  how: { aimed?: { target: string; rule: string } | null; word?: { start: number; end: number } | null; actor?: (a: ActorMention) => boolean } = {},
): TariffMention {
  const { p, f, at, sentenceAt, sentenceEnd, before, after } = x;
  const word = how.word ?? null;
  const aimed = how.aimed !== undefined ? how.aimed : targetDecision({ paragraph: p.text, sentenceStart: sentenceAt, sentenceEnd, rateStart: at, rateEnd: at + f.text.length, tariffWord: word });
  const target = aimed?.target ?? '';
  const actors = findActors(p.text).filter((a) => a.start >= sentenceAt && a.end <= sentenceEnd && (!how.actor || how.actor(a)));
  const named = imposerDecision({ paragraph: p.text, sentenceStart: sentenceAt, sentenceEnd, anchor: word?.start ?? at, tariffWordStart: word?.start ?? null, actors, targetCountry: countryOfTarget(target) });
  return {
    start: f.start, end: f.end, text: f.text, rate: f.value, imposer: named?.country ?? '', target,
    previousRate: previousRateOf(before, after), change: null, sentence: f.sentence, sentenceStart: f.sentenceStart,
    because: [rule, named?.rule, aimed?.rule].filter(Boolean) as string[],
  };
}
