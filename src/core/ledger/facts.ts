import type { Analysis } from '../types';
import type { FactKind } from './types';
import { fnv, hash8, normalizeSentence } from './text';
import { memoize } from '../memo';

/** A fact of an analysis as the ledger sees it: its identity, and where it is now. */
export interface LedgerFact {
  /** Id in the analysis ("f3", "t1", "p2", "o1", "q4"). */
  id: string;
  /** Other analysis ids of the same fact: the figure a tariff rate also is (same span). */
  alsoIds: string[];
  kind: FactKind;
  /** Identity text, normalized: a figure or rate as written, a canonical name, a quote's words. */
  text: string;
  /** Normalized sentence ('' for people and organizations; a quote's own words for a quote). */
  sentence: string;
  /** 1-based among facts with the same kind, text and sentence, in the order of the text. */
  occurrence: number;
  /** Where it is now (first mention for people and organizations), for views. */
  start: number;
  end: number;
  /** The key its ledger entry has: kind, text and a hash of sentence and text, and the occurrence when above 1. */
  key: string;
}

/**
 * The key of an entry: readable in a diff, unique per kind, text, sentence and occurrence. The hash
 * is of the sentence, a newline and the text (`sentenceState`: the sentence's part, when known).
 */
export function entryKey(kind: FactKind, text: string, sentence: string, occurrence: number, sentenceState = fnv(`${sentence}\n`)): string {
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `${kind}:${shown}:${hash8(text, sentenceState)}${occurrence > 1 ? `:${occurrence}` : ''}`;
}

type Draft = Omit<LedgerFact, 'occurrence' | 'key'>;

/**
 * Normalized sentences and names with their hash states, kept between analyses of one document:
 * after an edit almost every sentence is one seen before, so re-anchoring a ledger of thousands of
 * marks does not normalize and hash them all again. Bounded by `limit` (core/memo.ts).
 */
export class LedgerTextMemo {
  readonly norm: (s: string) => string;
  /** The FNV state of a normalized sentence and its newline: the sentence's part of an entry key. */
  readonly state: (sentence: string) => number;
  constructor(limit = 50_000) {
    this.norm = memoize(normalizeSentence, limit);
    this.state = memoize((sentence) => fnv(`${sentence}\n`), limit);
  }
}

/**
 * Every checkable fact of an analysis, in the order of the text within each kind: tariff rates,
 * figures (without those that are a tariff rate's span: the rate stands for them), people,
 * organizations, quotes. An editor passes the document's memo; otherwise one is made for the call.
 */
export function ledgerFacts(analysis: Analysis, memo = new LedgerTextMemo()): LedgerFact[] {
  const drafts: Draft[] = [];
  const norm = memo.norm;
  // Spans as numbers (start * 2^21 + length): no key strings to build and hash per fact.
  const spanOf = (x: { start: number; end: number }) => x.start * 2_097_152 + (x.end - x.start);
  const rateBySpan = new Map(analysis.tariffs.map((t) => [spanOf(t), t.id]));
  const figureIdsBySpan = new Map<number, string[]>();
  for (const f of analysis.figures) {
    const span = spanOf(f);
    if (!rateBySpan.has(span)) continue;
    const ids = figureIdsBySpan.get(span);
    if (ids) ids.push(f.id);
    else figureIdsBySpan.set(span, [f.id]);
  }
  for (const t of analysis.tariffs) {
    drafts.push({ id: t.id, alsoIds: figureIdsBySpan.get(spanOf(t)) ?? [], kind: 'tariff', text: norm(t.text), sentence: norm(t.sentence), start: t.start, end: t.end });
  }
  for (const f of analysis.figures) {
    if (rateBySpan.has(spanOf(f))) continue;
    drafts.push({ id: f.id, alsoIds: [], kind: 'figure', text: norm(f.text), sentence: norm(f.sentence), start: f.start, end: f.end });
  }
  for (const p of analysis.people) drafts.push({ id: p.id, alsoIds: [], kind: 'person', text: norm(p.name), sentence: '', start: p.mentions[0]?.start ?? 0, end: p.mentions[0]?.end ?? 0 });
  for (const o of analysis.organizations) drafts.push({ id: o.id, alsoIds: [], kind: 'organization', text: norm(o.name), sentence: '', start: o.mentions[0]?.start ?? 0, end: o.mentions[0]?.end ?? 0 });
  for (const q of analysis.quotes) {
    const words = norm(q.text);
    drafts.push({ id: q.id, alsoIds: [], kind: 'quote', text: words, sentence: words, start: q.start, end: q.end });
  }
  return withOccurrences(drafts, memo);
}

/** Numbers identical facts (same kind, text and sentence) in text order and gives each its key. */
export function withOccurrences(drafts: Draft[], memo = new LedgerTextMemo()): LedgerFact[] {
  // Counted per sentence, then per kind and text: the sentence strings are looked up as they are
  // (their hashes cached by the engine) instead of joined into a new long key per fact.
  const seen = new Map<string, Map<string, number>>();
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].start - drafts[b].start || a - b);
  const occurrence = new Array<number>(drafts.length);
  for (const i of order) {
    const d = drafts[i];
    let inSentence = seen.get(d.sentence);
    if (!inSentence) seen.set(d.sentence, (inSentence = new Map()));
    const id = `${d.kind}\n${d.text}`;
    const n = (inSentence.get(id) ?? 0) + 1;
    inSentence.set(id, n);
    occurrence[i] = n;
  }
  return drafts.map((d, i) => ({ ...d, occurrence: occurrence[i], key: entryKey(d.kind, d.text, d.sentence, occurrence[i], memo.state(d.sentence)) }));
}
