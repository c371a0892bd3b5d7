/**
 * Reading a figure's own words for the checks: how precisely it is stated, whether it is a change,
 * a share, an earlier value or a level, what it measures ("exports", "the deficit"), whose and for
 * which period, and whether it is a forecast or an estimate. Each sentence is read once.
 */
import { memoize, TextMemo, TupleMemo } from './memo';
import type { Figure, TariffRate } from './types';
import { findActors } from './countries';
import { FUNCTION_CAPS, NOT_NAMES } from './lexicon/words';
import { BASE_PERIODS, MONTHS, PERIOD_ORDINALS, RELATIVE_PERIODS } from './lexicon/months';
import {
  APPROXIMATORS, ATTRIBUTION_WORDS, CHANGE_QUALIFIERS, CLAUSE_BREAKS, COUNT_STOP_WORDS, FALL_NOUNS, FALL_VERBS, FIGURE_LINKS, MEASURES, MEASURE_SAME,
  MULTIPLIER_FACTORS, MULTIPLIER_WORDS, NOT_ACTUAL_WORDS, QUALIFIER_STOP_WORDS, RISE_NOUNS, RISE_VERBS, YEAR_ON_YEAR,
} from './lexicon/measures';
import { rx } from './lexicon/wordList';

const APPROX_BEFORE = rx('i')`\b${APPROXIMATORS}\s+$`;
const MULT_IN_TEXT = rx('i')`\b(${MULTIPLIER_WORDS})\b|\d(m|b|bn|tn)\b`;

/**
 * The rounding step of a figure as written ("$295.4 billion" → 100,000,000; "30%" → 1) and an
 * allowance for words like "nearly" or "about" (2.5% of the value).
 */
export function precisionOf(f: Figure): { step: number; approx: number } {
  const num = /(\d[\d,]*)(?:\.(\d+))?/.exec(f.text);
  const decimals = num?.[2]?.length ?? 0;
  const word = MULT_IN_TEXT.exec(f.text);
  const mult = word ? MULTIPLIER_FACTORS.get((word[1] ?? word[2]).toLowerCase()) ?? 1 : 1;
  const at = f.start - f.sentenceStart;
  const approx = APPROX_BEFORE.test(f.sentence.slice(Math.max(0, at - 20), at)) ? 0.025 : 0;
  return { step: mult * 10 ** -decimals, approx };
}

/** What a figure is in its sentence. */
export type FigureRole = 'change' | 'share' | 'earlier' | 'rate' | 'level';

/** A figure as the checks read it. */
export interface FigureReading {
  figure: Figure;
  role: FigureRole;
  /** +1 a rise, -1 a fall, 0 no change stated. */
  direction: number;
  /** The change words as written ("increase", "fell"). */
  changeWords: string;
  /** What it measures, one word for all its forms ("exports", "deficit", "gdp"); "" when unsaid. */
  measure: string;
  /** The goods or kind of the measure: "copper" in "copper exports" or "exports of copper"; "" when none. */
  qualifier: string;
  /** Countries and names around the measure, in order ("China", "United States"). */
  subject: readonly string[];
  /** Periods it is about: years ("2024"), parts of a year ("~mar", "~q1"), "last year". */
  periods: readonly string[];
  /** The word that makes it a forecast, expectation, estimate or target; "" when it is a result. */
  notActual: string;
  /** The tariff rate at the same place, when the figure is one. */
  tariff?: TariffRate;
  /** The sentence's figures joined to this one by a few linking words ("rose 5% to $3bn"), in order. */
  group: Figure[];
  /** Words after the figure naming the base of a change ("from 2023", "a year earlier"), "" if none. */
  base: string;
}

