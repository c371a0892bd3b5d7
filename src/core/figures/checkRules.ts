/**
 * The checks on figures as rule records. Two lists:
 * - `pairingRules`: which change belongs to which level in a sentence ("exports fell 4.1% to
 *   $88.2bn while imports rose 2.6% to $141.7bn": each percentage with its own level). They look at
 *   figures joined by a few linking words only, never at every level of the sentence.
 * - `apartRules`: why two figures in different sentences do NOT state the same quantity (another
 *   measure, subject, period, a forecast beside a result…). Only a pair no rule keeps apart is
 *   "stated differently".
 * The rules that make a check are registered (./rules.ts) and named in the check's `because` and
 * in the `because` of the figure it is about; the rules that keep figures apart or find a change
 * that agrees make no fact and are tested as tables in test/unit/figureChecks.test.ts.
 */
import type { Rule, RuleExample } from '../rules/rule';
import { decide } from '../rules/rule';
import type { FigureCheckKind } from '../types';
import type { FigureReading } from '../figureWords';
import { linkWords, precisionOf } from '../figureWords';
import { APPROXIMATORS, CHANGE_LINKS } from '../lexicon/measures';
import { rx } from '../lexicon/wordList';

/** Up to three figures of a group in a row, and the words between them. */
export interface Window {
  a: FigureReading;
  b: FigureReading;
  c?: FigureReading;
  /** Words between a and b, between b and c. */
  ab: string;
  bc: string;
}

/** What a pairing rule found: the check to make (null: nothing to flag) and how many figures it used. */
export interface Pairing {
  kind: FigureCheckKind | null;
  /** The figure the check is about, then the others. */
  about: FigureReading;
  others: FigureReading[];
  used: number;
  /** The implied value and what it is of ("the earlier value", "2023", "the change"). */
  implied?: { kind: 'money' | 'count' | 'percent' | 'percentagePoints'; unit: string; value: number };
  of?: string;
  message: string;
}

const TO = rx('i')`^\s*(?:to|at)\s+(?:${APPROXIMATORS}\s+)?$`;
const FROM = rx('i')`^\s*(?:up\s+|down\s+)?from\s+(?:${APPROXIMATORS}\s+)?$`;
const TO_ONLY = /^\s*to\s+$/i;
const THEN_CHANGE = rx('i')`^\s*,\s*(?:${CHANGE_LINKS}\s+)?(?:(?:a|an)\s+)?$`;

/** The near end of a range ("$40" of "$40-50 billion"): no single level to compute with. */
const inRange = (r: FigureReading) => r.figure.because.includes('figure.value.range-multiplier');
const isLevel = (r: FigureReading) => r.figure.kind === 'money' || r.figure.kind === 'count';
const isChange = (r: FigureReading) => r.role === 'change' && r.direction !== 0 && (r.figure.kind === 'percent' || r.figure.kind === 'percentagePoints');
/** The level a change applies to: money or a count for a percentage, a percentage for points. */
const levelFor = (change: FigureReading, level: FigureReading) =>
  change.figure.kind === 'percent' ? isLevel(level) : level.figure.kind === 'percent' && level.role !== 'change';
const sameUnit = (x: FigureReading, y: FigureReading) => x.figure.kind === y.figure.kind && x.figure.unit === y.figure.unit;
const round = (v: number) => Math.round(v * 1000) / 1000;

/** The value at the other end of a change. */
function otherEnd(level: FigureReading, change: FigureReading, levelIsEarlier: boolean): number | null {
  const c = change.direction * change.figure.value;
  if (change.figure.kind === 'percentagePoints') return round(levelIsEarlier ? level.figure.value + c : level.figure.value - c);
  const factor = 1 + c / 100;
  if (factor <= 0) return null;
  return round(levelIsEarlier ? level.figure.value * factor : level.figure.value / factor);
}

const amountText = (r: FigureReading, value: number) => {
  const { kind, unit } = r.figure;
  return { kind, unit, value } as Pairing['implied'] & object;
};

