/**
 * Numerals that are not facts to check, as rule records: years, dates, times, ordinals, ages
 * after a name, and labels ("Section 301", "G20", "Boeing 737", "COVID-19"). Each rule's examples
 * are sentences where the named number is NOT a figure; its counter-examples keep it one. They are
 * not in the fact registry (no fact carries them: the number is dropped) and are tested as a
 * table in test/unit/figures.test.ts. Phone numbers and links are masked before (noiseSpans).
 */
import type { Rule } from '../rules/rule';
import { decide } from '../rules/rule';
import { CLOCK_WORDS, MONTHS } from '../lexicon/months';
import { LABEL_WORDS, LOWER_CASE_LABEL_WORDS, QUANTITY_LEADS, TRADE_LAW_NOUNS, TRADE_LAW_NUMBERS } from '../lexicon/measures';
import { rx } from '../lexicon/wordList';
import type { NumeralSite } from './site';

const MONTH_BEFORE = rx('iu')`(?<![\p{L}])(${MONTHS})\.?\s$`;
const MONTH_AFTER = rx('iu')`^\s(?:of\s)?(${MONTHS})(?![\p{L}])`;
const CLOCK_AFTER = rx('iu')`^\s?${CLOCK_WORDS}(?![\p{L}])`;
const LABEL_BEFORE = rx('iu')`(?<![\p{L}])(${LABEL_WORDS})\s$`;
const TRADE_LAW = rx('')`^${TRADE_LAW_NUMBERS}$`;
const TRADE_LAW_AFTER = rx('i')`^\s${TRADE_LAW_NOUNS}\b`;

const capitalized = (w: string) => /^\p{Lu}/u.test(w);
/** A month written as a name ("May", "Sept."), not the verb "may". */
const monthNear = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return !!m && capitalized(m[1]);
};
const wholeOf = (digits: string) => (/^\d+$/.test(digits) ? Number(digits) : NaN);
const isYearShape = (digits: string) => digits.length === 4 && wholeOf(digits) >= 1800 && wholeOf(digits) <= 2100;

const ex = (text: string, fact: string) => ({ text, fact });

