/**
 * A light word tokenizer for the people and organization rules: words with their UTF-16 offsets,
 * abbreviations kept whole ("U.S.", "Jr.", "Inc."), possessive 's split off into a flag.
 */

import { isAbbreviation } from './abbreviations';

export interface Tok {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (not punctuation). */
  word: boolean;
  /** Was followed by a possessive 's / ’s (not part of `text`). */
  poss: boolean;
  /** First word of a sentence (or of the paragraph, or after an opening quote mark). */
  sentStart: boolean;
  /** First word of a line that follows a short line (a headline, a byline, an outlet's name), not of wrapped prose. */
  lineStart?: boolean;
}

// A word: letters/digits joined by inner hyphens, apostrophes, dots or ampersands ("U.S", "S&P", "L'Oréal").
const TOKEN = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’.&/](?=[\p{L}\p{M}\p{N}]))*|\S/gu;
const CAP = /^\p{Lu}/u;
const LETTER = /^[\p{L}\p{M}\p{N}]/u;
const POSSESSIVE = /^(.+?)['’]s$/u;
const SENTENCE_END = /^[.!?…]$/;
/** "Associates.President": copy whose paragraphs were run together, a full stop with no space between a lower-case word and a capitalized one. */
const RUN_TOGETHER = /\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u;
const OPENER = /^[“"‘'([—–-]$/;

/** Splits a paragraph into words and punctuation marks. Linear; never throws. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let sentStart = true;
  while ((m = TOKEN.exec(text))) {
    let raw = m[0];
    const start = m.index;
    // "/" joins "Caixin/S&P" but splits into its parts as separate tokens.
    if (raw.length > 1 && raw.includes('/')) {
      const parts = raw.split('/');
      let pos = start;
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) {
          out.push({ text: '/', start: pos, end: pos + 1, cap: false, word: false, poss: false, sentStart: false });
          pos++;
        }
        if (parts[k]) out.push(makeWord(parts[k], pos, text, k === 0 && sentStart));
        pos += parts[k].length;
      }
      sentStart = false;
      continue;
    }
    if (LETTER.test(raw)) {
      // Two sentences run together are two words and a stop, as if the space were there.
      const run = raw.length > 4 ? RUN_TOGETHER.exec(raw) : null;
      if (run) {
        const cut = run.index + 2;
        out.push(makeWord(raw.slice(0, cut), start, text, sentStart));
        out.push({ text: '.', start: start + cut, end: start + cut + 1, cap: false, word: false, poss: false, sentStart: false });
        sentStart = true;
        TOKEN.lastIndex = start + cut + 1;
        continue;
      }
      // Keep the period of an abbreviation or an initial ("J.", "U.S.").
      const next = text[start + raw.length];
      if (next === '.' && (raw.length === 1 || raw.includes('.') || isAbbreviation(raw))) raw += '.';
      const tok = makeWord(raw, start, text, sentStart);
      out.push(tok);
      // An abbreviation's period ends a sentence only when a capital follows after a line break;
      // we don't try to guess it, titles and "U.S." are far more common mid-sentence.
      sentStart = false;
      TOKEN.lastIndex = start + raw.length;
    } else {
      out.push({ text: raw, start, end: start + raw.length, cap: false, word: false, poss: false, sentStart: false });
      if (SENTENCE_END.test(raw)) sentStart = true;
      else if (!OPENER.test(raw) && !/^[”"’']$/.test(raw)) sentStart = false;
    }
  }
  return out;
}

/** Lines shorter than this are set lines (headlines, bylines); longer ones are prose wrapped by hand. */
const SHORT_LINE = 60;

/** Whether the word at `start` opens a line after a short one ("By Ana Ruiz, Staff Reporter" / "The Harbour Ledger"). */
function opensLineAfterShortOne(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] !== '\n') return false;
  const lineEnd = text[k - 1] === '\r' ? k - 1 : k;
  return lineEnd - (text.lastIndexOf('\n', lineEnd - 1) + 1) < SHORT_LINE;
}

function makeWord(raw: string, start: number, text: string, sentStart: boolean): Tok {
  const pm = POSSESSIVE.exec(raw);
  const word = pm && pm[1].length > 0 ? pm[1] : raw;
  const tok: Tok = { text: word, start, end: start + word.length, cap: CAP.test(word), word: true, poss: !!pm, sentStart };
  if (start > 0 && opensLineAfterShortOne(text, start)) tok.lineStart = true;
  return tok;
}

/** The text of tokens i..j-1 as written in the paragraph. */
export const spanText = (text: string, toks: Tok[], i: number, j: number): string => text.slice(toks[i].start, toks[j - 1].end);
