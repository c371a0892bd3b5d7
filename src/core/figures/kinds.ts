/**
 * What a figure is and how it is read, as rule records: a percentage, percentage points, basis
 * points, money (by sign, code or word) or a count of something; and how its value is read
 * (multiplier, sign, an odd digit grouping). Registered through ./rules.ts.
 */
import type { Rule } from '../rules/rule';
import type { FigureKind } from '../types';
import { yenOrYuan } from './currency';
import { countedNoun } from './reading';
import type { NumeralSite } from './site';

export interface KindVerdict {
  kind: FigureKind;
  unit: string;
}

const KIND_OF_UNIT = { '%': 'percent', pp: 'percentagePoints', bp: 'basisPoints' } as const;
const ex = (text: string, fact: string, expect?: Record<string, string | number>) => ({ text, fact, ...(expect ? { expect } : {}) });

/** Is the numeral a quantity once no date, year, ordinal or label reading took it. */
export const figureIsRules: readonly Rule<NumeralSite, true>[] = [
  {
    id: 'figure.is.with-unit', kind: 'figure', decides: 'isFigure', anchor: 'a currency, percent sign or multiplier attached',
    reason: 'A number with its unit attached ("$", "%", "billion") is a quantity to check.',
    when: (s) => s.hasUnit, verdict: true,
    examples: [ex('Shipments reached $4.2 billion in May.', '$4.2 billion'), ex('Sales rose 8% in May.', '8%')],
    counterExamples: [ex('The board will meet 12 times this year.', '12'), ex('The deal was signed in 2019.', '2019')],
  },
  {
    id: 'figure.is.bare-quantity', kind: 'figure', decides: 'isFigure', anchor: 'a bare number no date, year, ordinal or label reading fits',
    reason: 'A bare number that is no date, year, ordinal or label: a count to check.',
    when: (s) => !s.hasUnit, verdict: true,
    examples: [ex('The mill cut 450 jobs after the duties.', '450'), ex('Some 12 ports were closed.', '12')],
    counterExamples: [ex('The mill cut 45% of its staff after the duties.', '45%'), ex('The mill was built in 1962.', '1962')],
  },
];

/** The kind and unit, in order: percent units first, then currency, then a count. */
export const figureKindRules: readonly Rule<NumeralSite, KindVerdict>[] = [
  {
    id: 'figure.kind.percentage-points', kind: 'figure', decides: 'kind', anchor: '"percentage points", "pp" after the number',
    reason: 'Percentage points: a difference between two percentages.',
    when: (s) => s.percent?.unit === 'pp' && { kind: 'percentagePoints', unit: 'pp' },
    examples: [ex('The rate rose 1.5 percentage points to 4%.', '1.5 percentage points', { kind: 'percentagePoints', value: 1.5, unit: 'pp' })],
    counterExamples: [ex('The rate rose 1.5 percent to 4%.', '1.5 percent', { kind: 'percent' })],
  },
  {
    id: 'figure.kind.basis-points', kind: 'figure', decides: 'kind', anchor: '"basis points", "bp" after the number',
    reason: 'Basis points: hundredths of a percentage point.',
    when: (s) => s.percent?.unit === 'bp' && { kind: 'basisPoints', unit: 'bp' },
    examples: [ex('The central bank cut rates by 25 basis points.', '25 basis points', { kind: 'basisPoints', value: 25, unit: 'bp' })],
    counterExamples: [ex('The central bank cut 25 staff.', '25', { kind: 'count' })],
  },
  {
    id: 'figure.kind.percent', kind: 'figure', decides: 'kind', anchor: '"%", "percent", "per cent", "pct" after the number',
    reason: 'A percentage.',
    when: (s) => s.percent?.unit === '%' && { kind: 'percent', unit: '%' },
    examples: [ex('Exports fell 4.1 per cent in April.', '4.1 per cent', { kind: 'percent', value: 4.1, unit: '%' }), ex('A 10-percent duty applies.', '10-percent', { kind: 'percent', value: 10 })],
    counterExamples: [ex('Exports fell by 4.1 million tonnes in April.', '4.1 million', { kind: 'count' })],
  },
  {
    id: 'figure.kind.percent-range', kind: 'figure', decides: 'kind', anchor: 'a range whose far end carries the unit ("5 to 10 percent")',
    reason: 'The near end of a range takes the unit written at its far end ("5 to 10 percent").',
    when: (s) => s.rangeUnit && { kind: KIND_OF_UNIT[s.rangeUnit], unit: s.rangeUnit },
    examples: [ex('Duties of 5 to 10 percent apply to parts.', '5', { kind: 'percent', value: 5, unit: '%' })],
    counterExamples: [ex('Duties of 5 percent to 10 percent apply to parts.', '5 percent', { kind: 'percent' })],
  },
  {
    id: 'figure.kind.money-yen-or-yuan', kind: 'figure', decides: 'kind', anchor: '"¥" before the number; the paragraph names China or Japan',
    reason: '"¥" is yen or yuan: the paragraph says which ({unit}).',
    when: (s) => s.prefix && !s.prefix.code && { kind: 'money', unit: yenOrYuan(s.paragraph) },
    examples: [ex('Chinese buyers paid ¥30 billion for the soybeans.', '¥30 billion', { kind: 'money', unit: 'CNY' }), ex('Toyota booked ¥4 trillion in sales.', '¥4 trillion', { unit: 'JPY' })],
    counterExamples: [ex('Chinese buyers paid $30 billion for the soybeans.', '$30 billion', { unit: 'USD' })],
  },
  {
    id: 'figure.kind.money-sign', kind: 'figure', decides: 'kind', anchor: 'a currency sign or code before the number ("$", "C$", "£", "Rs")',
    reason: 'Money: the sign or code before it says {unit}.',
    when: (s) => (s.prefix?.code ? { kind: 'money', unit: s.prefix.code } : null),
    examples: [ex('Ottawa listed C$1.5 billion of products.', 'C$1.5 billion', { kind: 'money', value: 1.5e9, unit: 'CAD' }), ex('Farm exports fell to £82.8bn.', '£82.8bn', { unit: 'GBP' })],
    counterExamples: [ex('Farm exports fell to 82.8 billion pounds sterling.', '82.8 billion', { unit: 'GBP' })],
  },
  {
    id: 'figure.kind.money-word', kind: 'figure', decides: 'kind', anchor: 'a currency word after the number ("yuan", "Canadian dollars")',
    reason: 'Money: the currency word after it says {unit}.',
    when: (s) => s.currencyWord && { kind: 'money', unit: s.currencyWord.code },
    examples: [ex('Beijing pledged 30 billion yuan in credit.', '30 billion', { kind: 'money', value: 3e10, unit: 'CNY' })],
    counterExamples: [ex('Beijing pledged 30 billion in credit.', '30 billion', { kind: 'count' })],
  },
  {
    id: 'figure.kind.money-range', kind: 'figure', decides: 'kind', anchor: 'a currency sign on the near end of a range ("$40-50 billion")',
    reason: 'Money: the far end of a range takes the currency of its near end ({unit}).',
    when: (s) => (!s.prefix && !s.currencyWord && !s.percent && s.rangeCurrency?.code ? { kind: 'money', unit: s.rangeCurrency.code } : null),
    examples: [ex('The pact aims to lift trade from $27 billion to $40-50 billion.', '50 billion', { kind: 'money', value: 5e10, unit: 'USD' })],
    counterExamples: [ex('The pact aims to lift trade to 40-50 billion.', '50 billion', { kind: 'count' })],
  },
  {
    id: 'figure.kind.count', kind: 'figure', decides: 'kind', anchor: 'no unit: the noun after the number, if any, is what it counts',
    reason: 'A count; what it counts: {unit}.',
    when: (s) => ({ kind: 'count', unit: countedNoun(s.rest) }),
    examples: [ex('The duties cover 46 million tires a year.', '46 million', { kind: 'count', value: 46e6, unit: 'tires' })],
    counterExamples: [ex('The duties cover 46% of tires.', '46%', { kind: 'percent' })],
  },
];

