/**
 * Words as the source check compares them: quote marks, dashes, case, spacing and line breaks
 * ignored. "Don’t" and "don't" are one word; "long-term" is "long" "term"; "4,200" is "4200".
 */
import { fnv } from '../ledger/text';
import { NEGATIONS, NEGATION_ENDINGS, NUMBER_WORDS } from '../lexicon/sourceWords';

/** A word of a text: its normalized form and where it is. */
export interface Word {
  norm: string;
  start: number;
  end: number;
}

// Digits with inner separators ("4,200", "3.94"), or letters/digits with inner apostrophes ("don't", "O'Neil").
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** One word normalized: lower case, curly apostrophes straight, digit-group commas gone. */
export function normWord(w: string): string {
  const lower = w.toLowerCase().replace(/[’ʼ]/g, "'");
  return /^\p{N}/u.test(lower) ? lower.replace(/,/g, '') : lower;
}

/** The words of a text in order. Linear, never throws. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ norm: normWord(m[0]), start, end: start + m[0].length });
  }
  return out;
}

/** The normalized words only: what the index hashes. */
export function normWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => normWord(m[0]));
}

/** 32-bit FNV-1a of a word (the ledger's hash). */
export const hashWord = (w: string): number => fnv(w);

/**
 * The hashes of a text's normalized words, as `normWords(text).map(hashWord)` gives them, without
 * making the normalized strings: the index hashes millions of words.
 */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    const first = w.charCodeAt(0);
    const numeric = first < 128 ? first >= 48 && first <= 57 : /^\p{N}/u.test(w);
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) {
      let c = w.charCodeAt(i);
      if (c === 0x2019 || c === 0x2bc) c = 39;
      else if (c === 44 && numeric) continue;
      h = Math.imul(h ^ c, 0x01000193);
    }
    out.push(h >>> 0);
  }
  return out;
}

/** An order-sensitive hash of three word hashes: a shingle. */
export const hashShingle = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca77) + c) >>> 0;

/** Word count of a shingle. */
export const SHINGLE = 3;

export const isNegation = (w: string): boolean => NEGATIONS.words.has(w) || NEGATION_ENDINGS.some((e) => w.endsWith(e));
export const isNumberWord = (w: string): boolean => /^\p{N}/u.test(w) || NUMBER_WORDS.words.has(w);