/** "rose 2.6%" or "a 5.8% increase": the change as the sentence words it. */
const changePhrase = (c: FigureReading) => {
  const words = c.changeWords || (c.direction > 0 ? 'rise' : 'fall');
  const at = c.figure.start - c.figure.sentenceStart;
  return c.figure.sentence.slice(at + c.figure.text.length, at + c.figure.text.length + 40).toLowerCase().trimStart().startsWith(words)
    ? `a ${c.figure.text} ${words}${c.base ? ` from ${c.base}` : ''}`
    : `${words} ${c.figure.text}`;
};

function impliedPair(change: FigureReading, level: FigureReading, levelIsEarlier: boolean, format: (r: FigureReading, v: number) => string, levelFirst = false): Omit<Pairing, 'used'> | null {
  const v = otherEnd(level, change, levelIsEarlier);
  if (v === null) return null;
  const of = levelIsEarlier ? 'the later value' : change.base || 'the earlier value';
  return {
    kind: 'implied',
    about: level,
    others: [change],
    implied: amountText(level, v),
    of,
    message: `${levelFirst ? `${level.figure.text}, ${changePhrase(change)}` : `${changePhrase(change)} ${levelIsEarlier ? 'from' : 'to'} ${level.figure.text}`}: implies ${of} was about ${format(level, v)}.`,
  };
}

/** The percentage change two levels make, and the range rounding allows. */
function changeBetween(from: FigureReading, to: FigureReading): { pct: number; low: number; high: number } | null {
  const [a, b] = [from.figure.value, to.figure.value];
  if (a <= 0) return null;
  const [pa, pb] = [precisionOf(from.figure), precisionOf(to.figure)];
  const sa = pa.step / 2 + pa.approx * a;
  const sb = pb.step / 2 + pb.approx * b;
  const pct = ((b - a) / a) * 100;
  const low = ((b - sb - (a + sa)) / (a + sa)) * 100;
  const high = a - sa > 0 ? ((b + sb - (a - sa)) / (a - sa)) * 100 : Infinity;
  return { pct: round(pct), low, high };
}

/** Does the stated change fit the two levels, once everything is rounded as written? */
function agrees(change: FigureReading, from: FigureReading, to: FigureReading): boolean | null {
  const between = changeBetween(from, to);
  if (!between) return null;
  const p = precisionOf(change.figure);
  const stated = change.direction * change.figure.value;
  const slack = p.step / 2 + p.approx * change.figure.value + 1e-9;
  return stated + slack >= between.low && stated - slack <= between.high;
}

/** The three orders a stated change and its two levels are written in. */
function fromTo(w: Window): { change: FigureReading; from: FigureReading; to: FigureReading } | null {
  const { a, b, c } = w;
  if (!c) return null;
  if (isChange(a) && levelFor(a, b) && sameUnit(b, c) && FROM.test(w.ab) && TO_ONLY.test(w.bc)) return { change: a, from: b, to: c };
  if (isChange(a) && levelFor(a, b) && sameUnit(b, c) && TO.test(w.ab) && FROM.test(w.bc)) return { change: a, from: c, to: b };
  if (isChange(c) && levelFor(c, a) && sameUnit(a, b) && a.role === 'earlier' && TO_ONLY.test(w.ab) && THEN_CHANGE.test(w.bc)) return { change: c, from: a, to: b };
  return null;
}

type Formatter = (r: FigureReading, v: number) => string;
type PairCtx = Window & { format: Formatter };

const ex = (text: string, fact: string): RuleExample => ({ text, fact });

