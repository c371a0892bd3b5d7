/**
 * Sentence bounds for quote attribution, computed on text whose quoted words are blanked out, so
 * that the full stop inside “We will not back down.” does not cut “…,” she said from its quote.
 */
import type { MarkPair } from './marks';
import { tokenize, type Tok } from '../lexicon/tokens';

export interface Bounds {
  start: number;
  end: number;
}

const NEXT_STARTS = /[\p{Lu}0-9“"‘(]/u;
const STOP = /^[.!?…]$/;
const CLOSER = /^[)"”’']$/;
const SPACE = /\s/;
/** A lower-case abbreviation whose full stop may still end a sentence ("etc."), unlike "vs.". */
const NEVER_ENDS = /^vs\.$/i;
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

/**
 * Splits a paragraph into sentences from its tokens (see lexicon/tokens.ts, which keeps the full
 * stop of "Mr.", "U.S." and "Corp." inside the word): at a full stop, question or exclamation mark
 * outside a quotation (or ending one) that a capital, a digit or an opening mark follows, and at
 * line breaks. Copy pasted without spaces ("release.Nonetheless", "15.“At") is split too.
 * `masked` is the paragraph with its quotations blanked (maskQuotes); `toks` are its tokens.
 */
export function sentenceBounds(masked: string, toks: readonly Tok[] = tokenize(masked)): Bounds[] {
  const out: Bounds[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start) out.push({ start, end });
    start = end;
  };
  let lastEnd = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // Line breaks always end a sentence (a headline, a dateline, a list item).
    let nl = -1;
    for (let i = Math.max(lastEnd, start); i < t.start; i++) if (masked[i] === '\n') nl = i;
    if (nl >= 0) {
      let at = nl + 1;
      while (at < t.start && SPACE.test(masked[at])) at++;
      push(at);
    }
    lastEnd = t.end;
    if (t.word) {
      // "etc." ends a sentence when a capital follows; "vs." and capitalized titles ("Gov.") never do.
      if (!(t.text.endsWith('.') && /^\p{Ll}/u.test(t.text) && t.text.length > 2 && !NEVER_ENDS.test(t.text) && masked[t.end - 1] === '.')) continue;
    } else if (!STOP.test(t.text) || masked[t.start] !== t.text) continue;
    // The run of stops and closing marks after the word: "…down.” Next", "?!", ".)".
    let j = k;
    while (j + 1 < toks.length && toks[j + 1].start === toks[j].end && (STOP.test(toks[j + 1].text) || CLOSER.test(toks[j + 1].text)) && masked[toks[j + 1].start] === toks[j + 1].text) j++;
    const end = toks[j].end;
    let at = end;
    while (at < masked.length && SPACE.test(masked[at]) && masked[at] !== '\n') at++;
    const next = masked[at];
    if (next === undefined || next === '\n') continue;
    const spaced = at > end;
    // Without a space, only a stop after a lower-case word or a figure, then an opening mark: "15.“At".
    // Or a full stop between a lower-case word and a capitalized one, run together ("Associates.President").
    const runTogether = t.text === '.' && j === k && k > 0 && toks[k - 1].end === t.start && /\p{Ll}{2}$/u.test(toks[k - 1].text) && /\p{Lu}/u.test(next) && /\p{Ll}/u.test(masked[at + 1] ?? '');
    const tight = !spaced && t.word === false && ((/^[“‘]$/.test(next) && k > 0 && /^[\p{Ll}\p{N}]/u.test(toks[k - 1].text)) || runTogether);
    if ((spaced && NEXT_STARTS.test(next)) || tight) push(at);
    k = j;
  }
  push(masked.length);
  return out;
}