const RISE_BEFORE = rx('i')`\b(${RISE_VERBS})\s+(?:by\s+)?(?:${APPROXIMATORS}\s+)?$`;
const FALL_BEFORE = rx('i')`\b(${FALL_VERBS})\s+(?:by\s+)?(?:${APPROXIMATORS}\s+)?$`;
const RISE_AFTER = rx('i')`^\s*(?:${CHANGE_QUALIFIERS}\s+)?(${RISE_NOUNS})\b`;
const FALL_AFTER = rx('i')`^\s*(?:${CHANGE_QUALIFIERS}\s+)?(${FALL_NOUNS})\b`;
const CHANGE_NOUN_BEFORE = rx('i')`\b(?:${RISE_NOUNS}|${FALL_NOUNS})\s+of\s+(?:${APPROXIMATORS}\s+)?$`;
const EARLIER_BEFORE = rx('i')`\b(?:from|compared\s+with|compared\s+to|versus|vs\.?|than)\s+(?:${APPROXIMATORS}\s+)?$`;
const SHARE_AFTER = /^\s+of\b/i;
const BASE_AFTER = rx('i')`^(?:[^.;,]|\.(?=\d)){0,40}?\b(?:from|over|since|compared\s+with|than\s+in|on)\s+((?:19|20)\d\d|${RELATIVE_PERIODS}|${BASE_PERIODS})\b`;
const BY_BEFORE = rx('i')`\bby\s+(?:${APPROXIMATORS}\s+)?$`;
const MEASURE_RE = rx('giu')`(?<![\p{L}-])(${MEASURES})(?![\p{L}])`;
const NOT_ACTUAL_RE = rx('giu')`(?<![\p{L}])(${NOT_ACTUAL_WORDS})(?![\p{L}])`;
const CLAUSE_BREAK = rx('giu')`;|:\s|\s[—–]\s|\s--\s|\(|\)|,\s+(?=(?:${CLAUSE_BREAKS})(?![\p{L}]))|\s(?=(?:while|whereas)\s)`;
const ATTRIBUTION = rx('iu')`(?<![\p{L}])${ATTRIBUTION_WORDS}(?![\p{L}])`;
const LINK_GAP = rx('iu')`^\s*,?\s*(?:${FIGURE_LINKS}\s+){0,3}$`;
// A period between a level and its change: "$918.4 billion in 2024, a 17% increase", "rose 9.8 percent on-year in September to".
const PERIOD_IN_GAP = rx('giu')`\s+(?:(?:in|for|during)\s+(?:(?:${MONTHS})\s+)?(?:(?:19|20)\d\d|${MONTHS})(?![\p{L}])|${RELATIVE_PERIODS}|${YEAR_ON_YEAR}|(?:from|compared\s+with|over)\s+${BASE_PERIODS})(?=[\s,])`;

/**
 * The words joining two figures of a sentence, with what may sit between a figure and the next
 * without changing the statement: a count's noun ("4.2 million containers, up 6%") and a period
 * before a comma ("$918.4 billion in 2024, a 17% increase").
 */
export function linkWords(x: Figure, y: Figure): string {
  let gap = x.sentence.slice(x.end - x.sentenceStart, y.start - y.sentenceStart);
  if (x.kind === 'count' && x.unit && gap.startsWith(` ${x.unit}`)) gap = gap.slice(x.unit.length + 1);
  return gap.replace(PERIOD_IN_GAP, '');
}
const YEAR = /\b(?:19|20)\d\d\b/g;
const QUARTER = rx('gi')`\b(${PERIOD_ORDINALS})\s+(quarter|half)\b|\b([QH][1-4])\b`;
const MONTH_RE = rx('giu')`(?<![\p{L}])(${MONTHS})(?![\p{L}])`;
const RELATIVE_RE = rx('gi')`\b${RELATIVE_PERIODS}\b`;
const MEASURE_NEXT = rx('iu')`^\s+${MEASURES}(?![\p{L}])`;
const CAPITALIZED = /\p{Lu}[\p{L}&'’.-]*/gu;

const measureWord = (w: string) => {
  const one = w.toLowerCase().replace(/\s+/g, ' ');
  const same = MEASURE_SAME.get(one) ?? one;
  return MEASURE_SAME.get(same.split(' ').pop() ?? same) ?? same.split(' ').pop() ?? same;
};

const ORDINAL_NUMBER: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4' };

/** Periods named in a stretch of text, each in one form ("q1", "2024", "March", "last year"). */
const periodsIn = memoize((text: string): readonly string[] => Object.freeze(periodsInText(text)));

function periodsInText(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(YEAR)) out.add(m[0]);
  // Parts of a year are marked with "~": a quarter is not the whole year it sits in.
  for (const m of text.matchAll(QUARTER)) out.add(`~${m[3] ? m[3].toLowerCase() : `${m[2][0].toLowerCase() === 'q' ? 'q' : 'h'}${ORDINAL_NUMBER[m[1].toLowerCase()]}`}`);
  for (const m of text.matchAll(MONTH_RE)) if (/^\p{Lu}/u.test(m[1])) out.add(`~${m[1].slice(0, 3).toLowerCase()}`);
  for (const m of text.matchAll(RELATIVE_RE)) out.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  return [...out];
}

// Remembered per sentence and stretch: the checks re-read every sentence on every keystroke.
const subjects = new TextMemo<readonly string[]>();
const subjectIn = (text: string, from: number, to: number): readonly string[] => subjects.get(text, `${from}:${to}`, () => Object.freeze(subjectInText(text, from, to)));

