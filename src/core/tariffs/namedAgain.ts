/**
 * A rate the article has stated, named again by its number alone: "The 19% is a cost", "Does 15%
 * solve the problem?", "eating the 15% or passing it on", "At 50 per cent, we simply weren't
 * competitive". Trade copy does this in quotes and interviews, where no tariff word stands near the
 * number. Read last, over the article's rates as decided: the mention takes the imposer of the nearest
 * rate of the same value (before it, else after it), or its own sentence's when that rate has none, and
 * the goods its own sentence names, else that rate's.
 */
import type { FigureMention } from '../mentions';
import type { Paragraph } from '../paragraphs';
import type { ReadRate } from '../tariffs';
import { notABorderRate, OTHER_MEASURE, OTHER_RATE_WORD, percentAt, rateAt, type PercentAt } from './bareRates';
import { BASE_MOVE_VERBS } from '../lexicon/changeVerbs';
import { rx } from '../lexicon/wordList';
import { TextMemo } from '../memo';
import { APPROXIMATIONS, DIFFERENCE_WORDS, PERCENT_UNIT } from '../lexicon/tariffWords';

// "about 20% of the market", "up to 50%", "more than 10%": an estimate, not a rate said again ("up 4%", "by 12%" are moves, read by notABorderRate).
const APPROXIMATE_BEFORE = rx('iu')`(?<![\p{L}-])(?:${APPROXIMATIONS}|at least)\s+$`;
// "costs 25% more", "41.8% below fair value", "10 percentage points": a difference, not a level.
const DIFFERENCE_AFTER = rx('iu')`^\s*(?:${DIFFERENCE_WORDS})(?![\p{L}-])`;
// The first end of a range before the percent: "rise by 8 to 12 per cent", "fell from 38% to 27%".
const RANGE_START = rx('iu')`(?:from\s+)?\d[\d.,]*\s*${PERCENT_UNIT}?\s*(?:to|and|or|-|–)\s*$`;
// "to fall 15%": a move's size.
const MOVE_BEFORE = rx('iu')`(?<![\p{L}-])${BASE_MOVE_VERBS}\s+$`;
// A sign written with the number, before it or in it: "(+4%)", "-2%".
const SIGNED = /[+−–-]\s*$/u;
const SIGNED_FIGURE = /^[+−–-]/u;

/** The rates of `rates` (sorted by start) with the percents that name one of them again added, in order. */
export function ratesNamedAgain(paragraphs: Paragraph[], figures: FigureMention[], rates: ReadRate[]): ReadRate[] {
  if (!rates.length) return rates;
  const values = new Set(rates.map((t) => t.rate));
  const out: ReadRate[] = [];
  let ri = 0;
  let pi = 0;
  for (const f of figures) {
    if (f.kind !== 'percent' || !values.has(f.value)) continue;
    while (ri < rates.length && rates[ri].end <= f.start) ri++;
    if (ri < rates.length && rates[ri].start < f.end) continue;
    while (pi < paragraphs.length && paragraphs[pi].start + paragraphs[pi].text.length < f.end) pi++;
    const p = paragraphs[pi];
    if (!p || f.start < p.start) continue;
    const r = readings.get(p.text, f.start - p.start, () => readingAt(percentAt(p, f)));
    if (!r) continue;
    // A range's second end is read by the words before its first ("sales to fall 15% to 20%"), unless the first is a rate.
    if (r.rangeBlocked && !rates.some((t) => t.end === p.start + r.rangeEnd)) continue;
    const said = sameValueNear(rates, ri, f.value);
    if (!said) continue;
    const own = r.own;
    out.push({
      ...own, start: f.start, end: f.end, sentenceStart: f.sentenceStart,
      imposer: said.imposer || own.imposer, target: own.target || said.target, previousRate: null, change: null, earlierLevel: false, effective: '', schedule: '',
      because: ['tariff.is.named-again', ...(own.because ?? []).filter((id) => (id.startsWith('tariff.imposer.') && !said.imposer) || (id.startsWith('tariff.target.') && own.target))],
    });
  }
  if (!out.length) return rates;
  return [...rates, ...out].sort((a, b) => a.start - b.start);
}

/** What a percent's own paragraph says of it (null: not a rate named again), remembered by paragraph and place. */
interface Reading {
  /** The end of a range's first number before it, in the paragraph, and whether the words before that number rule the range out. */
  rangeEnd: number;
  rangeBlocked: boolean;
  /** Its own sentence's reading: imposer and goods, when it names them. */
  own: ReadRate;
}
const readings = new TextMemo<Reading | null>();

function readingAt(x: PercentAt): Reading | null {
  if (notAgain(x)) return null;
  const range = RANGE_START.exec(x.before);
  const rangeAt = range ? x.at - x.before.length + range.index : -1;
  const rangeEnd = range ? rangeAt + range[0].replace(/\s*(?:to|and|or|-|–)\s*$/iu, '').length : -1;
  const rangeBlocked = range !== null && notAgain({ ...x, before: x.before.slice(0, range.index) });
  return { rangeEnd, rangeBlocked, own: { ...rateAt(x, 'tariff.is.named-again'), earlierLevel: false, effective: '', schedule: '' } };
}

/** The words around a percent say it is a share, a move, an estimate or another measure, not a rate named again. */
function notAgain(x: PercentAt): boolean {
  const { before, after } = x;
  if (notABorderRate(x) || APPROXIMATE_BEFORE.test(before) || MOVE_BEFORE.test(before) || SIGNED.test(before) || SIGNED_FIGURE.test(x.f.text) || DIFFERENCE_AFTER.test(after)) return true;
  return OTHER_RATE_WORD.test(before.slice(-40)) || OTHER_MEASURE.test(before.slice(-40)) || OTHER_MEASURE.test(after.slice(0, 25));
}

/** The rate of value `value` nearest before index `at` of `rates`, else the first after it. */
function sameValueNear(rates: ReadRate[], at: number, value: number): ReadRate | undefined {
  for (let i = at - 1; i >= 0; i--) if (rates[i].rate === value) return rates[i];
  for (let i = at; i < rates.length; i++) if (rates[i].rate === value) return rates[i];
  return undefined;
}