/** A stated change that does not fit its two levels: flagged. */
const changeMismatch: Rule<PairCtx, Pairing> = {
  id: 'figure.check.change-mismatch.from-to', kind: 'figure', decides: 'check', anchor: 'a change joined to "from X to Y" by a few words',
  reason: 'The stated change does not fit the two levels it joins: one of the three is wrong.',
  when: (w) => {
    const t = fromTo(w);
    if (!t || agrees(t.change, t.from, t.to) !== false) return null;
    const between = changeBetween(t.from, t.to)!;
    return {
      kind: 'change-mismatch',
      about: t.change,
      others: [t.from, t.to],
      used: 3,
      implied: { kind: 'percent', unit: '%', value: between.pct },
      of: 'the change',
      message: `From ${t.from.figure.text} to ${t.to.figure.text} is a change of ${between.pct > 0 ? '+' : ''}${between.pct}%, but the sentence states ${changePhrase(t.change)}.`,
    };
  },
  examples: [
    ex('Shipments rose 6% from $100 million to $112 million in the year.', '6%'),
    ex('Copper exports climbed 15% to $2.3 billion from $2.5 billion a year earlier.', '15%'),
  ],
  counterExamples: [ex('Shipments rose 12% from $100 million to $112 million in the year.', '12%'), ex('Exports rose 2.6% to $141.7bn.', '2.6%')],
};

/** A stated change that fits its two levels: nothing to flag, and the levels are taken. */
const changeAgrees: Rule<PairCtx, Pairing> = {
  id: 'figure.check.agrees.from-to', kind: 'figure', decides: 'check', anchor: 'a change joined to "from X to Y" that fits them',
  reason: 'The stated change fits the two levels it joins.',
  when: (w) => {
    const t = fromTo(w);
    return t && { kind: null, about: t.change, others: [], used: 3, message: '' };
  },
  examples: [ex('Shipments rose 12% from $100 million to $112 million in the year.', '12%')],
  counterExamples: [ex('Shipments rose 6% from $100 million to $112 million in the year.', '6%')],
};

const changeToLevel: Rule<PairCtx, Pairing> = {
  id: 'figure.check.implied.change-to-level', kind: 'figure', decides: 'check', anchor: 'a change, then "to" and a level ("rose 2.6% to $141.7bn")',
  reason: 'A change "to" a level implies the value before it.',
  when: (w) => {
    if (!isChange(w.a) || !levelFor(w.a, w.b) || w.b.role === 'earlier' || !TO.test(w.ab)) return null;
    const p = impliedPair(w.a, w.b, false, w.format);
    return p && { ...p, used: 2 };
  },
  examples: [
    ex('Exports fell 4.1% to $88.2bn while imports rose 2.6% to $141.7bn.', '$141.7bn'),
    ex('Exports fell 4.1% to $88.2bn while imports rose 2.6% to $141.7bn.', '$88.2bn'),
    ex('The jobless rate rose 0.3 percentage points to 4.1% in May.', '4.1%'),
  ],
  counterExamples: [ex('Tariffs of 25% apply to $300bn of goods.', '$300bn'), ex('Exports rose 10% and reached a record, while the port handled $5bn of cargo.', '$5bn')],
};

const changeFromLevel: Rule<PairCtx, Pairing> = {
  id: 'figure.check.implied.change-from-level', kind: 'figure', decides: 'check', anchor: 'a change, then "from" and a level ("climbed 25% from $40 million")',
  reason: 'A change "from" a level implies the value after it.',
  when: (w) => {
    if (!isChange(w.a) || !levelFor(w.a, w.b) || !FROM.test(w.ab)) return null;
    const p = impliedPair(w.a, w.b, true, w.format);
    return p && { ...p, used: 2 };
  },
  examples: [ex('Sales climbed 25% from $40 million in the first year.', '$40 million')],
  counterExamples: [ex('Sales climbed 25% to $40 million in the first year.', '$40 million'), ex('Sales of $40 million were flat.', '$40 million')],
};

const levelThenChange: Rule<PairCtx, Pairing> = {
  id: 'figure.check.implied.level-then-change', kind: 'figure', decides: 'check', anchor: 'a level, a comma and a change ("$295.4 billion, a 5.8% increase")',
  reason: 'A level followed by its change implies the value before it.',
  when: (w) => {
    if (w.a.role !== 'level' || !isChange(w.b) || !levelFor(w.b, w.a) || !THEN_CHANGE.test(w.ab)) return null;
    const p = impliedPair(w.b, w.a, false, w.format, true);
    return p && { ...p, used: 2 };
  },
  examples: [
    ex('The deficit reached $295.4 billion, a 5.8% increase from 2023.', '$295.4 billion'),
    ex('Soybean sales came to $12.8bn, down 19% on the year.', '$12.8bn'),
  ],
  counterExamples: [ex('The deficit reached $295.4 billion; separately, wages posted a 5.8% increase.', '$295.4 billion')],
};

