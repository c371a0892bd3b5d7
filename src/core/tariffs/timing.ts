/**
 * When a rate takes effect and how it is phased, as the sentence writes it: "a 25% tariff on
 * steel from Aug. 1", "effective immediately", "falling to zero over five years", "10% in the
 * second year". Read only in the rate's own sentence; the phrase is kept as written.
 */
import type { Rule } from '../rules/rule';
import { rx } from '../lexicon/wordList';
import { FROM_TIMES, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PERCENT_UNIT, PERIOD_PARTS, PERIOD_UNITS, PHASE_WORDS, START_WORDS, TAKE_EFFECT_WORDS, WEEKDAYS } from '../lexicon/tariffWords';

export interface TimingContext {
  /** The rate's sentence. */
  sentence: string;
  /** The rate's offsets in the sentence. */
  at: number;
  end: number;
}

// A date as trade reporting writes it: "Aug. 1", "August 1, 2025", "1 August", "January 2026", "Monday", "next month", "2026".
const MONTH = rx("")`(?:${MONTHS})\.?`.source;
const DATE = rx('iu')`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?|(?:${PERIOD_PARTS}[-\s]*)?${MONTH}(?:\s+\d{4})?|${WEEKDAYS}|next\s+(?:week|month|year)|${FROM_TIMES}|(?:19|20)\d\d)(?![\p{L}\d])`.source;
const START_DATE = rx('giu')`(?<![\p{L}-])(?:${START_WORDS})\s+(?:the\s+)?(?:${DATE}|immediately)`;
const EFFECTIVE_NOW = rx('giu')`(?<![\p{L}-])effective\s+(?:immediately|today|now|${DATE})`;
const ON_DATE = rx('giu')`(?<![\p{L}-])(?:on|in)\s+(?:${DATE})`;
const TAKES_EFFECT = rx('iu')`(?<![\p{L}-])${TAKE_EFFECT_WORDS}(?![\p{L}-])`;

// "in the second year", "over five years", "within 10 years", "phased out by 2030".
const NTH_PERIOD = rx('giu')`(?<![\p{L}-])(?:in|from|by)\s+(?:the\s+)?(?:${ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\s+${PERIOD_UNITS}(?![\p{L}-])`;
const OVER_PERIOD = rx('giu')`(?<![\p{L}-])(?:(?:${PHASE_WORDS})\s+)?(?:over|within|across|in)\s+(?:the\s+(?:next|coming)\s+)?(?:${NUMBER_WORDS}|\d+)\s+${PERIOD_UNITS}(?![\p{L}-])`;
const PHASED = rx('giu')`(?<![\p{L}-])(?:${PHASE_WORDS})(?:\s+(?:by|until|through)\s+(?:19|20)\d\d)?(?![\p{L}-])`;
// Another rate between a date and a rate: the date is that rate's.
const RATE_IN = rx('i')`\d\s?${PERCENT_UNIT}`;
const BY_YEAR = rx('giu')`(?<![\p{L}-])by\s+(?:19|20)\d\d(?![\p{L}\d])`;

/** The match of `re` nearest the rate, as written, or null; a date after the rate is its own before one that opens the sentence. */
function nearest(re: RegExp, { sentence, at, end }: TimingContext): string | null {
  let best: { text: string; distance: number } | null = null;
  for (const m of sentence.matchAll(re)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (s < end && e > at) continue;
    // Another rate between the date and this one: the date is that rate's.
    const between = e <= at ? sentence.slice(e, at) : sentence.slice(end, s);
    if (RATE_IN.test(between)) continue;
    const distance = e <= at ? at - e + 1000 : s - end;
    if (!best || distance < best.distance) best = { text: m[0].trim(), distance };
  }
  // "from March.": a full month name's stop ends the sentence.
  return best?.text.replace(/(\p{L}{5,})\.$/u, '$1') ?? null;
}

