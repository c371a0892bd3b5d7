import type { Attribution, ParagraphContext, QuoteMention } from './mentions';
import { pairQuoteMarks, type MarkPair } from './quotes/marks';
import { maskQuotes, sentenceBounds } from './quotes/sentences';
import { findCues, type Cue } from './quotes/cues';
import { judgeQuoted } from './quotes/scareQuotes';
import { lowerBound } from './quotes/search';
import { decide } from './rules/rule';
import { cueRules, type CueChoice } from './quotes/cueRules';
import { LATER_CLAUSE_WORDS } from './lexicon/speechVerbs';
import { rx } from './lexicon/wordList';

const ANY_MARK = /[“”"„`]/;

/** The words inside the marks: no edge spaces, no trailing comma (“A,” she said → A). */
function innerSpan(text: string, p: MarkPair): { start: number; end: number } {
  let start = p.innerStart;
  let end = p.innerEnd;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

const CLAUSE_WORD = rx('u')`(?<![\p{L}])${LATER_CLAUSE_WORDS}(?![\p{L}])`;
const WORD_CHAR = /[\p{L}\d]/u;

/** Words then a comma, or a clause word, between a quote and a verb: the verb belongs to another clause. */
function laterClause(gap: string): boolean {
  const w = gap.search(WORD_CHAR);
  return w >= 0 && (/[,;]/.test(gap.slice(w)) || CLAUSE_WORD.test(gap));
}

/** How many cues on each side of a quote are worth reading: attributions sit next to their quote. */
const NEAR = 4;

/**
 * The cue that speaks for a quote: a verb right after it (“…,” said X), else right before it
 * (X said, “…”), else the nearest other in its sentence (Mr. Liu said the position has “always been
 * clear”). `cues` are the sentence's, in text order.
 */
function cueFor(masked: string, cues: Cue[], p: MarkPair, prev: MarkPair | undefined, next: MarkPair | undefined): { value: Attribution; rule: string } | null {
  const close = p.close < 0 ? p.innerEnd : p.close;
  const k = lowerBound(cues, close + 1, (c) => c.verbStart);
  // “…” for parts suppliers, where he said …: a verb in a later clause does not speak the quote.
  const tail = cues.slice(k, k + NEAR).filter((c) => (!next || c.verbStart < next.open) && !laterClause(masked.slice(close + 1, c.verbStart)));
  const head = cues
    .slice(Math.max(0, k - NEAR), k)
    .reverse()
    .filter((c) => c.verbEnd <= p.open && (!prev || prev.close < 0 || c.verbStart > prev.close));
  const rest = [...cues.slice(k, k + 2 * NEAR), ...cues.slice(Math.max(0, k - 2 * NEAR), k)]
    .filter((c) => !tail.includes(c) && !head.includes(c))
    .sort((a, b) => Math.abs(a.verbStart - p.open) - Math.abs(b.verbStart - p.open));
  const choice: CueChoice = { after: tail, before: head, elsewhere: rest };
  return decide(cueRules, choice);
}

/** Finds direct quotations in a paragraph and the attribution their own sentence gives. */
export function findQuotes(ctx: ParagraphContext): QuoteMention[] {
  const text = ctx.text;
  if (!ANY_MARK.test(text)) return [];
  const pairs = pairQuoteMarks(text);
  if (!pairs.length) return [];
  const masked = maskQuotes(text, pairs);
  const sentences = sentenceBounds(masked, ctx.tokens);
  const cues = findCues(masked, sentences, ctx.tokens);
  const cuesBySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    const list = cuesBySentence.get(c.sentence);
    if (list) list.push(c);
    else cuesBySentence.set(c.sentence, [c]);
  }

  // Where each sentence's first speech verb with a named or pronoun speaker ends ("He noted that …").
  const firstReporter = new Map<number, number>();
  for (const c of cues) if (c.attribution && c.attribution.kind !== 'description' && !firstReporter.has(c.sentence)) firstReporter.set(c.sentence, c.verbEnd);

  const out: QuoteMention[] = [];
  let s = 0;
  pairs.forEach((p, i) => {
    while (s < sentences.length - 1 && sentences[s].end <= p.open) s++;
    const { start, end } = innerSpan(text, p);
    if (end <= start) return;
    const own = cuesBySentence.get(s) ?? [];
    const close = p.close < 0 ? text.length : p.close + 1;
    const judged = judgeQuoted({
      inner: text.slice(start, p.innerEnd).trimEnd(),
      before: text.slice(Math.max(0, p.open - 30), p.open),
      after: text.slice(close, close + 30),
      sentenceHasSpeech: own.length > 0,
      inReportedClause: (firstReporter.get(s) ?? Infinity) <= p.open,
    });
    if (judged.value === 'term') return;
    const inSentence = (q: MarkPair | undefined) => (q && q.open >= sentences[s].start && q.open < sentences[s].end ? q : undefined);
    const cue = cueFor(masked, own, p, inSentence(pairs[i - 1]), inSentence(pairs[i + 1]));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      attribution: cue?.value ?? null,
      runsOn: p.close < 0,
      because: [judged.rule, ...(cue ? [cue.rule] : [])],
    });
  });
  return out;
}
