/**
 * The index of one source file, linear in its size: every 3-word shingle of its text as a hash
 * with the passage it starts in, kept in one sorted typed array (looked up by binary search), and
 * its numbers by measure and value, with the context words around each.
 */
import type { FigureKind } from '../types';
import type { SourceDoc } from './types';
import { SHINGLE, hashShingle, wordHashes, words } from './tokens';
import { passageNumbers, type SourceNumber } from './numbers';
import { contentWords, contextAround } from './context';

/** A source number with its passage and context words. */
export interface NumberEntry extends SourceNumber {
  passage: number;
  context: string[];
}

/** Values of one measure, sorted, with the entry each came from. */
export interface MeasureValues {
  values: Float64Array;
  ids: Int32Array;
}

export interface FileIndex {
  doc: SourceDoc;
  words: number;
  /** hash × 2^21 + passage, sorted: every shingle of the file once per passage. */
  shingles: Float64Array;
  numbers: NumberEntry[];
  byMeasure: Map<string, MeasureValues>;
  /** Measure and context word ("money:USD|steel") → entries of that measure having the word. */
  byContext: Map<string, number[]>;
}

/** Passages per file the shingle keys can address (2^21); a file over it is indexed up to it. */
export const MAX_PASSAGES = 1 << 21;
const PASSAGE_SPAN = MAX_PASSAGES;

/** The measure a number is compared within: money by currency, counts together (their nouns compared loosely). */
export const measureKey = (kind: FigureKind, unit: string): string => (kind === 'money' ? `money:${unit}` : kind);

/** Indexes a source read into passages. */
export function indexSource(doc: SourceDoc): FileIndex {
  const keys: number[] = [];
  let count = 0;
  // The last two words of the passage before: a shingle may run across a cue or line break.
  let carry: number[] = [];
  const passages = doc.passages.length > MAX_PASSAGES ? doc.passages.slice(0, MAX_PASSAGES) : doc.passages;
  const numbers: NumberEntry[] = [];
  passages.forEach((p, pi) => {
    const hs = wordHashes(p.text);
    count += hs.length;
    const run = carry.length ? [...carry, ...hs] : hs;
    for (let i = 0; i + SHINGLE <= run.length; i++) {
      // Shingles starting in the carried words belong to the passage they start in.
      const owner = i < carry.length ? pi - 1 : pi;
      keys.push(hashShingle(run[i], run[i + 1], run[i + 2]) * PASSAGE_SPAN + owner);
    }
    carry = run.slice(-(SHINGLE - 1));
    const cellContext = p.column !== undefined ? contentWords(`${p.row ?? ''} ${p.column}`) : null;
    let ws: ReturnType<typeof words> | undefined;
    for (const n of passageNumbers(p)) numbers.push({ ...n, passage: pi, context: cellContext ?? contextAround(p.text, n.start, n.end, (ws ??= words(p.text))) });
  });
  const shingles = Float64Array.from(keys).sort();
  return { doc, words: count, shingles: dedupe(shingles), numbers, byMeasure: measures(numbers), byContext: contexts(numbers) };
}

function dedupe(sorted: Float64Array): Float64Array {
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r];
  return sorted.slice(0, w);
}

function measures(numbers: NumberEntry[]): Map<string, MeasureValues> {
  const groups = new Map<string, number[]>();
  numbers.forEach((n, i) => {
    const k = measureKey(n.kind, n.unit);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const out = new Map<string, MeasureValues>();
  for (const [k, ids] of groups) {
    ids.sort((a, b) => Math.abs(numbers[a].value) - Math.abs(numbers[b].value));
    out.set(k, { values: Float64Array.from(ids, (i) => Math.abs(numbers[i].value)), ids: Int32Array.from(ids) });
  }
  return out;
}

function contexts(numbers: NumberEntry[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  numbers.forEach((n, i) => {
    const measure = measureKey(n.kind, n.unit);
    for (const w of n.context) {
      const key = `${measure}|${w}`;
      const l = out.get(key);
      if (l) l.push(i);
      else out.set(key, [i]);
    }
  });
  return out;
}

/** First index in `sorted` whose value is ≥ x. */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The passages a shingle hash starts in. */
export function shinglePassages(index: FileIndex, hash: number): number[] {
  const out: number[] = [];
  const base = hash * PASSAGE_SPAN;
  for (let i = lowerBound(index.shingles, base); i < index.shingles.length && index.shingles[i] < base + PASSAGE_SPAN; i++) out.push(index.shingles[i] - base);
  return out;
}
