import type { Analysis } from '../types';
import type { FactKind } from './types';
import { fnv, hash8, normalizeSentence } from './text';

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
 * Every checkable fact of an analysis, in the order of the text within each kind: tariff rates,
 * figures (without those that are a tariff rate's span: the rate stands for them), people,
 * organizations, quotes.
 */
export function ledgerFacts(analysis: Analysis): LedgerFact[] {
  const drafts: Draft[] = [];
  // Many facts share a sentence: normalize each once.
  const normalized = new Map<string, string>();
  const norm = (s: string) => normalized.get(s) ?? (normalized.set(s, normalizeSentence(s)), normalized.get(s)!);
  const spanOf = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  const rateBySpan = new Map(analysis.tariffs.map((t) => [spanOf(t), t.id]));
  const figureIdsBySpan = new Map<string, string[]>();
  for (const f of analysis.figures) {
    const rate = rateBySpan.get(spanOf(f));
    if (rate) figureIdsBySpan.set(spanOf(f), [...(figureIdsBySpan.get(spanOf(f)) ?? []), f.id]);
  }
  for (const t of analysis.tariffs) {
    drafts.push({ id: t.id, alsoIds: figureIdsBySpan.get(spanOf(t)) ?? [], kind: 'tariff', text: norm(t.text), sentence: norm(t.sentence), start: t.start, end: t.end });
  }
  for (const f of analysis.figures) {
    if (rateBySpan.has(spanOf(f))) continue;
    drafts.push({ id: f.id, alsoIds: [], kind: 'figure', text: norm(f.text), sentence: norm(f.sentence), start: f.start, end: f.end });
  }
  for (const p of analysis.people) drafts.push({ id: p.id, alsoIds: [], kind: 'person', text: normalizeSentence(p.name), sentence: '', start: p.mentions[0]?.start ?? 0, end: p.mentions[0]?.end ?? 0 });
  for (const o of analysis.organizations) drafts.push({ id: o.id, alsoIds: [], kind: 'organization', text: normalizeSentence(o.name), sentence: '', start: o.mentions[0]?.start ?? 0, end: o.mentions[0]?.end ?? 0 });
  for (const q of analysis.quotes) {
    const words = normalizeSentence(q.text);
    drafts.push({ id: q.id, alsoIds: [], kind: 'quote', text: words, sentence: words, start: q.start, end: q.end });
  }
  return withOccurrences(drafts);
}

/** Numbers identical facts (same kind, text and sentence) in text order and gives each its key. */
export function withOccurrences(drafts: Draft[]): LedgerFact[] {
  const seen = new Map<string, number>();
  const ordered = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start || a.i - b.i);
  const occurrence = new Array<number>(drafts.length);
  for (const { d, i } of ordered) {
    const id = `${d.kind}\n${d.text}\n${d.sentence}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    occurrence[i] = n;
  }
  const states = new Map<string, number>();
  const stateOf = (s: string) => states.get(s) ?? (states.set(s, fnv(`${s}\n`)), states.get(s)!);
  return drafts.map((d, i) => ({ ...d, occurrence: occurrence[i], key: entryKey(d.kind, d.text, d.sentence, occurrence[i], stateOf(d.sentence)) }));
}