const fromToLevels: Rule<PairCtx, Pairing> = {
  id: 'figure.check.implied.from-to-levels', kind: 'figure', decides: 'check', anchor: '"from" a level "to" another of the same unit',
  reason: 'Two levels joined by "from … to" imply the change between them.',
  when: (w) => {
    const [from, to] = w.a.role === 'earlier' && TO_ONLY.test(w.ab) ? [w.a, w.b] : TO.test(w.a.figure.sentence.slice(Math.max(0, w.a.figure.start - w.a.figure.sentenceStart - 4), w.a.figure.start - w.a.figure.sentenceStart)) && FROM.test(w.ab) ? [w.b, w.a] : [null, null];
    if (!from || !to || !sameUnit(from, to) || !isLevel(from) || [from, to].some(inRange)) return null;
    const between = changeBetween(from, to);
    if (!between) return null;
    return {
      kind: 'implied',
      about: to,
      others: [from],
      used: 2,
      implied: { kind: 'percent', unit: '%', value: between.pct },
      of: 'the change',
      message: `From ${from.figure.text} to ${to.figure.text} is a change of ${between.pct > 0 ? '+' : ''}${between.pct}%.`,
    };
  },
  examples: [ex('Wine exports slid from $1.1 billion to $800 million after the duties.', '$800 million'), ex('Wine exports rose to $1.2 billion from $1 billion.', '$1.2 billion')],
  counterExamples: [ex('Wine exports were $1.1 billion, and beer sales hit $800 million.', '$800 million')],
};

/** Which figures of a group go together, in order; the first that applies decides. */
export const pairingRules: readonly Rule<PairCtx, Pairing>[] = [changeMismatch, changeAgrees, changeToLevel, changeFromLevel, levelThenChange, fromToLevels];

