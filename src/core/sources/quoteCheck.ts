/**
 * Is a quote in the sources, word for word? `verbatim` when its words appear in order in a passage
 * (or run on across a transcript's cues), with the omissions an ellipsis or brackets mark allowed;
 * `altered` when a passage shares at least half of the quote's shingles and half its words, with
 * the differing word runs from jsdiff; `not-found` otherwise.
 */
import { diffArrays } from 'diff';
import type { Difference, Passage, SourceCheck } from './types';
import { SHINGLE, hashShingle, hashWord, isNegation, isNumberWord, words, type Word } from './tokens';
import { shinglePassages, type FileIndex } from './fileIndex';
import { speakerDiffers } from './speakers';

/** Share of a quote's shingles (and of its words, after the diff) a passage must have to count as the altered source. */
export const ALTERED_SHARE = 0.5;

/** A word of a quote or a source with the text it was written as. */
interface Token {
  norm: string;
  raw: string;
  passage: number;
}

const tokens = (text: string, passage = -1): Token[] => words(text).map((w: Word) => ({ norm: w.norm, raw: text.slice(w.start, w.end), passage }));

// An ellipsis or a bracketed insertion: the quote leaves words out or puts its own in.
const OMISSION = /…|\.\s?\.\s?\.|\[[^\]]*\]/;

/** The quote's runs of words between omissions. */
export function quoteSegments(text: string): Token[][] {
  return text.split(OMISSION).map((s) => tokens(s)).filter((s) => s.length);
}

interface Region {
  file: FileIndex;
  first: number;
  last: number;
  score: number;
}

/** Passages with shingle hits, grouped into runs of nearby passages, scored by the quote's shingles they share. */
function regions(file: FileIndex, hits: Map<number, Set<number>>, quoteWords: number): Region[] {
  const ps = [...hits.keys()].sort((a, b) => a - b);
  const out: Region[] = [];
  let cur: { first: number; last: number; seen: Set<number> } | null = null;
  const flush = () => cur && out.push({ file, first: cur.first, last: Math.min(cur.last + 1, file.doc.passages.length - 1), score: cur.seen.size });
  for (const p of ps) {
    if (cur && p - cur.last <= 2 && p - cur.first <= Math.max(4, quoteWords)) {
      cur.last = p;
      for (const j of hits.get(p) ?? []) cur.seen.add(j);
    } else {
      flush();
      cur = { first: p, last: p, seen: new Set(hits.get(p)) };
    }
  }
  flush();
  return out;
}

/** The index of `seg` in `hay` at or after `from`, or -1. */
function findRun(hay: Token[], seg: Token[], from: number): number {
  outer: for (let i = from; i + seg.length <= hay.length; i++) {
    for (let k = 0; k < seg.length; k++) if (hay[i + k].norm !== seg[k].norm) continue outer;
    return i;
  }
  return -1;
}

/** Where the segments appear in order, or -1. */
function verbatimAt(hay: Token[], segments: Token[][]): number {
  let from = 0;
  let first = -1;
  for (const seg of segments) {
    const at = findRun(hay, seg, from);
    if (at < 0) return -1;
    if (first < 0) first = at;
    from = at + seg.length;
  }
  return first;
}

const joinRaw = (ts: Token[]): string => ts.map((t) => t.raw).join(' ');

function isSerious(expected: Token[], found: Token[]): boolean {
  const neg = (ts: Token[]) => ts.filter((t) => isNegation(t.norm)).length;
  const nums = (ts: Token[]) => ts.filter((t) => isNumberWord(t.norm)).map((t) => t.norm).sort().join(' ');
  return neg(expected) !== neg(found) || nums(expected) !== nums(found);
}

/** The quote against a window of source words: the differing runs and how many words agree. */
function compare(quote: Token[], window: Token[]): { differences: Difference[]; same: number; start: number } {
  const changes = diffArrays(quote.map((t) => t.norm), window.map((t) => t.norm));
  const runs: Array<{ expected: Token[]; found: Token[]; edge: 'lead' | 'trail' | null }> = [];
  let qi = 0;
  let wi = 0;
  let same = 0;
  let start = -1;
  let open: { expected: Token[]; found: Token[]; edge: 'lead' | 'trail' | null } | null = null;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (!c.added && !c.removed) {
      if (open) runs.push(open);
      open = null;
      if (start < 0) start = wi;
      same += n;
      qi += n;
      wi += n;
      continue;
    }
    open ??= { expected: [], found: [], edge: same === 0 ? 'lead' : null };
    if (c.added) open.expected.push(...window.slice(wi, (wi += n)));
    else open.found.push(...quote.slice(qi, (qi += n)));
  }
  if (open) runs.push({ ...open, edge: open.edge ?? 'trail' });
  // Source words before the quote starts or after it ends are not differences; at a changed first
  // or last word, only as many source words as the article has there are.
  const kept = runs
    .filter((r) => !(r.found.length === 0 && r.edge))
    .map((r) => (r.edge === 'lead' ? { ...r, expected: r.expected.slice(-r.found.length) } : r.edge === 'trail' ? { ...r, expected: r.expected.slice(0, r.found.length) } : r));
  return {
    differences: kept.map((r) => ({ expected: joinRaw(r.expected), found: joinRaw(r.found), serious: isSerious(r.expected, r.found) })),
    same,
    start: Math.max(0, start),
  };
}

