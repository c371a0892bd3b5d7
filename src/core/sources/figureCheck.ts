/**
 * Is a figure in the sources? `found` when a source states the same value in any notation,
 * `rounded` when a source value rounds to it at the precision the article states ("$3.94 billion"
 * for "$3.9 billion"), `different` when a source states the same measure (a number of the same
 * kind near the same context words, "steel exports") with another value, else `not-found`.
 * Among several matches, the one sharing most context words wins.
 */
import type { Figure } from '../types';
import { readNumeral } from '../figures/grouping';
import type { SourceCheck } from './types';
import { lowerBound, measureKey, type FileIndex, type NumberEntry } from './fileIndex';
import { contextAround } from './context';

/** Context words a source number must share with a figure to be the same measure. */
export const SAME_MEASURE_WORDS = 2;

/** The step of the last digit the article states: 1e8 for "$3.9 billion", 1 for "12%", 1e6 for "46 million". */
export function statedStep(f: Pick<Figure, 'text' | 'value'>): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(f.text);
  if (!m) return 0;
  const numeral = Math.abs(readNumeral(m[0]).value);
  if (!numeral) return 0;
  const factor = Math.abs(f.value) / numeral;
  return Math.pow(10, -(m[1]?.length ?? 0)) * factor;
}

/** Nouns of counts agree when either is missing or they share a stem ("tire", "tires"). */
const countsAgree = (a: string, b: string): boolean => !a || !b || a.replace(/s$/, '') === b.replace(/s$/, '');

interface Hit {
  file: FileIndex;
  entry: NumberEntry;
  shared: number;
}

const shared = (context: ReadonlySet<string>, e: NumberEntry): number => e.context.filter((w) => context.has(w)).length;

/**
 * The entry of the figure's measure with |value| in [lo, hi] sharing most context words with it
 * (the first of those sharing all of them: no later one can do better), or null.
 */
function bestInRange(files: readonly FileIndex[], f: Figure, lo: number, hi: number, context: ReadonlySet<string>): Hit | null {
  const key = measureKey(f.kind, f.unit);
  let top: Hit | null = null;
  for (const file of files) {
    const m = file.byMeasure.get(key);
    if (!m) continue;
    for (let i = lowerBound(m.values, lo); i < m.values.length && m.values[i] <= hi; i++) {
      const entry = file.numbers[m.ids[i]];
      if (f.kind === 'count' && !countsAgree(f.unit, entry.unit)) continue;
      const n = shared(context, entry);
      if (top && n <= top.shared) continue;
      top = { file, entry, shared: n };
      if (n === context.size) return top;
    }
  }
  return top;
}

function best(hits: Hit[]): Hit | null {
  let top: Hit | null = null;
  for (const h of hits) if (!top || h.shared > top.shared) top = h;
  return top;
}

function result(status: SourceCheck['status'], h: Hit): SourceCheck {
  const p = h.file.doc.passages[h.entry.passage];
  return {
    status,
    file: h.file.doc.file,
    line: p.line,
    time: p.time ?? null,
    speaker: p.speaker ?? null,
    speakerDiffers: false,
    differences: status === 'found' ? [] : [{ expected: h.entry.text, found: '', serious: status === 'different' }],
    serious: status === 'different',
    excerpt: h.entry.text,
    ...(p.column !== undefined ? { row: p.row ?? '', column: p.column } : {}),
  };
}

/** Checks one figure against the sources. */
export function checkFigure(f: Figure, files: readonly FileIndex[]): SourceCheck {
  const v = Math.abs(f.value);
  const eps = Math.max(1e-9, v * 1e-9);
  const context = new Set(contextAround(f.sentence, f.start - f.sentenceStart, f.end - f.sentenceStart));
  const exact = bestInRange(files, f, v - eps, v + eps, context);
  if (exact) return withFound(result('found', exact), f);
  const half = statedStep(f) / 2;
  const near = bestInRange(files, f, v - half - eps, v + half + eps, context);
  if (near) return withFound(result('rounded', near), f);
  const same: Hit[] = [];
  const measure = measureKey(f.kind, f.unit);
  for (const file of files) {
    const ids = new Set<number>();
    for (const w of context) for (const i of file.byContext.get(`${measure}|${w}`) ?? []) ids.add(i);
    for (const i of ids) {
      const e = file.numbers[i];
      if (f.kind === 'count' && !countsAgree(f.unit, e.unit)) continue;
      const n = shared(context, e);
      if (n >= Math.min(SAME_MEASURE_WORDS, context.size) && n > 0) same.push({ file, entry: e, shared: n });
    }
  }
  const other = best(same);
  if (other) return withFound(result('different', other), f);
  return { status: 'not-found', file: null, line: null, time: null, speaker: null, speakerDiffers: false, differences: [], serious: false, excerpt: '' };
}

/** A figure's difference names what the article prints. */
function withFound(c: SourceCheck, f: Figure): SourceCheck {
  return { ...c, differences: c.differences.map((d) => ({ ...d, found: f.text })) };
}
