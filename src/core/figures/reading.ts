/**
 * Reading what is attached to a numeral: its multiplier ("billion", "bn"), its percent-like unit
 * ("%", "per cent", "percentage points", "bp") and the noun it counts ("46 million tires").
 */
import { COLLECTIVE_NOUNS, COUNT_STOP_WORDS, HYPHEN_COUNT_NOUNS, MULTIPLIER_FACTORS, MULTIPLIER_LETTERS, MULTIPLIER_WORDS } from '../lexicon/measures';
import { rx } from '../lexicon/wordList';

// Spelled multipliers may follow a space or hyphen; one-letter ones must be glued ("$5m", "$3.6B").
const WORD_MULT = rx('iu')`^[\s-]?(${MULTIPLIER_WORDS})(?![\p{L}\p{N}])`;
const LETTER_MULT = rx('iu')`^(${MULTIPLIER_LETTERS})(?![\p{L}\p{N}])`;

export interface Multiplier {
  factor: number;
  length: number;
}

/** The multiplier at the start of `after`; one-letter forms only when `money` (a currency precedes). */
export function multiplierAt(after: string, money: boolean): Multiplier | null {
  const m = WORD_MULT.exec(after) ?? (money ? LETTER_MULT.exec(after) : null);
  if (!m) return null;
  return { factor: MULTIPLIER_FACTORS.get(m[1].toLowerCase()) ?? 1, length: m[0].length };
}

export type PercentUnit = '%' | 'pp' | 'bp';

// Order matters: "percentage points" before "percent"; hyphenated forms ("10-per-cent", "20-percent").
const PERCENT_UNIT = /^(?:\s?-?)(?:(percentage[\s-]points?|ppts?(?![\p{L}])|pp(?![\p{L}]))|(basis[\s-]points?|bps?(?![\p{L}]))|(%|percent(?![\p{L}])|per[\s-]?cent(?![\p{L}])|pct(?![\p{L}])))/iu;

// South Asian business pages write percent as "pc" against the number ("a 5pc duty"); only that
// spelling, lowercase and attached, so "10 PCs" and "Windows 10 PC" stay what they are.
const ATTACHED_PC = /^pc(?![\p{L}\d])/u;

/** The percent, percentage-point or basis-point unit at the start of `after`. */
export function percentUnitAt(after: string): { unit: PercentUnit; length: number } | null {
  if (ATTACHED_PC.test(after)) return { unit: '%', length: 2 };
  const m = PERCENT_UNIT.exec(after);
  if (!m) return null;
  const unit: PercentUnit = m[1] ? 'pp' : m[2] ? 'bp' : '%';
  // "30 %" and "30%" yes; "30 - %" no: only a bare space or hyphen is allowed before the unit.
  return { unit, length: m[0].length };
}

// A range whose unit is written once, at its end: "5 to 10 percent", "5-10%", "between 3 and 9 per cent".
const RANGE_TAIL = /^(?:\s?[-–]\s?|\s(?:to|and)\s)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/** The percent unit of a range's far end, when `after` continues a range ("to 10 percent"). */
export function rangeUnitAt(after: string): PercentUnit | null {
  const m = RANGE_TAIL.exec(after);
  return m ? (percentUnitAt(after.slice(m[0].length))?.unit ?? null) : null;
}

/** The multiplier of a range's far end, when `after` continues a range ("-50 billion"). */
export function rangeMultiplierAt(after: string): Multiplier | null {
  const m = RANGE_TAIL.exec(after);
  return m ? multiplierAt(after.slice(m[0].length), false) : null;
}

/** The near end of a range just before a number: "40-" of "$40-50 billion"; its index in `before`, or -1. */
export function rangeHeadAt(before: string): number {
  return /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?[-–]\s?|\s(?:to|and)\s)$/.exec(before)?.index ?? -1;
}

/**
 * The noun a count counts, read from the words after it: "46 million tires" → "tires",
 * "13 luxury automobile models" → "models", "17-year" → "years"; "" when none.
 */
export function countedNoun(after: string): string {
  const hyphen = /^-([a-z]+)\b/i.exec(after);
  if (hyphen) {
    const w = hyphen[1].toLowerCase();
    return HYPHEN_COUNT_NOUNS.has(w) ? (w === 'century' ? 'centuries' : `${w}s`) : w;
  }
  const words = /^\s((?:[a-z][a-z'’-]*)(?:\s[a-z][a-z'’-]*){0,2})/.exec(after)?.[1].split(' ') ?? [];
  const usable: string[] = [];
  for (const w of words) {
    if (COUNT_STOP_WORDS.words.has(w)) break;
    usable.push(w);
  }
  return usable.find((w) => /[^s]s$/.test(w) || COLLECTIVE_NOUNS.words.has(w)) ?? usable[0] ?? '';
}
