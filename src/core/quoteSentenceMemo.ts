/**
 * The sentences of a paragraph as quote attribution reads them (quotes/context.ts: its sentence
 * bounds, speech verbs, credit lines and the quotes that open in each, in document offsets) are
 * rebuilt for every paragraph near a quote at every keystroke. They read only the paragraph's text,
 * where it starts, its place in the list of paragraphs, and which quotes open in it (their index in
 * the article's list and their spans in the paragraph): when all of that is what it was in the last
 * analysis, the sentences are the last analysis's, as they are (attribution only reads them). A
 * paragraph that only moved (typing above it shifts where it starts, a paragraph added before it its
 * place, a quote added before it the numbers of its quotes) has the same sentences moved: offsets by
 * as much as its start, its place, and its quotes' numbers by one amount. One per document, on its
 * ParagraphCache; it keeps the paragraphs of the last analysis only.
 */
import type { ArticleSentence } from './quotes/context';
import type { Paragraph } from './paragraphs';
import type { Cue } from './quotes/cues';
import type { QuoteMention } from './mentions';

interface Kept {
  start: number;
  index: number;
  /** The index of the paragraph's first quote (its quotes are a run of the article's: `spans.length / 2` of them). */
  first: number;
  spans: readonly number[];
  sentences: ArticleSentence[];
}

/** Whether the quotes [first, last) of `quotes` have the spans `spans` in a paragraph starting at `start`. */
function sameSpans(spans: readonly number[], quotes: readonly QuoteMention[], first: number, last: number, start: number): boolean {
  if (spans.length !== 2 * (last - first)) return false;
  for (let q = first, k = 0; q < last; q++, k += 2) if (quotes[q].start - start !== spans[k] || quotes[q].end - start !== spans[k + 1]) return false;
  return true;
}

/**
 * A cue of a paragraph moved by `by` characters, written out field by field in the order
 * quotes/cues.ts builds them. A copy by spread that then writes over the offsets went to the runtime
 * for every write (each a miss of a megamorphic inline cache): about 700 calls at every keystroke.
 */
function movedCue(c: Cue, by: number): Cue {
  const a = c.attribution;
  return { verbStart: c.verbStart + by, verbEnd: c.verbEnd + by, sentence: c.sentence, attribution: a?.kind === 'name' ? { kind: 'name', name: a.name, start: a.start + by, end: a.end + by } : a };
}

/*
 * The lists below are filled by push, as quotes/context.ts fills a fresh sentence's: a list made by
 * map has holey elements where a fresh one's are packed, and the attribution code optimized on the
 * full analysis's sentences was thrown away again at the first keystrokes that handed it moved ones
 * (V8 deoptimizes on the other kind of list: lastBelow, personFor's loop over cues).
 */
function renumbered(quotes: readonly number[], by: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < quotes.length; i++) out.push(quotes[i] + by);
  return out;
}

function movedCues(cues: readonly Cue[], by: number): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < cues.length; i++) out.push(movedCue(cues[i], by));
  return out;
}

/**
 * The sentences of a paragraph that moved `by` characters to place `index`, its quotes renumbered by
 * `renumber`. Written out field by field, in the order quotes/context.ts builds them, so moved and
 * freshly built sentences share one shape; lists with nothing to move (no cues, no quotes) are shared.
 */
function moved(sentences: readonly ArticleSentence[], by: number, index: number, renumber: number): ArticleSentence[] {
  const out = new Array<ArticleSentence>(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    out[i] = {
      start: s.start + by,
      end: s.end + by,
      paragraph: index,
      quotes: renumber && s.quotes.length ? renumbered(s.quotes, renumber) : s.quotes,
      cues: by && s.cues.length ? movedCues(s.cues, by) : s.cues,
      credit: s.credit,
    };
  }
  return out;
}

export class QuoteSentenceMemo {
  private last = new Map<string, Kept>();
  private next = new Map<string, Kept>();

  /**
   * The last analysis's sentences of paragraph `index`, whose quotes are [first, last) of `quotes`,
   * when everything they were built from is the same (compared in place: no list is made for it).
   */
  find(p: Paragraph, index: number, quotes: readonly QuoteMention[], first: number, last: number): ArticleSentence[] | undefined {
    const k = this.last.get(p.text);
    if (!k || !sameSpans(k.spans, quotes, first, last, p.start)) return undefined;
    // A run of as many quotes (the spans say so) is the same quotes renumbered by one amount.
    const renumber = last > first ? first - k.first : 0;
    if (k.start === p.start && k.index === index && renumber === 0) {
      this.next.set(p.text, k);
      return k.sentences;
    }
    const sentences = moved(k.sentences, p.start - k.start, index, renumber);
    this.next.set(p.text, { start: p.start, index, first, spans: k.spans, sentences });
    return sentences;
  }

  keep(p: Paragraph, index: number, first: number, spans: readonly number[], sentences: ArticleSentence[]): void {
    this.next.set(p.text, { start: p.start, index, first, spans, sentences });
  }

  /** Ends an analysis: the paragraphs it built are the ones the next may reuse. */
  endPass(): void {
    this.last = this.next;
    this.next = new Map();
  }

  clear(): void {
    this.last = new Map();
    this.next = new Map();
  }
}
