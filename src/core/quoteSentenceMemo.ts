/**
 * The sentences of a paragraph as quote attribution reads them (quotes/context.ts: its sentence
 * bounds, speech verbs, credit lines and the quotes that open in each, in document offsets) are
 * rebuilt for every paragraph near a quote at every keystroke. They read only the paragraph's text,
 * where it starts, its place in the list of paragraphs, and which quotes open in it (their index in
 * the article's list and their spans in the paragraph): when all of that is what it was in the last
 * analysis, the sentences are the last analysis's, as they are (attribution only reads them). One per
 * document, on its ParagraphCache; it keeps the paragraphs of the last analysis only.
 */
import type { ArticleSentence } from './quotes/context';
import type { Paragraph } from './paragraphs';

interface Kept {
  start: number;
  index: number;
  quotes: readonly number[];
  spans: readonly number[];
  sentences: ArticleSentence[];
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class QuoteSentenceMemo {
  private last = new Map<string, Kept>();
  private next = new Map<string, Kept>();

  /** The last analysis's sentences of paragraph `index`, when everything they were built from is the same. */
  find(p: Paragraph, index: number, quotes: readonly number[], spans: readonly number[]): ArticleSentence[] | undefined {
    const k = this.last.get(p.text);
    if (!k || k.start !== p.start || k.index !== index || !sameList(k.quotes, quotes) || !sameList(k.spans, spans)) return undefined;
    this.next.set(p.text, k);
    return k.sentences;
  }

  keep(p: Paragraph, index: number, quotes: readonly number[], spans: readonly number[], sentences: ArticleSentence[]): void {
    this.next.set(p.text, { start: p.start, index, quotes, spans, sentences });
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