/** The rules, in order: the first that matches drops the number. */
export const notFigureRules: readonly Rule<NumeralSite, true>[] = [
  {
    id: 'figure.not.glued-label', kind: 'figure', decides: 'isFigure', anchor: 'letters glued before the digits',
    reason: 'Letters glued to the digits make a name: "G20", "A320", "COVID-19".',
    when: (s) => !s.hasUnit && (/\p{L}$/u.test(s.before) || /\p{L}-$/u.test(s.before)),
    verdict: true,
    examples: [ex('Leaders met at the G20 summit in Osaka.', '20'), ex('The airline ordered more A320 jets.', '320')],
    counterExamples: [ex('Exporters paid Rs500 per tonne.', 'Rs500')],
  },
  {
    id: 'figure.not.list-number', kind: 'figure', decides: 'isFigure', anchor: 'a line that opens with the number and "." or ")"',
    reason: 'A numbered list or question ("1. What is a bound rate?") numbers its items, it does not count.',
    when: (s) => !s.hasUnit && /^\d{1,2}$/.test(s.digits) && /(?:^|\n)[ \t>*_-]*$/.test(s.before) && /^[.)][ \t]+\S/.test(s.after),
    verdict: true,
    examples: [ex('Readers asked three things.\n1. What is a bound rate?', '1'), ex('3) Check the origin on invoices.', '3')],
    counterExamples: [ex('The panel heard 3. Then it adjourned.', '3'), ex('Exports rose by 3. The agency said so.', '3')],
  },
  {
    id: 'figure.not.ordinal', kind: 'figure', decides: 'isFigure', anchor: 'st, nd, rd, th after the digits',
    reason: 'An ordinal ("21st") ranks, it does not count.',
    when: (s) => /^(?:st|nd|rd|th)\b/i.test(s.after), verdict: true,
    examples: [ex('It was the 21st round of talks.', '21')],
    counterExamples: [ex('It was the 21 rounds of talks that wore them out.', '21')],
  },
  {
    id: 'figure.not.decade', kind: 'figure', decides: 'isFigure', anchor: 'a year-like number with s',
    reason: 'A decade ("the 1990s") is a time, not a quantity.',
    when: (s) => /^(?:s|'s|’s)\b/.test(s.after) && /^\d{2,4}$/.test(s.digits), verdict: true,
    examples: [ex('Tariffs were far lower in the 1990s.', '1990')],
    counterExamples: [ex('Tariffs were far lower for the 90 ships in port.', '90')],
  },
  {
    id: 'figure.not.glued-letters-after', kind: 'figure', decides: 'isFigure', anchor: 'letters glued after the digits',
    reason: 'Letters glued after the digits make a name: "5G", "737MAX".',
    when: (s) => !s.hasUnit && /^\p{L}/u.test(s.after), verdict: true,
    examples: [ex('Carriers are building 5G networks.', '5')],
    counterExamples: [ex('Carriers are building 5 networks.', '5')],
  },
  {
    id: 'figure.not.clock-time', kind: 'figure', decides: 'isFigure', anchor: 'a colon or a clock word (a.m., GMT)',
    reason: 'A clock time is not a figure.',
    when: (s) => /^:\d/.test(s.after) || /\d:$/.test(s.before) || CLOCK_AFTER.test(s.after), verdict: true,
    examples: [ex('The new levies apply from 12:01 a.m. next Tuesday.', '12'), ex('Markets opened at 9 GMT.', '9')],
    counterExamples: [ex('The tariffs take effect on 12 products on Friday.', '12')],
  },
  {
    id: 'figure.not.slash-date', kind: 'figure', decides: 'isFigure', anchor: 'digits joined by slashes',
    reason: 'A date written with slashes ("3/14/2024") or "24/7".',
    when: (s) => /^\/\d/.test(s.after) || /\d\/$/.test(s.before), verdict: true,
    examples: [ex('The notice was dated 3/14/2024 and posted online.', '3')],
    counterExamples: [ex('The notice listed 3 products and was posted online.', '3')],
  },
  {
    id: 'figure.not.iso-date', kind: 'figure', decides: 'isFigure', anchor: 'year-month-day joined by hyphens',
    reason: 'A dateline date ("2025-03-12") is not a figure.',
    when: (s) =>
      !s.hasUnit &&
      ((isYearShape(s.digits) && /^-\d{1,2}-\d{1,2}(?!\d)/.test(s.after)) ||
        (/(?<!\d)\d{4}-$/.test(s.before) && /^-\d{1,2}(?!\d)/.test(s.after) && s.digits.length <= 2) ||
        (/(?<!\d)\d{4}-\d{1,2}-$/.test(s.before) && s.digits.length <= 2)),
    verdict: true,
    examples: [ex('DATE: 2025-03-12\nExports rose.', '03'), ex('Posted 1998-11-04 by the desk.', '04')],
    counterExamples: [ex('Exports rose 4% in the year to March.', '4%')],
  },
  {
    id: 'figure.not.year', kind: 'figure', decides: 'isFigure', anchor: 'a bare four-digit number from 1800 to 2100',
    reason: 'A year is a time, not a quantity.',
    when: (s) => !s.hasUnit && isYearShape(s.digits), verdict: true,
    examples: [ex('Exports to Mexico rose in 2024.', '2024')],
    counterExamples: [ex('The plant employs 2,024 workers.', '2,024'), ex('Exports rose to $2024 million.', '$2024 million')],
  },
  {
    id: 'figure.not.day-of-month', kind: 'figure', decides: 'isFigure', anchor: 'a month name before or after 1–31',
    reason: 'A day of the month is a date, not a figure.',
    when: (s) => !s.hasUnit && wholeOf(s.digits) >= 1 && wholeOf(s.digits) <= 31 && (monthNear(MONTH_BEFORE, s.before) || monthNear(MONTH_AFTER, s.after)),
    verdict: true,
    examples: [ex('The duties start on March 4 at the border.', '4'), ex('They start on 4 March at the border.', '4')],
    counterExamples: [ex('The duties start on March 4 and cover 31 products.', '31')],
  },
  {
    id: 'figure.not.year-span', kind: 'figure', decides: 'isFigure', anchor: 'a year before a hyphen and another year',
    reason: 'A span of years ("2018-2020") is a time.',
    when: (s) => !s.hasUnit && /^-\d{4}\b/.test(s.after) && isYearShape(s.digits), verdict: true,
    examples: [ex('During the 2018-2020 trade war exports fell.', '2018')],
    counterExamples: [ex('During the war exports fell 18-20%.', '18')],
  },
  {
    id: 'figure.not.label-word', kind: 'figure', decides: 'isFigure', anchor: 'Section, Article, Phase, Model… before the number',
    reason: 'A word like "Section" or "Phase" makes the number a label.',
    when: (s) => {
      if (s.hasUnit) return false;
      const m = LABEL_BEFORE.exec(s.before);
      return !!m && (capitalized(m[1]) || LOWER_CASE_LABEL_WORDS.has(m[1]));
    },
    verdict: true,
    examples: [ex('The probe under Section 232 covers copper.', '232'), ex('Goods under heading 8703 face the duty.', '8703')],
    counterExamples: [ex('The probe covers 232 copper products.', '232')],
  },
  {
    id: 'figure.not.trade-law', kind: 'figure', decides: 'isFigure', anchor: '122, 201, 232, 301 or 337 before tariff, duty, probe…',
    reason: 'A trade law named by its number ("the 301 duties").',
    when: (s) => !s.hasUnit && TRADE_LAW.test(s.digits) && TRADE_LAW_AFTER.test(s.after), verdict: true,
    examples: [ex('Importers asked for relief from the 301 duties on bicycles.', '301')],
    counterExamples: [ex('The agency received 301 comments on the duties.', '301')],
  },
  {
    id: 'figure.not.age', kind: 'figure', decides: 'isFigure', anchor: 'a number in commas after a name',
    reason: 'An age after a name ("Jane Doe, 64,").',
    when: (s) => !s.hasUnit && wholeOf(s.digits) < 120 && /\p{Lu}\p{L}+,\s$/u.test(s.before) && /^,/.test(s.after), verdict: true,
    examples: [ex('Mara Quell, 64, runs the family mill.', '64')],
    counterExamples: [ex('The mill, which employs 64, is family run.', '64')],
  },
  {
    id: 'figure.not.name-number', kind: 'figure', decides: 'isFigure', anchor: 'a capitalized word inside the sentence right before the number',
    reason: 'After a name inside a sentence, a bare number is part of the name ("Boeing 737", "Vision 2030").',
    when: (s) => {
      if (s.hasUnit || s.sentenceStart) return false;
      const word = /(\p{Lu}[\p{L}&.-]*)\s$/u.exec(s.before.slice(-30));
      if (!word || QUANTITY_LEADS.has(word[1]) || monthNear(MONTH_BEFORE, s.before) || /^\s*\(/.test(s.after)) return false;
      const beforeWord = s.before.slice(0, s.before.length - word[0].length);
      // A capitalized word that opens its sentence or a headline line is just capitalized.
      return !/(?:^|[.!?:]["”’)]?\s+|\n\s*)$/.test(beforeWord);
    },
    verdict: true,
    examples: [ex('The carrier flies the Dreamliner 787 on the route.', '787')],
    counterExamples: [ex('The carrier flies About 787 flights a week.', '787')],
  },
];

/** The id of the rule that makes this numeral no figure, or null when it is one. */
export function notAFigure(site: NumeralSite): string | null {
  return decide(notFigureRules, site)?.rule ?? null;
}
