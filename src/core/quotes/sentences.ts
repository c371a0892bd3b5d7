/**
 * Sentence bounds for quote attribution, computed on text whose quoted words are blanked out, so
 * that the full stop inside “We will not back down.” does not cut “…,” she said from its quote.
 */
import type { MarkPair } from './marks';

export interface Bounds {
  start: number;
  end: number;
}

// Words whose trailing full stop does not end a sentence: honorifics, titles, initials, company suffixes.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Inc|Corp|Co|Ltd|Bros|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$/;
const END = /[.!?]+[)"”’']*\s+|\n\s*/g;
const NEXT_STARTS = /[\p{Lu}0-9“"‘(]/u;

/**
 * Blanks the words inside each pair of marks (same length, so offsets still hold), keeping a final
 * "." "!" or "?" so that a quoted sentence still ends its sentence (“… back down.” Next one).
 */
export function maskQuotes(text: string, pairs: MarkPair[]): string {
  if (!pairs.length) return text;
  let out = '';
  let pos = 0;
  for (const p of pairs) {
    let keep = p.innerEnd;
    while (keep > p.innerStart && /[.!?]/.test(text[keep - 1])) keep--;
    out += text.slice(pos, p.innerStart) + '_'.repeat(keep - p.innerStart) + text.slice(keep, p.innerEnd);
    pos = p.innerEnd;
  }
  return out + text.slice(pos);
}

/** Splits masked text at full stops, question and exclamation marks (before a capital) and at line breaks. */
export function sentenceBounds(masked: string): Bounds[] {
  const out: Bounds[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start) out.push({ start, end });
    start = end;
  };
  END.lastIndex = 0;
  for (let m = END.exec(masked); m; m = END.exec(masked)) {
    const at = m.index + m[0].length;
    if (m[0].includes('\n')) {
      push(at);
      continue;
    }
    const next = masked[at];
    if (next === undefined || !NEXT_STARTS.test(next)) continue;
    if (m[0][0] === '.' && ABBREVIATION.test(masked.slice(Math.max(0, m.index - 12), m.index))) continue;
    push(at);
  }
  push(masked.length);
  return out;
}
