import type { FigureMention, ParagraphContext, Sentence } from './mentions';
import type { FigureKind } from './types';
import { currencyAfter, currencyBefore, yenOrYuan } from './figures/currency';
import { isNotFigure, noiseSpans } from './figures/notFigures';
import { countedNoun, multiplierAt, percentUnitAt, rangeUnitAt } from './figures/reading';

// A numeral as written: "1,000", "295.4", "2024". Not the tail of a longer one ("1.5" inside "21.5").
const NUMERAL = /(?<![\d]|\d[.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;
const SIGN_BEFORE = /(?:^|[\s(])[-−+]$/;

const KIND_OF_UNIT = { '%': 'percent', pp: 'percentagePoints', bp: 'basisPoints' } as const;

/** Most words of the sentence are capitalized: a headline, where capitals say nothing about names. */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

function sentenceAt(sentences: Sentence[], at: number, text: string): Sentence {
  return sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length, text };
}

/**
 * Finds money, percentages, percentage/basis points and counts written with a numeral. Each figure's
 * span is minimal: currency sign and multiplier/percent words in, the counted noun out
 * ("$295.4 billion", "35 percent", "46 million" tires). Years, dates, times, ordinals and labels
 * ("Section 301", "G20") are skipped; numbers written as words are left out.
 */
export function findFigures(ctx: ParagraphContext): FigureMention[] {
  const { text, sentences } = ctx;
  const out: FigureMention[] = [];
  const noise = noiseSpans(text);
  const titleCase = new Map<number, boolean>();
  const headline = (s: Sentence): boolean => {
    let v = titleCase.get(s.start);
    if (v === undefined) titleCase.set(s.start, (v = isTitleCase(s.text)));
    return v;
  };
  for (const m of text.matchAll(NUMERAL)) {
    const numStart = m.index ?? 0;
    const digits = m[0];
    let end = numStart + digits.length;
    if (noise.some(([a, b]) => numStart >= a && numStart < b)) continue;
    let value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;

    const prefix = currencyBefore(text.slice(Math.max(0, numStart - 8), numStart));
    let start = numStart - (prefix?.length ?? 0);
    let currency = prefix ? prefix.code || yenOrYuan(text) : '';

    const mult = multiplierAt(text.slice(end, end + 16), !!prefix);
    if (mult) {
      value *= mult.factor;
      end += mult.length;
    }
    const after = text.slice(end, end + 60);
    const pct = prefix ? null : percentUnitAt(after);
    if (pct) end += pct.length;
    const rangeUnit = prefix || pct || mult ? null : rangeUnitAt(after);
    const word = !prefix && !pct && /^\s/.test(after) ? currencyAfter(after.slice(1)) : null;
    if (word) currency = word.code;

    const sentence = sentenceAt(sentences, start, text);
    const hasUnit = !!(prefix || mult || pct || word || rangeUnit);
    const before = text.slice(Math.max(0, numStart - 40), numStart);
    const atSentenceStart = start <= sentence.start || /^\s*$/.test(text.slice(Math.max(sentence.start, start - 8), start)) && start - sentence.start <= 8;
    if (isNotFigure({ before, after: text.slice(end, end + 40), digits, hasUnit, sentenceStart: atSentenceStart || headline(sentence) })) continue;

    // A minus or plus glued to the figure is part of it: "-5.85%" in a table of changes.
    if (!prefix && SIGN_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      start -= 1;
      if (text[start] !== '+') value = -value;
    }
    if (!Number.isFinite(value)) continue;

    const unitOfPercent = pct?.unit ?? rangeUnit;
    const kind: FigureKind = unitOfPercent ? KIND_OF_UNIT[unitOfPercent] : currency ? 'money' : 'count';
    const unit = unitOfPercent ?? (currency || countedNoun(text.slice(end, end + 60)));
    out.push({ start, end, text: text.slice(start, end), kind, value, unit, sentence: sentence.text, sentenceStart: sentence.start });
  }
  return out;
}
