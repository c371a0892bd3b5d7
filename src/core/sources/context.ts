/** The words that say what a number measures: the content words around it, lightly stemmed. */
import { CONTEXT_STOP_WORDS } from '../lexicon/sourceWords';
import { words } from './tokens';

/** Words on each side of a number read as its context. */
export const CONTEXT_REACH = 8;

/** "exports" and "export" are one context word. */
const stem = (w: string): string => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

const isContent = (w: string): boolean => w.length >= 3 && !/^\p{N}/u.test(w) && !CONTEXT_STOP_WORDS.words.has(w);

/** Content words of `text`, all of them. */
export function contentWords(text: string): string[] {
  return [...new Set(words(text).map((w) => w.norm).filter(isContent).map(stem))];
}

/**
 * Content words within CONTEXT_REACH words of [start, end) in `text`. `ws` is `words(text)` when
 * the caller has it: an index reads every number of a passage against one split of its words.
 */
export function contextAround(text: string, start: number, end: number, ws: ReturnType<typeof words> = words(text)): string[] {
  // The first word ending after `start` (words are in text order): found by halving, not a scan.
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].end > start) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  let last = first;
  while (last < ws.length && ws[last].start < end) last++;
  const near = [...ws.slice(Math.max(0, first - CONTEXT_REACH), first), ...ws.slice(last, last + CONTEXT_REACH)];
  return [...new Set(near.map((w) => w.norm).filter(isContent).map(stem))];
}