export const EFFECTIVE_RULES: Rule<TimingContext, string>[] = [
  {
    id: 'tariff.effective.effective-word',
    kind: 'tariff',
    decides: 'effective',
    anchor: '"effective" + a date or "immediately"',
    reason: 'takes effect {effective}: "effective" dates it',
    when: (c) => nearest(EFFECTIVE_NOW, c),
    examples: [{ text: 'Ottawa imposed a 25% surtax on U.S. steel, effective March 13.', fact: '25%', expect: { effective: 'effective March 13' } }],
    counterExamples: [{ text: 'The 25% surtax on U.S. steel was effective in cutting imports.', fact: '25%', expect: { effective: '' } }],
  },
  {
    id: 'tariff.effective.start-date',
    kind: 'tariff',
    decides: 'effective',
    anchor: '"from", "starting", "beginning" or "as of" + a date',
    reason: 'takes effect {effective}: the date the rate starts from',
    when: (c) => nearest(START_DATE, c),
    examples: [
      { text: 'Brasilia will charge a 12% duty on imported tires from January 2026.', fact: '12%', expect: { effective: 'from January 2026' } },
      { text: 'Starting Monday, a 10% levy applies to Korean refrigerators.', fact: '10%', expect: { effective: 'Starting Monday' } },
    ],
    counterExamples: [{ text: 'A 10% levy applies to refrigerators from South Korea.', fact: '10%', expect: { effective: '' } }],
  },
  {
    id: 'tariff.effective.on-date',
    kind: 'tariff',
    decides: 'effective',
    anchor: '"on" or "in" + a date, where the sentence says the rate takes effect',
    reason: 'takes effect {effective}: the sentence dates when the rate applies',
    when: (c) => (TAKES_EFFECT.test(c.sentence) ? nearest(ON_DATE, c) : null),
    examples: [{ text: 'The 30% tariff on Mexican tomatoes will take effect on Aug. 1.', fact: '30%', expect: { effective: 'on Aug. 1' } }],
    counterExamples: [{ text: 'On Tuesday, Canberra removed its 80% tariff on barley from Tasmania.', fact: '80%', expect: { effective: '' } }],
  },
];

export const SCHEDULE_RULES: Rule<TimingContext, string>[] = [
  {
    id: 'tariff.schedule.nth-period',
    kind: 'tariff',
    decides: 'schedule',
    anchor: '"in the second year", "from the third year"',
    reason: 'schedule: {schedule}',
    when: (c) => nearest(NTH_PERIOD, c),
    examples: [{ text: 'The duty on Chilean wine drops to 5% in the second year of the pact.', fact: '5%', expect: { schedule: 'in the second year' } }],
    counterExamples: [{ text: 'The duty on Chilean wine drops to 5% under the pact.', fact: '5%', expect: { schedule: '' } }],
  },
  {
    id: 'tariff.schedule.over-period',
    kind: 'tariff',
    decides: 'schedule',
    anchor: '"over five years", "within three years", "phased out over a decade"',
    reason: 'schedule: {schedule}',
    when: (c) => nearest(OVER_PERIOD, c),
    examples: [{ text: 'Seoul will phase out its 40% tariff on Australian beef over 15 years.', fact: '40%', expect: { schedule: 'over 15 years' } }],
    counterExamples: [{ text: 'Seoul has kept its 40% tariff on Australian beef for 15 years.', fact: '40%', expect: { schedule: '' } }],
  },
  {
    id: 'tariff.schedule.phased',
    kind: 'tariff',
    decides: 'schedule',
    anchor: '"phased out", "gradually", "in stages", "by 2030"',
    reason: 'schedule: {schedule}',
    when: (c) => nearest(PHASED, c) ?? (/\b(?:to|reach\w*)\s+(?:zero|\S+\s*%|\S+\s+per\s*cent)\s+by\s+(?:19|20)\d\d\b/i.test(c.sentence) ? nearest(BY_YEAR, c) : null),
    examples: [
      { text: 'The 18% duty on Thai rice will be cut gradually.', fact: '18%', expect: { schedule: 'gradually' } },
      { text: 'The levy on Norwegian salmon falls from 12% to zero by 2030.', fact: '12%', expect: { schedule: 'by 2030' } },
    ],
    counterExamples: [{ text: 'The 18% duty on Thai rice was set by 2019 law.', fact: '18%', expect: { schedule: '' } }],
  },
];
