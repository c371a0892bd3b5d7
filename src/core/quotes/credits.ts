/**
 * Credit lines: the byline and the reporting credits around a story ("By Tom Reyes", "Tom Reyes |
 * Reuters", "Reporting by …; Editing by …", "… contributed reporting", "… can be reached at").
 * The people they name wrote the story; they are never the "he" or "she" of a quote in it, nor
 * the speaker a later quote is carried over from.
 */

import { BYLINE_JOINERS } from '../lexicon/speechVerbs';

/** A line that opens with "By", then only name words: "By Tom Reyes", "By TOM REYES and Ana Li in Ottawa". */
const BYLINE = /^\s*by\s+(\p{Lu}[^\n]*)$/iu;
/** What may follow "By" in a byline: capitalized words, initials, particles, "and", "in", commas, a bar or slash. */
const BYLINE_WORD = { test: (w: string): boolean => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) || BYLINE_JOINERS.words.has(w) || /^[,|/&–—-]$/.test(w) };
/** "Tom Reyes | The Daily Ledger", "Tom Reyes / Staff Writer": a name and an outlet beside a bar. */
const BAR_CREDIT = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*[|/]\s*\S/u;
/** Credits that say in words what the person did for the story. */
const WORDED_CREDIT =
  /(?:^|[\s;(])(?:(?:additional\s+)?reporting\s+by|written\s+by|reported\s+by|compiled\s+by|edited\s+by|editing\s+by|writing\s+by|contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))|can\s+be\s+reached\s+at|is\s+a\s+(?:staff\s+)?(?:reporter|correspondent|writer)\s+(?:for|at|with))(?=[\s.,;:)]|$)/i;

/** The longest line that may be a credit: bylines and credits are short. */
const MAX_CREDIT = 160;

/** Whether a sentence (a line of the article) is a byline or a reporting credit. */
export function isCreditLine(sentence: string): boolean {
  const s = sentence.trim();
  if (!s || s.length > MAX_CREDIT) return false;
  if (WORDED_CREDIT.test(s)) return true;
  if (BAR_CREDIT.test(s) && !/[“”"]/.test(s)) return true;
  const by = BYLINE.exec(s);
  if (!by) return false;
  // "By Tuesday, the duties had doubled." is a sentence, not a byline: every word must be a name's.
  const words = by[1].replace(/[.]$/, '').split(/\s+|(?=[,|/])|(?<=[,|/])/).filter((w) => w.trim());
  return words.length <= 12 && words.every((w) => BYLINE_WORD.test(w.trim()) && !/\d/.test(w));
}