/** Pairs the figures of one group (figures joined by linking words), left to right. */
export function pairGroup(group: FigureReading[], format: Formatter): Array<Pairing & { rule: string }> {
  const out: Array<Pairing & { rule: string }> = [];
  const gap = (x: FigureReading, y: FigureReading) => linkWords(x.figure, y.figure);
  for (let i = 0; i + 1 < group.length; ) {
    const [a, b, c] = [group[i], group[i + 1], group[i + 2]];
    const found = decide(pairingRules, { a, b, c, ab: gap(a, b), bc: c ? gap(b, c) : '', format });
    if (!found) {
      i++;
      continue;
    }
    if (found.value.kind) out.push({ ...found.value, rule: found.rule });
    i += found.value.used;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stated differently: two figures in different sentences.

/** Two figures of the same kind and unit in different sentences. */
export interface Pair {
  x: FigureReading;
  y: FigureReading;
}

const overlap = (p: string[], q: string[]) => p.some((v) => q.includes(v));

/** Why two figures do not state the same quantity; the first that applies keeps them apart. */
export const apartRules: readonly Rule<Pair, true>[] = [
  {
    id: 'figure.check.apart.within-rounding', kind: 'figure', decides: 'statedDifferently', anchor: 'values that agree once rounded as written',
    reason: 'The two values agree once rounded as written ("$295 billion" for $295.4 billion).',
    when: ({ x, y }) => {
      const [p, q] = [precisionOf(x.figure), precisionOf(y.figure)];
      const big = Math.max(Math.abs(x.figure.value), Math.abs(y.figure.value));
      return Math.abs(x.figure.value - y.figure.value) <= (Math.max(p.step, q.step) / 2 + Math.max(p.approx, q.approx) * big) * 1.000001;
    },
    verdict: true,
    examples: [ex('Exports were $295.4 billion last year. Officials put exports last year at about $295 billion.', '$295 billion')],
    counterExamples: [ex('Exports were $295.4 billion last year. Officials put exports last year at $281 billion.', '$281 billion')],
  },
  {
    id: 'figure.check.apart.not-actual', kind: 'figure', decides: 'statedDifferently', anchor: 'forecast, expected, estimate, target, would, could… in either clause',
    reason: 'One is a forecast, expectation, estimate or target, not the result.',
    when: ({ x, y }) => !!(x.notActual || y.notActual), verdict: true,
    examples: [ex('Economists had expected exports to rise 2.5% in May. Exports rose 4.8% in May.', '4.8%')],
    counterExamples: [ex('Exports rose 2.5% in May, the ministry said. Exports rose 4.8% in May.', '4.8%')],
  },
  {
    id: 'figure.check.apart.different-measure', kind: 'figure', decides: 'statedDifferently', anchor: 'the measure word near each figure (exports, deficit, GDP)',
    reason: 'They measure different things (or one says not what it measures).',
    when: ({ x, y }) => !x.measure || x.measure !== y.measure, verdict: true,
    examples: [ex('Exports to the bloc were $48 billion. Imports from the bloc were $61 billion.', '$61 billion')],
    counterExamples: [ex('Exports to the bloc were $48 billion. Exports to the bloc were put at $61 billion by the ministry.', '$61 billion')],
  },
  {
    id: 'figure.check.apart.different-goods', kind: 'figure', decides: 'statedDifferently', anchor: 'the word before the measure ("copper exports") or after "of"',
    reason: 'They measure different goods or kinds ("copper exports", "total exports").',
    when: ({ x, y }) => x.qualifier !== y.qualifier, verdict: true,
    examples: [ex('Copper exports reached $48 billion in 2024. Lithium exports reached $9 billion in 2024.', '$9 billion')],
    counterExamples: [ex('Copper exports reached $48 billion in 2024. In 2024 copper exports reached $44 billion, a later count showed.', '$44 billion')],
  },
  {
    id: 'figure.check.apart.different-role', kind: 'figure', decides: 'statedDifferently', anchor: 'a change, a share, an earlier value, a rate or a level',
    reason: 'One is a change, a share or an earlier value and the other is not.',
    when: ({ x, y }) => x.role !== y.role || x.role === 'earlier', verdict: true,
    examples: [ex('Exports rose 3% in March. Exports were 3.6% of output in March.', '3.6%')],
    counterExamples: [ex('Exports rose 3% in March. In March exports rose 3.6%, a later count showed.', '3.6%')],
  },
  {
    id: 'figure.check.apart.different-subject', kind: 'figure', decides: 'statedDifferently', anchor: 'the countries and names around each figure',
    reason: 'They are about different countries, companies or goods.',
    when: ({ x, y }) => x.subject.join('|') !== y.subject.join('|') && !(x.subject.length && y.subject.length && x.subject[0] === y.subject[0] && overlap(x.subject.slice(1), y.subject.slice(1)) && x.subject.length === y.subject.length),
    verdict: true,
    examples: [ex('Vietnam’s exports rose 12% in 2024. Thailand’s exports rose 7% in 2024.', '7%')],
    counterExamples: [ex('Vietnam’s exports rose 12% in 2024. In 2024 Vietnam’s exports rose 14%, customs data showed.', '14%')],
  },
  {
    id: 'figure.check.apart.different-period', kind: 'figure', decides: 'statedDifferently', anchor: 'years, months, quarters, "last year" near each figure',
    reason: 'They are about different periods.',
    when: ({ x, y }) => {
      const parts = (r: FigureReading) => r.periods.filter((p) => p.startsWith('~')).sort().join('|');
      const whole = (r: FigureReading) => r.periods.filter((p) => !p.startsWith('~'));
      // A quarter or a month is not its year; two stated years or relative periods must meet.
      return parts(x) !== parts(y) || (whole(x).length > 0 && whole(y).length > 0 && !overlap(whole(x), whole(y)));
    },
    examples: [
      ex('The trade deficit was $91 billion in 2023. The trade deficit was $104 billion in 2024.', '$104 billion'),
      ex('Exports rose 5% in 2024. Exports rose 2% in the first quarter of 2024.', '2%'),
    ],
    counterExamples: [ex('The trade deficit was $91 billion in 2024. The trade deficit was $104 billion in 2024, by another count.', '$104 billion')],
  },
  {
    id: 'figure.check.apart.nothing-shared', kind: 'figure', decides: 'statedDifferently', anchor: 'no subject and no period stated on both sides',
    reason: 'Neither the same subject nor the same period is stated for both: too little says they are one quantity.',
    when: ({ x, y }) => !(x.subject.length && y.subject.length) && !(x.periods.length && y.periods.length), verdict: true,
    examples: [ex('Exports rose 5%, the ministry said. Exports rose 3% as the port reopened.', '3%')],
    counterExamples: [ex('Exports rose 5% in May, the ministry said. In May exports rose 3%, a later count showed.', '3%')],
  },
  {
    id: 'figure.check.apart.different-tariff', kind: 'figure', decides: 'statedDifferently', anchor: 'the imposer, target and change of each tariff rate',
    reason: 'Tariff rates on different goods, by different governments, or before and after a change.',
    when: ({ x, y }) =>
      !!(x.tariff || y.tariff) &&
      !(x.tariff && y.tariff && x.tariff.imposer && x.tariff.target && x.tariff.imposer === y.tariff.imposer &&
        x.tariff.target.toLowerCase() === y.tariff.target.toLowerCase() && !x.tariff.change && !y.tariff.change && x.tariff.previousRate === null && y.tariff.previousRate === null),
    verdict: true,
    examples: [ex('Canada imposed a 25% tariff on American steel. Canada imposed a 10% tariff on American aluminum.', '10%')],
    counterExamples: [ex('Exports to Canada rose 25% in June. Exports to Canada rose 10% in June, by a later count.', '10%')],
  },
];

/** The rule that makes a check of two figures that no rule keeps apart. */
export const statedDifferentlyRule: Rule<Pair, true> = {
  id: 'figure.check.stated-differently.same-measure', kind: 'figure', decides: 'check',
  anchor: 'same measure word, subject and period, both results, values apart beyond rounding',
  reason: 'The same measure of the same subject for the same period is given another value elsewhere.',
  when: (p) => !decide(apartRules, p), verdict: true,
  examples: [
    ex('Chile’s copper exports reached $48.2 billion in 2024. In 2024, Chile’s copper exports reached $44.8 billion, the ministry added.', '$44.8 billion'),
    ex('The trade deficit widened to $76.4 billion in March. The March trade deficit stood at $67.4 billion, the highest in a year.', '$67.4 billion'),
  ],
  counterExamples: [
    ex('The trade deficit widened to $76.4 billion in March. The trade deficit narrowed to $61 billion in April.', '$61 billion'),
    ex('Economists expected a deficit of $70 billion in March. The deficit was $76.4 billion in March.', '$76.4 billion'),
  ],
};

/** The rule that flags a figure whose digits are grouped oddly. */
export const digitGroupingRule: Rule<FigureReading, true> = {
  id: 'figure.check.digit-grouping.odd-commas', kind: 'figure', decides: 'check', anchor: 'commas that do not group thousands',
  reason: 'The commas do not group thousands: a decimal comma or a typo.',
  when: (r) => r.figure.because.includes('figure.value.odd-grouping'), verdict: true,
  examples: [ex('The euro bought $1,4417 on Friday.', '$1,4417'), ex('Output grew 12,34 percent, the table says.', '12,34 percent')],
  counterExamples: [ex('The euro bought $1.4417 on Friday.', '$1.4417'), ex('India shipped 1,00,000 tonnes of rice.', '1,00,000')],
};

/** The check rules that make checks, for the registry: they are named in checks' and figures' `because`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const figureCheckRules: readonly Rule<any, any>[] = [changeMismatch, changeToLevel, changeFromLevel, levelThenChange, fromToLevels, statedDifferentlyRule, digitGroupingRule];
