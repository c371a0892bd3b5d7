/**
 * The figures of a source passage, read by the same rules as an article's figures ("$4.2bn",
 * "4,200 million dollars", "3.9 per cent"), and the bare numbers of a table cell read with the
 * units its headers state ("Steel exports (US$ billion)": a cell "3.94" is $3.94 billion).
 */
import { findFigures } from '../figures';
import { currencyAfter, currencyBefore } from '../figures/currency';
import { multiplierAt, percentUnitAt } from '../figures/reading';
import { readNumeral } from '../figures/grouping';
import type { FigureKind } from '../types';
import type { Passage } from './types';

/** A number in a source, normalized as figures are. */
export interface SourceNumber {
  kind: FigureKind;
  unit: string;
  value: number;
  /** The number as the source writes it. */
  text: string;
  /** Where it is in the passage's text. */
  start: number;
  end: number;
}

const CELL_NUMBER = /^([-+(]?)([$€£¥]|US\$|C\$)?\s?(\d[\d,]*(?:\.\d+)?)\s?(%)?\)?$/;

/** What a header says of its cells' numbers: currency, multiplier, percent. */
interface HeaderUnit {
  currency: string;
  factor: number;
  percent: boolean;
}

/** Reads "(US$ billion)", "($m)", "in million euros", "share (%)" out of a row or column header. */
export function headerUnit(header: string): HeaderUnit | null {
  let currency = '';
  let factor = 1;
  let percent = false;
  for (let i = 0; i <= header.length; i++) {
    const rest = header.slice(i);
    const atWord = i === 0 || /[^\p{L}\p{N}]/u.test(header[i - 1]);
    // A sign or code ends here ("US$", "($", "USD", "$m"): no letter follows, or a multiplier does.
    if (!currency && (!/\p{L}/u.test(header[i] ?? ' ') || multiplierAt(rest, true))) currency = currencyBefore(header.slice(0, i))?.code ?? '';
    if (!atWord) continue;
    if (!currency) currency = currencyAfter(rest)?.code ?? '';
    if (factor === 1) factor = multiplierAt(rest, true)?.factor ?? 1;
    if (!percent && percentUnitAt(rest)?.unit === '%') percent = true;
  }
  return currency || factor !== 1 || percent ? { currency, factor, percent } : null;
}

/** A table cell that is just a number: read with its headers' units. */
function cellNumber(p: Passage): SourceNumber | null {
  const m = CELL_NUMBER.exec(p.text);
  if (!m) return null;
  const sign = m[1] === '-' || m[1] === '(' ? -1 : 1;
  const base = readNumeral(m[3]).value * sign;
  const unit = headerUnit(p.column ?? '') ?? headerUnit(p.row ?? '');
  const signCode = m[2] ? (currencyBefore(m[2])?.code ?? '') : '';
  const currency = signCode || unit?.currency || '';
  const value = base * (unit?.factor ?? 1);
  if (m[4] || (unit?.percent && !currency)) return { kind: 'percent', unit: '%', value: base, text: p.text, start: 0, end: p.text.length };
  if (currency) return { kind: 'money', unit: currency, value, text: p.text, start: 0, end: p.text.length };
  return { kind: 'count', unit: '', value, text: p.text, start: 0, end: p.text.length };
}

/** The figures of a passage: a table cell's number, else every figure the article rules find in it. */
export function passageNumbers(p: Passage): SourceNumber[] {
  if (!/\d/.test(p.text)) return [];
  if (p.column !== undefined) {
    const n = cellNumber(p);
    if (n) return [n];
  }
  const sentence = { start: 0, end: p.text.length, text: p.text };
  // findFigures reads the text and its sentences only; the compromise doc and tokens are not used by it.
  const found = findFigures({ text: p.text, sentences: [sentence], doc: null as never, tokens: [] });
  return found.map((f) => ({ kind: f.kind, unit: f.unit, value: f.value, text: f.text, start: f.start, end: f.end }));
}
