import type { FigureMention, ParagraphContext, Sentence } from './mentions';
import { decide } from './rules/rule';
import { currencyAfter, currencyBefore } from './figures/currency';
import { noiseSpans } from './figures/noise';
import { notAFigure } from './figures/notFigures';
import { figureIsRules, figureKindRules, figureValueRules } from './figures/kinds';
import { readNumeral } from './figures/grouping';
import { multiplierAt, percentUnitAt, rangeHeadAt, rangeMultiplierAt, rangeUnitAt } from './figures/reading';
import type { NumeralSite } from './figures/site';

// A numeral as written: "1,000", "295.4", "2024", and odd groupings ("12,34") for the checks.
// Not the tail of a longer one ("1.5" inside "21.5").
const NUMERAL = /(?<![\d]|\d[.,])\d+(?:,\d+)*(?:\.\d+)?/g;
const SIGN_BEFORE = /(?:^|[\s(])[-−+]$/;

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
 * ("Section 301", "G20") are skipped (./figures/notFigures.ts); numbers written as words are left
 * out. Each figure's `because` names the rules that kept it, gave its kind and read its value.
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
    const reading = readNumeral(digits);
    let value = reading.value;
    if (!Number.isFinite(value)) continue;

    const prefix = currencyBefore(text.slice(Math.max(0, numStart - 8), numStart));
    let start = numStart - (prefix?.length ?? 0);

    const multiplier = multiplierAt(text.slice(end, end + 16), !!prefix);
    if (multiplier) {
      value *= multiplier.factor;
      end += multiplier.length;
    }
    // "$40-50 billion": the near end takes the far end's multiplier, the far end the near end's currency.
    const rangeMultiplier = prefix && !multiplier ? rangeMultiplierAt(text.slice(end, end + 30)) : null;
    if (rangeMultiplier) value *= rangeMultiplier.factor;
    const head = prefix ? -1 : rangeHeadAt(text.slice(Math.max(0, numStart - 20), numStart));
    const rangeCurrency = head >= 0 ? currencyBefore(text.slice(Math.max(0, numStart - 28), Math.max(0, numStart - 20) + head)) : null;
    const after = text.slice(end, end + 60);
    const percent = prefix ? null : percentUnitAt(after);
    if (percent) end += percent.length;
    // "rising to 10% in 2028 and 15% in 2029": a year joined by "and" to a rate is no range ("between 3 and 9%" is).
    const yearAnd = /^(?:19|20)\d{2}$/.test(digits) && /^\s+and\s/.test(after) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, numStart - 12), numStart));
    const rangeUnit = prefix || percent || multiplier || yearAnd ? null : rangeUnitAt(after);
    const currencyWord = !prefix && !percent && /^\s/.test(after) ? currencyAfter(after.slice(1)) : null;

    const sentence = sentenceAt(sentences, start, text);
    const atSentenceStart = start <= sentence.start || /^\s*$/.test(text.slice(Math.max(sentence.start, start - 8), start)) && start - sentence.start <= 8;
    const site: NumeralSite = {
      before: text.slice(Math.max(0, numStart - 40), numStart),
      after: text.slice(end, end + 40),
      digits,
      hasUnit: !!(prefix || multiplier || percent || currencyWord || rangeUnit),
      sentenceStart: atSentenceStart || headline(sentence),
      prefix,
      multiplier,
      percent,
      rangeUnit,
      rangeMultiplier,
      rangeCurrency,
      currencyWord,
      paragraph: text,
      rest: text.slice(end, end + 60),
    };
    if (notAFigure(site)) continue;
    const is = decide(figureIsRules, site);
    const kind = decide(figureKindRules, site);
    if (!is || !kind) continue;
    const because = [is.rule, kind.rule];
    for (const r of figureValueRules) if (r.when?.(site)) because.push(r.id);

    // A minus or plus glued to the figure is part of it: "-5.85%" in a table of changes.
    if (!prefix && SIGN_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      start -= 1;
      if (text[start] !== '+') value = -value;
      because.push('figure.value.sign');
    }
    if (reading.odd) because.push('figure.value.odd-grouping');
    if (!Number.isFinite(value)) continue;
    out.push({ start, end, text: text.slice(start, end), kind: kind.value.kind, value, unit: kind.value.unit, sentence: sentence.text, sentenceStart: sentence.start, because });
  }
  return out;
}
