/** Reading a figure's own words: how precisely it is stated, and what quantity it measures. */
import type { Figure } from './types';

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const APPROX = /\b(about|around|nearly|almost|roughly|some|approximately|more than|over|less than|under|close to)\s+$/i;

/**
 * The rounding step of a figure as written ("$295.4 billion" → 100,000,000; "30%" → 1) and an
 * allowance for words like "nearly" or "about" (2.5% of the value).
 */
export function precisionOf(f: Figure): { step: number; approx: number } {
  const num = /(\d[\d,]*)(?:\.(\d+))?/.exec(f.text);
  const decimals = num?.[2]?.length ?? 0;
  const word = /\b(thousand|million|mn|billion|bn|trillion|tn)\b|\d(m|b|bn|tn)\b/i.exec(f.text);
  const mult = word ? MULTIPLIERS[(word[1] ?? word[2]).toLowerCase()] : 1;
  const at = f.start - f.sentenceStart;
  const approx = APPROX.test(f.sentence.slice(Math.max(0, at - 20), at)) ? 0.025 : 0;
  return { step: mult * 10 ** -decimals, approx };
}

/** The quantities trade stories measure; the first found near a figure names what it measures. */
const MEASURES = [
  'trade deficit', 'trade surplus', 'deficit', 'surplus', 'exports', 'imports', 'shipments', 'trade',
  'sales', 'revenue', 'investment', 'output', 'production', 'jobs', 'workers', 'tariff', 'duties',
  'prices', 'inflation', 'growth', 'gdp', 'customs receipts', 'tonnes', 'tons', 'barrels', 'vehicles',
];
const YEAR = /\b(?:19|20)\d\d\b/g;

/** The measure word nearest to a figure in its sentence (words after it count double), "" when none. */
export function measureOf(f: Figure): string {
  const at = f.start - f.sentenceStart;
  const s = f.sentence.toLowerCase();
  let best = { word: '', dist: Infinity };
  for (const w of MEASURES) {
    for (const m of s.matchAll(new RegExp(`(?<![\\w-])${w}\\b`, 'g'))) {
      const i = m.index ?? 0;
      // What a figure measures is usually named before it ("the deficit was $291 billion").
      const dist = i < at ? at - (i + w.length) : 2 * (i - (at + f.text.length));
      if (dist < best.dist && dist < 80) best = { word: w, dist };
    }
  }
  return best.word;
}

/** "trade deficit" and "deficit" measure the same thing. */
const headWord = (measure: string) => measure.split(' ').pop() ?? '';

/**
 * The measure both figures' sentences name ("deficit"), unless both sentences name years and
 * share none (then they are about different years); else "".
 */
export function sameQuantityWord(a: Figure, b: Figure): string {
  const m = headWord(measureOf(a));
  if (!m || m !== headWord(measureOf(b))) return '';
  const years = (f: Figure) => new Set([...f.sentence.matchAll(YEAR)].map((y) => y[0]));
  const [ya, yb] = [years(a), years(b)];
  return ya.size && yb.size && ![...ya].some((y) => yb.has(y)) ? '' : m;
}