/** How the value was read: each applies on its own, in this order. */
export const figureValueRules: readonly Rule<NumeralSite, true>[] = [
  {
    id: 'figure.value.multiplier', kind: 'figure', decides: 'value', anchor: '"thousand", "million", "bn", "m" after the number',
    reason: 'The multiplier after the number is part of its value.',
    when: (s) => !!s.multiplier, verdict: true,
    examples: [ex('Imports hit $3.6bn in June.', '$3.6bn', { value: 3.6e9 })],
    counterExamples: [ex('Imports hit $3,600 in June.', '$3,600', { value: 3600 })],
  },
  {
    id: 'figure.value.range-multiplier', kind: 'figure', decides: 'value', anchor: 'a range whose multiplier is written once, at its far end',
    reason: 'The near end of a range takes the multiplier of its far end ("$40-50 billion").',
    when: (s) => !!s.rangeMultiplier, verdict: true,
    examples: [ex('Trade could reach $40-50 billion in five years.', '$40', { value: 4e10 })],
    counterExamples: [ex('Trade could reach $40 and then $50 billion.', '$40', { value: 40 })],
  },
  {
    id: 'figure.value.sign', kind: 'figure', decides: 'value', anchor: 'a minus or plus glued before the number',
    reason: 'The sign glued before the number is part of it ("-5.85%").',
    when: () => false, // decided by findFigures, which sees the text before the span
    verdict: true,
    examples: [ex('Rice exports (y/y): -5.85% in March.', '-5.85%', { value: -5.85 })],
    counterExamples: [ex('Rice exports fell 5.85% in March.', '5.85%', { value: 5.85 })],
  },
  {
    id: 'figure.value.odd-grouping', kind: 'figure', decides: 'value', anchor: 'commas that do not group thousands ("12,34", "$1,4417")',
    reason: 'The commas do not group thousands: read as a decimal comma; check the figure.',
    when: () => false, // decided by findFigures from the numeral's grouping
    verdict: true,
    examples: [ex('The euro bought $1,4417 on Friday.', '$1,4417', { value: 1.4417 })],
    counterExamples: [ex('The euro bought $1.4417 on Friday.', '$1.4417', { value: 1.4417 })],
  },
];