/** Countries and names in a stretch, in order: "China", "United States", "Ford". */
function subjectInText(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  const add = (s: string) => { if (!out.includes(s)) out.push(s); };
  const stretch = text.slice(from, to);
  const actors = findActors(stretch);
  for (const a of actors) add(a.country);
  for (const m of stretch.matchAll(CAPITALIZED)) {
    const at = from + (m.index ?? 0);
    if (actors.some((a) => from + a.start <= at && at < from + a.end)) continue;
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    // "Copper exports rose": the opening word of a sentence before a measure is the goods, not a name.
    if (at === 0 && MEASURE_NEXT.test(text.slice(at + m[0].length))) continue;
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || FUNCTION_CAPS.has(lower) || MONTHS.has(lower) || MEASURES.has(lower) || NOT_ACTUAL_WORDS.has(lower)) continue;
    add(word);
  }
  return out;
}

const WORD_BEFORE = /(?<![A-Za-z'’])([a-z][a-z-]*)\s+$/;
const OF_AFTER = /^\s+of\s+([a-z][a-z-]*)/;
const singular = (w: string) => w.replace(/(?<=[^s])s$/, '');

/** "copper" in "copper exports" or "exports of copper": what a measure is of, read from the lower-case word beside it. */
function qualifierOf(s: string, at: number, end: number): string {
  // The sentence's first word is capitalized by position: "Copper exports rose".
  const first = at <= 30 ? /^([A-Z][a-z-]*)\s+$/.exec(s.slice(0, at))?.[1] : undefined;
  const opening = first && !MONTHS.has(first) && !findActors(first).length ? first.toLowerCase() : undefined;
  const before = opening ?? WORD_BEFORE.exec(s.slice(Math.max(0, at - 30), at))?.[1];
  if (before && !/(?:ed|ing)$/.test(before) && !COUNT_STOP_WORDS.has(before) && !QUALIFIER_STOP_WORDS.has(before) && !MEASURES.has(before) && !CHANGE_QUALIFIERS.has(before)) return singular(before);
  const of = OF_AFTER.exec(s.slice(end, end + 30))?.[1];
  return of && !COUNT_STOP_WORDS.has(of) && !QUALIFIER_STOP_WORDS.has(of) ? singular(of) : '';
}

/** Characters a figure's reading looks at on either side. */
const WINDOW = 300;

/** Index of the last item (in order) for which `ok` holds, items being ordered so that `ok` holds for a prefix; -1 if none. */
function lastAtOrBefore<T>(items: readonly T[], ok: (t: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

interface Clause {
  start: number;
  end: number;
}

/** Clauses of a sentence: split at semicolons, dashes, brackets and ", while …", ", but …", ", and …". */
function clausesOf(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

/** Reads every figure for the checks, one pass per sentence. */
export function readFigures(figures: readonly Figure[], tariffs: readonly TariffRate[] = []): FigureReading[] {
  const tariffAt = new Map(tariffs.map((t) => [t.start, t]));
  const bySentence = new Map<number, Figure[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentenceStart);
    if (list) list.push(f);
    else bySentence.set(f.sentenceStart, [f]);
  }
  const out = new Map<string, FigureReading>();
  for (const list of bySentence.values()) {
    const key = sentenceKey(list, tariffAt);
    const known = READINGS.find(list[0].sentence, key);
    if (known) {
      // Figures of one group share one group array, as readSentence gives them (the checks take each group once, by identity).
      // The groups split the sentence's figures, so a group is known by its first figure.
      const groups: Figure[][] = [];
      const groupOf = (indices: number[]) => (groups[indices[0]] ??= indices.map((x) => list[x]));
      list.forEach((f, i) => out.set(f.id, { ...known[i], figure: f, group: groupOf(known[i].group), tariff: tariffAt.get(f.start) }));
      continue;
    }
    readSentence(list, tariffAt, out);
    READINGS.set(list[0].sentence, key, list.map((f) => {
      const r = out.get(f.id)!;
      return { ...r, group: r.group.map((g) => list.indexOf(g)) };
    }));
  }
  return figures.map((f) => out.get(f.id)!).filter(Boolean);
}

/** A sentence's readings with figures as their index in the sentence: the same sentence with the same figures reads the same. */
type SentenceReading = Omit<FigureReading, 'figure' | 'group' | 'tariff'> & { group: number[] };
const READINGS = new TupleMemo<SentenceReading[]>();

/** What a sentence's reading depends on besides its words (the memo's text): where its figures sit and what they are, which are tariff rates. */
function sentenceKey(list: readonly Figure[], tariffAt: ReadonlyMap<number, TariffRate>): Array<string | number> {
  const key: Array<string | number> = [];
  for (const f of list) key.push(f.start - f.sentenceStart, f.end - f.sentenceStart, f.kind, f.value, f.unit, tariffAt.has(f.start) ? 1 : 0);
  return key;
}

/** Reads the figures of one sentence into `out`. */
function readSentence(list: Figure[], tariffAt: ReadonlyMap<number, TariffRate>, out: Map<string, FigureReading>): void {
  const s = list[0].sentence;
  const clauses = clausesOf(s);
  const clauseOf = (at: number) => clauses[Math.max(0, lastAtOrBefore(clauses, (c) => c.start <= at))];
  // Groups: figures joined by a few linking words and no clause break between them.
  const groups: Figure[][] = [];
  for (const f of list) {
    const last = groups[groups.length - 1]?.at(-1);
    const gap = last ? linkWords(last, f) : '';
    if (last && clauseOf(last.start - last.sentenceStart) === clauseOf(f.start - f.sentenceStart) && LINK_GAP.test(gap)) groups[groups.length - 1].push(f);
    else groups.push([f]);
  }
  const measures = [...s.matchAll(MEASURE_RE)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: measureWord(m[1]) }));
  const notActual = [...s.matchAll(NOT_ACTUAL_RE)].filter((m) => m[1] !== 'May').map((m) => ({ at: m.index ?? 0, word: m[1].toLowerCase() }));
  const sentencePeriods = periodsIn(s);
  const periodsOf = new Map<Clause, readonly string[]>();
  let previousEnd = 0;
  for (const group of groups) {
    const first = group[0].start - group[0].sentenceStart;
    const lastFig = group[group.length - 1];
    const lastEnd = lastFig.end - lastFig.sentenceStart;
    const clause = clauseOf(first);
    // Each group reads at most WINDOW characters on either side: long clauses stay linear.
    const segStart = Math.max(clause.start, previousEnd, first - WINDOW);
    const reach = Math.min(clause.end, lastEnd + WINDOW);
    previousEnd = lastEnd;
    // Attribution ("…, the ministry said") names a source, not the subject.
    const tail = s.slice(lastEnd, reach);
    const attribution = /,/.test(tail) ? ATTRIBUTION.exec(tail) : null;
    const clauseEnd = attribution ? lastEnd + tail.lastIndexOf(',', attribution.index) : reach;
    const lead = s.slice(segStart, first);
    const said = [...lead.matchAll(new RegExp(ATTRIBUTION.source, 'giu'))].at(-1);
    const subjectStart = said ? segStart + (said.index ?? 0) + said[0].length : segStart;
    const b = lastAtOrBefore(measures, (m) => m.end <= first);
    const before = b >= 0 && measures[b].at >= segStart ? measures[b] : undefined;
    const a = lastAtOrBefore(measures, (m) => m.at < lastEnd) + 1;
    const after = measures[a] && measures[a].end <= clauseEnd && measures[a].at - lastEnd <= 40 ? measures[a] : undefined;
    const measure = before ?? after;
    const qualifier = measure ? qualifierOf(s, measure.at, measure.end) : '';
    const h = lastAtOrBefore(notActual, (w) => w.at < clause.start) + 1;
    const hedge = notActual[h] && notActual[h].at < clause.end ? notActual[h] : undefined;
    let clausePeriods = periodsOf.get(clause);
    if (!clausePeriods) periodsOf.set(clause, (clausePeriods = periodsIn(s.slice(clause.start, clause.end))));
    const subject = subjectIn(s, subjectStart, Math.max(clauseEnd, first));
    for (const f of group) {
      const at = f.start - f.sentenceStart;
      const textBefore = s.slice(Math.max(0, at - 40), at);
      const textAfter = s.slice(at + f.text.length, at + f.text.length + 50);
      const rise = RISE_AFTER.exec(textAfter) ?? RISE_BEFORE.exec(textBefore);
      const fall = rise ? null : FALL_AFTER.exec(textAfter) ?? FALL_BEFORE.exec(textBefore);
      const tariff = tariffAt.get(f.start);
      const changeByWord = f.kind !== 'percent' && CHANGE_NOUN_BEFORE.test(textBefore);
      let role: FigureRole = 'level';
      if (tariff) role = 'rate';
      else if (EARLIER_BEFORE.test(textBefore)) role = 'earlier';
      else if (f.kind === 'percent' && SHARE_AFTER.test(textAfter)) role = 'share';
      else if (rise || fall || changeByWord || BY_BEFORE.test(textBefore)) role = 'change';
      const direction = role === 'change' ? (rise ? 1 : fall ? -1 : 0) : 0;
      out.set(f.id, {
        figure: f,
        role,
        direction,
        changeWords: (rise ?? fall)?.[1].toLowerCase() ?? '',
        measure: measure?.word ?? (f.kind === 'count' ? f.unit.toLowerCase() : ''),
        qualifier,
        subject,
        periods: clausePeriods.length ? clausePeriods : sentencePeriods,
        notActual: hedge?.word ?? '',
        tariff,
        group,
        base: BASE_AFTER.exec(textAfter)?.[1] ?? '',
      });
    }
  }
}