/** The source words of a region's passages, in order. */
function regionTokens(r: Region): Token[] {
  const out: Token[] = [];
  // A loop, not a spread: a passage of a few hundred thousand words overflows the call stack as arguments.
  for (let p = r.first; p <= r.last; p++) for (const t of tokens(r.file.doc.passages[p].text, p)) out.push(t);
  return out;
}

/** The window of `hay` the quote's shingles align to: the commonest offset, widened to the aligned shingles near it. */
function alignedWindow(hay: Token[], quote: Token[], shingles: Array<{ hash: number; at: number }>): [number, number] | null {
  const at = new Map<number, number[]>();
  const hs = hay.map((t) => hashWord(t.norm));
  for (let i = 0; i + SHINGLE <= hs.length; i++) {
    const h = hashShingle(hs[i], hs[i + 1], hs[i + 2]);
    const l = at.get(h);
    if (l) l.push(i);
    else at.set(h, [i]);
  }
  const offsets: number[] = [];
  for (const s of shingles) for (const i of at.get(s.hash) ?? []) offsets.push(i - s.at);
  if (!offsets.length) return null;
  const tally = new Map<number, number>();
  for (const o of offsets) tally.set(o, (tally.get(o) ?? 0) + 1);
  const mode = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const slack = Math.max(3, Math.floor(quote.length / 3));
  const near = offsets.filter((o) => Math.abs(o - mode) <= slack);
  // Widened by the slack on both sides: the quote's first or last words may differ from the source's.
  const [low, high] = near.reduce(([lo, hi], o) => [Math.min(lo, o), Math.max(hi, o)], [Infinity, -Infinity]);
  return [Math.max(0, low - slack), Math.min(hay.length, high + quote.length + slack)];
}

function placeOf(file: FileIndex, passage: Passage | undefined, speaker: string | null): Pick<SourceCheck, 'file' | 'line' | 'time' | 'speaker' | 'speakerDiffers'> {
  return {
    file: file.doc.file,
    line: passage?.line ?? null,
    time: passage?.time ?? null,
    speaker: passage?.speaker ?? null,
    speakerDiffers: speakerDiffers(passage?.speaker, speaker),
  };
}

const NONE: SourceCheck = { status: 'not-found', file: null, line: null, time: null, speaker: null, speakerDiffers: false, differences: [], serious: false, excerpt: '' };

/** Checks one quote against the sources; null for a quote too short to look up (under three words between omissions). */
export function checkQuote(quote: { text: string; speaker: string | null }, files: readonly FileIndex[]): SourceCheck | null {
  const segments = quoteSegments(quote.text);
  const all = segments.flat();
  const shingles: Array<{ hash: number; at: number }> = [];
  let offset = 0;
  for (const seg of segments) {
    const hs = seg.map((t) => hashWord(t.norm));
    for (let i = 0; i + SHINGLE <= hs.length; i++) shingles.push({ hash: hashShingle(hs[i], hs[i + 1], hs[i + 2]), at: offset + i });
    offset += seg.length;
  }
  if (!shingles.length) return null;
  const found: Region[] = [];
  for (const file of files) {
    const hits = new Map<number, Set<number>>();
    shingles.forEach((s, j) => {
      for (const p of shinglePassages(file, s.hash)) {
        const set = hits.get(p);
        if (set) set.add(j);
        else hits.set(p, new Set([j]));
      }
    });
    if (hits.size) found.push(...regions(file, hits, all.length));
  }
  const best = found.filter((r) => r.score >= Math.max(1, ALTERED_SHARE * shingles.length)).sort((a, b) => b.score - a.score).slice(0, 4);
  let altered: { check: SourceCheck; same: number } | null = null;
  for (const r of best) {
    const hay = regionTokens(r);
    const at = verbatimAt(hay, segments);
    if (at >= 0) {
      const passage = r.file.doc.passages[hay[at].passage];
      return { ...NONE, status: 'verbatim', ...placeOf(r.file, passage, quote.speaker), excerpt: passage.text.replace(/\s+/g, ' ').trim() };
    }
    const win = alignedWindow(hay, all, shingles);
    if (!win) continue;
    const window = hay.slice(win[0], win[1]);
    const { differences, same, start } = compare(all, window);
    if (same < ALTERED_SHARE * all.length || (altered && altered.same >= same)) continue;
    const passage = r.file.doc.passages[window[start]?.passage ?? r.first];
    altered = {
      same,
      check: { ...NONE, status: 'altered', ...placeOf(r.file, passage, quote.speaker), differences, serious: differences.some((d) => d.serious), excerpt: passage.text.replace(/\s+/g, ' ').trim() },
    };
  }
  return altered?.check ?? NONE;
}
