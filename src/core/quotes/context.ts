/**
 * The article around the quotes, sentence by sentence: which quotes and speech verbs each sentence
 * holds. Built lazily per paragraph, as attribution only ever looks a few paragraphs back.
 */
import type { QuoteMention } from '../mentions';
import { splitParagraphs, type Paragraph } from '../paragraphs';
import { findCues, type Cue } from './cues';
import { isCreditLine } from './credits';
import { maskQuotes, sentenceBounds } from './sentences';
import { lowerBound } from './search';
import { TextMemo } from '../memo';
import { tokenize } from '../lexicon/tokens';
import type { QuoteSentenceMemo } from '../quoteSentenceMemo';

export interface ArticleSentence {
  start: number;
  end: number;
  paragraph: number;
  /** Indices of the quotes that open in this sentence. */
  quotes: number[];
  /** Speech verbs, with document offsets. */
  cues: Cue[];
  /** A byline or reporting credit ("By Tom Reyes"): its people wrote the story, they do not speak in it. */
  credit: boolean;
}

export class ArticleSentences {
  private readonly paragraphs: Paragraph[];
  /** Each paragraph's sentences once built, by its index (a list: a map of them grew by rehashing at every keystroke). */
  private readonly built: Array<ArticleSentence[] | undefined>;

  constructor(
    text: string,
    private readonly quotes: QuoteMention[],
    paragraphs?: Paragraph[],
    /** The document's sentences from its last analysis, reused where nothing they are built from changed. */
    private readonly memo?: QuoteSentenceMemo,
  ) {
    this.paragraphs = paragraphs ?? splitParagraphs(text);
    this.built = new Array<ArticleSentence[] | undefined>(this.paragraphs.length);
  }

  /** Index of the paragraph holding `pos`. */
  paragraphAt(pos: number): number {
    return Math.max(0, lowerBound(this.paragraphs, pos + 1, (p) => p.start) - 1);
  }

  /** The sentences of paragraph `i` (empty when out of range). */
  of(i: number): ArticleSentence[] {
    if (i < 0 || i >= this.paragraphs.length) return [];
    let out = this.built[i];
    if (out) return out;
    const p = this.paragraphs[i];
    const end = p.start + p.text.length;
    // Quotes are in text order: this paragraph's are the run [first, last). Asked of every paragraph
    // near a quote at every keystroke, the memo compares them in place; lists are made only to build.
    const first = lowerBound(this.quotes, p.start, (x) => x.start);
    let last = first;
    while (last < this.quotes.length && this.quotes[last].start < end) last++;
    const kept = this.memo?.find(p, i, this.quotes, first, last);
    if (kept) {
      this.built[i] = kept;
      return kept;
    }
    const inside: number[] = [];
    for (let q = first; q < last; q++) inside.push(q);
    // Each quote's span in the paragraph, start and end in turn.
    const spans: number[] = [];
    for (const q of inside) spans.push(this.quotes[q].start - p.start, this.quotes[q].end - p.start);
    let spansKey = '';
    for (let k = 0; k < spans.length; k += 2) spansKey += `${k ? ',' : ''}${spans[k]}:${spans[k + 1]}`;
    const { bounds, cues, credits } = sentencesAndCues(p.text, spansKey);
    out = bounds.map((b, k) => ({ start: b.start + p.start, end: b.end + p.start, paragraph: i, quotes: [], cues: [], credit: credits[k] }));
    // Both lists are in text order: hand each quote and cue to its sentence in one pass.
    let k = 0;
    for (const q of inside) {
      while (k < out.length - 1 && out[k].end <= this.quotes[q].start) k++;
      out[k].quotes.push(q);
    }
    for (const c of cues) {
      out[c.sentence]?.cues.push({ ...c, verbStart: c.verbStart + p.start, verbEnd: c.verbEnd + p.start, attribution: shiftAttribution(c, p.start) });
    }
    this.built[i] = out;
    this.memo?.keep(p, i, first, spans, out);
    return out;
  }
}

/**
 * A paragraph's sentences and speech verbs, from its text with the quotes masked. Remembered by
 * paragraph text (and quote spans), since every keystroke re-links the whole article.
 */
const sentencesAndCuesMemo = new TextMemo<{ bounds: Array<{ start: number; end: number }>; cues: Cue[]; credits: boolean[] }>();
const sentencesAndCues = (text: string, spansKey: string) =>
  sentencesAndCuesMemo.get(text, spansKey, () => {
    const spans = spansKey
      .split(',')
      .filter(Boolean)
      .map((x) => {
        const [s, e] = x.split(':').map(Number);
        return { open: s - 1, close: e, innerStart: s, innerEnd: e };
      });
    const masked = maskQuotes(text, spans);
    const toks = tokenize(text);
    const bounds = sentenceBounds(masked, toks);
    return { bounds, cues: findCues(masked, bounds, toks), credits: bounds.map((b) => isCreditLine(text.slice(b.start, b.end))) };
  });

function shiftAttribution(c: Cue, by: number): Cue['attribution'] {
  const a = c.attribution;
  return a && a.kind === 'name' ? { ...a, start: a.start + by, end: a.end + by } : a;
}
